"""The limits every input meets before a calculator sees it, each with the reason it has.

They bound the work one input can cause (in the visitor's browser as on the command line) far above anything
a person or a form produces, and each is explained to the user in four languages when it is crossed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from calculators.errors import CalcError

# The form at its largest (50 demands or 60 cost items, every field filled) makes under 7 KB of JSON; a share
# link over 8 KB is refused by common servers anyway. 64 KB leaves room for any real case.
MAX_INPUT_BYTES = 64 * 1024
# The deepest valid input is an object holding a list of objects (3 levels); 16 leaves room and stops a nested
# attack long before the parser's recursion could fail.
MAX_DEPTH = 16
# A typed value (an amount, a date, a whole number) is never longer than a few dozen characters: the largest
# amount accepted, 10^15 with two decimals and every thousands space, is 24 characters.
MAX_TEXT = 100
# Digits of a bare JSON number: beyond this, Python's own integer limit (4 300 digits) would be reached on the
# way; such a number is read as a decimal and then refused by the field (too large, or not a whole number).
MAX_INT_DIGITS = 40


def nesting_depth(payload: str) -> int:
    """The deepest nesting of ``[`` and ``{`` in a JSON text, strings skipped, in one linear pass."""
    depth = deepest = 0
    in_string = escaped = False
    for char in payload:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def check_payload(payload: str) -> None:
    """Refuse a JSON text too large or too deeply nested to be an input, before it is parsed."""
    size = len(payload.encode("utf-8", "surrogatepass"))
    if size > MAX_INPUT_BYTES:
        raise CalcError("input_too_large", max=str(MAX_INPUT_BYTES // 1024))
    if nesting_depth(payload) > MAX_DEPTH:
        raise CalcError("input_too_deep", max=str(MAX_DEPTH))


def parse_int(text: str) -> int | Decimal:
    """JSON integers: a long one becomes a ``Decimal`` (no conversion limit), refused later by its field."""
    return int(text) if len(text.lstrip("-")) <= MAX_INT_DIGITS else Decimal(text)


def check_text(value: Any, field: str, label: Any) -> None:
    """A typed value longer than any real one is refused by name, before any parsing."""
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise CalcError("text_too_long", field, label, max=str(MAX_TEXT))
