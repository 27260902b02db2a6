"""State duty in civil cases in the courts of Kazakhstan, for any payment date from 01.01.2018.

Implements the Normative Resolution of the Supreme Court No. 9 of 25.12.2006: p. 3 (each demand is an object of
the duty; an increase of the claim pays too), p. 5 (rates by payer; several property demands on the total, each
non-property demand separately; several plaintiffs in proportion; moral harm as non-property, defamation from the
amount), p. 6 (exempt persons; paternity with alimony), p. 7 (consumer deferral), p. 10 (claim value by category,
pledge, release from arrest) and p. 11 (increase of the claim); with the Tax Code in force on the payment date
(``kz.tax_code``: art. 610 of the 2017 code, art. 665 of the 2026 code). Every value is a dated parameter.

The module reads in the order of the law, one function per paragraph or sub-point, named after it: ``r10_…`` is
paragraph 10 of the resolution, ``tc_1_4_…`` sub-point 4 of art. 665 p. 1 as the 2026 code numbers it (the
2017 code's art. 610 p. 1 has the same numbers up to sub-point 12; the docstrings give the later ones), and
``tc_3_…`` art. 665 p. 3. ``PROCEEDING_RULES`` and ``DEMAND_RULES`` say which rule prices what.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from calculators.calculator import Calculator
from calculators.errors import CalcError
from calculators.i18n import LANGS, Text
from calculators.kz import exemptions, tax_code
from calculators.kz.duty_labels import (
    ACTS,
    CLAIM_TYPES,
    DATE,
    DEBTORS,
    DOCUMENTS,
    NOTE,
    PAGES,
    PROCEEDING,
    PROCEEDINGS,
    READING,
    SHARE,
    STEP,
    UNSUPPORTED,
)
from calculators.kz.duty_parts import Ctx, Part, check_shares, follow_up, payers, with_detail
from calculators.kz.duty_schema import EXAMPLE, PERIODIC, SCHEMA, WITH_CLAIMS
from calculators.money import RoundingRule, format_amount, format_percent, round_payable
from calculators.result import Result
from calculators.words import t

ID = "kz-state-duty"
P3, P5, P6, P10, P11 = (f"kz-resolution-9#p-{n}" for n in (3, 5, 6, 10, 11))
CPC_SEVERAL = "kz-cpc#104-1-14"
# A rule that prices one demand of a claim: (ctx, key, n, claim, payer class, share parameter) -> its duty.
DemandRule = Callable[[Ctx, str, int, dict[str, Any], str, str | None], Decimal]


def klass(payer: str) -> str:
    """The rate class of a payer: proprietors and farms pay as individuals (resolution p. 5)."""
    return "legal_entity" if payer == "legal_entity" else "individual"


def _numbered(label: Text, n: int) -> Text:
    return {lang: f"{label[lang]}, № {n}" for lang in LANGS}


def _factor(ctx: Ctx, key: str, duty: Decimal, factor_pid: str | None) -> Decimal:
    """The share of a claim's duty a court order, cassation or arbitral annulment pays (``factor_pid``)."""
    if factor_pid is None:
        return duty
    return ctx.halve(f"{key}_share", duty, factor_pid, [])


# --- Resolution No. 9: what a claim's demands are, and their value ------------------------------------------


def r5_is_property(claim: dict[str, Any]) -> bool:
    """Demands that join the one property duty (p. 5); a pledge foreclosure without a judgment on the debt too."""
    kind = claim["type"]
    if kind == "pledge_foreclosure":
        return bool(claim["pledge_basis"] == "no_judgment")
    return kind in ("property", "lease_termination", "divorce_with_division", *PERIODIC)


