"""State duty on a claim in the courts of Kyrgyzstan.

Implements the Government's rates (Resolution 15.04.2019 No. 159 as amended by Cabinet Resolution 10.06.2022
No. 308), chapter 1, item 1, sub-item 1: property claims up to 50 000 som (5 %, at least one calculated index)
and from 50 000 to 250 000 som (2 500 som plus 4 % of the excess), under the cap of Cabinet Resolution
11.05.2022 No. 251. The rest of the item (higher brackets, non-property claims, appeal and cassation complaints)
could not be read, so those inputs are refused as ``unsupported``, naming what is missing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from calculators import parameters
from calculators.calculator import Calculator
from calculators.errors import CalcError
from calculators.i18n import Text
from calculators.money import RoundingRule, exact, format_amount, format_percent, round_payable
from calculators.result import Result
from calculators.schema import Choice, Field
from calculators.words import t

ID = "kg-state-duty"
ITEM = "kg-duty-rates#1-1"
SUB_ITEM = "kg-duty-rates#1-1-1"

DATE = t("Date of filing and payment")
# Translators: a demand (требование) as the Kyrgyz state-duty rules name it, not the Kazakh «иск».
CLAIM = t("Kind of claim")
AMOUNT = t("Claim value, som")
INSTANCE = t("What is filed")

CLAIMS: dict[str, Text] = {
    "property": t("Property claim"),
    "non_property": t("Non-property claim"),
}
INSTANCES: dict[str, Text] = {
    "first": t("Statement of claim (first instance)"),
    "appeal": t("Appeal"),
    "cassation": t("Cassation complaint"),
}

SCHEMA = (
    Field("date", "date", DATE),
    Field("instance", "choice", INSTANCE, default="first", choices=tuple(Choice(k, v) for k, v in INSTANCES.items())),
    Field("claim", "choice", CLAIM, default="property", choices=tuple(Choice(k, v) for k, v in CLAIMS.items())),
    Field("amount", "money", AMOUNT, when={"claim": ("property",)}),
)

EXAMPLE: dict[str, Any] = {"date": "2026-03-10", "instance": "first", "claim": "property", "amount": "120000"}

# What could not be read, named in the ``unsupported`` error.
MISSING: dict[str, Text] = {
    "above": t(
        "the rates for a claim value above {edge} som (Rates approved by Government Resolution No. "
        "159, ch. 1, item 1, sub-item 1) could not be read in the copies of the text available"
    ),
    "non_property": t(
        "the duty rate for non-property claims (Rates approved by Government Resolution No. 159, "
        "ch. 1, item 1) was not read"
    ),
    "complaint": t(
        "the duty on appeal and cassation complaints: ch. 1, item 1 of the Rates names them, but "
        "the part read gives no amount"
    ),
}

STEP: dict[str, Text] = {
    "bracket_1": t("Claim value up to {edge} som: a percentage of the claim value"),
    "minimum": t("At least the minimum in calculated indices"),
    "bracket_2": t("Claim value from {low} to {edge} som: a fixed sum and a percentage of the excess"),
    "cap": t("No more than the maximum"),
    "rounding": t("Rounding"),
}

EDITION = t(
    "The rates were read in the edition of Cabinet Resolution No. 308 of 10.06.2022 (as "
    "published by a court in 2023 and by the Ministry of Justice in 2024); no later amendment "
    "was found, but none can be ruled out."
)


def _fill(template: Text, **values: str) -> Text:
    return {lang: template[lang].format(**values) for lang in template}


def _unsupported(field: str, label: Text, what: Text) -> CalcError:
    return CalcError("unsupported", field, label, what=what)


def _use(result: Result, day: date, pid: str) -> Decimal:
    value: Decimal = result.use(parameters.get(pid), day, "date", DATE).value
    return value


# --- Chapter 1, item 1, sub-item 1 of the rates: a property claim, by bracket of its value ----------------------


def ch1_1_1_first_bracket(result: Result, day: date, amount: Decimal, index: Decimal, limit_1: Decimal) -> Decimal:
    """Up to the first edge: a rate of the value, but at least a number of calculated indices."""
    rate, minimum_index = _use(result, day, "kg.state_duty.rate_1"), _use(result, day, "kg.state_duty.minimum_index")
    raw = amount * rate
    formula = f"{format_amount(amount)} × {format_percent(rate)} = {format_amount(raw)}"
    result.step("bracket_1", _fill(STEP["bracket_1"], edge=format_amount(limit_1)), exact(raw), formula, [SUB_ITEM])
    minimum = minimum_index * index
    duty = max(raw, minimum)
    least = f"{format_amount(minimum_index)} × {format_amount(index)}"
    formula = f"max({format_amount(raw)}; {least}) = {format_amount(duty)}"
    result.step("minimum", STEP["minimum"], exact(duty), formula, [SUB_ITEM])
    return duty


def ch1_1_1_second_bracket(result: Result, day: date, amount: Decimal, limit_1: Decimal, limit_2: Decimal) -> Decimal:
    """From the first edge to the second: a fixed sum plus a rate of the excess over the first edge."""
    base, rate = _use(result, day, "kg.state_duty.base_2"), _use(result, day, "kg.state_duty.rate_2")
    duty = base + (amount - limit_1) * rate
    result.step(
        "bracket_2",
        _fill(STEP["bracket_2"], low=format_amount(limit_1), edge=format_amount(limit_2)),
        exact(duty),
        f"{format_amount(base)} + ({format_amount(amount)} − {format_amount(limit_1)}) × {format_percent(rate)}"
        f" = {format_amount(duty)}",
        [SUB_ITEM],
    )
    return duty


def resolution_251_cap(result: Result, day: date, duty: Decimal, index: Decimal) -> Decimal:
    """Cabinet Resolution 11.05.2022 No. 251: no duty above a number of calculated indices."""
    cap_index = _use(result, day, "kg.state_duty.cap_index")
    cap = cap_index * index
    capped = min(duty, cap)
    formula = (
        f"min({format_amount(duty)}; {format_amount(cap_index)} × {format_amount(index)}) = {format_amount(capped)}"
    )
    result.step("cap", STEP["cap"], exact(capped), formula, ["kg-duty-cap#act"])
    return capped


def compute(values: dict[str, Any]) -> dict[str, Any]:
    day = values["date"]
    result = Result(ID, "KGS")
    if values["instance"] != "first":
        raise _unsupported("instance", INSTANCE, MISSING["complaint"])
    if values["claim"] == "non_property":
        raise _unsupported("claim", CLAIM, MISSING["non_property"])
    amount: Decimal = values["amount"]
    if amount <= 0:
        raise CalcError("amount_zero", "amount", AMOUNT)
    index = _use(result, day, "kg.calc_index")
    limit_1, limit_2 = _use(result, day, "kg.state_duty.limit_1"), _use(result, day, "kg.state_duty.limit_2")
    if amount > limit_2:
        raise _unsupported("amount", AMOUNT, _fill(MISSING["above"], edge=format_amount(limit_2)))
    if amount <= limit_1:
        duty = ch1_1_1_first_bracket(result, day, amount, index, limit_1)
    else:
        duty = ch1_1_1_second_bracket(result, day, amount, limit_1, limit_2)
    capped = resolution_251_cap(result, day, duty, index)
    rounding = result.use(parameters.get("kg.rounding.money"), day, "date", DATE)
    payable = round_payable(capped, RoundingRule.from_value(rounding.value))
    if payable != capped:
        result.step(
            "rounding", STEP["rounding"], payable, f"{format_amount(capped)} → {format_amount(payable)}", [SUB_ITEM]
        )
    result.warn("edition:kg-duty-rates", EDITION, [ITEM])
    return result.to_json(payable, duty=payable, claim_value=amount)


CALCULATOR = Calculator(
    id=ID,
    title=t("State duty in court (Kyrgyzstan)"),
    summary=t(
        "The duty on a property claim at the Government's rates: claim values up to 250,000 som, "
        "the minimum in calculated indices, the maximum."
    ),
    currency="KGS",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
)
