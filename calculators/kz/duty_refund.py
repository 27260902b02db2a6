"""Refund of the state duty in civil cases in Kazakhstan.

Implements the Normative Resolution of the Supreme Court No. 9, p. 11 (grounds, the three-year term, what to attach,
cases split into separate proceedings) and p. 11-1's reference to CPC art. 115; with the Tax Code in force on the
payment date: art. 108 of the 2017 code, arts 120–121 of the 2026 code; CPC arts 107, 115, 137, 278, 280.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from calculators import parameters
from calculators.calculator import Calculator
from calculators.dates import format_date
from calculators.i18n import Text, joined
from calculators.interpretations import Interpretation, readings
from calculators.kz import deadlines, tax_code
from calculators.money import RoundingRule, format_amount, format_percent, round_payable
from calculators.result import Result
from calculators.schema import Choice, Field
from calculators.words import pt, t

ID = "kz-duty-refund"
P11 = "kz-resolution-9#p-11"

PAID = t("Duty paid, tenge")
# Translators: the day the state duty was paid, from which the refund term runs.
DATE_PAID = pt("kz.duty_refund.DATE_PAID", "Date of payment")
INSTANCE = t("Instance")
GROUND = t("Ground")
REQUIRED = t("Duty required by law, tenge")

INSTANCES: dict[str, Text] = {
    "first": t("First instance"),
    # Translators: the appeal instance (the stage of the case), not the complaint filed there.
    "appeal": pt("kz.duty_refund.INSTANCES", "Appeal"),
    "cassation": t("Cassation"),
    "court_order": t("Court order"),
}

# ground: (label, rule, Tax Code 2017 basis, Tax Code 2026 basis, CPC or resolution basis)
# rule: "settlement" (share by instance), "full", "excess", "none"
GROUNDS: dict[str, tuple[Text, str, str, str, list[str]]] = {
    "settlement": (
        t("Settlement agreement"),
        "settlement",
        "108-1-3",
        "120-4-4",
        ["kz-cpc#115-2"],
    ),
    "mediation": (
        t("Mediation agreement"),
        "settlement",
        "108-1-3",
        "120-4-4",
        ["kz-cpc#115-2"],
    ),
    "participative": (
        t("Participative procedure"),
        "settlement",
        "108-1-3",
        "120-4-4",
        ["kz-cpc#115-2"],
    ),
    "arbitration_transfer": (
        t("Case transferred to arbitration"),
        "full",
        "108-1-2",
        "120-4-5",
        ["kz-cpc#280-1"],
    ),
    "claim_returned": (
        t("Claim returned"),
        "full",
        "108-1-4",
        "120-4-5",
        ["kz-cpc#107"],
    ),
    "acceptance_refused": (
        t("Acceptance refused"),
        "full",
        "108-1-4",
        "120-4-5",
        ["kz-cpc#107", "kz-cpc#137"],
    ),
    "not_for_court": (
        t("Case not for a court"),
        "full",
        "108-1-5",
        "120-4-5",
        ["kz-cpc#278-3"],
    ),
    "pretrial_not_observed": (
        t("Pre-trial procedure not observed"),
        "full",
        "108-1-5",
        "120-4-5",
        ["kz-cpc#280-1"],
    ),
    "incapable_plaintiff": (
        t("Claim filed by an incapable person"),
        "full",
        "108-1-5",
        "120-4-5",
        ["kz-cpc#280-1"],
    ),
    "cassation_returned": (
        t("Cassation complaint returned"),
        "full",
        "108-1-7",
        "120-4-5",
        [],
    ),
    "overpayment": (
        t("Paid more than required"),
        "excess",
        "108-1-1",
        "120-4-6",
        [P11],
    ),
    "withdrawal": (
        t("Plaintiff withdrew the claim"),
        "none",
        "108-2",
        "121-2",
        ["kz-cpc#115-1"],
    ),
    "claim_reduced": (
        t("Plaintiff reduced the claim"),
        "none",
        "108-2",
        "121-2",
        [],
    ),
    "court_order_cancelled": (
        t("Court order cancelled"),
        "none",
        "108-2",
        "121-2",
        ["kz-cpc#137"],
    ),
    "case_split": (
        t("Demands split into separate proceedings"),
        "none",
        "",
        "",
        [P11],
    ),
}

SCHEMA = (
    Field("paid_amount", "money", PAID),
    Field("date_paid", "date", DATE_PAID),
    Field("instance", "choice", INSTANCE, default="first", choices=tuple(Choice(k, v) for k, v in INSTANCES.items())),
    Field("ground", "choice", GROUND, choices=tuple(Choice(k, v[0]) for k, v in GROUNDS.items())),
    Field("required_amount", "money", REQUIRED, when={"ground": ("overpayment",)}),
)

EXAMPLE: dict[str, Any] = {
    "paid_amount": "17163",
    "date_paid": "2026-03-10",
    "instance": "first",
    "ground": "settlement",
}

STEP: dict[str, Text] = {
    "share": t("Share of the payment refunded"),
    "excess": t("The excess is refunded"),
    "none": t("The duty is not refunded"),
    "rounding": t("Rounding of the refund"),
    "deadline": t("Last day to apply for the refund (date of payment + term in years)"),
}
NOTE: dict[str, Text] = {
    "court_order_cancelled": t(
        "Not refunded, but credited to the duty on a claim later brought in ordinary proceedings (CPC art. 137)."
    ),
    "case_split": t(
        "Duty paid on demands split into separate proceedings is neither recounted nor refunded, "
        "and is not paid again in the split case (p. 11 of Resolution No. 9)."
    ),
    "term_from_payment": t(
        "The law counts three years from the day the duty was credited to the budget; we count from "
        "the payment date, usually a day or two earlier, so the day shown is a safe one."
    ),
    "settlement_court_order": t("For a court order the first-instance share is applied."),
}
# The readings the page lists, by the codes of their warnings (each basis lists both codes' articles).
READING = readings(
    Interpretation(
        "interpretation:term_from_payment",
        NOTE["term_from_payment"],
        ("kz-tax-code-2017#108-6", "kz-tax-code-2026#122-5", P11),
    ),
    Interpretation(
        "interpretation:settlement_court_order",
        NOTE["settlement_court_order"],
        ("kz-tax-code-2017#108-1-3", "kz-tax-code-2026#120-4-4", "kz-cpc#115-2", P11),
    ),
)
ATTACH: list[Text] = [
    t("The refund application — to the state revenue office where the bank (branch) that took the payment is"),
    t("The original payment document for the duty"),
    t("A copy of the court's ruling or decision on the refund"),
]
ATTACH_OVERPAID = t("For an overpayment — the court's certified copy of the payment receipt")


def _add_years(day: date, years: int) -> date:
    """The same day and month ``years`` later (28 February for 29 February): how a term in years ends."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


