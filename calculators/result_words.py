"""The words of a rendered result (``calculators.render``): its headings, the status of a legal value, the currency."""

from __future__ import annotations

from calculators.i18n import Text
from calculators.words import t

WORDS: dict[str, Text] = {
    "total": t("Total"),
    "step": t("Step"),
    "amount": t("Amount"),
    "formula": t("Computation"),
    "basis": t("Legal basis"),
    "warnings": t("Warnings and interpretations"),
    "parameters": t("Legal values used"),
    "value": t("Value"),
    "from": t("In force from"),
    "status": t("Status"),
    "verified": t("checked against the text"),
    "unverified": t("not verified"),
    "none": t("none"),
    # A rounding rule as a reader says it; {quantum} is the step it rounds to (1, 0.01).
    "rounding": t("to {quantum}, halves and above up"),
    "next": t("Next for this case"),
    "attach": t("Attach to the refund application"),
}

# The sign written after an amount; a result with no currency (a date, a verdict) has none.
CURRENCY_SIGNS: dict[str, Text] = {
    "KZT": t("₸"),
    "KGS": t("som"),
}


def currency_sign(currency: str, lang: str) -> str:
    return CURRENCY_SIGNS[currency][lang] if currency else ""
