"""Build-time only: compile the YAML parameters, sources and catalogues (needs PyYAML) and the translated words
of ``locale/<lang>/LC_MESSAGES/calculators.po`` (needs Babel) into one ``data.json``.

``data.json`` is a build artefact: ``calculators.datafile`` makes it again whenever its inputs change, and
``python -m calculators.compile`` (run by ``./scripts/setup``) writes it at once; ``--check`` fails when it is
stale. The words go in as plain strings (``lang -> key -> word``), so the browser needs no ``gettext``.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from babel.messages.pofile import read_po

from calculators import datafile

PACKAGE = Path(__file__).resolve().parent
DATA = datafile.DATA
CONTEXT = "\x04"  # joins a msgctxt to its msgid in a key, as gettext's compiled catalogues do


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def compiled() -> str:
    """The text ``data.json`` must hold, made from the YAML files."""
    # Imported here: the parameters module loads the words, which are read from the file being made.
    from calculators.parameters import ParameterError, build_parameter

    parameters: list[dict[str, Any]] = []
    for path in sorted((PACKAGE / "parameters").rglob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = path.relative_to(PACKAGE).as_posix()
        if not doc.get("last_checked"):
            raise ParameterError(
                f"{name}: add `last_checked: YYYY-MM-DD` at the top, the date since which every value of the file "
                "was checked against its source (no value's `checked` may be earlier)"
            )
        for found in doc["parameters"]:
            raw = _plain(found)
            raw["file"] = name
            raw["last_checked"] = _plain(doc["last_checked"])
            build_parameter(raw)  # rejects duplicate or unsorted dates, missing references
            parameters.append(raw)
    ids = [p["id"] for p in parameters]
    if len(set(ids)) != len(ids):
        raise ValueError(f"duplicate parameter ids: {sorted(i for i in ids if ids.count(i) > 1)}")
    sources = _plain(yaml.safe_load((PACKAGE / "sources.yaml").read_text(encoding="utf-8"))["sources"])
    catalogues = {}
    for path in sorted((PACKAGE / "catalogues").glob("*.yaml")):
        found = _plain(yaml.safe_load(path.read_text(encoding="utf-8")))
        catalogues[found["id"]] = found
    doc = {
        "parameters": parameters,
        "sources": sources,
        "catalogues": catalogues,
        "words": compiled_words(),
        "inputs": datafile.inputs_hash(),
    }
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def translated(po: Path, lang: str) -> dict[tuple[str | None, str], str]:
    """A ``.po`` file's words by (context, msgid), leaving out empty and fuzzy entries, as gettext does: such a word
    reads as its English msgid, and the catalogue tests fail on it before it ships."""
    with po.open("rb") as fp:
        catalogue = read_po(fp, locale=lang)
    return {
        (m.context, m.id): m.string
        for m in catalogue
        if isinstance(m.id, str) and m.id and isinstance(m.string, str) and m.string and not m.fuzzy
    }


def compiled_words() -> dict[str, dict[str, str]]:
    """Each catalogue's translated words (``lang -> key -> word``; a key with a context is ``context\\x04msgid``)."""
    found: dict[str, dict[str, str]] = {}
    for po in sorted((PACKAGE / "locale").glob("*/LC_MESSAGES/calculators.po")):
        words = translated(po, po.parents[1].name)
        found[po.parents[1].name] = {(f"{c}{CONTEXT}{m}" if c else m): w for (c, m), w in words.items()}
    return found


def write() -> str:
    """Write ``data.json`` when its text changed (atomically: tests and the build may run side by side)."""
    text = compiled()
    if not DATA.is_file() or DATA.read_text(encoding="utf-8") != text:
        partial = DATA.with_name(f".data.json.{os.getpid()}")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, DATA)
    return text


def main(argv: list[str]) -> int:
    os.environ[datafile.COMPILING] = "1"  # this process makes the file: it must not make it again when importing
    if "--check" in argv:
        if DATA.is_file() and DATA.read_text(encoding="utf-8") == compiled():
            return 0
        print("calculators/data.json is stale: run python -m calculators.compile", file=sys.stderr)
        return 1
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
