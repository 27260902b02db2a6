"""One working-day engine for every country's calendar: weekends, holidays, carry-over, transfers both ways.

A country's calendar is a ``CalendarData``: the ids of its dated parameters (``calculators/parameters/<country>/
calendar.yaml``). The engine answers "is this day off, and why" from them, so Kazakhstan and Kyrgyzstan share the
code and differ only in data. Precedence on a day, the same for both:

1. a day a transfer made working (``working``) is a working day, even a Saturday;
2. a movable day off (a lunar holiday, a day off moved by a transfer) is off;
3. a fixed holiday is off;
4. with a carry-over rule, the first working day after a holiday that fell on a weekend is off (``observed``),
   one day for each such holiday, in order; a day a transfer made working takes that day's place;
5. a weekly day off (``weekend``) is off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from calculators import parameters
from calculators.i18n import Text
from calculators.result import Result
from calculators.words import t

WINDOW = 10  # days looked back for a holiday still waiting for its carried-over day off (runs are shorter)


@dataclass(frozen=True)
class CalendarData:
    """Which parameters make up one country's calendar."""

    country: str
    weekend: str
    holidays: str
    movable: tuple[str, ...] = ()
    working: str | None = None
    carry_over: str | None = None
    disputed: str | None = None
    names: dict[str, Text] = field(default_factory=dict)


@dataclass(frozen=True)
class Off:
    """Why a day is off: ``reason`` (``weekend``, ``holiday``, ``observed`` or a movable parameter's id), the
    holiday's ``name`` key where there is one, and the parameter whose value says so."""

    reason: str
    name: str
    parameter: str


def _holidays(value: Any) -> dict[str, tuple[str, bool]]:
    """``MM-DD`` → (name, carries over); a plain ``MM-DD`` string is a holiday without a name or carry-over."""
    out: dict[str, tuple[str, bool]] = {}
    for item in value:
        if isinstance(item, dict):
            out[str(item["day"])] = (str(item["name"]), bool(item.get("carry", False)))
        else:
            out[str(item)] = ("", False)
    return out


def _dates(value: Any) -> list[date]:
    items = value if isinstance(value, list) else [value]
    return [date.fromisoformat(str(item["date"] if isinstance(item, dict) else item)) for item in items]


