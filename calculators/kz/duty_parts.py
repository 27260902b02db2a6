"""The working state of one state duty computation: the parts rounded separately and the steps that make them
(sub-point 1's percentage and cap, a duty in MCI, a share of a duty, the rounding of a part); and what the result
reports beside its steps (each plaintiff's duty, the inputs of the next calculators)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from calculators import parameters
from calculators.errors import CalcError
from calculators.i18n import LANGS, Text
from calculators.kz import deadlines
from calculators.kz.duty_labels import DATE, PAYERS, PLAINTIFFS, SHARE, STEP
from calculators.money import RoundingRule, exact, format_amount, format_percent, round_payable
from calculators.parameters import Value
from calculators.result import Result


@dataclass
class Part:
    """One separately rounded part of the duty: a group of demands, or one plaintiff's share of it."""

    key: str
    kind: str
    claims: list[int]
    duty: Decimal = Decimal(0)
    payer: int | None = None
    exempt: bool = False


@dataclass
class Ctx:
    result: Result
    day: date
    values: dict[str, Any]
    mci: Decimal = Decimal(0)
    rule: RoundingRule = field(default_factory=lambda: RoundingRule(Decimal("0.01")))
    rounding_basis: list[str] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)

    def param(self, pid: str) -> Value:
        return self.result.use(parameters.get(pid), self.day, "date", DATE)

    def step(self, key: str, label: Text, amount: Decimal | None, formula: str, basis: list[str]) -> None:
        self.result.step(key, label, None if amount is None else exact(amount), formula, basis)

    def fixed(self, key: str, label: Text, pid: str, basis: list[str], count: int = 1) -> Decimal:
        """A duty in MCI (times ``count``, e.g. pages of a copy), as a step."""
        rate = self.param(pid)
        duty: Decimal = rate.value * self.mci * count
        times = f"{count} × " if count != 1 else ""
        formula = f"{times}{format_amount(rate.value)} × {format_amount(self.mci)} = {format_amount(duty)}"
        self.step(key, label, duty, formula, [*basis, *rate.basis])
        return duty

    def property_duty(
        self, key: str, base: Decimal, payer_class: str, basis: list[str], share: Decimal = Decimal(1)
    ) -> Decimal:
        """Sub-point 1): the percentage of the claim value, limited by the cap in force (the cap taken by share)."""
        rate = self.param(f"kz.state_duty.property_rate.{payer_class}")
        duty: Decimal = base * rate.value
        label = with_detail(STEP["property_duty"], PAYERS[payer_class])
        self.step(
            key,
            label,
            duty,
            f"{format_amount(base)} × {format_percent(rate.value)} = {format_amount(duty)}",
            [*basis, *rate.basis],
        )
        cap = self.param(f"kz.state_duty.property_cap_mci.{payer_class}")
        if cap.value is not None:
            limit = cap.value * self.mci * share
            if duty > limit:
                duty = limit
                shown = f" × {format_amount(share)}" if share != 1 else ""
                self.step(
                    f"{key}_cap",
                    STEP["cap"],
                    duty,
                    f"{format_amount(cap.value)} × {format_amount(self.mci)}{shown} = {format_amount(limit)}",
                    list(cap.basis),
                )
        return duty

    def halve(self, key: str, duty: Decimal, pid: str, basis: list[str]) -> Decimal:
        share = self.param(pid)
        out: Decimal = duty * share.value
        self.step(
            key,
            STEP["share"],
            out,
            f"{format_amount(duty)} × {format_percent(share.value)} = {format_amount(out)}",
            [*basis, *share.basis],
        )
        return out

    def add(self, part: Part, duty: Decimal) -> None:
        """Round one part by the rule in force and keep it."""
        payable = round_payable(duty, self.rule)
        if payable != duty:
            self.step(
                f"{part.key}_rounding",
                STEP["rounding"],
                payable,
                f"{format_amount(duty)} → {format_amount(payable)}",
                self.rounding_basis,
            )
        part.duty = payable
        self.parts.append(part)


def with_detail(label: Text, detail: Text) -> Text:
    return {lang: f"{label[lang]} ({detail[lang].lower()})" for lang in LANGS}


# --- What a result reports beside its steps ------------------------------------------------------------------


def check_shares(values: dict[str, Any]) -> None:
    """Several plaintiffs' shares: each above 0 and at most 1, together exactly 1."""
    plaintiffs = values.get("plaintiffs") or []
    if not plaintiffs:
        return
    for i, plaintiff in enumerate(plaintiffs):
        if not Decimal(0) < plaintiff["share"] <= Decimal(1):
            raise CalcError("invalid_share", f"plaintiffs.{i}.share", SHARE)
    if sum(p["share"] for p in plaintiffs) != Decimal(1):
        raise CalcError("shares_not_one", "plaintiffs", PLAINTIFFS)


def payers(parts: list[Part], values: dict[str, Any]) -> list[dict[str, Any]]:
    """Each plaintiff's property part; demands paid per demand are shown as shared by all plaintiffs."""
    plaintiffs = values.get("plaintiffs") or []
    if not plaintiffs:
        return [{"payer": values["payer"], "duty": sum((p.duty for p in parts), Decimal(0))}]
    rows = [
        {
            "plaintiff": i,
            "payer": pl["payer"],
            "share": pl["share"],
            "duty": sum((p.duty for p in parts if p.payer == i), Decimal(0)),
        }
        for i, pl in enumerate(plaintiffs)
    ]
    joint = sum((p.duty for p in parts if p.payer is None), Decimal(0))
    if joint:
        rows.append({"plaintiff": None, "payer": "joint", "duty": joint})
    return rows


def follow_up(values: dict[str, Any], total: Decimal) -> dict[str, dict[str, Any]]:
    """Inputs for the next steps of the same case: the refund of this duty and the costs after the decision."""
    day = values["date"].isoformat()
    instance = {"cassation": "cassation", "court_order": "court_order"}.get(values["proceeding"], "first")
    claims = values.get("claims") or []
    claimed = sum((c["amount"] for c in claims if c["type"] == "property"), Decimal(0))
    costs: dict[str, Any] = {"date": day, "plaintiff_costs": [{"category": "state_duty", "amount": str(total)}]}
    if claimed:
        costs.update(claim="property", claimed=str(claimed), satisfied=str(claimed))
    else:
        costs.update(claim="non_property", demands_made=max(len(claims), 1), demands_granted=max(len(claims), 1))
    return {
        "kz-duty-refund": {"paid_amount": str(total), "date_paid": day, "instance": instance, "ground": "settlement"},
        "kz-court-costs": costs,
        **deadlines.follow_up("refund_application", values["date"]),
    }
