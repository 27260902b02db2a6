"""Every YAML case, named after the paragraph or article it tests, in CPython."""

from __future__ import annotations

from typing import Any

import pytest
from case_check import check
from casefiles import load_cases

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    check(case)


def test_every_case_shows_its_arithmetic_or_expects_an_error() -> None:
    for case in CASES:
        assert ("arithmetic" in case and "total" in case) or "error" in case, case["id"]


def test_case_names_are_unique_within_a_file() -> None:
    seen = {(c["id"].split("#")[0], c["name"]) for c in CASES}
    assert len(seen) == len(CASES)
