"""Figures restated in the pages come from the parameters: ``<!-- value: ID@WHEN -->`` in a page's Markdown.

``WHEN`` is ``last`` (the latest value: what a page describing the law now states) or a date (``2026-01-01``: the
value in force that day); the first and last days a parameter covers are dates, written with the date shortcode.
``ID@WHEN:key`` reads one key of a value that is a rule (a dict). A share reads
as a percentage; a number groups its thousands with spaces and takes the decimal comma in ru/kk/ky, with commas and
the point in en; a date reads ``dd.mm.yyyy``. A rate change then touches the parameter file and its cases, not the
pages. A shortcode naming an unknown parameter, or a day or key without a value, stops the build.

The dates on which values change come from the parameters too: ``<!-- date: ID@WHICH:EDGE[-FORM] -->``.
``WHICH`` picks one value of the parameter: ``first``, ``last``, ``first-set`` (the first value that is not null:
the day a cap or a fee first applied) or a date that must be a value's start (a pinned date that is no longer a
boundary stops the build). ``EDGE`` is ``start`` (the day that value took effect), ``end`` (its last day: the
next value's start minus one day, or the parameter's last covered day) or ``after`` (the first day it no longer
holds: the day after ``end``). Without ``FORM`` the date reads ``dd.mm.yyyy``, as the ru and en pages write it;
with ``-words``, ``-from``, ``-to`` or ``-on`` it reads in words in the case that sentence needs (``date_words.py``),
the postposition staying in the prose: ``<!-- date: kz.tax_code@last:start-from --> бастап``. Pages name values by
``first``/``last``/``first-set`` rather than by date, so that moving a value's start touches the parameter file and
its cases only.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from calculators.dates import format_date
from calculators.errors import CalcError
from calculators.i18n import LANGS
from calculators.money import format_amount, format_percent
from calculators.parameters import Parameter, parameters
from site_build.date_words import NoDateForm, in_words

MARKER = re.compile(r"<!--\s*value:\s*([a-z0-9_.]+)@([0-9a-z-]+)(?::([a-z_]+))?\s*-->")
# Loose on purpose: a date shortcode the stricter DATE_CODE does not read stops the build instead of staying a comment.
DATE_MARKER = re.compile(r"<!--\s*date:(.*?)-->", re.S)
DATE_CODE = re.compile(r"([a-z0-9_.]+)@([0-9a-z-]+):(start|end|after)(?:-([a-z]+))?")
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
    if when == "last":
        value = param.values[-1].value
    else:
        try:
            day = date.fromisoformat(when)
        except ValueError as exc:
            raise UnknownValue(f"{pid}@{when}: not a date or 'last'") from exc
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


def _pick(param: Parameter, which: str) -> int:
    """The index of the value ``which`` names (see the module's docstring)."""
    if which == "first":
        return 0
    if which == "last":
        return len(param.values) - 1
    if which == "first-set":
        for index, value in enumerate(param.values):
            if value.value is not None:
                return index
        raise UnknownValue(f"{param.id} has no value that is set")
    try:
        day = date.fromisoformat(which)
    except ValueError as exc:
        raise UnknownValue(f"{param.id}@{which}: not 'first', 'last', 'first-set' or a date") from exc
    for index, value in enumerate(param.values):
        if value.start == day:
            return index
    starts = ", ".join(v.start.isoformat() for v in param.values)
    raise UnknownValue(f"{param.id}@{which}: {which} is not the start of a value (values start on {starts})")


def boundary(param: Parameter, which: str, edge: str) -> date:
    """The day the value ``which`` took effect (``start``), its last day (``end``) or the day after (``after``)."""
    index = _pick(param, which)
    if edge == "start":
        return param.values[index].start
    if index + 1 < len(param.values):
        after = param.values[index + 1].start
    elif param.until is None:
        raise UnknownValue(f"{param.id}@{which}: the last value has no last day (the parameter has no 'until')")
    else:
        after = param.until + timedelta(days=1)
    return after if edge == "after" else after - timedelta(days=1)


def date_shown(code: str, lang: str) -> str:
    """One date shortcode's text (``kz.tax_code@last:start-from``) as the page of ``lang`` writes the date."""
    match = DATE_CODE.fullmatch(code.strip())
    if match is None:
        raise UnknownValue(f"date shortcode {code.strip()!r}: write ID@WHICH:start|end|after[-words|-from|-to|-on]")
    param = parameters().get(match[1])
    if param is None:
        raise UnknownValue(f"unknown parameter {match[1]}")
    day = boundary(param, match[2], match[3])
    if match[4] is None:
        return format_date(day)
    try:
        return in_words(day, lang, match[4])
    except NoDateForm as exc:
        raise UnknownValue(f"{code.strip()}: {exc}") from exc


def render(markdown: str, lang: str) -> str:
    """Every value and date shortcode of a page replaced by its figure or date in the page's language."""

    def replace(match: re.Match[str]) -> str:
        param, value = lookup(match[1], match[2], match[3])
        return shown(param, value, lang)

    markdown = DATE_MARKER.sub(lambda match: date_shown(match[1], lang), markdown)
    return MARKER.sub(replace, markdown)
