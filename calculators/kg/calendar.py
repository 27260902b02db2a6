"""Kyrgyzstan's working days under the Labour Code of 23.01.2025: weekends, fixed and movable holidays.

Every value is a dated parameter (``calculators/parameters/kg/calendar.yaml``) covering sourced years only, so a
day outside them is an input error naming the field, never a silent working day.
"""

from __future__ import annotations

from datetime import date, timedelta

from calculators import parameters
from calculators.i18n import Text, text
from calculators.result import Result

REASONS: dict[str, Text] = {
    "weekend": text("выходной", "демалыс күні", "дем алыш күнү", "weekend"),
    "holiday": text("праздник", "мереке", "майрам", "public holiday"),
    "kg.calendar.orozo_ait": text("Орозо айт", "Ораза айт", "Орозо айт", "Orozo Ait"),
    "kg.calendar.kurman_ait": text("Курман айт", "Құрбан айт", "Курман айт", "Kurman Ait"),
    "kg.calendar.state_body_days_off": text(
        "выходной госучреждений",
        "мемлекеттік мекемелердің демалысы",
        "мамлекеттик мекемелердин дем алышы",
        "day off of state bodies",
    ),
}
MOVABLE = ("kg.calendar.orozo_ait", "kg.calendar.kurman_ait", "kg.calendar.state_body_days_off")


class Calendar:
    """Answers "is this day off, and why", recording in ``result`` each value it relied on."""

    def __init__(self, result: Result, field: str, label: Text) -> None:
        self.result, self.field, self.label = result, field, label

    def _dates(self, pid: str, day: date) -> list[date]:
        value = parameters.get(pid).at(day, self.field, self.label).value
        items = value if isinstance(value, list) else [value]
        return [date.fromisoformat(str(item)) for item in items]

    def day_off(self, day: date) -> str | None:
        """The reason ``day`` is not a working day (a key of ``REASONS``), or ``None`` for a working day."""
        weekend = self.result.use(parameters.get("kg.calendar.weekend"), day, self.field, self.label)
        fixed = self.result.use(parameters.get("kg.calendar.fixed_holidays"), day, self.field, self.label)
        for pid in MOVABLE:
            if day in self._dates(pid, day):
                # Recorded only when it matters, so an unverified date warns only the results it changes.
                self.result.use(parameters.get(pid), day, self.field, self.label)
                return pid
        if day.strftime("%m-%d") in fixed.value:
            return "holiday"
        if day.isoweekday() in weekend.value:
            return "weekend"
        return None

    def next_working_day(self, day: date) -> tuple[date, list[tuple[date, str]]]:
        """``day`` itself if it is a working day, else the first working day after it, with the days passed over."""
        passed: list[tuple[date, str]] = []
        while (reason := self.day_off(day)) is not None:
            passed.append((day, reason))
            day += timedelta(days=1)
        return day, passed
