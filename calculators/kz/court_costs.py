"""Distribution of court costs between the parties in a civil case in Kazakhstan.

Implements the Normative Resolution of the Supreme Court No. 9, p. 12 (what counts as costs), p. 14 (representative
fees), p. 15 (costs to the state), p. 16 (the winner's costs; an exempt plaintiff's unpaid duty is not reimbursed to
him) and p. 17 (withdrawal, voluntary satisfaction, leaving without consideration); with CPC arts 109 (in proportion
to the satisfied part), 113 (representative fee caps), 115 (outcomes) and 117 (reimbursement to the state).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from calculators import parameters
from calculators.calculator import Calculator
from calculators.errors import CalcError
from calculators.i18n import Text, joined
from calculators.kz import deadlines
from calculators.kz.costs_labels import STEP
from calculators.kz.court_costs_notes import NOTE, READING, mci_date
from calculators.money import (
    RoundingRule,
    exact,
    format_amount,
    format_approx,
    format_percent,
    format_share,
    round_payable,
)
from calculators.parameters import Value
from calculators.result import Result
from calculators.schema import Choice, Field
from calculators.words import pt, t

ID = "kz-court-costs"
P = {n: f"kz-resolution-9#p-{n}" for n in (12, 14, 15, 16, 17)}

DATE = t("Date of the decision")
# Translators: the claim (иск, талап қою) as a whole: property or non-property.
CLAIM = pt("kz.court_costs.CLAIM", "Kind of claim")
CLAIMED = t("Claimed, tenge")
SATISFIED = t("Granted, tenge")
DEMANDS = t("Demands made")
GRANTED = t("Demands granted")
OUTCOME = t("Outcome")
GROUND_279 = t("Ground (CPC art. 279)")
PLAINTIFF_COSTS = t("Plaintiff's costs")
DEFENDANT_COSTS = t("Defendant's costs")
CATEGORY = t("Kind of cost")
AMOUNT = t("Amount, tenge")
PLAINTIFF_EXEMPT = t("Plaintiff exempt from the duty")
DEFENDANT_EXEMPT = t("Defendant exempt from court costs")
REPRESENTATIVE_PAID = t("Date the representative was paid")
REPRESENTATIVE_PAID_HELP = t(
    "Optional. If the MCI on this date differs from the MCI on the decision date, the result "
    "shows that the cap on a non-property claim depends on the choice of date."
)
UNPAID_DUTY = t("Duty the plaintiff was exempt from, tenge")

CATEGORIES: dict[str, Text] = {
    # Translators: the state duty (государственная пошлина, мемлекеттік баж, мамлекеттик алым) paid to the court.
    "state_duty": t("State duty"),
    "expert": t("Expert"),
    "witness": t("Witnesses"),
    "specialist": t("Specialist"),
    "translator": t("Translator"),
    "inspection": t("On-site inspection"),
    "evidence_storage": t("Storage of evidence"),
    "search": t("Search for the defendant"),
    "publication": t("Publications and notices"),
    "travel": t("Travel and lodging"),
    "representative": t("Representative's fees"),
    "other": t("Other costs"),
}
OUTCOMES: dict[str, Text] = {
    "decision": t("Court decision"),
    "withdrawal": t("Plaintiff withdrew"),
    "voluntary_satisfaction": t("Withdrawal after the defendant satisfied the claim voluntarily"),
    "admission_without_fault": t("Admission by a defendant not at fault for the dispute"),
    "left_without_consideration": t("Claim left without consideration"),
    "settlement": t("Settlement (silent on costs)"),
}
GROUNDS_279: dict[str, Text] = {
    "6": t("Plaintiff failed to appear twice (item 6)"),
    "8": t("Plaintiff asked to return the claim (item 8)"),
    "other": t("Another ground"),
}

COST_ITEM = (
    Field("category", "choice", CATEGORY, choices=tuple(Choice(k, v) for k, v in CATEGORIES.items())),
    Field("amount", "money", AMOUNT),
)
SCHEMA = (
    Field("date", "date", DATE),
    Field(
        "claim",
        "choice",
        CLAIM,
        default="property",
        choices=(
            Choice("property", t("Property")),
            Choice("non_property", t("Non-property")),
        ),
    ),
    Field("claimed", "money", CLAIMED, when={"claim": ("property",)}, positive=True),
    Field("satisfied", "money", SATISFIED, when={"claim": ("property",)}),
    Field("demands_made", "integer", DEMANDS, default=1, when={"claim": ("non_property",)}, minimum=1, maximum=100),
    Field("demands_granted", "integer", GRANTED, default=1, when={"claim": ("non_property",)}, minimum=0, maximum=100),
    Field("outcome", "choice", OUTCOME, default="decision", choices=tuple(Choice(k, v) for k, v in OUTCOMES.items())),
    Field(
        "ground_279",
        "choice",
        GROUND_279,
        default="6",
        when={"outcome": ("left_without_consideration",)},
        choices=tuple(Choice(k, v) for k, v in GROUNDS_279.items()),
    ),
    Field("plaintiff_costs", "list", PLAINTIFF_COSTS, required=False, maximum=30, fields=COST_ITEM),
    Field("defendant_costs", "list", DEFENDANT_COSTS, required=False, maximum=30, fields=COST_ITEM),
    Field("plaintiff_exempt", "boolean", PLAINTIFF_EXEMPT, default=False),
    Field("unpaid_duty", "money", UNPAID_DUTY, required=False, when={"plaintiff_exempt": (True, "true")}),
    Field("defendant_exempt", "boolean", DEFENDANT_EXEMPT, default=False),
    Field(
        "representative_paid",
        "date",
        REPRESENTATIVE_PAID,
        required=False,
        when={"claim": ("non_property",)},
        help=REPRESENTATIVE_PAID_HELP,
    ),
)

EXAMPLE: dict[str, Any] = {
    "date": "2026-06-15",
    "claim": "property",
    "claimed": "1000000",
    "satisfied": "600000",
    "outcome": "decision",
    "plaintiff_costs": [
        {"category": "state_duty", "amount": "10000"},
        {"category": "representative", "amount": "150000"},
        {"category": "expert", "amount": "40000"},
    ],
    "defendant_costs": [{"category": "representative", "amount": "80000"}],
}


def _sum(items: list[dict[str, Any]]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for item in items:
        out[item["category"]] = out.get(item["category"], Decimal(0)) + item["amount"]
    return out


# --- CPC art. 109 part 1: costs follow the part of the claim granted -----------------------------------------


def cpc_109_1_share(result: Result, values: dict[str, Any]) -> tuple[Decimal, str, Decimal, Decimal]:
    """The share granted, its working, and the claimed and granted amounts (zero for a non-property claim)."""
    if values["claim"] == "property":
        claimed: Decimal = values["claimed"]
        satisfied: Decimal = values["satisfied"]
        if satisfied > claimed:
            raise CalcError("more_than_other", "satisfied", SATISFIED, other=CLAIMED, max=format_amount(claimed))
        share = satisfied / claimed
        return (
            share,
            f"{format_amount(satisfied)} / {format_amount(claimed)} = {format_share(share)}",
            claimed,
            satisfied,
        )
    made, granted = values["demands_made"], values["demands_granted"]
    if granted > made:
        raise CalcError("more_than_other", "demands_granted", GRANTED, other=DEMANDS, max=str(made))
    share = Decimal(granted) / Decimal(made)
    if values["outcome"] == "decision":
        result.interpret(READING["interpretation:demand_share"])
    return share, f"{granted} / {made} = {format_share(share)}", Decimal(0), Decimal(0)


# --- The outcomes (CPC arts 109 and 115, resolution pp. 16-17): the share of each side's costs the other bears --
# A rule takes the result, the input, the share granted and its working; it returns (to plaintiff, to defendant).
OutcomeRule = Callable[[Result, dict[str, Any], Decimal, str], tuple[Decimal, Decimal]]
OUTCOME_BASIS = {
    "decision": ["kz-cpc#109-1", P[16]],
    "voluntary_satisfaction": ["kz-cpc#115-1", P[17]],
    "withdrawal": ["kz-cpc#115-1", P[17]],
    "admission_without_fault": ["kz-cpc#115-1", P[17]],
    "left_without_consideration": ["kz-cpc#115-3", P[17]],
    "settlement": ["kz-cpc#115-2"],
}


def cpc_109_1_decision(result: Result, values: dict[str, Any], share: Decimal, formula: str) -> tuple[Decimal, Decimal]:
    """A decision: each side bears the other's costs in proportion to what it lost."""
    result.step("proportion", STEP["proportion"], None, formula, ["kz-cpc#109-1", P[16]])
    return share, 1 - share