def r6_exemption(ctx: Ctx, key: str, claims: list[int], exemption_id: str) -> None:
    """P. 6: an exempt person or demand pays nothing; the exemption names its article in the code in force."""
    item = exemptions.get(exemption_id)
    appealing = ctx.values["proceeding"] in ("cassation", "arbitral_award_annulment")
    basis = exemptions.basis(item, ctx.day, tax_code.on(ctx.day, "date", DATE, ctx.result), appealing)
    label = {lang: f"{STEP['exempt'][lang]}: {item['label'][lang]}" for lang in LANGS}
    ctx.step(key, label, Decimal(0), "0", [P6, *basis])
    if item.get("status") != "verified":
        ctx.result.warn(f"unverified:exemption:{exemption_id}", exemptions.unverified_note(item), basis)
    ctx.parts.append(Part(key, "exempt", claims, Decimal(0), exempt=True))


def r10_claim_value(ctx: Ctx, n: int, claim: dict[str, Any]) -> Decimal:
    """P. 10 (with CPC art. 104): the value a lease, periodic-payment or pledge demand adds to the total."""
    kind = claim["type"]
    if kind == "lease_termination":
        cap = ctx.param("kz.claim_value.lease_max_months")
        months = min(claim["remaining_months"], int(cap.value))
        value: Decimal = claim["monthly_payment"] * months
        monthly = format_amount(claim["monthly_payment"])
        formula = f"{monthly} × min({claim['remaining_months']}; {cap.value}) = {format_amount(value)}"
        ctx.step(f"claim_{n}_value", STEP["lease_value"], value, formula, [P10, *cap.basis])
        return value
    if kind in PERIODIC:
        limit = ctx.param(PERIODIC[kind])
        counted = int(limit.value)
        if "remaining_months" in claim:
            counted = min(claim["remaining_months"], counted)
            shown = f"min({claim['remaining_months']}; {limit.value})"
        else:
            shown = str(limit.value)
        value = claim["monthly_payment"] * counted
        formula = f"{format_amount(claim['monthly_payment'])} × {shown} = {format_amount(value)}"
        label = with_detail(STEP["periodic_value"], CLAIM_TYPES[kind])
        ctx.step(f"claim_{n}_value", label, value, formula, [P10, *limit.basis])
        return value
    if kind == "pledge_foreclosure":
        value = min(claim["debt"], claim["pledge_value"])
        formula = (
            f"min({format_amount(claim['debt'])}; {format_amount(claim['pledge_value'])}) = {format_amount(value)}"
        )
        ctx.step(f"claim_{n}_value", STEP["pledge_value"], value, formula, [P10])
        return value
    amount: Decimal = claim["amount"]
    return amount


def r11_claim_increase(
    ctx: Ctx, key: str, n: int, claim: dict[str, Any], payer_class: str, factor_pid: str | None
) -> Decimal:
    """P. 11: an increased claim pays the difference between the duties on the new and the previous value."""
    old = ctx.property_duty(f"{key}_before", claim["original_amount"], payer_class, [P11, P3])
    new = ctx.property_duty(f"{key}_after", claim["new_amount"], payer_class, [P11, P3])
    top_up = max(new - old, Decimal(0))
    formula = f"{format_amount(new)} − {format_amount(old)} = {format_amount(top_up)}"
    ctx.step(key, STEP["increase"], top_up, formula, [P11, P3])
    return _factor(ctx, key, top_up, factor_pid)


# --- Tax Code, art. 665 p. 1 (2026; art. 610 p. 1 of the 2017 code, the same numbers up to sub-point 12) -----
# A function ``tc_1_<n>`` implements sub-point n as the 2026 code numbers it; the parameters cite both codes.


