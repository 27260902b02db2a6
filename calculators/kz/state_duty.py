"""State duty in civil cases in the courts of Kazakhstan, for any payment date from 01.01.2018.

Implements the Normative Resolution of the Supreme Court No. 9 of 25.12.2006: p. 3 (each demand is an object of
the duty; an increase of the claim pays too), p. 5 (rates by payer; several property demands on the total, each
non-property demand separately; several plaintiffs in proportion; moral harm as non-property, defamation from the
amount), p. 6 (exempt persons; paternity with alimony), p. 7 (consumer deferral), p. 10 (claim value by category,
pledge, release from arrest) and p. 11 (increase of the claim); with the Tax Code in force on the payment date:
art. 610 of the 2017 code until 31.12.2025, art. 665 of the 2026 code from 01.01.2026. Every rate, cap, MCI,
share and rounding rule is a dated parameter (``calculators/parameters/kz``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from calculators.calculator import Calculator
from calculators.errors import CalcError
from calculators.i18n import LANGS, Text, text
from calculators.kz import deadlines, exemptions, tax_code
from calculators.kz.duty_labels import (
    ACTS,
    CLAIM_TYPES,
    DATE,
    DEBTORS,
    DOCUMENTS,
    NOTE,
    PAGES,
    PLAINTIFFS,
    PROCEEDING,
    PROCEEDINGS,
    SHARE,
    STEP,
    UNSUPPORTED,
)
from calculators.kz.duty_parts import Ctx, Part, with_detail
from calculators.kz.duty_schema import EXAMPLE, PERIODIC, SCHEMA, WITH_CLAIMS
from calculators.money import RoundingRule, format_amount, format_percent, round_payable
from calculators.result import Result

ID = "kz-state-duty"
P3, P5, P6, P10, P11 = (f"kz-resolution-9#p-{n}" for n in (3, 5, 6, 10, 11))
CPC_SEVERAL = "kz-cpc#104-1-14"


def klass(payer: str) -> str:
    """The rate class of a payer: proprietors and farms pay as individuals (resolution p. 5)."""
    return "legal_entity" if payer == "legal_entity" else "individual"


def _numbered(label: Text, n: int) -> Text:
    return {lang: f"{label[lang]}, № {n}" for lang in LANGS}


def _exemption_part(ctx: Ctx, key: str, claims: list[int], exemption_id: str) -> None:
    item = exemptions.get(exemption_id)
    code = tax_code.on(ctx.day, "date", DATE, ctx.result)
    basis = exemptions.basis(item, ctx.day, code, ctx.values["proceeding"] in ("cassation", "arbitral_award_annulment"))
    label = {lang: f"{STEP['exempt'][lang]}: {item['label'][lang]}" for lang in LANGS}
    ctx.step(key, label, Decimal(0), "0", [P6, *basis])
    if item.get("status") != "verified":
        ctx.result.warn(f"unverified:exemption:{exemption_id}", exemptions.unverified_note(item), basis)
    ctx.parts.append(Part(key, "exempt", claims, Decimal(0), exempt=True))


def _claim_value(ctx: Ctx, n: int, claim: dict[str, Any]) -> Decimal:
    """The value a property-like demand adds to the total (CPC art. 104 and resolution p. 10)."""
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
        ctx.step(
            f"claim_{n}_value",
            with_detail(STEP["periodic_value"], CLAIM_TYPES[kind]),
            value,
            formula,
            [P10, *limit.basis],
        )
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


def _is_property(claim: dict[str, Any]) -> bool:
    kind = claim["type"]
    if kind == "pledge_foreclosure":
        return bool(claim["pledge_basis"] == "no_judgment")
    return kind in ("property", "lease_termination", "divorce_with_division", *PERIODIC)


# Demands paid in MCI, one duty each: parameter, basis paragraph, how many.
FIXED = {
    "non_property": ("kz.state_duty.non_property_mci", P5),
    "moral_harm": ("kz.state_duty.non_property_mci", P5),
    "housing_lease": ("kz.state_duty.non_property_mci", P10),
    "release_from_arrest": ("kz.state_duty.non_property_mci", P10),
    "pledge_foreclosure": ("kz.state_duty.non_property_mci", P10),
    "divorce": ("kz.state_duty.divorce_mci", P5),
    "divorce_with_division": ("kz.state_duty.divorce_mci", P5),
}


def _claims(ctx: Ctx, factor_pid: str | None, payer_class: str) -> None:
    """Duty on the demands of a claim (or of a court order, cassation, arbitral annulment: ``factor_pid``)."""
    values = ctx.values
    claims: list[dict[str, Any]] = values["claims"]
    plaintiffs = values.get("plaintiffs") or []
    filing_exempt = values["exemption"]
    numbered = list(enumerate(claims, start=1))
    paying = []
    for n, claim in numbered:
        exempt = claim["exemption"] if claim["exemption"] != "none" else filing_exempt
        if exempt not in ("none", "consumer_deferral"):
            _exemption_part(ctx, f"claim_{n}_exempt", [n - 1], exempt)
        else:
            paying.append((n, claim))

    # Property demands: one duty on their total (p. 5), split by plaintiffs' shares when there are several.
    property_claims = [(n, c, _claim_value(ctx, n, c)) for n, c in paying if _is_property(c)]
    if property_claims:
        base = sum((v for _, _, v in property_claims), Decimal(0))
        if len(property_claims) > 1:
            shown = " + ".join(format_amount(v) for _, _, v in property_claims)
            ctx.step("property_sum", STEP["property_sum"], base, f"{shown} = {format_amount(base)}", [P5, CPC_SEVERAL])
            ctx.result.warn("interpretation:cap_on_total", NOTE["cap_on_total"], [P5, P3])
        idx = [n - 1 for n, _, _ in property_claims]
        if plaintiffs:
            ctx.result.warn("interpretation:shares", NOTE["shares"], [P5])
            for i, plaintiff in enumerate(plaintiffs, start=1):
                share = plaintiff["share"]
                part_base = base * share
                ctx.step(
                    f"plaintiff_{i}_base",
                    _numbered(SHARE, i),
                    part_base,
                    f"{format_amount(base)} × {format_amount(share)} = {format_amount(part_base)}",
                    [P5],
                )
                duty = ctx.property_duty(f"plaintiff_{i}_property", part_base, klass(plaintiff["payer"]), [P5], share)
                ctx.add(
                    Part(f"plaintiff_{i}_property", "property", idx, payer=i - 1),
                    _factor(ctx, f"plaintiff_{i}", duty, factor_pid),
                )
        else:
            duty = ctx.property_duty("property_duty", base, payer_class, [P5])
            ctx.add(Part("property", "property", idx), _factor(ctx, "property", duty, factor_pid))

    for n, claim in paying:
        kind = claim["type"]
        key = f"claim_{n}"
        if kind in FIXED and not (kind == "pledge_foreclosure" and claim["pledge_basis"] == "no_judgment"):
            pid, paragraph = FIXED[kind]
            if kind == "pledge_foreclosure" and claim["pledge_basis"] == "with_debt_claim":
                ctx.result.warn("interpretation:pledge_separate", NOTE["pledge_separate"], [P10])
            duty = _factor(ctx, key, ctx.fixed(key, _numbered(CLAIM_TYPES[kind], n), pid, [paragraph, P3]), factor_pid)
            acts = claim.get("acts", 1) if kind == "release_from_arrest" else 1
            if acts > 1:
                # Each act of arrest is a demand of its own (p. 10): each duty is rounded, then counted.
                one = round_payable(duty, ctx.rule)
                duty = one * acts
                ctx.step(f"{key}_acts", ACTS, duty, f"{acts} × {format_amount(one)} = {format_amount(duty)}", [P10])
            ctx.add(Part(key, kind, [n - 1]), duty)
        elif kind == "complaint_state_body":
            duty = ctx.fixed(key, _numbered(CLAIM_TYPES[kind], n), f"kz.state_duty.complaint_mci.{payer_class}", [P3])
            ctx.add(Part(key, kind, [n - 1]), _factor(ctx, key, duty, factor_pid))
        elif kind == "defamation_moral_harm":
            rate = ctx.param(f"kz.state_duty.defamation_rate.{payer_class}")
            duty = claim["amount"] * rate.value
            formula = f"{format_amount(claim['amount'])} × {format_percent(rate.value)} = {format_amount(duty)}"
            ctx.step(key, _numbered(CLAIM_TYPES[kind], n), duty, formula, [P5, *rate.basis])
            ctx.add(Part(key, kind, [n - 1]), _factor(ctx, key, duty, factor_pid))
        elif kind == "tax_audit_notice":
            duty = _audit_notice(ctx, key, n, claim["amount"])
            ctx.add(Part(key, kind, [n - 1]), _factor(ctx, key, duty, factor_pid))
        elif kind == "claim_increase":
            old = ctx.property_duty(f"{key}_before", claim["original_amount"], payer_class, [P11, P3])
            new = ctx.property_duty(f"{key}_after", claim["new_amount"], payer_class, [P11, P3])
            top_up = max(new - old, Decimal(0))
            ctx.step(
                key,
                STEP["increase"],
                top_up,
                f"{format_amount(new)} − {format_amount(old)} = {format_amount(top_up)}",
                [P11, P3],
            )
            ctx.add(Part(key, kind, [n - 1]), _factor(ctx, key, top_up, factor_pid))


def _factor(ctx: Ctx, key: str, duty: Decimal, factor_pid: str | None) -> Decimal:
    if factor_pid is None:
        return duty
    return ctx.halve(f"{key}_share", duty, factor_pid, [])


def _audit_notice(ctx: Ctx, key: str, n: int, amount: Decimal) -> Decimal:
    """Sub-point 4): a share of the disputed amount up to a cap, for proprietors and farms and for legal entities.

    Other individuals contesting a notice pay as on a property claim (sub-point 1).
    """
    payer = ctx.values["payer"]
    if payer == "individual":
        return ctx.property_duty(key, amount, "individual", [P5])
    group = "legal_entity" if payer == "legal_entity" else "proprietor"
    rate = ctx.param(f"kz.state_duty.audit_notice_rate.{group}")
    cap = ctx.param(f"kz.state_duty.audit_notice_cap_mci.{group}")
    duty = amount * rate.value
    ctx.step(
        key,
        _numbered(CLAIM_TYPES["tax_audit_notice"], n),
        duty,
        f"{format_amount(amount)} × {format_percent(rate.value)} = {format_amount(duty)}",
        [P5, *rate.basis],
    )
    limit: Decimal = cap.value * ctx.mci
    if duty > limit:
        duty = limit
        ctx.step(
            f"{key}_cap",
            STEP["cap"],
            duty,
            f"{format_amount(cap.value)} × {format_amount(ctx.mci)} = {format_amount(limit)}",
            list(cap.basis),
        )
    return Decimal(duty)


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
    payer_class = klass(payer)
    if payer in ("sole_proprietor", "farm") or any(
        p["payer"] in ("sole_proprietor", "farm") for p in values.get("plaintiffs") or []
    ):
        result.warn("interpretation:individual_rate", NOTE["individual_rate"], [P5])
    _check_shares(values)
    filing_exempt = values["exemption"]

    if proceeding == "appeal":
        basis = ["kz-cpc#404", tax_code.cite(tax_code.on(day, "date", DATE, result), "appeal_exempt")]
        ctx.step("appeal", STEP["appeal"], Decimal(0), "0", basis)
        result.warn("interpretation:appeal", NOTE["appeal"], basis)
    elif filing_exempt not in ("none", "consumer_deferral") and proceeding not in WITH_CLAIMS:
        _exemption_part(ctx, "filing_exempt", [], filing_exempt)
    elif proceeding == "claim":
        _claims(ctx, None, payer_class)
    elif proceeding == "court_order":
        if any(c["type"] != "property" for c in values["claims"]):
            raise CalcError("unsupported", "proceeding", PROCEEDING, what=UNSUPPORTED["court_order_non_property"])
        result.warn("interpretation:court_order_cap", NOTE["court_order_cap"], [P5])
        _claims(ctx, "kz.state_duty.court_order_share", payer_class)
    elif proceeding == "cassation":
        whose = ctx.param("kz.state_duty.cassation_rate_of")
        cassation_class = payer_class
        if whose.value == "claim":
            cassation_class = values["original_plaintiff"]
            result.warn("interpretation:cassation_rate_claim", NOTE["cassation_rate_claim"], list(whose.basis))
        result.warn("interpretation:cassation_base", NOTE["cassation_base"], list(whose.basis))
        _claims(ctx, "kz.state_duty.cassation_share", cassation_class)
    elif proceeding == "arbitral_award_annulment":
        _claims(ctx, "kz.state_duty.arbitral_annulment_share", payer_class)
    elif proceeding == "special_proceedings":
        ctx.add(
            Part("special", "special_proceedings", []),
            ctx.fixed("special", PROCEEDINGS[proceeding], "kz.state_duty.special_proceedings_mci", []),
        )
    elif proceeding == "duplicate_writ":
        ctx.add(
            Part("duplicate", "duplicate_writ", []),
            ctx.fixed("duplicate", PROCEEDINGS[proceeding], "kz.state_duty.duplicate_writ_mci", [P3]),
        )
    elif proceeding == "copies":
        docs = ctx.fixed("copies_documents", DOCUMENTS, "kz.state_duty.copy_document_mci", [P3], values["documents"])
        pages = (
            ctx.fixed("copies_pages", PAGES, "kz.state_duty.copy_page_mci", [P3], values["pages"])
            if values["pages"]
            else Decimal(0)
        )
        ctx.add(Part("copies", "copies", []), docs + pages)
    elif proceeding == "bankruptcy":
        debtor = values["debtor"]
        label = with_detail(PROCEEDINGS[proceeding], DEBTORS[debtor])
        ctx.add(
            Part("bankruptcy", "bankruptcy", []),
            ctx.fixed("bankruptcy", label, f"kz.state_duty.bankruptcy_mci.{debtor}", []),
        )

    parts = ctx.parts
    if len([p for p in parts if not p.exempt]) > 1:
        result.warn("interpretation:rounded_parts", NOTE["rounded_parts"], ctx.rounding_basis)
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
    by_payer = _by_payer(parts, values)
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
        follow_up=_follow_up(values, total),
    )


def _follow_up(values: dict[str, Any], total: Decimal) -> dict[str, dict[str, Any]]:
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


def _check_shares(values: dict[str, Any]) -> None:
    plaintiffs = values.get("plaintiffs") or []
    if not plaintiffs:
        return
    for i, plaintiff in enumerate(plaintiffs):
        if not Decimal(0) < plaintiff["share"] <= Decimal(1):
            raise CalcError("invalid_share", f"plaintiffs.{i}.share", SHARE)
    if sum(p["share"] for p in plaintiffs) != Decimal(1):
        raise CalcError("shares_not_one", "plaintiffs", PLAINTIFFS)


def _by_payer(parts: list[Part], values: dict[str, Any]) -> list[dict[str, Any]]:
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


CALCULATOR = Calculator(
    id=ID,
    title=text(
        "Государственная пошлина в суде (Казахстан)",
        "Сотта мемлекеттік баж (Қазақстан)",
        "Соттогу мамлекеттик алым (Казакстан)",
        "State duty in court (Kazakhstan)",
    ),
    summary=text(
        "Пошлина по гражданским делам на любую дату уплаты с 01.01.2018: иски всех категорий, судебный приказ, "
        "кассация, особое производство, копии, банкротство, несколько истцов, льготы.",
        "2018 жылғы 1 қаңтардан бастап кез келген төлем күніне азаматтық істер бойынша баж: барлық санаттағы "
        "талап қоюлар, сот бұйрығы, кассация, ерекше іс жүргізу, көшірмелер, банкроттық, бірнеше талапкер, "
        "жеңілдіктер.",
        "2018-жылдын 1-январынан баштап каалаган төлөм күнүнө жарандык иштер боюнча алым: бардык категориядагы "
        "доолор, соттук буйрук, кассация, өзгөчө өндүрүш, көчүрмөлөр, банкроттук, бир нече доогер, жеңилдиктер.",
        "Duty in civil cases for any payment date from 01.01.2018: claims of every category, court orders, "
        "cassation, special proceedings, copies, bankruptcy, several plaintiffs, exemptions.",
    ),
    currency="KZT",
    schema=SCHEMA,
    example=EXAMPLE,
    compute=compute,
    implements=(
        "kz-resolution-9#p-3",
        "kz-resolution-9#p-5",
        "kz-resolution-9#p-6",
        "kz-resolution-9#p-7",
        "kz-resolution-9#p-10",
        "kz-resolution-9#p-11",
    ),
)
