"""Dates written in words, as each language's pages write them: the day, the month's name, the year.

Russian and English prose write one form whatever the preposition (``с 1 января 2026 года``, ``до 1 января 2026
года``; ``from 1 January 2026``). Kazakh and Kyrgyz put the case on the month's name, and the case follows the
sentence: ``2026 жылғы 1 қаңтардан бастап`` (from), ``2026 жылғы 31 желтоқсанға дейін`` (until), ``2017 жылғы
1 шілдеде`` (on); ``2026-жылдын 1-январынан тартып``, ``2026-жылдын 31-декабрына чейин``, ``2017-жылдын 1-июлунда``.
The postposition (``бастап``, ``дейін``, ``тартып``, ``чейин``) stays in the page's prose.

The month names are grammar, not interface words, so they are data (``date_words.yaml``) rather than entries of
the site's catalogues: each form of each month is written out (no suffix rules), and a language or form missing
there stops the build.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

# The forms a page can ask for: the name alone, and the three cases the pages' sentences need.
FORMS = ("words", "from", "to", "on")
DATA = Path(__file__).resolve().parent / "date_words.yaml"


@cache
def languages() -> dict[str, Any]:
    """Each language's pattern and month names by form (``date_words.yaml``), read once per build."""
    found: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return found


class NoDateForm(LookupError):
    """A page asks for a date in a language or a form we have no words for."""


def in_words(day: date, lang: str, form: str) -> str:
    """``day`` as the pages of ``lang`` write it in a sentence that needs ``form`` (see ``FORMS``)."""
    words = languages().get(lang, {})
    months = words.get("months", {}).get(form)
    if months is None or "pattern" not in words:
        raise NoDateForm(f"no {form!r} form of a date in {lang!r}; forms: {', '.join(FORMS)}")
    return str(words["pattern"]).format(day=day.day, month=months[day.month - 1], year=day.year)
