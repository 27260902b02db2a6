"""Money: exact decimal amounts, how users type them, and the one rounding of a payable amount."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from calculators.errors import CalcError
from calculators.i18n import Text

# Anything above this is a typing mistake, not a claim (10^15 tenge or som).
MAX_AMOUNT = Decimal("1000000000000000")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_GROUPED = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
TIYN = Decimal("0.01")


def parse_amount(value: object, field: str, label: Text, lang: str | None = None) -> Decimal:
    """Read an amount as users type it: ``1 000 000,50``, ``1000000.50``, ``1,000,000.50``, ``1.000.000,50``.

    The last of ``,``/``.`` followed by one or two digits is the decimal mark; the other marks group thousands.
    A lone comma followed by exactly three digits groups thousands on English pages (``lang="en"``) and is a
    decimal comma elsewhere, as each language writes numbers. JSON numbers are accepted as they are.
    """
    if isinstance(value, bool) or value is None:
        raise CalcError("invalid_number", field, label)
    if isinstance(value, (int, Decimal)):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    elif isinstance(value, str):
        amount = _parse_text(value, field, label, lang)
    else:
        raise CalcError("invalid_number", field, label)
    if not amount.is_finite():
        raise CalcError("invalid_number", field, label)
    if amount < 0:
        raise CalcError("negative_amount", field, label)
    if amount > MAX_AMOUNT:
        raise CalcError("amount_too_large", field, label, max=format_amount(MAX_AMOUNT))
    if amount != amount.quantize(TIYN, rounding=ROUND_HALF_UP):
        raise CalcError("too_many_decimals", field, label)
    return amount


def _parse_text(raw: str, field: str, label: Text, lang: str | None) -> Decimal:
    text = _SPACES.sub("", raw.strip()).replace("\u2212", "-")
    if text.startswith("-") and len(text) > 1:
        _parse_text(text[1:], field, label, lang)  # a valid number behind the minus: say it is negative
        raise CalcError("negative_amount", field, label)
    last = max(text.rfind(","), text.rfind("."))
    if last >= 0:
        whole, frac = text[:last], text[last + 1 :]
        lone_comma_groups = text.count(",") == 1 and "." not in text and len(frac) == 3 and lang == "en"
        if _GROUPED.match(text) and (text.count(text[last]) > 1 or lone_comma_groups):
            text = re.sub(r"[.,]", "", text)  # every mark groups thousands
        elif whole and re.fullmatch(r"\d+", frac):
            if "," in whole or "." in whole:
                if not _GROUPED.match(whole):
                    raise CalcError("invalid_number", field, label)
                whole = re.sub(r"[.,]", "", whole)
            text = f"{whole}.{frac}"
        else:
            raise CalcError("invalid_number", field, label)
    if not _PLAIN.match(text):
        raise CalcError("invalid_number", field, label)
    try:
        return Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - the pattern above admits only valid literals
        raise CalcError("invalid_number", field, label) from exc


@dataclass(frozen=True)
class RoundingRule:
    """How a payable amount is rounded: to ``quantum`` (``1`` tenge or ``0.01``) with ``mode``.

    The rule is a dated parameter (``kz.rounding.state_duty``), so the reference that justifies it travels
    with it into the result.
    """

    quantum: Decimal
    mode: str = ROUND_HALF_UP

    @classmethod
    def from_value(cls, value: dict[str, str]) -> RoundingRule:
        modes = {"half_up": ROUND_HALF_UP}
        return cls(Decimal(value["quantum"]), modes[value["mode"]])


def round_payable(amount: Decimal, rule: RoundingRule) -> Decimal:
    """Round an amount to be paid, and only such an amount, by the rule in force on the date.

    Computation stays exact until this point (convention 5 of the design); every payable figure of every
    calculator passes through here so that one rule, with its reference, governs all of them.
    """
    with localcontext() as ctx:
        ctx.prec = 50
        return amount.quantize(rule.quantum, rounding=rule.mode)


def exact(amount: Decimal) -> Decimal:
    """Normalise an exact intermediate amount for display without losing a digit (no exponent notation)."""
    if amount == amount.to_integral_value():
        return amount.quantize(Decimal(1))
    return amount.normalize()


def format_amount(amount: Decimal) -> str:
    """Group thousands with spaces and keep the decimal point: ``1 234 567.5`` (language-neutral formulas)."""
    sign = "-" if amount < 0 else ""
    digits = f"{abs(exact(amount)):f}"
    whole, _, frac = digits.partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sign + " ".join(groups) + (f".{frac}" if frac else "")


def format_approx(amount: Decimal) -> str:
    """An exact intermediate shown to two decimals, marked ``≈`` when digits were dropped (``≈3 333.33``)."""
    with localcontext() as ctx:
        ctx.prec = 50
        near = amount.quantize(TIYN, rounding=ROUND_HALF_UP)
    return format_amount(exact(amount)) if near == amount else f"≈{format_amount(exact(near))}"


def format_share(rate: Decimal) -> str:
    """A share as a percent to two decimals, marked ``≈`` when it is not exact: ``1/3`` → ``≈33.33 %``."""
    return f"{format_approx(rate * 100)} %"


def format_percent(rate: Decimal) -> str:
    """``Decimal('0.01')`` → ``1 %``; ``Decimal('0.001')`` → ``0.1 %``."""
    return f"{format_amount(rate * 100)} %"
