"""Our calendars against an independent one: the `holidays` package (pinned in requirements.txt; a test
dependency only, never in the browser's archive), compared day by day over every day each calendar covers.

Every difference is listed here with the source that decides it; a new difference, or a listed one that is gone,
fails the test, so the two data sets cannot drift apart unnoticed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import holidays
import pytest

from calculators import parameters
from calculators.kg.calendar import calendar as kg_calendar
from calculators.kz.calendar import calendar as kz_calendar
from calculators.result import Result
from calculators.workdays import Calendar

# date → (our answer, the parameter whose value decides it). The package does not model the Cabinet's extra days
# off of 2026 for state and municipal bodies (resolution of 25.12.2025 No. 835, as reported by Toktom and Azattyk).
# The draft's working Saturdays (7 February, 25 April) were not adopted, as reported (mts.kg), so both calendars
# treat those Saturdays as days off.
DIFFERENCES: dict[str, dict[date, tuple[str, str]]] = {
    "kz": {},
    "kg": {
        date(2026, 1, 8): ("off", "kg.calendar.state_body_days_off"),
        date(2026, 1, 9): ("off", "kg.calendar.state_body_days_off"),
    },
}
COVERED: dict[str, tuple[Callable[[Result, str, dict[str, str]], Calendar], type[holidays.HolidayBase], str]] = {
    "kz": (kz_calendar, holidays.KZ, "kz.calendar.weekend"),
    "kg": (kg_calendar, holidays.KG, "kg.calendar.weekend"),
}


def _span(weekend: str) -> tuple[date, date]:
    param = parameters.get(weekend)
    assert param.until is not None
    return param.values[0].start, param.until


@pytest.mark.parametrize("country", sorted(COVERED))
def test_every_covered_day_agrees_with_the_holidays_package_or_is_listed(country: str) -> None:
    make, package, weekend = COVERED[country]
    first, last = _span(weekend)
    ours = make(Result("oracle", ""), "day", {})
    theirs = package(years=range(first.year, last.year + 1))
    found: dict[date, str] = {}
    day = first
    while day <= last:
        off = ours.off(day) is not None
        if off != (not theirs.is_working_day(day)):
            found[day] = "off" if off else "working"
        day += timedelta(days=1)
    assert found == {d: answer for d, (answer, _) in DIFFERENCES[country].items()}


@pytest.mark.parametrize("country", sorted(DIFFERENCES))
def test_each_listed_difference_is_decided_by_a_sourced_value(country: str) -> None:
    for day, (_, pid) in DIFFERENCES[country].items():
        value = parameters.get(pid).at(day, "day", {})
        assert day.isoformat() in [str(v) for v in value.value], (day, pid)
        assert value.reference["href"].startswith("https://"), pid


def test_the_calendars_cover_2018_to_2027_for_kazakhstan() -> None:
    assert _span("kz.calendar.weekend") == (date(2018, 1, 1), date(2027, 12, 31))


def test_the_package_is_pinned_and_stays_out_of_the_calculators() -> None:
    root = Path(__file__).resolve().parents[1]
    assert holidays.__version__ == "0.109"
    assert "holidays==0.109" in (root / "requirements.txt").read_text(encoding="utf-8").splitlines()
    for path in (root / "calculators").rglob("*.py"):
        assert "import holidays" not in path.read_text(encoding="utf-8"), path
