"""Kyrgyzstan's working days under the Labour Code of 23.01.2025: weekends, fixed and movable holidays, the state
bodies' extra days off (8 and 9 January 2026) and any Saturday a transfer makes a working day (none is known in
2026: the adopted resolution is reported to move no working day).

The data are dated parameters (``calculators/parameters/kg/calendar.yaml``) covering sourced years only, so a day
outside them is an input error naming the field, never a silent working day. The engine is ``calculators.workdays``,
shared with Kazakhstan's calendar.
"""

from __future__ import annotations

from calculators import workdays
from calculators.i18n import Text
from calculators.result import Result
from calculators.words import t

REASONS: dict[str, Text] = {
    "weekend": t("weekend"),
    "holiday": t("public holiday"),
    "kg.calendar.orozo_ait": t("Orozo Ait"),
    "kg.calendar.kurman_ait": t("Kurman Ait"),
    "kg.calendar.state_body_days_off": t("day off of state bodies"),
}
MOVABLE = ("kg.calendar.orozo_ait", "kg.calendar.kurman_ait", "kg.calendar.state_body_days_off")
DATA = workdays.CalendarData(
    country="kg",
    weekend="kg.calendar.weekend",
    holidays="kg.calendar.fixed_holidays",
    movable=MOVABLE,
    working="kg.calendar.working_saturdays",
)


def calendar(result: Result, field: str, label: Text) -> workdays.Calendar:
    """Kyrgyzstan's calendar on the shared engine."""
    return workdays.Calendar(DATA, result, field, label)