def tc_1_1_property(
    ctx: Ctx, paying: list[tuple[int, dict[str, Any]]], payer_class: str, factor_pid: str | None
) -> None:
    """Sub-point 1: one duty on the total of the property demands (resolution p. 5), split by plaintiffs' shares."""
    property_claims = [(n, c, r10_claim_value(ctx, n, c)) for n, c in paying if r5_is_property(c)]
    if not property_claims:
        return
    base = sum((v for _, _, v in property_claims), Decimal(0))
    if len(property_claims) > 1:
        shown = " + ".join(format_amount(v) for _, _, v in property_claims)
        ctx.step("property_sum", STEP["property_sum"], base, f"{shown} = {format_amount(base)}", [P5, CPC_SEVERAL])
        ctx.result.interpret(READING["interpretation:cap_on_total"])
    idx = [n - 1 for n, _, _ in property_claims]
    plaintiffs = ctx.values.get("plaintiffs") or []
    if not plaintiffs:
        duty = ctx.property_duty("property_duty", base, payer_class, [P5])
        ctx.add(Part("property", "property", idx), _factor(ctx, "property", duty, factor_pid))
        return
    ctx.result.interpret(READING["interpretation:shares"])
    for i, plaintiff in enumerate(plaintiffs, start=1):
        share = plaintiff["share"]
        part_base = base * share
        formula = f"{format_amount(base)} × {format_amount(share)} = {format_amount(part_base)}"
        ctx.step(f"plaintiff_{i}_base", _numbered(SHARE, i), part_base, formula, [P5])
        duty = ctx.property_duty(f"plaintiff_{i}_property", part_base, klass(plaintiff["payer"]), [P5], share)
        ctx.add(
            Part(f"plaintiff_{i}_property", "property", idx, payer=i - 1),
            _factor(ctx, f"plaintiff_{i}", duty, factor_pid),
        )


def tc_1_2_3_complaint(
    ctx: Ctx, key: str, n: int, claim: dict[str, Any], payer_class: str, factor_pid: str | None
) -> Decimal:
    """Sub-points 2 and 3: a complaint against a state body's act, in MCI, for individuals and legal entities."""
    pid = f"kz.state_duty.complaint_mci.{payer_class}"
    return _factor(ctx, key, ctx.fixed(key, _numbered(CLAIM_TYPES[claim["type"]], n), pid, [P3]), factor_pid)


def tc_1_4_audit_notice(
    ctx: Ctx, key: str, n: int, claim: dict[str, Any], payer_class: str, factor_pid: str | None
) -> Decimal:
    """Sub-point 4: a share of the disputed amount up to a cap, for proprietors and farms and for legal entities.

    Other individuals contesting a notice pay as on a property claim (sub-point 1).
    """
    amount: Decimal = claim["amount"]
    payer = ctx.values["payer"]
    if payer == "individual":
        return _factor(ctx, key, ctx.property_duty(key, amount, "individual", [P5]), factor_pid)
    group = "legal_entity" if payer == "legal_entity" else "proprietor"
    rate = ctx.param(f"kz.state_duty.audit_notice_rate.{group}")
    cap = ctx.param(f"kz.state_duty.audit_notice_cap_mci.{group}")
    duty = amount * rate.value
    formula = f"{format_amount(amount)} × {format_percent(rate.value)} = {format_amount(duty)}"
    ctx.step(key, _numbered(CLAIM_TYPES["tax_audit_notice"], n), duty, formula, [P5, *rate.basis])
    limit: Decimal = cap.value * ctx.mci
    if duty > limit:
        duty = limit
        formula = f"{format_amount(cap.value)} × {format_amount(ctx.mci)} = {format_amount(limit)}"
        ctx.step(f"{key}_cap", STEP["cap"], duty, formula, list(cap.basis))
    return _factor(ctx, key, Decimal(duty), factor_pid)


# Demands paid in MCI, one duty each: divorce (sub-point 5) and the non-property demands (sub-point 7), with
# the paragraph of resolution No. 9 that classes each: parameter, basis paragraph.
FIXED = {
    "non_property": ("kz.state_duty.non_property_mci", P5),
    "moral_harm": ("kz.state_duty.non_property_mci", P5),
    "housing_lease": ("kz.state_duty.non_property_mci", P10),
    "release_from_arrest": ("kz.state_duty.non_property_mci", P10),
    "pledge_foreclosure": ("kz.state_duty.non_property_mci", P10),
    "divorce": ("kz.state_duty.divorce_mci", P5),
    "divorce_with_division": ("kz.state_duty.divorce_mci", P5),
}


