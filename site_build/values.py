"""Figures restated in the pages come from the parameters: ``<!-- value: ID@WHEN -->`` in a page's Markdown.

``WHEN`` is ``last`` (the latest value: what a page describing the law now states), a date (``2026-01-01``: the
value in force that day), ``from`` (the first day the parameter covers) or ``until`` (the last day it covers).
``ID@WHEN:key`` reads one key of a value that is a rule (a dict). A share reads
as a percentage; a number groups its thousands with spaces and takes the decimal comma in ru/kk/ky, with commas and
the point in en; a date reads ``dd.mm.yyyy``. A rate change then touches the parameter file and its cases, not the
pages. A shortcode naming an unknown parameter, or a day or key without a value, stops the build.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from calculators.dates import format_date
from calculators.errors import CalcError
from calculators.i18n import LANGS
from calculators.money import format_amount, format_percent
from calculators.parameters import Parameter, parameters

MARKER = re.compile(r"<!--\s*value:\s*([a-z0-9_.]+)@([0-9a-z-]+)(?::([a-z_]+))?\s*-->")
NO_LABEL = dict.fromkeys(LANGS, "")  # a lookup that needs no words


class UnknownValue(LookupError):
    """A shortcode names a parameter, a date or a key that has no value: the page would state a wrong figure."""


def _number(value: Decimal, lang: str) -> str:
    """``10 000,5`` in ru/kk/ky; ``10,000.5`` in en, as English prose writes it (formulas stay neutral)."""
    shown = format_amount(value)
    if lang == "en":
        whole, point, frac = shown.partition(".")
        return whole.replace(" ", ",") + point + frac
    return shown.replace(".", ",")


def shown(param: Parameter, value: Any, lang: str) -> str:
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        value = Decimal(value)
    if not isinstance(value, Decimal):
        raise UnknownValue(f"{param.id}: {value!r} is not a figure a page can state")
    if param.unit.startswith("share"):
        return _number(Decimal(format_percent(value).removesuffix(" %")), lang) + " %"
    return _number(value, lang)


def lookup(pid: str, when: str, key: str | None) -> tuple[Parameter, Any]:
    param = parameters().get(pid)
    if param is None:
        raise UnknownValue(f"unknown parameter {pid}")
    if when == "until":
        if param.until is None:
            raise UnknownValue(f"{pid} has no last covered day")
        return param, param.until
    if when == "from":
        return param, param.values[0].start
    if when == "last":
        value = param.values[-1].value
    else:
        try:
            day = date.fromisoformat(when)
        except ValueError as exc:
            raise UnknownValue(f"{pid}@{when}: not a date, 'last', 'from' or 'until'") from exc
        try:
            value = param.at(day, "date", NO_LABEL).value
        except CalcError as exc:
            raise UnknownValue(f"{pid} has no value on {when}") from exc
    if key is not None:
        if not isinstance(value, dict) or key not in value:
            raise UnknownValue(f"{pid}@{when} has no key {key}")
        value = value[key]
    if value is None:
        raise UnknownValue(f"{pid} has no value on {when}")
    return param, value


def render(markdown: str, lang: str) -> str:
    """Every value shortcode of a page replaced by its figure in the page's language."""

    def replace(match: re.Match[str]) -> str:
        param, value = lookup(match[1], match[2], match[3])
        return shown(param, value, lang)

    return MARKER.sub(replace, markdown)
