"""Input schemas: what a calculator asks for, validated at the edge into typed values.

The same schema renders the form at build time (``site_build``), is sent to the browser as JSON, and
validates every input here, so the form, the CLI and the tests cannot disagree about a field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from calculators.dates import parse_date
from calculators.errors import CalcError
from calculators.i18n import LANGS, Text
from calculators.limits import MAX_INT_DIGITS, check_text
from calculators.money import parse_amount

KINDS = ("date", "money", "choice", "integer", "boolean", "list")
# Decimal digits of any script (``\d`` is Unicode-aware), at most nine: more is past every field's maximum.
_DIGITS = re.compile(r"\d{1,9}")


@dataclass(frozen=True)
class Choice:
    value: str
    label: Text


@dataclass(frozen=True)
class Field:
    """One input. ``when`` makes a field apply only if a sibling field holds one of the listed values."""

    name: str
    kind: str
    label: Text
    required: bool = True
    default: Any = None
    choices: tuple[Choice, ...] = ()
    fields: tuple[Field, ...] = ()  # the fields of each item of a list
    when: dict[str, tuple[str | bool, ...]] = field(default_factory=dict)
    help: Text | None = None
    minimum: int = 0
    maximum: int = 100
    positive: bool = False  # a money field that must be above zero (an amount claimed, a claim's value)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"{self.name}: unknown kind {self.kind}")

    def applies(self, siblings: dict[str, Any]) -> bool:
        return all(siblings.get(name) in values for name, values in self.when.items())

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "kind": self.kind, "label": self.label, "required": self.required}
        if self.default is not None:
            out["default"] = self.default
        if self.choices:
            out["choices"] = [{"value": c.value, "label": c.label} for c in self.choices]
        if self.fields:
            out["fields"] = [f.to_json() for f in self.fields]
        if self.when:
            out["when"] = {k: list(v) for k, v in self.when.items()}
        if self.help:
            out["help"] = self.help
        if self.kind in ("integer", "list"):
            out["minimum"], out["maximum"] = self.minimum, self.maximum
        return out


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _integer(spec: Field, raw: Any, path: str) -> int:
    """A whole number typed in decimal digits (any script's, as ``int`` reads them), within the field's range."""
    value = raw.strip() if isinstance(raw, str) else raw
    if isinstance(value, str) and _DIGITS.fullmatch(value):
        value = int(value)
    elif isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        value = int(value) if value.adjusted() < MAX_INT_DIGITS else None
    if isinstance(value, bool) or not isinstance(value, int) or not spec.minimum <= value <= spec.maximum:
        raise CalcError("invalid_integer", path, spec.label, min=spec.minimum, max=spec.maximum)
    return value


def _convert(spec: Field, raw: Any, path: str, lang: str | None) -> Any:
    check_text(raw, path, spec.label)
    if spec.kind == "money":
        amount = parse_amount(raw, path, spec.label, lang)
        if spec.positive and amount == 0:
            raise CalcError("amount_zero", path, spec.label)
        return amount
    if spec.kind == "date":
        return parse_date(raw, path, spec.label)
    if spec.kind == "choice":
        values = [c.value for c in spec.choices]
        if raw not in values:
            names = {lang_: ", ".join(c.label[lang_] for c in spec.choices) for lang_ in LANGS}
            raise CalcError("invalid_choice", path, spec.label, choices=names)
        return raw
    if spec.kind == "boolean":
        if isinstance(raw, bool):
            return raw
        if raw in ("true", "false"):
            return raw == "true"
        raise CalcError("invalid_choice", path, spec.label, choices=dict.fromkeys(LANGS, "true, false"))
    if spec.kind == "integer":
        return _integer(spec, raw, path)
    # a list of objects
    if not isinstance(raw, list):
        raise CalcError("empty_list", path, spec.label)
    if len(raw) < max(spec.minimum, 1 if spec.required else 0):
        raise CalcError("empty_list", path, spec.label)
    if len(raw) > spec.maximum:
        raise CalcError("too_many_items", path, spec.label, max=spec.maximum)
    items, errors = [], []
    for i, item in enumerate(raw):
        try:
            items.append(validate_object(spec.fields, item, _join(path, str(i)), lang))
        except CalcError as err:
            errors.extend([err, *err.others])
    if errors:
        errors[0].others = errors[1:]
        raise errors[0]
    return items


def validate_object(specs: tuple[Field, ...], raw: Any, path: str = "", lang: str | None = None) -> dict[str, Any]:
    """Validate ``raw`` against ``specs``; raise the first error, carrying every other one in ``others``."""
    if not isinstance(raw, dict):
        raise CalcError("not_an_object", path)
    known = {spec.name for spec in specs}
    errors: list[CalcError] = [CalcError("unknown_field", _join(path, k), name=k) for k in raw if k not in known]
    out: dict[str, Any] = {}
    # A field that applies "when" a sibling holds a value sees the sibling's default when it was left out.
    siblings = {spec.name: spec.default for spec in specs if spec.default is not None}
    siblings.update({k: v for k, v in raw.items() if v is not None and not (isinstance(v, str) and not v.strip())})
    for spec in specs:
        if not spec.applies(siblings):
            continue
        value = raw.get(spec.name)
        here = _join(path, spec.name)
        blank = isinstance(value, str) and not value.strip()
        if value is None or blank:
            # Left out, the default holds; a field sent blank (the form's empty box) is not silently filled in.
            if spec.default is not None and not (blank and spec.kind in ("integer", "money", "date")):
                value = spec.default
            elif spec.required:
                errors.append(CalcError("required", here, spec.label))
                continue
            else:
                continue
        try:
            out[spec.name] = _convert(spec, value, here, lang)
        except CalcError as err:
            errors.extend([err, *err.others])
    if errors:
        first = errors[0]
        first.others = errors[1:]
        raise first
    return out