# --- The grounds, in the order of the 2026 Tax Code (each docstring gives the 2017 code's article too) ---------
# A rule takes the result, the input, the ground's label and basis, and returns the refund and its share.
RefundRule = Callable[[Result, dict[str, Any], Text, list[str]], tuple[Decimal, Decimal]]


def tc_120_4_4_settlement(
    result: Result, values: dict[str, Any], label: Text, basis: list[str]
) -> tuple[Decimal, Decimal]:
    """Art. 120 p. 4 sub-p. 4 (art. 108 p. 1 sub-p. 3 of 2017), CPC art. 115 p. 2: a share by instance."""
    day, paid, instance = values["date_paid"], values["paid_amount"], values["instance"]
    pid = "kz.refund.settlement_share." + ("cassation" if instance == "cassation" else "first_appeal")
    if instance == "court_order":
        result.interpret(READING["interpretation:settlement_court_order"], basis)
    value = result.use(parameters.get(pid), day, "date_paid", DATE_PAID)
    share: Decimal = value.value
    refund = paid * share
    formula = f"{format_amount(paid)} × {format_percent(share)} = {format_amount(refund)}"
    result.step("refund", joined(STEP["share"], label), refund, formula, [*value.basis, *basis])
    return refund, share


def tc_120_4_5_in_full(
    result: Result, values: dict[str, Any], label: Text, basis: list[str]
) -> tuple[Decimal, Decimal]:
    """Art. 120 p. 4 sub-p. 5 (art. 108 p. 1 sub-pp. 2, 4, 5, 7 of 2017): the whole duty.

    The claim or complaint was returned, refused or left unheard.
    """
    paid: Decimal = values["paid_amount"]
    result.step(
        "refund", joined(STEP["share"], label), paid, f"{format_amount(paid)} × 100 % = {format_amount(paid)}", basis
    )
    return paid, Decimal(1)


