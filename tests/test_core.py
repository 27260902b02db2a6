"""Unit tests of the shared core: amounts, dates, dated parameters, errors, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from calculators import CalcError, calculators, run
from calculators.dates import parse_date
from calculators.money import RoundingRule, format_amount, parse_amount, round_payable
from calculators.parameters import ParameterError, build_parameter

ROOT = Path(__file__).resolve().parents[1]
LABEL = {"ru": "Сумма", "kk": "Сома", "ky": "Сумма", "en": "Amount"}


@pytest.mark.parametrize(
    ("typed", "lang", "expected"),
    [
        ("1 000 000,50", None, "1000000.50"),
        ("1\u00a0000\u00a0000,50", "ru", "1000000.50"),
        ("1000000.50", None, "1000000.50"),
        ("1,000,000.50", "en", "1000000.50"),
        ("1,000,000.50", "ru", "1000000.50"),
        ("1.000.000,50", "kk", "1000000.50"),
        ("250,000", "en", "250000"),
        ("250,5", "ru", "250.5"),
        ("1,000,000", "ru", "1000000"),
        (" 42 ", None, "42"),
        (42, None, "42"),
        (Decimal("12.30"), None, "12.30"),
    ],
)
def test_amounts_as_users_type_them(typed: object, lang: str | None, expected: str) -> None:
    assert parse_amount(typed, "amount", LABEL, lang) == Decimal(expected)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "invalid_number"),
        ("abc", "invalid_number"),
        ("1,00,000", "invalid_number"),
        ("1..5", "invalid_number"),
        ("-5", "negative_amount"),
        ("\u22125", "negative_amount"),
        ("1.001", "too_many_decimals"),
        (True, "invalid_number"),
        (None, "invalid_number"),
        ([1], "invalid_number"),
        ("NaN", "invalid_number"),
        ("1e5", "invalid_number"),
    ],
)
def test_bad_amounts_name_the_field(typed: object, code: str) -> None:
    with pytest.raises(CalcError) as caught:
        parse_amount(typed, "claims.0.amount", LABEL)
    assert caught.value.code == code
    assert caught.value.field == "claims.0.amount"
    assert "Сумма" in caught.value.message["ru"] and "Amount" in caught.value.message["en"]


def test_dates() -> None:
    assert parse_date("2024-02-29", "date", LABEL) == date(2024, 2, 29)
    assert parse_date("1.3.2026", "date", LABEL) == date(2026, 3, 1)
    for bad in ("2023-02-29", "2026-13-01", "32.01.2026", "yesterday", 20260301):
        with pytest.raises(CalcError):
            parse_date(bad, "date", LABEL)


def test_the_one_rounding_helper() -> None:
    tenge = RoundingRule.from_value({"quantum": "1", "mode": "half_up"})
    tiyn = RoundingRule.from_value({"quantum": "0.01", "mode": "half_up"})
    assert round_payable(Decimal("2162.5"), tenge) == Decimal(2163)
    assert round_payable(Decimal("2162.49"), tenge) == Decimal(2162)
    assert round_payable(Decimal("10000.005"), tiyn) == Decimal("10000.01")
    assert format_amount(Decimal("1234567.50")) == "1 234 567.5"


def _raw(*starts: str) -> dict[str, object]:
    ref = {"title": "t", "href": "https://example.invalid/"}
    values = [
        {"from": s, "value": "1", "status": "verified", "checked": "2026-11-22", "reference": ref} for s in starts
    ]
    return {"id": "x", "label": LABEL, "values": values}


def test_loader_rejects_duplicate_and_unsorted_dates() -> None:
    build_parameter(_raw("2020-01-01", "2021-01-01"))
    with pytest.raises(ParameterError, match="duplicate"):
        build_parameter(_raw("2020-01-01", "2020-01-01"))
    with pytest.raises(ParameterError, match="sorted"):
        build_parameter(_raw("2021-01-01", "2020-01-01"))


def test_loader_rejects_unverified_value_without_a_note() -> None:
    raw = _raw("2020-01-01")
    raw["values"][0]["status"] = "unverified"  # type: ignore[index]
    with pytest.raises(ParameterError, match="note"):
        build_parameter(raw)


def test_an_unverified_value_is_a_warning_in_the_result() -> None:
    result = run("kz-state-duty", {"date": "2024-01-10", "claims": [{"type": "non_property"}]})
    codes = [w["code"] for w in result["warnings"]]
    assert "unverified:kz.rounding.state_duty" in codes
    used = {p["id"]: p for p in result["parameters"]}
    assert used["kz.rounding.state_duty"]["status"] == "unverified"
    assert used["kz.state_duty.non_property_mci"]["status"] == "verified"
    assert used["kz.mci"]["value"] == "3692" and used["kz.mci"]["reference"]["href"].startswith("https://")


def test_an_unverified_table_is_named_and_listed_dates_read_as_dates() -> None:
    """A holiday table in a warning is named, not dumped as Python data; a list of dates reads as dd.mm.yyyy."""
    deadline = run("kz-deadlines", {"term": "appeal", "event_date": "2026-02-23"}, "en")
    table = next(w for w in deadline["warnings"] if w["code"] == "unverified:kz.calendar.holidays")
    for message in table["message"].values():
        assert "{" not in message and "carry" not in message
    assert table["message"]["en"].startswith("The list “")
    term = run("kg-enforcement-terms", {"start_date": "2026-02-06", "length": 1, "unit": "working_days"}, "en")
    saturdays = next(w for w in term["warnings"] if w["code"] == "unverified:kg.calendar.working_saturdays")
    assert "(07.02.2026, 25.04.2026, from 01.01.2026)" in saturdays["message"]["en"]


def test_result_contract() -> None:
    calc = calculators()["kz-state-duty"]
    result = run(calc.id, calc.example)
    assert result["calculator"] == "kz-state-duty" and result["currency"] == "KZT" and result["total"] == "17163"
    for step in result["steps"]:
        assert set(step["label"]) == {"ru", "kk", "ky", "en"} and step["formula"] and step["basis"]
        for basis in step["basis"]:
            assert basis in result["citations"]
    json.dumps(result)


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calculators", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_cli_list_and_run() -> None:
    assert _cli("list").stdout.split() == list(calculators())
    out = _cli("run", "kz-state-duty", stdin=json.dumps(calculators()["kz-state-duty"].example))
    assert out.returncode == 0 and json.loads(out.stdout)["total"] == "17163"


@pytest.mark.parametrize(
    ("stdin", "code"),
    [
        ("{not json", "invalid_json"),
        ("[]", "not_an_object"),
        ('{"date": "2026-02-30", "claims": [{"type": "non_property"}]}', "invalid_date"),
    ],
)
def test_cli_invalid_input_exits_2_with_the_error(stdin: str, code: str) -> None:
    out = _cli("run", "kz-state-duty", stdin=stdin)
    assert out.returncode == 2
    error = json.loads(out.stdout)["error"]
    assert error["code"] == code and set(error["message"]) == {"ru", "kk", "ky", "en"} and "field" in error


def test_cli_unknown_calculator() -> None:
    out = _cli("run", "nope", stdin="{}")
    assert out.returncode == 2 and json.loads(out.stdout)["error"]["code"] == "unknown_calculator"
