"""Build-time only: compile the YAML parameters and sources into ``data.json`` (needs PyYAML).

``python -m calculators.compile`` rewrites the file; ``--check`` fails when it is stale. The site build
(``site_build/court_calc.py``) and the tests call ``compiled()`` so a stale file cannot ship.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import yaml

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


def main(argv: list[str]) -> int:
    text = compiled()
    if "--check" in argv:
        if not DATA.exists() or DATA.read_text(encoding="utf-8") != text:
            print("calculators/data.json is stale: run python -m calculators.compile", file=sys.stderr)
            return 1
        return 0
    DATA.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
