"""The site's word catalogues (``site_build/locale``): complete, current, and the only place the site's words live.

The build names its words by msgid (``t("…")``, ``pt("context", "…")`` from ``site_build.words``); these tests
extract the msgids the way ``scripts/translations`` does and hold the template and each ``site.po`` against them.
A word added without its Russian, Kazakh and Kyrgyz, an empty or fuzzy entry, an entry no code uses, a template
not re-extracted, a translation that lost a ``{placeholder}``, or a four-language literal written in the build's
Python again fails here, rather than showing English on a page.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from calculators.i18n import LANGS
from site_build import words
from site_build.words import SOURCE_LANG, pt, t

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "site_build"
TRANSLATED = tuple(lang for lang in LANGS if lang != SOURCE_LANG)
KEYWORDS = {"t": None, "pt": ((1, "c"), 2)}  # as scripts/translations: -k t -k pt:1c,2
# babel.cfg's mapping, as scripts/translations reads it: the build's Python, and the console's example programs as
# Jinja templates (site_build/console_examples/<id>.py), whose t("…") and pt("…", "…") name words too.
with (ROOT / "babel.cfg").open(encoding="utf-8") as _cfg:
    METHODS, OPTIONS = parse_mapping_cfg(_cfg)
PLACEHOLDER = re.compile(r"\{(\w*)\}")
Key = tuple[str | None, str]


def _read(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as fp:
        return read_po(fp, locale=lang)


def _keys(catalogue: Catalog) -> set[Key]:
    return {(m.context, m.id) for m in catalogue if m.id and isinstance(m.id, str)}


def _in_code() -> dict[Key, list[str]]:
    """Every msgid the build uses, with its ``Translators:`` notes."""
    found: dict[Key, list[str]] = {}
    extracted = extract_from_dir(PACKAGE, METHODS, OPTIONS, keywords=KEYWORDS, comment_tags=["Translators:"])
    for filename, _, message, comments, context in extracted:
        assert isinstance(message, str), f"{filename}: t() needs one literal msgid, got {message!r}"
        notes = found.setdefault((context, message), [])
        notes.extend(c for c in comments if c not in notes)
    return found


IN_CODE = _in_code()
TEMPLATE = _read(words.LOCALE / f"{words.DOMAIN}.pot")
PO = {lang: _read(words.catalogue_path(lang), lang) for lang in TRANSLATED}


def test_the_build_names_its_words_by_msgid() -> None:
    assert len(IN_CODE) > 70  # the widget, the text pages, the register, the calendar, the console
    assert (None, "Calculate") in IN_CODE
    assert ("autonym", "English") in IN_CODE
    # The console's example programs (Jinja templates of Python source), their comments whole, line breaks and all.
    assert (None, "To pay:") in IN_CODE and ("console table", "Individual") in IN_CODE
    block = "One claim amount after another: the duty for an individual and for a company,\nprinted as a small table."
    assert (None, block) in IN_CODE
    assert not list((PACKAGE / "locale").rglob("*.mo")), "the build reads the .po files; no .mo is tracked"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_word_is_missing_from_a_catalogue(lang: str) -> None:
    missing = sorted(set(IN_CODE) - _keys(PO[lang]), key=str)
    assert not missing, f"{lang}: add these msgids (scripts/translations, then translate): {missing[:10]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_catalogue_holds_a_word_the_code_no_longer_uses(lang: str) -> None:
    unused = sorted(_keys(PO[lang]) - set(IN_CODE), key=str)
    assert not unused, f"{lang}: entries no code uses (scripts/translations drops them): {unused[:10]}"
    assert not PO[lang].obsolete, f"{lang}: obsolete (#~) entries: {list(PO[lang].obsolete)[:10]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_entry_is_translated_and_none_is_fuzzy(lang: str) -> None:
    entries = [m for m in PO[lang] if m.id]
    empty = [m.id for m in entries if not (isinstance(m.string, str) and m.string.strip())]
    fuzzy = [m.id for m in entries if m.fuzzy]
    assert not empty, f"{lang}: untranslated: {empty[:10]}"
    assert not fuzzy, f"{lang}: fuzzy (check the guess, then remove the flag): {fuzzy[:10]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_translation_keeps_the_placeholders_of_its_msgid(lang: str) -> None:
    differ = [
        (m.id, m.string)
        for m in PO[lang]
        if m.id and set(PLACEHOLDER.findall(str(m.id))) != set(PLACEHOLDER.findall(str(m.string)))
    ]
    assert not differ, f"{lang}: {differ[:5]}"


def _note(comments: list[str]) -> list[str]:
    """A note's words, however the catalogue wrapped its lines."""
    return " ".join(comments).split()


def test_the_template_lists_what_the_code_uses_with_its_notes() -> None:
    assert _keys(TEMPLATE) == set(IN_CODE), "run scripts/translations"
    stale = [m.id for m in TEMPLATE if m.id and _note(m.auto_comments) != _note(IN_CODE[(m.context, m.id)])]
    assert not stale, f"a Translators: note changed; run scripts/translations: {stale[:5]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_catalogue_carries_the_notes_of_the_template(lang: str) -> None:
    notes = {(m.context, m.id): m.auto_comments for m in TEMPLATE if m.id}
    stale = [m.id for m in PO[lang] if m.id and m.auto_comments != notes.get((m.context, m.id))]
    assert not stale, f"{lang}: run scripts/translations: {stale[:5]}"


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
