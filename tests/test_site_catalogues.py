"""The site's word domain (``site_build/locale``): how the build reads it, and that it is the only place the site's
words live. The rules every catalogue keeps (complete, current, no fuzzy entry) are ``test_catalogue_entries.py``'s;
here a four-language literal written in the build's Python again fails.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from catalogue_domains import DOMAINS

from calculators.i18n import LANGS
from site_build import words
from site_build.words import pt, t

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "site_build"
IN_CODE = DOMAINS[1].in_code


def test_the_build_names_its_words_by_msgid() -> None:
    assert len(IN_CODE) > 70  # the widget, the text pages, the register, the calendar, the console
    assert (None, "Calculate") in IN_CODE
    assert ("autonym", "English") in IN_CODE
    # The console's example programs (Jinja templates of Python source), their comments whole, line breaks and all.
    assert (None, "To pay:") in IN_CODE and ("console table", "Individual") in IN_CODE
    block = "One claim amount after another: the duty for an individual and for a company,\nprinted as a small table."
    assert (None, block) in IN_CODE
    assert not list((PACKAGE / "locale").rglob("*.mo")), "the build reads the .po files; no .mo is tracked"


def test_words_come_from_the_catalogues() -> None:
    assert t("Calculate") == {"ru": "Рассчитать", "kk": "Есептеу", "ky": "Эсептөө", "en": "Calculate"}
    # The one entry whose translation is not the English word's: each language's name in itself.
    assert pt("autonym", "English") == {"ru": "Русский", "kk": "Қазақша", "ky": "Кыргызча", "en": "English"}
    # A placeholder stays in the word, for the page or the browser to fill.
    assert t("changes checked up to {date}")["ru"] == "изменения проверены по {date}"
    # An English word with two meanings keeps its context apart from the same word without one.
    assert pt("register: a value applies from a date", "from")["ru"] == "с"


def test_an_empty_or_fuzzy_entry_reads_as_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As gettext does: the page shows the msgid, and the tests above name the entry to fix."""
    po = tmp_path / "kk" / "LC_MESSAGES" / "site.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=utf-8\\n"\n\n'
        '#, fuzzy\nmsgid "Calculate"\nmsgstr "Есептеу"\n\n'
        'msgid "Add"\nmsgstr ""\n\n'
        'msgid "Remove"\nmsgstr "Жою"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(words, "LOCALE", tmp_path)
    words.catalogue.cache_clear()
    try:
        assert t("Calculate")["kk"] == "Calculate"
        assert t("Add")["kk"] == "Add"
        assert t("Remove")["kk"] == "Жою"
        assert t("Remove")["ru"] == "Remove"  # no catalogue at all
    finally:
        words.catalogue.cache_clear()


def _four_language_literals(source: str) -> list[int]:
    """Lines of ``text("…", "…", "…", "…")`` calls and of dicts keyed by two or more of the site's languages."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "text":
            found.append(node.lineno)
        elif isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
            if len(keys & set(LANGS)) >= 2:
                found.append(node.lineno)
    return found


def test_no_four_language_literal_is_left_in_the_build() -> None:
    """The site's words live in the catalogues: name them by msgid with t() (README, Translations)."""
    left = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if "console_examples" not in path.parts
        for line in _four_language_literals(path.read_text(encoding="utf-8"))
    ]
    assert not left, f"name these words by msgid with t() (README, Translations): {left}"


def test_the_literal_check_catches_both_shapes() -> None:
    assert _four_language_literals('X = text("а", "ә", "ө", "a")') == [1]
    assert _four_language_literals('X = {"ru": {"a": "б"}, "en": {"a": "b"}}') == [1]
    assert _four_language_literals('X = {"kz": t("Kazakhstan")}') == []
