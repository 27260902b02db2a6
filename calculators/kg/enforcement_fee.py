"""The enforcement fee on what a bailiff recovers in Kyrgyzstan.

The fee on a property document is a share of the amount recovered: 10 % under item 3 of the 2002 Regulation
(Government Resolution 20.12.2002 No. 862) and, from 01.07.2017, under Law No. 15 of 28.01.2017 as applied in
practice (General Prosecutor's Office, 2026). Neither text could be read in full, so the rate is unverified and
every result says so. The fee on non-property documents, a fee on payment within the voluntary term, and
enforcement expenses have no readable source at all and are refused as ``unsupported``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from calculators import parameters
from calculators.calculator import Calculator
from calculators.errors import CalcError
from calculators.i18n import Text
from calculators.interpretations import Interpretation, readings
from calculators.money import RoundingRule, exact, format_amount, format_percent, round_payable
from calculators.result import Result
from calculators.schema import Choice, Field
from calculators.words import t

ID = "kg-enforcement-fee"

DATE = t("Date of recovery")
DOCUMENT = t("Executive document")
RECOVERED = t("Recovered by the bailiff, som")
VOLUNTARY = t("The debtor paid voluntarily within the term set by the bailiff")
EXPENSES = t("Enforcement expenses, som")

DOCUMENTS: dict[str, Text] = {
    "property": t("Property (recovery of money or property)"),
    "non_property": t("Non-property (to do or not to do something)"),
}

SCHEMA = (
    Field("date", "date", DATE),
    Field(
        "document", "choice", DOCUMENT, default="property", choices=tuple(Choice(k, v) for k, v in DOCUMENTS.items())
    ),
    Field("recovered_amount", "money", RECOVERED, when={"document": ("property",)}),
    Field("voluntary", "boolean", VOLUNTARY, default=False),
    Field("expenses", "money", EXPENSES, default="0"),
)

EXAMPLE: dict[str, Any] = {"date": "2026-03-10", "document": "property", "recovered_amount": "350000"}

MISSING: dict[str, Text] = {
    "non_property": t(
        "the enforcement fee on non-property documents: the fee article of Kyrgyz Law No. 15 was not read"
    ),
    "voluntary": t(
        "whether the fee is due when the debtor pays within the voluntary term: the 2002 Regulation "
        "tied the fee to forced execution, and the rule of Kyrgyz Law No. 15 was not read"
    ),
    "expenses": t(
        "enforcement expenses: who advances them and how they are recovered from the debtor under "
        "Kyrgyz Law No. 15 was not read (only art. 31, on paying interpreters, was)"
    ),
}

STEP: dict[str, Text] = {
    "fee": t("Enforcement fee: a share of the amount recovered"),
    "rounding": t("Rounding"),
}

WHO_PAYS = t(
    "The 2002 Regulation recovered the fee from the debtor on top of the debt; in 2026 the "
    "General Prosecutor's Office said that 10 % “is withheld from the recovered funds”. From "
    "whose share the fee is taken now was not checked against the law: the calculator shows "
    "only the amount of the fee."
)
# The reading the page lists, by the code of its warning (the rate's basis on the date picks its act).
READING = readings(
    Interpretation("interpretation:who_pays", WHO_PAYS, ("kg-fee-regulation-2002#p-3", "kg-enforcement-law#act")),
)


def compute(values: dict[str, Any]) -> dict[str, Any]:
    day = values["date"]
    if values["document"] == "non_property":
        raise CalcError("unsupported", "document", DOCUMENT, what=MISSING["non_property"])
    if values["voluntary"]:
        raise CalcError("unsupported", "voluntary", VOLUNTARY, what=MISSING["voluntary"])
    if values["expenses"] > 0:
        raise CalcError("unsupported", "expenses", EXPENSES, what=MISSING["expenses"])
    recovered: Decimal = values["recovered_amount"]
    result = Result(ID, "KGS")
    rate_value = result.use(parameters.get("kg.enforcement_fee.property_rate"), day, "date", DATE)
    rate: Decimal = rate_value.value
    fee = recovered * rate
    result.step(
        "fee",
        STEP["fee"],
        exact(fee),
        f"{format_amount(recovered)} × {format_percent(rate)} = {format_amount(fee)}",
        [*rate_value.basis],
    )
    rounding = result.use(parameters.get("kg.rounding.money"), day, "date", DATE)
    payable = round_payable(fee, RoundingRule.from_value(rounding.value))
    if payable != fee:
        result.step(
            "rounding",
            STEP["rounding"],
            payable,
            f"{format_amount(fee)} → {format_amount(payable)}",
            [*rate_value.basis],
        )
    result.interpret(READING["interpretation:who_pays"], rate_value.basis)
    return result.to_json(payable, fee=payable, recovered=recovered, rate=rate, rate_from=rate_value.start.isoformat())


CALCULATOR = Calculator(
    id=ID,
    title=t("Enforcement fee (Kyrgyzstan)"),
    summary=t(
        "The fee on the amount a bailiff recovers under a property document; what could not be checked is said plainly."
    ),
    currency="KGS",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
    interpretations=tuple(READING.values()),
)
