"""Property tests of the Kyrgyz calculators: the duty is monotone and bounded, the fee is its share, a term ends on
a working day after exactly the asked number of working days, and no input ends in a traceback."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import CalcError, run
from calculators.kg.calendar import calendar
from calculators.result import Result

DUTY_DAYS = st.dates(min_value=date(2022, 6, 10), max_value=date(2026, 12, 31))
CALENDAR_DAYS = st.dates(min_value=date(2025, 1, 22), max_value=date(2026, 11, 30))
claims = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(250000), places=2)
recovered = st.decimals(min_value=0, max_value=Decimal("1e12"), places=2)


def total(calculator: str, data: dict[str, Any]) -> str:
    out: str = run(calculator, data)["total"]
    return out


@given(DUTY_DAYS, claims, claims)
def test_duty_is_monotone_and_within_its_brackets(day: date, a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    duty_low = Decimal(total("kg-state-duty", {"date": day.isoformat(), "amount": str(low)}))
    duty_high = Decimal(total("kg-state-duty", {"date": day.isoformat(), "amount": str(high)}))
    assert Decimal(100) <= duty_low <= duty_high <= Decimal(10500)


@given(DUTY_DAYS, st.decimals(min_value=Decimal("250000.01"), max_value=Decimal("1e13"), places=2))
def test_duty_above_the_read_brackets_is_refused(day: date, amount: Decimal) -> None:
    with pytest.raises(CalcError) as err:
        run("kg-state-duty", {"date": day.isoformat(), "amount": str(amount)})
    assert (err.value.code, err.value.field) == ("unsupported", "amount")


@given(st.dates(min_value=date(2002, 12, 20), max_value=date(2026, 12, 31)), recovered)
def test_fee_is_a_tenth_to_the_tyiyn(day: date, amount: Decimal) -> None:
    fee = Decimal(total("kg-enforcement-fee", {"date": day.isoformat(), "recovered_amount": str(amount)}))
    assert abs(fee - amount / 10) <= Decimal("0.005")
    assert fee <= amount


def _is_working(day: date) -> bool:
    return calendar(Result("t", ""), "d", {}).day_off(day) is None


@given(CALENDAR_DAYS, st.integers(min_value=1, max_value=20))
def test_working_day_term_ends_on_the_nth_working_day(start: date, length: int) -> None:
    data = {"start_date": start.isoformat(), "length": length, "unit": "working_days"}
    try:
        last = date.fromisoformat(total("kg-enforcement-terms", data))
    except CalcError as err:
        assert err.code == "term_after_coverage"
        return
    assert _is_working(last)
    span = [start + timedelta(days=i) for i in range(1, (last - start).days + 1)]
    assert sum(_is_working(d) for d in span) == length


@given(CALENDAR_DAYS, st.integers(min_value=1, max_value=60), st.sampled_from(["calendar_days", "months"]))
def test_calendar_term_ends_on_a_working_day_on_or_after_its_arithmetic_end(
    start: date, length: int, unit: str
) -> None:
    data = {"start_date": start.isoformat(), "length": length, "unit": unit}
    try:
        result = run("kg-enforcement-terms", data)
    except CalcError as err:
        assert err.code == "term_after_coverage"
        return
    last = date.fromisoformat(result["total"])
    assert last > start and _is_working(last)
    assert all(not _is_working(date.fromisoformat(d["date"])) for d in result["days_off"])


@given(
    st.dates(min_value=date(2002, 3, 18), max_value=date(2017, 6, 30)),
    st.dates(min_value=date(1917, 7, 1), max_value=date(2000, 1, 1)),
)
def test_eligibility_only_grows_with_the_appointment_date(day: date, born: date) -> None:
    data = {"date": day.isoformat(), "birth_date": born.isoformat()}
    later = {"date": "2017-06-30", "birth_date": born.isoformat()}
    if total("kg-bailiff-eligibility", data) == "1":
        assert total("kg-bailiff-eligibility", later) == "1"


@given(
    st.sampled_from(["kg-state-duty", "kg-enforcement-fee", "kg-enforcement-terms", "kg-bailiff-eligibility"]),
    st.dictionaries(
        st.sampled_from(
            [
                "date",
                "amount",
                "claim",
                "instance",
                "document",
                "recovered_amount",
                "voluntary",
                "expenses",
                "term",
                "start_date",
                "length",
                "unit",
                "position",
                "birth_date",
                "experience_months",
                "citizen",
            ]
        ),
        st.one_of(st.text(max_size=12), st.integers(-5, 5000), st.booleans(), st.none(), st.dates().map(str)),
    ),
)
def test_any_input_gives_a_result_or_a_named_error(calculator: str, data: dict[str, Any]) -> None:
    try:
        out = run(calculator, data)
    except CalcError as err:
        assert all(err.message.values())
        return
    assert out["total"] is not None and out["steps"]
