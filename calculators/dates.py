"""Dates as users type them."""

from __future__ import annotations

import re
from datetime import date

from calculators.errors import CalcError
from calculators.i18n import Text

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_date(value: object, field: str, label: Text) -> date:
    """Read ``2026-03-10`` or ``10.03.2026``; an impossible date (``2026-02-30``) is an error, never a guess."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise CalcError("invalid_date", field, label)
    text = value.strip()
    iso, dotted = _ISO.match(text), _DOTTED.match(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if dotted:
            return date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    except ValueError:
        pass
    raise CalcError("invalid_date", field, label)


def format_date(day: date) -> str:
    """Dates in messages and formulas: ``10.03.2026``, as the laws of both countries write them."""
    return day.strftime("%d.%m.%Y")