def tc_1_5_7_in_mci(
    ctx: Ctx, key: str, n: int, claim: dict[str, Any], payer_class: str, factor_pid: str | None
) -> Decimal:
    """Sub-points 5 and 7: a divorce or a non-property demand in MCI; each act of arrest is a demand (p. 10)."""
    kind = claim["type"]
    pid, paragraph = FIXED[kind]
    if kind == "pledge_foreclosure" and claim["pledge_basis"] == "with_debt_claim":
        ctx.result.interpret(READING["interpretation:pledge_separate"])
    duty = _factor(ctx, key, ctx.fixed(key, _numbered(CLAIM_TYPES[kind], n), pid, [paragraph, P3]), factor_pid)
    acts = claim.get("acts", 1) if kind == "release_from_arrest" else 1
    if acts > 1:
        # Each act of arrest is a demand of its own (p. 10): each duty is rounded, then counted.
        one = round_payable(duty, ctx.rule)
        duty = one * acts
        ctx.step(f"{key}_acts", ACTS, duty, f"{acts} × {format_amount(one)} = {format_amount(duty)}", [P10])
    return duty


def tc_1_15_16_defamation(
    ctx: Ctx, key: str, n: int, claim: dict[str, Any], payer_class: str, factor_pid: str | None
) -> Decimal:
    """Sub-points 15 and 16 (14 and 15 in the 2017 code): moral harm for defamation, a rate of the amount."""
    rate = ctx.param(f"kz.state_duty.defamation_rate.{payer_class}")
    duty = claim["amount"] * rate.value
    formula = f"{format_amount(claim['amount'])} × {format_percent(rate.value)} = {format_amount(duty)}"
    ctx.step(key, _numbered(CLAIM_TYPES[claim["type"]], n), duty, formula, [P5, *rate.basis])
    return _factor(ctx, key, duty, factor_pid)


DEMAND_RULES: dict[str, DemandRule] = {
    "complaint_state_body": tc_1_2_3_complaint,
    "tax_audit_notice": tc_1_4_audit_notice,
    "defamation_moral_harm": tc_1_15_16_defamation,
    "claim_increase": r11_claim_increase,
}


def _demand_rule(claim: dict[str, Any]) -> DemandRule | None:
    """The rule that prices a demand on its own, or None for one that only joins the property total."""
    if claim["type"] == "pledge_foreclosure" and claim["pledge_basis"] == "no_judgment":
        return None
    return tc_1_5_7_in_mci if claim["type"] in FIXED else DEMAND_RULES.get(claim["type"])


def _claims(ctx: Ctx, payer_class: str, factor_pid: str | None = None) -> None:
    """Duty on the demands of a claim (or of a court order, cassation, arbitral annulment: ``factor_pid``)."""
    filing_exempt = ctx.values["exemption"]
    paying = []
    for n, claim in enumerate(ctx.values["claims"], start=1):
        exempt = claim["exemption"] if claim["exemption"] != "none" else filing_exempt
        if exempt not in ("none", "consumer_deferral"):
            r6_exemption(ctx, f"claim_{n}_exempt", [n - 1], exempt)
        else:
            paying.append((n, claim))
    tc_1_1_property(ctx, paying, payer_class, factor_pid)
    for n, claim in paying:
        rule = _demand_rule(claim)
        if rule is not None:
            key = f"claim_{n}"
            ctx.add(Part(key, claim["type"], [n - 1]), rule(ctx, key, n, claim, payer_class, factor_pid))


# --- The proceedings, in the order of art. 665 p. 1 and p. 3 -------------------------------------------------


def claim(ctx: Ctx, payer_class: str) -> None:
    """A claim in a first-instance court: each demand by the rule for its kind."""
    _claims(ctx, payer_class)