def cpc_115_1_voluntary_satisfaction(
    result: Result, values: dict[str, Any], share: Decimal, formula: str
) -> tuple[Decimal, Decimal]:
    """Withdrawal after the defendant satisfied the claim: the defendant bears the plaintiff's costs."""
    return Decimal(1), Decimal(0)


def cpc_115_1_withdrawal(
    result: Result, values: dict[str, Any], share: Decimal, formula: str
) -> tuple[Decimal, Decimal]:
    """Withdrawal (or admission by a defendant not at fault): the plaintiff bears the defendant's costs."""
    if values["outcome"] == "admission_without_fault":
        result.interpret(READING["interpretation:admission"])
    return Decimal(0), Decimal(1)


def cpc_115_2_settlement(
    result: Result, values: dict[str, Any], share: Decimal, formula: str
) -> tuple[Decimal, Decimal]:
    """A settlement silent on costs: they are set off against each other."""
    result.step("set_off", STEP["set_off"], Decimal(0), "0", ["kz-cpc#115-2"])
    result.warn("note:settlement_refund", NOTE["settlement_refund"], ["kz-cpc#115-2"])
    return Decimal(0), Decimal(0)


def cpc_115_3_left_without_consideration(
    result: Result, values: dict[str, Any], share: Decimal, formula: str
) -> tuple[Decimal, Decimal]:
    """A claim left without consideration: on art. 279 items 6 and 8 the plaintiff bears the defendant's costs."""
    if values["ground_279"] in ("6", "8"):
        return Decimal(0), Decimal(1)
    result.interpret(READING["interpretation:other_ground"])
    return Decimal(0), Decimal(0)


