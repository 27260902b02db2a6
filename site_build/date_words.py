"""Dates written in words, as each language's pages write them: the day, the month's name, the year.

Russian and English prose write one form whatever the preposition (``с 1 января 2026 года``, ``до 1 января 2026
года``; ``from 1 January 2026``). Kazakh and Kyrgyz put the case on the month's name, and the case follows the
sentence: ``2026 жылғы 1 қаңтардан бастап`` (from), ``2026 жылғы 31 желтоқсанға дейін`` (until), ``2017 жылғы
1 шілдеде`` (on); ``2026-жылдын 1-январынан тартып``, ``2026-жылдын 31-декабрына чейин``, ``2017-жылдын 1-июлунда``.
The postposition (``бастап``, ``дейін``, ``тартып``, ``чейин``) stays in the page's prose.

The month names are grammar, not interface words, so they live here as data rather than in the site's catalogues:
each form of each month is written out (no suffix rules), and a language or form missing here stops the build.
"""

from __future__ import annotations

from datetime import date

# The forms a page can ask for: the name alone, and the three cases the pages' sentences need.
FORMS = ("words", "from", "to", "on")

_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
       "декабря")  # fmt: skip
_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December")  # fmt: skip

# Kazakh: the month's name in the nominative, ablative (from), dative (until) and locative (on).
_KK: dict[str, tuple[str, ...]] = {
    "words": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
              "қараша", "желтоқсан"),
    "from": ("қаңтардан", "ақпаннан", "наурыздан", "сәуірден", "мамырдан", "маусымнан", "шілдеден", "тамыздан",
             "қыркүйектен", "қазаннан", "қарашадан", "желтоқсаннан"),
    "to": ("қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға", "шілдеге", "тамызға", "қыркүйекке",
           "қазанға", "қарашаға", "желтоқсанға"),
    "on": ("қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде", "тамызда", "қыркүйекте",
           "қазанда", "қарашада", "желтоқсанда"),
}  # fmt: skip

# Kyrgyz: the month's name with the possessive the date takes (``1-январы``), then the same three cases.
_KY: dict[str, tuple[str, ...]] = {
    "words": ("январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу", "сентябры", "октябры",
              "ноябры", "декабры"),
    "from": ("январынан", "февралынан", "мартынан", "апрелинен", "майынан", "июнунан", "июлунан", "августунан",
             "сентябрынан", "октябрынан", "ноябрынан", "декабрынан"),
    "to": ("январына", "февралына", "мартына", "апрелине", "майына", "июнуна", "июлуна", "августуна", "сентябрына",
           "октябрына", "ноябрына", "декабрына"),
    "on": ("январында", "февралында", "мартында", "апрелинде", "майында", "июнунда", "июлунда", "августунда",
           "сентябрында", "октябрында", "ноябрында", "декабрында"),
}  # fmt: skip

MONTHS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": dict.fromkeys(FORMS, _RU),
    "kk": _KK,
    "ky": _KY,
    "en": dict.fromkeys(FORMS, _EN),
}
_PATTERNS = {
    "ru": "{day} {month} {year} года",
    "kk": "{year} жылғы {day} {month}",
    "ky": "{year}-жылдын {day}-{month}",
    "en": "{day} {month} {year}",
}


class NoDateForm(LookupError):
    """A page asks for a date in a language or a form we have no words for."""


def in_words(day: date, lang: str, form: str) -> str:
    """``day`` as the pages of ``lang`` write it in a sentence that needs ``form`` (see ``FORMS``)."""
    months = MONTHS.get(lang, {}).get(form)
    if months is None or lang not in _PATTERNS:
        raise NoDateForm(f"no {form!r} form of a date in {lang!r}; forms: {', '.join(FORMS)}")
    return _PATTERNS[lang].format(day=day.day, month=months[day.month - 1], year=day.year)