def tc_1_8_special_proceedings(ctx: Ctx, payer_class: str) -> None:
    """Sub-point 8: an application in special proceedings, in MCI."""
    duty = ctx.fixed("special", PROCEEDINGS["special_proceedings"], "kz.state_duty.special_proceedings_mci", [])
    ctx.add(Part("special", "special_proceedings", []), duty)


def tc_1_9_arbitral_annulment(ctx: Ctx, payer_class: str) -> None:
    """Sub-point 9: setting aside an arbitral award, a share of the duty on the claim."""
    _claims(ctx, payer_class, "kz.state_duty.arbitral_annulment_share")


def tc_1_10_court_order(ctx: Ctx, payer_class: str) -> None:
    """Sub-point 10: a court order, a share of the duty on a property claim (non-property ones are not priced)."""
    if any(c["type"] != "property" for c in ctx.values["claims"]):
        raise CalcError("unsupported", "proceeding", PROCEEDING, what=UNSUPPORTED["court_order_non_property"])
    ctx.result.interpret(READING["interpretation:court_order_cap"])
    _claims(ctx, payer_class, "kz.state_duty.court_order_share")


def tc_1_11_duplicate_writ(ctx: Ctx, payer_class: str) -> None:
    """Sub-point 11: a duplicate writ of execution, in MCI."""
    duty = ctx.fixed("duplicate", PROCEEDINGS["duplicate_writ"], "kz.state_duty.duplicate_writ_mci", [P3])
    ctx.add(Part("duplicate", "duplicate_writ", []), duty)


def tc_1_12_copies(ctx: Ctx, payer_class: str) -> None:
    """Sub-point 12: repeat copies of documents, in MCI per document and per page."""
    values = ctx.values
    docs = ctx.fixed("copies_documents", DOCUMENTS, "kz.state_duty.copy_document_mci", [P3], values["documents"])
    pages = (
        ctx.fixed("copies_pages", PAGES, "kz.state_duty.copy_page_mci", [P3], values["pages"])
        if values["pages"]
        else Decimal(0)
    )
    ctx.add(Part("copies", "copies", []), docs + pages)


def tc_1_13_14_bankruptcy(ctx: Ctx, payer_class: str) -> None:
    """Sub-points 13 and 14 (13 and 13-1 in the 2017 code): bankruptcy of a legal entity or of a citizen."""
    debtor = ctx.values["debtor"]
    label = with_detail(PROCEEDINGS["bankruptcy"], DEBTORS[debtor])
    ctx.add(
        Part("bankruptcy", "bankruptcy", []),
        ctx.fixed("bankruptcy", label, f"kz.state_duty.bankruptcy_mci.{debtor}", []),
    )


def tc_3_cassation(ctx: Ctx, payer_class: str) -> None:
    """Art. 665 p. 3 (art. 610 p. 2 of the 2017 code): a cassation complaint, a share of the duty on the claim."""
    whose = ctx.param("kz.state_duty.cassation_rate_of")
    cassation_class = payer_class
    if whose.value == "claim":
        cassation_class = ctx.values["original_plaintiff"]
        ctx.result.interpret(READING["interpretation:cassation_rate_claim"], whose.basis)
    ctx.result.interpret(READING["interpretation:cassation_base"], whose.basis)
    _claims(ctx, cassation_class, "kz.state_duty.cassation_share")


def cpc_404_appeal(ctx: Ctx, payer_class: str) -> None:
    """CPC art. 404, with the Tax Code article the basis names: an appeal pays no duty."""
    basis = ["kz-cpc#404", tax_code.cite(tax_code.on(ctx.day, "date", DATE, ctx.result), "appeal_exempt")]
    ctx.step("appeal", STEP["appeal"], Decimal(0), "0", basis)
    ctx.result.interpret(READING["interpretation:appeal"], basis)