def tc_120_4_6_excess(result: Result, values: dict[str, Any], label: Text, basis: list[str]) -> tuple[Decimal, Decimal]:
    """Art. 120 p. 4 sub-p. 6 (art. 108 p. 1 sub-p. 1 of 2017): what was paid above the duty the law requires."""
    paid: Decimal = values["paid_amount"]
    required: Decimal = values["required_amount"]
    refund = max(paid - required, Decimal(0))
    formula = (
        f"{format_amount(paid)} − {format_amount(required)} = {format_amount(refund)}"
        if paid >= required
        else f"max({format_amount(paid)} − {format_amount(required)}; 0) = 0"
    )
    result.step("refund", joined(STEP["excess"], label), refund, formula, basis)
    return refund, (refund / paid if paid else Decimal(0))


def tc_121_2_not_refunded(
    result: Result, values: dict[str, Any], label: Text, basis: list[str]
) -> tuple[Decimal, Decimal]:
    """Art. 121 p. 2 (art. 108 p. 2 of 2017), and resolution p. 11 for split cases: the duty stays paid."""
    result.step("refund", joined(STEP["none"], label), Decimal(0), "0", basis)
    note = NOTE.get(values["ground"])
    if note:
        result.warn(f"note:{values['ground']}", note, basis)
    return Decimal(0), Decimal(0)


REFUND_RULES: dict[str, RefundRule] = {
    "settlement": tc_120_4_4_settlement,
    "full": tc_120_4_5_in_full,
    "excess": tc_120_4_6_excess,
    "none": tc_121_2_not_refunded,
}


def compute(values: dict[str, Any]) -> dict[str, Any]:
    day: date = values["date_paid"]
    result = Result(ID, "KZT")
    rounding = result.use(parameters.get("kz.rounding.state_duty"), day, "date_paid", DATE_PAID)
    rule = RoundingRule.from_value(rounding.value)
    label, kind, tc2017, tc2026, extra = GROUNDS[values["ground"]]
    code = tax_code.on(day, "date_paid", DATE_PAID, result)
    anchor = {"tc2017": tc2017, "tc2026": tc2026}[code["catalogue"]]
    code_basis = [f"{code['source']}#{anchor}"] if anchor else []
    refund, share = REFUND_RULES[kind](result, values, label, [*code_basis, *extra, P11])
    payable = round_payable(refund, rule)
    if payable != refund:
        result.step(
            "refund_rounding",
            STEP["rounding"],
            payable,
            f"{format_amount(refund)} → {format_amount(payable)}",
            list(rounding.basis),
        )
    attachments: list[Text] = []
    deadline = None
    if payable > 0:
        term = result.use(parameters.get("kz.refund.term_years"), day, "date_paid", DATE_PAID)
        deadline = _add_years(day, int(term.value))
        result.step(
            "deadline",
            STEP["deadline"],
            None,
            f"{format_date(day)} + {term.value} → {format_date(deadline)}",
            [*term.basis],
        )
        result.interpret(READING["interpretation:term_from_payment"], term.basis)
        attachments = [*ATTACH, *([ATTACH_OVERPAID] if kind == "excess" else [])]
    return result.to_json(
        payable,
        refund=payable,
        share=share.normalize() if share else Decimal(0),
        deadline=deadline.isoformat() if deadline else None,
        attachments=attachments,
        ground=values["ground"],
        follow_up=deadlines.follow_up("refund_application", day),
    )


CALCULATOR = Calculator(
    id=ID,
    title=t("Refund of the state duty (Kazakhstan)"),
    summary=t(
        "How much duty is refunded and by which day to apply: settlement, mediation, a returned "
        "claim, overpayment and other grounds."
    ),
    currency="KZT",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
    implements=("kz-resolution-9#p-11",),
    interpretations=tuple(READING.values()),
)
