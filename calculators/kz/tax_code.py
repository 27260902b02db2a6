"""The Tax Code governing the state duty on a date (``kz.tax_code``): its source id and where its articles are.

The 2017 code (No. 120-VI) and the 2026 code (No. 214-VIII) number the same rules differently; which one applies
is a dated parameter, so the rules hold no date of the switch.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from calculators import parameters
from calculators.i18n import Text
from calculators.result import Result


def on(day: date, field: str, label: Text, result: Result | None = None) -> dict[str, Any]:
    """The code in force on ``day``: ``source``, ``catalogue`` (tc2017 / tc2026) and the articles it cites.

    The choice shows in every basis id a step cites, so the result does not list it among its parameters; only an
    unverified switch date is recorded, which adds its warning.
    """
    parameter = parameters.get("kz.tax_code")
    value = parameter.at(day, field, label)
    if result is not None and not value.verified:
        result.use(parameter, day, field, label)
    code: dict[str, Any] = value.value
    return code


def cite(code: dict[str, Any], article: str) -> str:
    """The basis id of one of the code's articles named in the parameter (``appeal_exempt``, ``joined_claims``)."""
    return f"{code['source']}#{code[article]}"
