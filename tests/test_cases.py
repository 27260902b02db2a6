"""Every YAML case, named after the paragraph or article it tests, in CPython."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from case_check import check
from case_schema import case_problems, file_problems
from casefiles import load_cases

from calculators.sources import sources

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


def test_an_unquoted_comma_in_a_flow_mapping_is_caught() -> None:
    """The review's defect: «arithmetic: 1, 2» in a flow mapping makes a junk key and drops what follows."""
    doc = yaml.safe_load(
        "calculator: kz-court-costs\ncases:\n  - {name: x, input: {}, arithmetic: 300 000 × 10 % = 30 000, net −10 000,"
        ' total: "-10000", basis: {net: ["kz-cpc#109-1"]}}'
    )
    problems = file_problems(doc, "kz-cpc_109-1", sources())
    assert any("unknown key 'net −10 000'" in p for p in problems), problems
    quoted = yaml.safe_load(
        "calculator: kz-court-costs\ncases:\n  - {name: x, input: {},"
        ' arithmetic: "300 000 × 10 % = 30 000, net −10 000", total: "-10000", basis: {net: ["kz-cpc#109-1"]}}'
    )
    assert file_problems(quoted, "kz-cpc_109-1", sources()) == []


@pytest.mark.parametrize(
    ("case", "problem"),
    [
        ({"name": "x", "input": {}, "arithmetic": "1", "total": 1}, "'total' has the wrong type"),
        ({"name": "x", "input": {}, "total": "1"}, "needs 'arithmetic' and 'total'"),
        ({"name": "x", "input": {}, "error": {"code": "required"}}, "'error' has the wrong type"),
        ({"name": "x", "input": {}, "error": {"code": "c", "field": "f"}, "total": "1"}, "has no arithmetic, total"),
        ({"name": "x", "input": {}, "arithmetic": "1", "total": "1", "basis": {"s": ["no anchor"]}}, "'basis'"),
        ({"name": "x", "input": {}, "arithmetic": "1", "total": "1", "warning": ["a"]}, "unknown key 'warning'"),
    ],
)
def test_the_case_schema_names_what_is_wrong(case: dict[str, Any], problem: str) -> None:
    assert any(problem in p for p in case_problems(case)), case_problems(case)


def test_a_file_must_assert_the_basis_of_the_provision_it_is_named_after() -> None:
    case = {"name": "x", "input": {}, "arithmetic": "1", "total": "1"}
    assert "no case asserts the basis of its steps ('basis')" in file_problems(
        {"calculator": "kz-court-costs", "cases": [case]}, "kz-cpc_113-1", sources()
    )
    elsewhere = case | {"basis": {"net": ["kz-cpc#109-1"]}}
    problems = file_problems({"calculator": "kz-court-costs", "cases": [elsewhere]}, "kz-cpc_113-1", sources())
    assert any("kz-cpc#113-1" in p for p in problems), problems


def test_every_case_file_asserts_the_basis_of_each_step_of_a_case() -> None:
    files = {c["id"].split("#")[0] for c in CASES}
    asserted = {c["id"].split("#")[0] for c in CASES if "basis" in c}
    only_errors = {f for f in files if all("error" in c for c in CASES if c["id"].split("#")[0] == f)}
    assert asserted == files - only_errors
