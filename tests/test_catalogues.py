"""The calculators' word domain (``calculators/locale``): how its words reach the code and the browser.

The rules every catalogue keeps (complete, current, no fuzzy entry) are ``test_catalogue_entries.py``'s. Here: the
words are compiled into ``data.json`` (made again whenever a catalogue changes) and travel in the browser's archive,
and no four-language literal is left in the calculators.
"""

from __future__ import annotations

import ast
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from catalogue_domains import DOMAINS, TRANSLATED

from calculators import datafile
from calculators.words import pt, t
from site_build.bundle import calculators_archive

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "calculators"
IN_CODE = DOMAINS[0].in_code
PO = {lang: DOMAINS[0].po(lang) for lang in TRANSLATED}


def test_the_code_names_its_words_by_msgid() -> None:
    assert len(IN_CODE) > 300  # every label, step, note and error message of the eight calculators
    assert (None, "State duty") in IN_CODE
    assert ("kz.duty_labels.DEBTORS", "Individual") in IN_CODE


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
