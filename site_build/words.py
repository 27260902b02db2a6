"""The site's own words (the widget's controls, the text pages, the register, the calendar, the console), by msgid.

The second gettext domain of the project, beside the calculators' (``calculators/words.py``): the msgid is the
English text, and the Russian, Kazakh and Kyrgyz words live in ``locale/<lang>/LC_MESSAGES/site.po``. The site is
built in Python and none of these words reach the browser's Python, so the ``.po`` files are read as they are, with
Babel (a pinned build dependency), once per build: no ``.mo`` is compiled or tracked. As gettext does, a word a
catalogue lacks, leaves empty or marks fuzzy reads as its English msgid; ``tests/test_site_catalogues.py`` fails on
each of them before the site ships. README, "Translations", gives the commands that extract and update the domain.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from calculators.compile import translated
from calculators.i18n import LANGS, Text

DOMAIN = "site"
SOURCE_LANG = "en"
LOCALE = Path(__file__).resolve().parent / "locale"
Key = tuple[str | None, str]


def catalogue_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def catalogue(lang: str) -> dict[Key, str]:
    """(context, msgid) → the word in ``lang``, leaving out empty and fuzzy entries (they read as English)."""
    path = catalogue_path(lang)
    return translated(path, lang) if path.is_file() else {}


def _words(context: str | None, msgid: str) -> Text:
    return {lang: msgid if lang == SOURCE_LANG else catalogue(lang).get((context, msgid), msgid) for lang in LANGS}


def t(msgid: str) -> Text:
    """The msgid (English) in every language of the site. A ``{name}`` in it stays for the caller to fill."""
    return _words(None, msgid)


def pt(context: str, msgid: str) -> Text:
    """Like ``t``, for an English msgid that means different things in different places (gettext's msgctxt)."""
    return _words(context, msgid)


def by_lang(words: dict[str, Text]) -> dict[str, dict[str, str]]:
    """Named words turned round, as the templates take them: language → name → word."""
    return {lang: {name: text[lang] for name, text in words.items()} for lang in LANGS}
