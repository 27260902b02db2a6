"""Property tests of the Kazakh deadlines: the last day is never a day off (for the CPC's terms), a longer term
never ends earlier, a month term never overflows its month, and a working-day term counts exactly its working
days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import CalcError, run
from calculators.kz.calendar import calendar
from calculators.result import Result
from calculators.workdays import add_months

DAYS = st.dates(min_value=date(2018, 1, 1), max_value=date(2027, 6, 30))
UNITS = st.sampled_from(["calendar_days", "working_days", "months"])
CPC_TERMS = st.sampled_from(
    ["appeal", "private_complaint", "court_order_objection", "restoration", "simplified_cancel", "response_to_claim"]
)


END = date(2027, 12, 31)  # the last day of the calendar's data; later days are warned about, not known


def _off(day: date) -> bool:
    return day <= END and calendar(Result("t", ""), "d", {}).off(day) is not None


def _last(data: dict[str, object]) -> date | None:
    try:
        return date.fromisoformat(run("kz-deadlines", data)["last_day"])
    except CalcError as err:
        assert err.code == "date_after_coverage"
        return None


@settings(max_examples=60, deadline=None)
@given(DAYS, CPC_TERMS)
def test_the_last_day_of_a_cpc_term_is_never_a_day_off(day: date, term: str) -> None:
    last = _last({"term": term, "event_date": day.isoformat()})
    if last is not None:
        assert last > day and not _off(last)


@settings(max_examples=60, deadline=None)
@given(DAYS, st.integers(min_value=1, max_value=40), UNITS)
def test_a_longer_term_never_ends_earlier(day: date, length: int, unit: str) -> None:
    short = _last({"term": "custom", "event_date": day.isoformat(), "length": length, "unit": unit})
    longer = _last({"term": "custom", "event_date": day.isoformat(), "length": length + 1, "unit": unit})
    if short is not None and longer is not None:
        assert longer >= short and not _off(short) and not _off(longer)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(min_value=0, max_value=120))
def test_a_month_term_never_overflows_its_month(day: date, months: int) -> None:
    end = add_months(day, months)
    assert (end.year * 12 + end.month) - (day.year * 12 + day.month) == months
    assert end.day == day.day or (end.day < day.day and (end + timedelta(days=1)).day == 1)


@settings(max_examples=40, deadline=None)
@given(DAYS, st.integers(min_value=1, max_value=30))
def test_a_working_day_term_counts_exactly_its_working_days(day: date, length: int) -> None:
    last = _last({"term": "custom", "event_date": day.isoformat(), "length": length, "unit": "working_days"})
    if last is None:
        return
    span = [day + timedelta(days=i) for i in range(1, (last - day).days + 1)]
    assert sum(not _off(d) for d in span) == length and not _off(last)


@pytest.mark.parametrize("term", ["refund_application", "enforcement_document"])
def test_terms_outside_the_cpc_keep_a_last_day_off_and_warn(term: str) -> None:
    result = run("kz-deadlines", {"term": term, "event_date": "2023-03-21"})
    assert result["last_day"] == "2026-03-21" and _off(date(2026, 3, 21))
    assert "no_extension" in [w["code"] for w in result["warnings"]]
