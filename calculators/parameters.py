"""Dated legal values: each value holds from the date it takes effect, with its reference and status.

The values are written in YAML (``calculators/parameters/``) and compiled into ``data.json`` so that the
package reads them with the standard library alone, in CPython and in Pyodide alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from calculators import datafile
from calculators.dates import format_date
from calculators.errors import CalcError
from calculators.i18n import Text

STATUSES = ("verified", "unverified")
# A value not checked against its source for longer than this needs a note saying why it still holds.
MAX_AGE = timedelta(days=365)


@dataclass(frozen=True)
class Value:
    """One value of a parameter, in force from ``start`` until the next value's start."""

    start: date
    value: Any
    status: str
    checked: date
    reference: dict[str, str]
    basis: tuple[str, ...]
    note: Text | None
    still_holds: Text | None = None  # why a value checked more than a year ago still holds

    @property
    def verified(self) -> bool:
        return self.status == "verified"


@dataclass(frozen=True)
class Parameter:
    id: str
    label: Text
    unit: str
    values: tuple[Value, ...]
    until: date | None  # last day we know the value for; later dates are refused
    file: str = ""  # the YAML file, relative to the package
    last_checked: date | None = None  # every value of the file was checked against its source on or after this

    def stale(self, today: date) -> list[Value]:
        """Values last checked more than a year before ``today`` with no note saying why they still hold."""
        return [v for v in self.values if today - v.checked > MAX_AGE and not v.still_holds]

    def at(self, day: date, field: str, label: Text) -> Value:
        """The value in force on ``day``; a day outside the covered period is an input error on ``field``."""
        if day < self.values[0].start:
            raise CalcError(
                "date_before_coverage", field, label, start=format_date(self.values[0].start), date=format_date(day)
            )
        if self.until is not None and day > self.until:
            raise CalcError("date_after_coverage", field, label, end=format_date(self.until), date=format_date(day))
        current = self.values[0]
        for value in self.values:
            if value.start <= day:
                current = value
        return current


class ParameterError(ValueError):
    """The parameter data itself is wrong (a defect of the project, not of the user's input)."""


def _decode(raw: Any) -> Any:
    if isinstance(raw, str):
        try:
            return Decimal(raw)
        except ArithmeticError:
            return raw
    if isinstance(raw, dict):
        return {k: _decode(v) if k != "mode" else v for k, v in raw.items()}
    return raw


def check_parameter(raw: dict[str, Any]) -> None:
    """Reject a parameter whose dates are duplicated or unsorted, or a value without reference or status."""
    pid = raw.get("id", "?")
    starts = [str(v["from"]) for v in raw["values"]]
    if not starts:
        raise ParameterError(f"{pid}: no values")
    if len(set(starts)) != len(starts):
        raise ParameterError(f"{pid}: duplicate dates {starts}")
    if starts != sorted(starts):
        raise ParameterError(f"{pid}: dates not sorted {starts}")
    for v in raw["values"]:
        ref = v.get("reference") or {}
        if not (ref.get("title") and ref.get("href")):
            raise ParameterError(f"{pid} {v['from']}: reference needs title and href")
        if v.get("status") not in STATUSES:
            raise ParameterError(f"{pid} {v['from']}: status must be one of {STATUSES}")
        if not v.get("checked"):
            raise ParameterError(f"{pid} {v['from']}: no date of last check")
        if v["status"] == "unverified" and not v.get("note"):
            raise ParameterError(f"{pid} {v['from']}: an unverified value must say why in its note")
        if raw.get("last_checked") and str(v["checked"]) < str(raw["last_checked"]):
            raise ParameterError(
                f"{pid} {v['from']}: checked {v['checked']} is before the file's last_checked {raw['last_checked']}"
            )


def build_parameter(raw: dict[str, Any]) -> Parameter:
    check_parameter(raw)
    values = tuple(
        Value(
            start=date.fromisoformat(str(v["from"])),
            value=_decode(v["value"]),
            status=v["status"],
            checked=date.fromisoformat(str(v["checked"])),
            reference=dict(v["reference"]),
            basis=tuple(v.get("basis", ())),
            note=v.get("note"),
            still_holds=v.get("still_holds"),
        )
        for v in raw["values"]
    )
    until = date.fromisoformat(str(raw["until"])) if raw.get("until") else None
    checked = date.fromisoformat(str(raw["last_checked"])) if raw.get("last_checked") else None
    return Parameter(raw["id"], raw["label"], raw.get("unit", ""), values, until, raw.get("file", ""), checked)


def data() -> dict[str, Any]:
    """The compiled parameters and sources (``data.json``), read once."""
    return datafile.load()


@cache
def parameters() -> dict[str, Parameter]:
    return {raw["id"]: build_parameter(raw) for raw in data()["parameters"]}


def get(parameter_id: str) -> Parameter:
    return parameters()[parameter_id]
