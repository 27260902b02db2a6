"""The same YAML cases inside Pyodide (run by ``tests/wasm/run_pytest.mjs``; cases given as JSON by CPython)."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import pytest
from case_check import check  # /tests is on the path (run_pytest.mjs)

with open(os.environ["COURT_CALC_CASES"], encoding="utf-8") as handle:
    CASES = json.load(handle)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_in_pyodide(case: dict[str, Any]) -> None:
    check(case)


def test_runs_on_pyodide() -> None:
    assert sys.platform == "emscripten"
