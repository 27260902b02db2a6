"""The calendar page (``/calendar/``): each country's non-working days by year, with the reason and the source of
each, read from the same engine and data the deadline calculators use. Each row's anchor is ``<country>-<ISO date>``
(``kz-2026-03-23``), which the calculators' day-off steps link to. Ordinary Saturdays and Sundays are not listed;
a weekend day that a transfer made a working day is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from calculators import parameters
from calculators.i18n import Text
from calculators.kg import calendar as kg
from calculators.kz import calendar as kz
from calculators.result import Result
from calculators.workdays import Calendar, CalendarData, Off, weekday_date
from site_build.templating import macro
from site_build.words import by_lang, t

# Translators: a Saturday or Sunday made a working day because a day off was moved from it.
WORKING = t("working day (day off moved)")
COUNTRIES: dict[str, tuple[Text, CalendarData, Callable[[Off], Text]]] = {
    "kz": (t("Kazakhstan"), kz.DATA, kz.reason),
    "kg": (t("Kyrgyzstan"), kg.DATA, lambda off: kg.REASONS[off.reason]),
}
# The columns (date, why it is no working day, source, status) and the two statuses of a value.
HEAD = by_lang(
    {
        "date": t("Date"),
        # Translators: the reason a day is not a working day (a holiday, a transfer).
        "why": t("Why"),
        "source": t("Source"),
        "status": t("Status"),
        # Translators: a legal value was checked against the text of its source (status "verified").
        "verified": t("checked against the text"),
        "unverified": t("not verified"),
    }
)


def rows(data: CalendarData, reason: Callable[[Off], Text]) -> dict[int, list[tuple[date, Text, str]]]:
    """Year → (day, reason, parameter id) for every listed day of a country's calendar."""
    weekend = parameters.get(data.weekend)
    assert weekend.until is not None
    cal = Calendar(data, Result("calendar", ""), "day", {})
    out: dict[int, list[tuple[date, Text, str]]] = {}
    day = weekend.values[0].start
    while day <= weekend.until:
        off = cal.off(day)
        if off is None and day.isoweekday() in weekend.at(day, "day", {}).value:
            assert data.working is not None
            out.setdefault(day.year, []).append((day, WORKING, data.working))
        elif off is not None and off.reason != "weekend":
            out.setdefault(day.year, []).append((day, reason(off), off.parameter))
        day += timedelta(days=1)
    return out


def render(lang: str) -> str:
    """The page's tables (``overrides/partials/cc/calendar.html``): by country and year, one row per listed day."""
    head = HEAD[lang]
    columns = [head["date"], head["why"], head["source"], head["status"]]
    countries = []
    for country, (name, data, reason) in COUNTRIES.items():
        years = []
        for year, days in rows(data, reason).items():
            listed = []
            for day, why, pid in days:
                value = parameters.get(pid).at(day, "day", {})
                listed.append(
                    {
                        "iso": day.isoformat(),
                        "day": weekday_date(day)[lang],
                        "why": why[lang],
                        "href": value.reference["href"],
                        "title": value.reference["title"],
                        "status": value.status,
                        "words": head["verified" if value.verified else "unverified"],
                    }
                )
            years.append({"year": year, "rows": listed})
        countries.append({"id": country, "name": name[lang], "years": years})
    return str(macro("calendar.html", "calendar")(columns, countries))