OUTCOME_RULES: dict[str, OutcomeRule] = {
    "decision": cpc_109_1_decision,
    "voluntary_satisfaction": cpc_115_1_voluntary_satisfaction,
    "withdrawal": cpc_115_1_withdrawal,
    "admission_without_fault": cpc_115_1_withdrawal,
    "settlement": cpc_115_2_settlement,
    "left_without_consideration": cpc_115_3_left_without_consideration,
}


# --- Resolution p. 12 with CPC art. 113 part 1 (p. 14): each item of a side's costs, the representative capped --


@dataclass
class Costs:
    """What pricing one side's costs needs: the result, rounding, input, outcome and the representative cap."""

    result: Result
    rule: RoundingRule
    values: dict[str, Any]
    outcome_basis: list[str]
    mci: Decimal
    cap_share: Value
    cap_mci: Value


def cpc_113_1_representative_cap(costs: Costs, base: Decimal) -> Decimal:
    """The cap on a representative fee: a share of the amount (property claim), or MCI on the decision date."""
    if costs.values["claim"] == "property":
        return base * costs.cap_share.value  # type: ignore[no-any-return]
    paid = costs.values.get("representative_paid")
    if paid is not None:  # the one other candidate date for the MCI of the cap
        paid_mci = costs.result.use(parameters.get("kz.mci"), paid, "representative_paid", REPRESENTATIVE_PAID).value
        if paid_mci != costs.mci:
            costs.result.warn(
                "interpretation:mci_date", mci_date(costs.cap_mci.value, costs.mci, paid_mci), list(costs.cap_mci.basis)
            )
    return costs.cap_mci.value * costs.mci  # type: ignore[no-any-return]


def p12_side(
    costs: Costs, items: dict[str, Decimal], fraction: Decimal, key: str, label: Text, cap_base: Decimal, exempt: bool
) -> Decimal:
    """What the other side reimburses of one side's costs, item by item, each rounded as it is paid."""
    result, rule, total = costs.result, costs.rule, Decimal(0)
    for category, amount in items.items():
        if fraction == 0:
            continue
        if category == "state_duty" and exempt:  # p. 16: an exempt plaintiff's unpaid duty is not reimbursed
            result.step(f"{key}_{category}", STEP["not_paid"], Decimal(0), "0", [P[16]])
            continue
        due = amount * fraction
        # Each item is rounded as it is paid; the step shows the exact product and the rounded figure.
        item = round_payable(due, rule)
        rounded = f" → {format_amount(item)}" if item != due else ""
        formula = f"{format_amount(amount)} × {format_share(fraction)} = {format_approx(due)}{rounded}"
        result.step(
            f"{key}_{category}", joined(label, CATEGORIES[category]), item, formula, [*costs.outcome_basis, P[12]]
        )
        if category == "representative":
            limit = cpc_113_1_representative_cap(costs, cap_base)
            if due > limit:
                due = limit
                shown = (
                    f"{format_amount(cap_base)} × {format_percent(costs.cap_share.value)}"
                    if costs.values["claim"] == "property"
                    else f"{format_amount(costs.cap_mci.value)} × {format_amount(costs.mci)}"
                )
                capped = round_payable(due, rule)
                result.step(
                    f"{key}_{category}_cap",
                    STEP["cap"],
                    capped,
                    f"{shown} = {format_approx(due)}",
                    ["kz-cpc#113-1", P[14]],
                )
        total += round_payable(due, rule)
    return total