PROCEEDING_RULES: dict[str, Callable[[Ctx, str], None]] = {
    "claim": claim,
    "special_proceedings": tc_1_8_special_proceedings,
    "arbitral_award_annulment": tc_1_9_arbitral_annulment,
    "court_order": tc_1_10_court_order,
    "duplicate_writ": tc_1_11_duplicate_writ,
    "copies": tc_1_12_copies,
    "bankruptcy": tc_1_13_14_bankruptcy,
    "cassation": tc_3_cassation,
    "appeal": cpc_404_appeal,
}


def compute(values: dict[str, Any]) -> dict[str, Any]:
    day = values["date"]
    result = Result(ID, "KZT")
    ctx = Ctx(result, day, values)
    ctx.mci = ctx.param("kz.mci").value
    rounding = ctx.param("kz.rounding.state_duty")
    ctx.rule = RoundingRule.from_value(rounding.value)
    ctx.rounding_basis = list(rounding.basis)
    proceeding = values["proceeding"]
    payer = values["payer"]
    if payer in ("sole_proprietor", "farm") or any(
        p["payer"] in ("sole_proprietor", "farm") for p in values.get("plaintiffs") or []
    ):
        result.interpret(READING["interpretation:individual_rate"])
    check_shares(values)
    filing_exempt = values["exemption"]
    whole_filing_exempt = filing_exempt not in ("none", "consumer_deferral") and proceeding not in WITH_CLAIMS
    if whole_filing_exempt and proceeding != "appeal":
        r6_exemption(ctx, "filing_exempt", [], filing_exempt)
    else:
        PROCEEDING_RULES[proceeding](ctx, klass(payer))

    parts = ctx.parts
    if len([p for p in parts if not p.exempt]) > 1:
        result.interpret(READING["interpretation:rounded_parts"], ctx.rounding_basis)
    total = sum((p.duty for p in parts), Decimal(0))
    total = round_payable(total, ctx.rule)  # a sum of rounded parts: only fixes its notation
    shown = [format_amount(p.duty) for p in parts]
    formula = " + ".join(shown) + f" = {format_amount(total)}" if len(parts) > 1 else (shown[0] if shown else "0")
    basis = [P5] if proceeding != "appeal" else ["kz-cpc#404"]
    if any(p.kind == "property" for p in parts) and any(p.kind not in ("property", "exempt") for p in parts):
        basis.append(tax_code.cite(tax_code.on(day, "date", DATE, result), "joined_claims"))
    result.step("total", STEP["total"], total, formula, basis)
    deferred = filing_exempt == "consumer_deferral" or any(
        c.get("exemption") == "consumer_deferral" for c in values.get("claims") or []
    )
    payable_now = Decimal(0) if deferred else total
    if deferred:
        result.step(
            "deferred",
            STEP["deferred"],
            Decimal(0),
            f"{format_amount(total)} → 0",
            ["kz-cpc#106-3", "kz-resolution-9#p-7"],
        )
        result.warn("deferral:consumer", NOTE["deferred"], ["kz-cpc#106-3"])
    by_payer = payers(parts, values)
    return result.to_json(
        round_payable(total, ctx.rule),
        date=day.isoformat(),
        proceeding=proceeding,
        mci=ctx.mci,
        payable_on_filing=round_payable(payable_now, ctx.rule),
        parts=[
            {"key": p.key, "kind": p.kind, "claims": p.claims, "payer": p.payer, "duty": p.duty, "exempt": p.exempt}
            for p in parts
        ],
        by_payer=by_payer,
        follow_up=follow_up(values, total),
    )


CALCULATOR = Calculator(
    id=ID,
    title=t("State duty in court (Kazakhstan)"),
    summary=t(
        "Duty in civil cases for any payment date from 01.01.2018: claims of every category, court "
        "orders, cassation, special proceedings, copies, bankruptcy, several plaintiffs, "
        "exemptions."
    ),
    currency="KZT",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
    implements=(P3, P5, P6, "kz-resolution-9#p-7", P10, P11),
    interpretations=tuple(READING.values()),
)
