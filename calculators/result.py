"""Results are data: total, steps with their legal basis, warnings, and the parameters used."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from calculators.dates import format_date
from calculators.i18n import LANGS, Text
from calculators.interpretations import Interpretation
from calculators.parameters import Parameter, Value
from calculators.sources import describe, known
from calculators.words import t

UNVERIFIED = t("The value “{label}” ({value}, from {start}) is not verified against the text of the law: {note}")


UNVERIFIED_RULE = t("The rule “{label}” (from {start}) is not verified against the text of the law: {note}")
UNVERIFIED_LIST = t("The list “{label}” (from {start}) is not verified against the text of the law: {note}")


def _shown_item(item: Any) -> str:
    """One item of a listed value as a reader sees it: an ISO date as dd.mm.yyyy, anything else as written."""
    if isinstance(item, str):
        try:
            return format_date(date.fromisoformat(item))
        except ValueError:
            return item
    return str(item)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


@dataclass
class Result:
    """Collects what a calculation did; ``to_json`` is what the CLI prints and the browser renders."""

    calculator: str
    currency: str
    steps: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    used: dict[tuple[str, date], dict[str, Any]] = field(default_factory=dict)

    def use(self, parameter: Parameter, day: date, field_path: str, field_label: Text) -> Value:
        """The parameter's value on ``day``, recorded in the result; an unverified value adds a warning."""
        value = parameter.at(day, field_path, field_label)
        key = (parameter.id, value.start)
        if key not in self.used:
            self.used[key] = {
                "id": parameter.id,
                "label": parameter.label,
                "value": _plain(value.value),
                "unit": parameter.unit,
                "from": value.start.isoformat(),
                "status": value.status,
                "checked": value.checked.isoformat(),
                "reference": value.reference,
                "basis": list(value.basis),
            }
            if not value.verified and value.note:
                note = value.note
                shown = _plain(value.value)
                # A rule (a dict of settings) or a table (a list of them, e.g. holidays) is named, not dumped; its
                # note says in words what it holds. A list of dates reads as dates.
                table = isinstance(shown, list) and any(isinstance(item, (dict, list)) for item in shown)
                template = UNVERIFIED_RULE if isinstance(shown, dict) else UNVERIFIED_LIST if table else UNVERIFIED
                if isinstance(shown, list) and not table:
                    shown = ", ".join(_shown_item(item) for item in shown)
                self.warn(
                    f"unverified:{parameter.id}",
                    {
                        lang: template[lang].format(
                            label=parameter.label[lang], value=shown, start=format_date(value.start), note=note[lang]
                        )
                        for lang in LANGS
                    },
                    list(value.basis),
                )
        return value

    def step(
        self,
        key: str,
        label: Text,
        amount: Decimal | None,
        formula: str,
        basis: list[str],
        **extra: Any,
    ) -> dict[str, Any]:
        for item in basis:
            if not known(item):
                raise ValueError(f"step {key}: unknown basis id {item}")
        entry: dict[str, Any] = {"key": key, "label": label, "formula": formula}
        entry["amount"] = None if amount is None else str(amount)
        entry["basis"] = list(dict.fromkeys(basis))
        entry.update({k: _plain(v) for k, v in extra.items()})
        self.steps.append(entry)
        return entry

    def warn(self, code: str, message: Text, basis: list[str] | tuple[str, ...] = ()) -> None:
        if all(w["code"] != code for w in self.warnings):
            self.warnings.append({"code": code, "message": message, "basis": list(basis)})

    def interpret(self, reading: Interpretation, chosen: Iterable[str] | None = None) -> None:
        """Show a declared reading of the law where the calculation applies it, in its own code, words and basis
        (or the part of its basis ``chosen`` on this date; ``Interpretation.basis`` refuses any other)."""
        self.warn(reading.code, reading.words, reading.basis(chosen))

    def to_json(self, total: Decimal | str, display: Text | None = None, **extra: Any) -> dict[str, Any]:
        """The result as data. ``display`` is how a total that is not money reads (a date, a verdict)."""
        out: dict[str, Any] = {"calculator": self.calculator, "total": str(total), "currency": self.currency}
        if display is not None:
            out["display"] = display
        out.update({k: _plain(v) for k, v in extra.items()})
        out["steps"] = self.steps
        out["warnings"] = self.warnings
        out["parameters"] = list(self.used.values())
        cited = [b for item in (*self.steps, *self.warnings) for b in item["basis"]]
        cited += [b for p in out["parameters"] for b in p["basis"]]
        out["citations"] = {b: describe(b) for b in dict.fromkeys(cited)}
        return out