class Calendar:
    """One country's calendar, recording in ``result`` each value an answer relied on."""

    def __init__(self, data: CalendarData, result: Result, field_path: str, label: Text) -> None:
        self.data, self.result, self.field, self.label = data, result, field_path, label

    def _value(self, pid: str, day: date, record: bool) -> Any:
        param = parameters.get(pid)
        if record:
            return self.result.use(param, day, self.field, self.label).value
        return param.at(day, self.field, self.label).value

    def _working(self, day: date, record: bool) -> bool:
        if self.data.working is None or day not in _dates(self._value(self.data.working, day, False)):
            return False
        if record:
            self._value(self.data.working, day, True)
        return True

    def _base(self, day: date, record: bool) -> Off | None:
        """Off by rules 2, 3 and 5 (not by carry-over); ``None`` for a would-be working day."""
        weekend = self._value(self.data.weekend, day, record)
        fixed = _holidays(self._value(self.data.holidays, day, record))
        for pid in self.data.movable:
            if day in _dates(self._value(pid, day, False)):
                # Recorded only when it matters, so an unverified date warns only the results it changes.
                if record:
                    self._value(pid, day, True)
                return Off(pid, "", pid)
        key = day.strftime("%m-%d")
        if key in fixed:
            return Off("holiday", fixed[key][0], self.data.holidays)
        if day.isoweekday() in weekend:
            return Off("weekend", "", self.data.weekend)
        return None

    def _carried(self, day: date) -> str | None:
        """The name of the holiday whose carried-over day off is ``day`` (rule 4), or ``None``."""
        assert self.data.carry_over is not None
        first = parameters.get(self.data.weekend).values[0].start
        current = max(first, day - timedelta(days=WINDOW))
        pending: list[str] = []
        while current <= day:
            if self._working(current, False):
                if pending:
                    pending.pop(0)  # the transfer moved this carried-over day off elsewhere
            else:
                off = self._base(current, False)
                weekend = current.isoweekday() in self._value(self.data.weekend, current, False)
                fixed = _holidays(self._value(self.data.holidays, current, False))
                key = current.strftime("%m-%d")
                if off is not None and off.reason == "holiday" and weekend and fixed[key][1]:
                    pending.append(fixed[key][0])
                elif off is None and pending:
                    name = pending.pop(0)
                    if current == day:
                        return name
            current += timedelta(days=1)
        return None

    def off(self, day: date) -> Off | None:
        """Why ``day`` is not a working day, or ``None`` for a working day."""
        self._value(self.data.weekend, day, True)  # checks the day is covered, and records the weekly days off
        if self._working(day, True):
            return None
        base = self._base(day, True)
        if base is not None:
            return base
        if self.data.carry_over is not None:
            name = self._carried(day)
            if name:
                self._value(self.data.carry_over, day, True)
                return Off("observed", name, self.data.carry_over)
        return None

    def day_off(self, day: date) -> str | None:
        """The reason ``day`` is off (``weekend``, ``holiday``, ``observed`` or a parameter id), or ``None``."""
        off = self.off(day)
        return None if off is None else off.reason

    def next_working_day(self, day: date) -> tuple[date, list[tuple[date, Off]]]:
        """``day`` itself if it is a working day, else the first working day after it, with the days passed over."""
        passed: list[tuple[date, Off]] = []
        while (off := self.off(day)) is not None:
            passed.append((day, off))
            day += timedelta(days=1)
        return day, passed

    def add_working_days(self, start: date, count: int) -> tuple[date, list[tuple[date, Off]]]:
        """The ``count``-th working day after ``start``, with the days off passed over on the way."""
        day, counted = start, 0
        passed: list[tuple[date, Off]] = []
        while counted < count:
            day += timedelta(days=1)
            off = self.off(day)
            if off is None:
                counted += 1
            else:
                passed.append((day, off))
        return day, passed

    def provisional(self, first: date, last: date) -> list[tuple[str, date]]:
        """Movable days off not yet confirmed within a day of ``first`` … ``last`` (their date may move a day)."""
        found: list[tuple[str, date]] = []
        for pid in self.data.movable:
            param = parameters.get(pid)
            for value in param.values:
                items = value.value if isinstance(value.value, list) else [value.value]
                for item in items:
                    if isinstance(item, dict) and not item.get("confirmed", True):
                        day = date.fromisoformat(str(item["date"]))
                        if first - timedelta(days=1) <= day <= last + timedelta(days=1):
                            found.append((pid, day))
        return found

    def disputed(self, first: date, last: date) -> list[date]:
        """Days within ``first`` … ``last`` whose status the sources dispute."""
        if self.data.disputed is None:
            return []
        param = parameters.get(self.data.disputed)
        days = [d for v in param.values for d in _dates(v.value) if first <= d <= last]
        if days:
            self.result.use(param, days[0], self.field, self.label)
        return days


def add_months(day: date, count: int) -> date:
    """The same date ``count`` months later, or that month's last day when the date does not exist in it."""
    index = day.month - 1 + count
    year, month = day.year + index // 12, index % 12 + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


WEEKDAYS: tuple[Text, ...] = (
    t("Monday"),
    t("Tuesday"),
    t("Wednesday"),
    t("Thursday"),
    t("Friday"),
    t("Saturday"),
    t("Sunday"),
)


def weekday_date(day: date) -> Text:
    """``10.03.2026 (вторник)`` in every language."""
    return {lang: f"{day.strftime('%d.%m.%Y')} ({name})" for lang, name in WEEKDAYS[day.weekday()].items()}