def cpc_117_to_state(result: Result, rule: RoundingRule, values: dict[str, Any], share: Decimal) -> Decimal:
    """CPC art. 117 (resolution p. 15): the duty an exempt plaintiff did not pay, recovered for the state."""
    to_state = round_payable(Decimal(0), rule)
    unpaid = values.get("unpaid_duty")
    if values["plaintiff_exempt"] and unpaid and not values["defendant_exempt"] and values["outcome"] == "decision":
        to_state = round_payable(unpaid * share, rule)
        formula = f"{format_amount(unpaid)} × {format_share(share)} = {format_amount(to_state)}"
        result.step("to_state", STEP["to_state"], to_state, formula, ["kz-cpc#117-1", P[15]])
    elif values["plaintiff_exempt"] and unpaid and values["defendant_exempt"]:
        result.step("to_state", STEP["to_state"], Decimal(0), "0", ["kz-cpc#117-3", P[15]])
    return to_state


def compute(values: dict[str, Any]) -> dict[str, Any]:
    day: date = values["date"]
    result = Result(ID, "KZT")
    rounding = result.use(parameters.get("kz.rounding.state_duty"), day, "date", DATE)
    rule = RoundingRule.from_value(rounding.value)
    plaintiff = _sum(values.get("plaintiff_costs") or [])
    defendant = _sum(values.get("defendant_costs") or [])
    property_claim = values["claim"] == "property"
    share, formula, claimed, satisfied = cpc_109_1_share(result, values)
    outcome = values["outcome"]
    to_plaintiff_share, to_defendant_share = OUTCOME_RULES[outcome](result, values, share, formula)
    costs = Costs(
        result,
        rule,
        values,
        OUTCOME_BASIS[outcome],
        result.use(parameters.get("kz.mci"), day, "date", DATE).value,
        result.use(parameters.get("kz.costs.representative_cap_share"), day, "date", DATE),
        result.use(parameters.get("kz.costs.representative_cap_mci"), day, "date", DATE),
    )
    if "representative" in plaintiff or "representative" in defendant:
        if property_claim:  # within the cap the fee is not reducible at discretion (p. 14); art. 109 part 2 stays
            result.interpret(READING["discretion:abuse"])
        else:
            result.interpret(READING["discretion:reasonable"])
    to_plaintiff = STEP["to_plaintiff"]
    pays_plaintiff = p12_side(
        costs, plaintiff, to_plaintiff_share, "to_plaintiff", to_plaintiff, satisfied, values["plaintiff_exempt"]
    )
    if property_claim and "representative" in defendant and to_defendant_share:
        result.interpret(READING["interpretation:defendant_cap"])
    dismissed = claimed - satisfied
    pays_defendant = p12_side(
        costs, defendant, to_defendant_share, "to_defendant", STEP["to_defendant"], dismissed, False
    )
    to_state = cpc_117_to_state(result, rule, values, share)
    # Sums of rounded items: rounding here only fixes their notation (0.00 in the tiyn years).
    pays_plaintiff, pays_defendant = round_payable(pays_plaintiff, rule), round_payable(pays_defendant, rule)
    net = pays_plaintiff - pays_defendant
    formula = f"{format_amount(pays_plaintiff)} − {format_amount(pays_defendant)} = {format_amount(net)}"
    result.step("net", STEP["net"], net, formula, OUTCOME_BASIS[outcome])
    return result.to_json(
        net,
        defendant_pays_plaintiff=pays_plaintiff,
        plaintiff_pays_defendant=pays_defendant,
        net=net,
        to_state=to_state,
        proportion=exact(share),
        follow_up=deadlines.follow_up("appeal" if outcome == "decision" else "private_complaint", values["date"]),
    )


CALCULATOR = Calculator(
    id=ID,
    title=t("Distribution of court costs (Kazakhstan)"),
    summary=t(
        "Who reimburses whom after a decision, a withdrawal or a settlement: in proportion to the "
        "part granted, with the caps on representative fees and recovery to the state."
    ),
    currency="KZT",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
    implements=(
        "kz-resolution-9#p-12",
        "kz-resolution-9#p-14",
        "kz-resolution-9#p-15",
        "kz-resolution-9#p-16",
        "kz-resolution-9#p-17",
    ),
    interpretations=tuple(READING.values()),
)
