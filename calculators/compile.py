"""Build-time only: compile the YAML parameters and sources into ``data.json`` (needs PyYAML), and the word
catalogues ``locale/<lang>/LC_MESSAGES/calculators.po`` into their ``.mo`` files (needs Babel).

``python -m calculators.compile`` rewrites the files; ``--check`` fails when one is stale. The site build
(``site_build/court_calc.py``) and the tests call ``compiled()`` so a stale file cannot ship. Both outputs are
tracked, so the archive the browser loads is made from the tree as it is.
"""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from calculators.parameters import ParameterError, build_parameter

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE / "data.json"


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
    doc = {"parameters": parameters, "sources": sources, "catalogues": catalogues}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def compiled_catalogues() -> dict[Path, bytes]:
    """The bytes every ``.mo`` must hold, made from its ``.po`` (fuzzy and empty entries left out, as gettext does)."""
    found = {}
    for po in sorted((PACKAGE / "locale").glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as fp:
            catalogue = read_po(fp, locale=po.parents[1].name)
        out = io.BytesIO()
        write_mo(out, catalogue)
        found[po.with_suffix(".mo")] = out.getvalue()
    return found


def main(argv: list[str]) -> int:
    text = compiled()
    catalogues = compiled_catalogues()
    if "--check" in argv:
        stale = [] if DATA.exists() and DATA.read_text(encoding="utf-8") == text else [DATA]
        stale += [mo for mo, data in catalogues.items() if not mo.exists() or mo.read_bytes() != data]
        for path in stale:
            print(f"{path.relative_to(PACKAGE.parent)} is stale: run python -m calculators.compile", file=sys.stderr)
        return 1 if stale else 0
    DATA.write_text(text, encoding="utf-8")
    for mo, data in catalogues.items():
        mo.write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
