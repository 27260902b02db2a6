"""Dates as users type them."""

from __future__ import annotations

import re
from datetime import date

from calculators.errors import CalcError
from calculators.i18n import Text

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
# Every date typed is checked against this span first: outside it a date is a typing mistake (a birth date in
# year 1, a payment in 9999), and every term added to a date inside it stays far from the calendar's end.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2100, 12, 31)


def parse_date(value: object, field: str, label: Text) -> date:
    """Read ``2026-03-10`` or ``10.03.2026``; an impossible date (``2026-02-30``) is an error, never a guess."""
    if isinstance(value, date) and FIRST_DAY <= value <= LAST_DAY:
        return value
    if not isinstance(value, str):
        raise CalcError("invalid_date", field, label)
    text = value.strip()
    iso, dotted = _ISO.match(text), _DOTTED.match(text)
    day = None
    try:
        if iso:
            day = date(int(iso[1]), int(iso[2]), int(iso[3]))
        elif dotted:
            day = date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    except ValueError:
        pass
    if day is None:
        raise CalcError("invalid_date", field, label)
    if not FIRST_DAY <= day <= LAST_DAY:
        raise CalcError("date_out_of_range", field, label, start=format_date(FIRST_DAY), end=format_date(LAST_DAY))
    return day


def format_date(day: date) -> str:
    """Dates in messages and formulas: ``10.03.2026``, as the laws of both countries write them."""
    return day.strftime("%d.%m.%Y")
