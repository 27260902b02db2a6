"""The calculators' word catalogues (``calculators/locale``): complete, current, and what the code asks for.

The code names its words by msgid (``t("…")``, ``pt("context", "…")``); these tests extract the msgids the same
way ``scripts/translations`` does and hold every catalogue against them, so a word added to the code without
its Russian, Kazakh and Kyrgyz, a fuzzy guess left by ``pybabel update``, or an entry the code no longer uses
fails here rather than showing English on a page; ``data.json``, where the words are compiled, is made again
whenever a catalogue changes.
"""

from __future__ import annotations

import ast
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from calculators import datafile
from calculators.i18n import LANGS
from calculators.words import SOURCE_LANG, pt, t
from site_build.bundle import calculators_archive

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "calculators"
LOCALE = PACKAGE / "locale"
TRANSLATED = tuple(lang for lang in LANGS if lang != SOURCE_LANG)
KEYWORDS = {"t": None, "pt": ((1, "c"), 2)}  # as scripts/translations: -k t -k pt:1c,2
PLACEHOLDER = re.compile(r"\{(\w*)\}")
Key = tuple[str | None, str]


def _catalogue(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as fp:
        return read_po(fp, locale=lang)


def _keys(catalogue: Catalog) -> set[Key]:
    return {(m.context, m.id) for m in catalogue if m.id and isinstance(m.id, str)}


def _in_code() -> dict[Key, str]:
    """Every msgid the calculators use, with the file that uses it first."""
    found: dict[Key, str] = {}
    method_map = [("**.py", "python")]
    for filename, _, message, _, context in extract_from_dir(PACKAGE, method_map, keywords=KEYWORDS):
        assert isinstance(message, str), f"{filename}: t() needs one literal msgid, got {message!r}"
        found.setdefault((context, message), filename)
    return found


IN_CODE = _in_code()
PO = {lang: _catalogue(LOCALE / lang / "LC_MESSAGES" / "calculators.po", lang) for lang in TRANSLATED}


def test_the_code_names_its_words_by_msgid() -> None:
    assert len(IN_CODE) > 300  # every label, step, note and error message of the eight calculators
    assert (None, "State duty") in IN_CODE
    assert ("kz.duty_labels.DEBTORS", "Individual") in IN_CODE


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


def test_the_template_lists_what_the_code_uses() -> None:
    assert _keys(_catalogue(LOCALE / "calculators.pot")) == set(IN_CODE), "run scripts/translations"


def test_the_compiled_words_are_the_catalogues_translated_entries() -> None:
    words = datafile.load()["words"]
    assert sorted(words) == sorted(TRANSLATED)
    for lang in TRANSLATED:
        expected = {
            (f"{m.context}\x04{m.id}" if m.context else m.id): m.string for m in PO[lang] if m.id and not m.fuzzy
        }
        assert words[lang] == expected, lang


def test_an_edited_catalogue_makes_the_data_file_again(tmp_path: Path) -> None:
    """A ``.po`` edited after ``data.json`` was written: the next import of the package writes it again, with the
    new word, so no process reads the old one (``calculators.datafile``)."""
    tree = tmp_path / "tree"
    shutil.copytree(PACKAGE, tree / "calculators", ignore=shutil.ignore_patterns("__pycache__"))
    po = tree / "calculators" / "locale" / "kk" / "LC_MESSAGES" / "calculators.po"
    source = po.read_text(encoding="utf-8")
    edited = source.replace('msgstr "Мемлекеттік баж"', 'msgstr "Мемлекеттік баж (өзгертілді)"', 1)
    assert edited != source
    po.write_text(edited, encoding="utf-8")
    probe = "from calculators.words import t; print(t('State duty')['kk'])"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop(datafile.COMPILING, None)
    proc = subprocess.run([sys.executable, "-c", probe], cwd=tree, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Мемлекеттік баж (өзгертілді)"
    written = json.loads((tree / "calculators" / "data.json").read_text(encoding="utf-8"))
    assert written["words"]["kk"]["State duty"] == "Мемлекеттік баж (өзгертілді)"
    check = [sys.executable, "-m", "calculators.compile", "--check"]
    assert subprocess.run(check, cwd=tree, env=env, capture_output=True, check=False).returncode == 0
    po.write_text(source, encoding="utf-8")
    assert subprocess.run(check, cwd=tree, env=env, capture_output=True, check=False).returncode == 1


def test_words_come_from_the_catalogues() -> None:
    assert t("State duty") == {
        "ru": "Государственная пошлина",
        "kk": "Мемлекеттік баж",
        "ky": "Мамлекеттик алым",
        "en": "State duty",
    }
    # One English word, two terms: gettext's context keeps them apart.
    assert t("Individual")["ru"] == "Физическое лицо"
    assert pt("kz.duty_labels.DEBTORS", "Individual")["ru"] == "Гражданин"
    # Placeholders stay in the msgid and are filled after the lookup, in every language.
    filled = t("Unknown field “{name}”.", name="x")
    assert filled["en"] == "Unknown field “x”." and filled["ru"] == "Неизвестное поле «x»."
    # The words come from data.json as plain strings: the calculators load no gettext (nor its locale module),
    # so the browser's memory snapshot holds neither.
    probe = "import sys, calculators.registry; print(sorted({'gettext', 'locale'} & set(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


def test_no_four_language_literal_is_left_in_the_calculators() -> None:
    """The words live in the catalogues: a ``text("ru", "kk", "ky", "en")`` of literals belongs there instead."""
    left = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "text":
                left.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not left, f"name these words by msgid with t() (README, Translations): {left}"


def test_the_browser_archive_carries_the_compiled_words() -> None:
    with zipfile.ZipFile(io.BytesIO(calculators_archive())) as archive:
        names = set(archive.namelist())
        data = json.loads(archive.read("calculators/data.json"))
        assert data == datafile.load()
        assert data["words"]["ru"]["State duty"] == "Государственная пошлина"
        # The sources of the words and the rates stay out, and so does the build-time compiler.
        assert not [n for n in names if n.endswith((".po", ".pot", ".mo", ".yaml"))]
        assert "calculators/compile.py" not in names
