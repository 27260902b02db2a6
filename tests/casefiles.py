"""The YAML cases (``tests/cases/<calculator>/<citation>.yaml``) as a flat list, and as JSON for Pyodide."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from case_schema import CaseFileError, file_problems

from calculators.sources import sources

CASES_DIR = Path(__file__).resolve().parent / "cases"


def load_cases() -> list[dict[str, Any]]:
    """Every case of every file; a file that breaks the schema (``case_schema.py``) stops the run, naming why."""
    cases = []
    for path in sorted(CASES_DIR.rglob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        problems = file_problems(doc, path.stem, sources())
        if problems:
            raise CaseFileError(f"{path.relative_to(CASES_DIR)}: " + "; ".join(problems))
        for n, case in enumerate(doc["cases"], start=1):
            case = dict(case)
            case["calculator"] = doc["calculator"]
            case["id"] = f"{path.parent.name}/{path.stem}#{n}"
            cases.append(case)
    return cases


def to_json() -> str:
    return json.dumps(load_cases(), ensure_ascii=False, default=str)
