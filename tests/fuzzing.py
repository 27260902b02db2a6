"""Inputs for fuzzing, drawn from each calculator's schema: valid, invalid, hostile, missing, extra, deep and wide.

Nothing here names a calculator: the registry is walked, so a calculator added later is fuzzed as it lands.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from calculators.registry import Calculator
from calculators.schema import Field

# Values people and attackers type, the same for every field (the browser test types them too).
HOSTILE = [
    "",
    "   ",
    "-1",
    "0",
    "1e309",
    "NaN",
    "Infinity",
    "-Infinity",
    "1" + "0" * 30,
    "9" * 400,
    "1" * 5000,
    "1,5",
    "1 500 000,50",
    "1.500.000,50",
    "1,500,000.50",
    "١٢٣",
    "１２３",
    "¹²³",
    "①",
    "💰",
    "\u202e123",
    "A" * 10000,
    "2026-02-30",
    "31.12.9999",
    "0001-01-01",
    "1899-12-31",
    "9999-12-31",
    "<img src=x onerror=alert(1)>",
    '"><script>alert(1)</script>',
    "'; DROP TABLE x; --",
    "1\x002",
    "100\n200",
    "0x1F",
    "+100",
    "0.001",
    "  42  ",
    "٢٠٢٦-٠٣-١٠",
    "2026-3-10",
    "1e3",
    "０,５",
    "\t",
    "10.03.2026",
    "29.02.2024",
    "\ud800",
]

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**60), max_value=10**60),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(HOSTILE),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


def _money() -> st.SearchStrategy[Any]:
    plain = st.decimals(min_value=0, max_value=Decimal("1e16"), places=2, allow_nan=False, allow_infinity=False)
    styled = plain.map(lambda d: f"{d:,.2f}".replace(",", " ").replace(".", ","))
    return st.one_of(plain.map(str), styled, st.integers(min_value=-5, max_value=10**16))


def _date() -> st.SearchStrategy[Any]:
    from datetime import date

    days = st.one_of(st.dates(min_value=date(2015, 1, 1), max_value=date(2027, 3, 1)), st.dates())
    return st.one_of(days.map(lambda d: d.isoformat()), days.map(lambda d: d.strftime("%d.%m.%Y")))


def valid_value(spec: Field) -> st.SearchStrategy[Any]:
    """A value of the right type for ``spec`` (the right shape; it may still be out of the legal range)."""
    if spec.kind == "money":
        return _money()
    if spec.kind == "date":
        return _date()
    if spec.kind == "choice":
        return st.sampled_from([c.value for c in spec.choices])
    if spec.kind == "boolean":
        return st.one_of(st.booleans(), st.sampled_from(["true", "false"]))
    if spec.kind == "integer":
        span = st.integers(min_value=spec.minimum - 2, max_value=spec.maximum + 2)
        return st.one_of(span, span.map(str))
    return st.lists(objects(spec.fields), max_size=min(spec.maximum + 2, 6))


def field_value(spec: Field) -> st.SearchStrategy[Any]:
    return st.one_of(valid_value(spec), valid_value(spec), st.sampled_from(HOSTILE), json_values)


def objects(specs: tuple[Field, ...]) -> st.SearchStrategy[dict[str, Any]]:
    """An object for ``specs``: each field left out or given a value; sometimes unknown keys beside them."""
    fields = {spec.name: field_value(spec) for spec in specs}
    extra = st.dictionaries(st.one_of(st.text(max_size=12), st.sampled_from(['x"]', "__proto__", "<b>"])), json_values)
    known = st.fixed_dictionaries({}, optional=fields)
    return st.one_of(known, known, known, st.builds(lambda a, b: {**b, **a}, known, extra.filter(bool)))


@st.composite
def near_example(draw: st.DrawFn, calc: Calculator) -> dict[str, Any]:
    """The calculator's own example with a few fields changed, dropped or given a valid value: deep in the rules."""
    out = dict(calc.example)
    for spec in draw(st.lists(st.sampled_from(calc.schema), max_size=3, unique_by=lambda f: f.name)):
        how = draw(st.sampled_from(["valid", "valid", "valid", "any", "drop"]))
        if how == "drop":
            out.pop(spec.name, None)
        else:
            out[spec.name] = draw(valid_value(spec) if how == "valid" else field_value(spec))
    return out


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def payloads(calc: Calculator) -> st.SearchStrategy[str]:
    """JSON texts for ``calc``: mostly objects from its schema, some broken, deep, wide or not objects at all."""
    from_schema = st.one_of(objects(calc.schema), near_example(calc), near_example(calc)).map(
        lambda o: json.dumps(o, ensure_ascii=False)
    )
    odd = st.one_of(
        json_values.map(json.dumps),
        st.text(max_size=40),
        st.integers(min_value=1, max_value=5000).map(_deep),
        st.integers(min_value=1, max_value=20).map(lambda n: '{"date": ' * n + "1" + "}" * n),
        st.integers(min_value=1, max_value=300).map(lambda n: json.dumps({f"k{i}": i for i in range(n)})),
        st.sampled_from(HOSTILE).map(json.dumps),
        st.just('{"a": ' + "1" * 5000 + "}"),
    )
    return st.one_of(from_schema, from_schema, from_schema, from_schema, odd)
