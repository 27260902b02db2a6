"""Property tests of the state duty: monotone, capped, never negative, and no input ends in a traceback."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculators import CalcError, parameters, run
from calculators.kz.state_duty import klass
from calculators.sources import known

START, END = date(2018, 1, 1), date(2026, 12, 31)
days = st.dates(min_value=START, max_value=END)
payers = st.sampled_from(["individual", "legal_entity", "sole_proprietor"])
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e13"), places=2, allow_nan=False)


def duty(day: date, payer: str, amount: Decimal) -> Decimal:
    out = run(
        "kz-state-duty",
        {"date": day.isoformat(), "payer": payer, "claims": [{"type": "property", "amount": str(amount)}]},
    )
    return Decimal(out["total"])


@given(days, payers, amounts, amounts)
def test_monotone_in_the_amount(day: date, payer: str, a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    assert duty(day, payer, low) <= duty(day, payer, high)


@given(days, payers, amounts)
def test_never_negative_and_never_above_the_cap(day: date, payer: str, amount: Decimal) -> None:
    total = duty(day, payer, amount)
    assert total >= 0
    klass = "legal_entity" if payer == "legal_entity" else "individual"
    cap = parameters.get(f"kz.state_duty.property_cap_mci.{klass}").at(day, "date", {}).value
    if cap is not None:
        mci = parameters.get("kz.mci").at(day, "date", {}).value
        assert total <= cap * mci


@given(
    days,
    st.lists(
        st.one_of(st.just({"type": "non_property"}), amounts.map(lambda a: {"type": "property", "amount": str(a)})),
        min_size=1,
        max_size=6,
    ),
)
def test_total_is_the_sum_of_the_parts_and_every_basis_resolves(day: date, claims: list[dict[str, str]]) -> None:
    out = run("kz-state-duty", {"date": day.isoformat(), "claims": claims})
    assert sum(Decimal(p["duty"]) for p in out["parts"]) == Decimal(out["total"])
    assert all(known(b) for s in out["steps"] for b in s["basis"])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12) | st.floats(allow_nan=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "date": st.one_of(
                json_values, days.map(date.isoformat), (days.map(lambda d: d + timedelta(days=3000))).map(str)
            ),
            "payer": st.one_of(json_values, payers),
            "proceeding": st.one_of(json_values, st.just("claim")),
            "claims": st.one_of(
                json_values,
                st.lists(
                    st.fixed_dictionaries(
                        {},
                        optional={
                            "type": st.one_of(json_values, st.sampled_from(["property", "non_property"])),
                            "amount": st.one_of(json_values, amounts.map(str)),
                        },
                    ),
                    max_size=4,
                ),
            ),
            "extra": json_values,
        },
    )
)
def test_any_input_gives_a_result_or_a_validation_error(raw: dict[str, object]) -> None:
    try:
        out = run("kz-state-duty", raw)
    except CalcError as err:
        assert err.code and set(err.message) == {"ru", "kk", "ky", "en"}
    else:
        assert Decimal(out["total"]) >= 0


def _weights(n: int) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(min_value=1, max_value=97), min_size=n, max_size=n).filter(lambda w: sum(w) < 100)


@st.composite
def plaintiffs(draw: st.DrawFn) -> list[dict[str, str]]:
    n = draw(st.integers(min_value=1, max_value=4))
    weights = draw(_weights(n - 1)) if n > 1 else []
    shares = [*weights, 100 - sum(weights)]
    return [{"payer": draw(payers), "share": str(Decimal(s) / 100)} for s in shares]


claim_kinds = st.one_of(
    amounts.map(lambda a: {"type": "property", "amount": str(a)}),
    st.sampled_from(["non_property", "moral_harm", "divorce", "housing_lease", "complaint_state_body"]).map(
        lambda t: {"type": t}
    ),
    amounts.map(lambda a: {"type": "defamation_moral_harm", "amount": str(a)}),
    amounts.map(lambda a: {"type": "tax_audit_notice", "amount": str(a)}),
    st.integers(min_value=1, max_value=5).map(lambda n: {"type": "release_from_arrest", "acts": n}),
    st.tuples(amounts, amounts).map(
        lambda p: {
            "type": "pledge_foreclosure",
            "pledge_basis": "no_judgment",
            "debt": str(p[0]),
            "pledge_value": str(p[1]),
        }
    ),
)


@settings(deadline=None)
@given(
    days,
    payers,
    st.lists(claim_kinds, min_size=1, max_size=5),
    st.one_of(st.none(), plaintiffs()),
    st.sampled_from(["claim", "cassation", "arbitral_award_annulment"]),
)
def test_parts_and_payers_add_up_to_the_total(
    day: date, payer: str, claims: list[dict[str, object]], who: list[dict[str, str]] | None, proceeding: str
) -> None:
    raw: dict[str, object] = {"date": day.isoformat(), "payer": payer, "proceeding": proceeding, "claims": claims}
    if who and proceeding == "claim":
        raw["plaintiffs"] = who
    out = run("kz-state-duty", raw)
    total = Decimal(out["total"])
    assert sum(Decimal(p["duty"]) for p in out["parts"]) == total
    assert sum(Decimal(p["duty"]) for p in out["by_payer"]) == total
    assert all(known(b) for s in out["steps"] for b in s["basis"])
    assert total >= 0


@given(days, payers, amounts)
def test_court_order_and_cassation_are_half_of_the_claim_at_most(day: date, payer: str, a: Decimal) -> None:
    claims = [{"type": "property", "amount": str(a)}]
    full = Decimal(run("kz-state-duty", {"date": day.isoformat(), "payer": payer, "claims": claims})["total"])
    for proceeding in ("court_order", "cassation"):
        raw = {
            "date": day.isoformat(),
            "payer": payer,
            "proceeding": proceeding,
            "claims": claims,
            "original_plaintiff": klass(payer),
        }
        half = Decimal(run("kz-state-duty", raw)["total"])
        assert half <= full / 2 + Decimal(1)  # both are rounded, to the tenge from 2026


categories = st.sampled_from(["state_duty", "expert", "witness", "representative", "travel", "other"])
costs = st.lists(st.fixed_dictionaries({"category": categories, "amount": amounts.map(str)}), max_size=4)
outcomes = st.sampled_from(
    ["decision", "withdrawal", "voluntary_satisfaction", "admission_without_fault", "settlement"]
)


@settings(deadline=None)
@given(days, amounts, amounts, costs, costs, outcomes)
def test_costs_never_exceed_what_was_spent(
    day: date, a: Decimal, b: Decimal, plaintiff: list[dict[str, str]], defendant: list[dict[str, str]], outcome: str
) -> None:
    claimed, satisfied = max(a, b), min(a, b)
    raw = {"date": day.isoformat(), "claimed": str(claimed), "satisfied": str(satisfied), "outcome": outcome,
           "plaintiff_costs": plaintiff, "defendant_costs": defendant}  # fmt: skip
    out = run("kz-court-costs", raw)
    spent_p = sum((Decimal(c["amount"]) for c in plaintiff), Decimal(0))
    spent_d = sum((Decimal(c["amount"]) for c in defendant), Decimal(0))
    to_p, to_d = Decimal(out["defendant_pays_plaintiff"]), Decimal(out["plaintiff_pays_defendant"])
    slack = Decimal(len(plaintiff) + len(defendant))  # each item rounds to the tenge at most half up
    assert 0 <= to_p <= spent_p + slack and 0 <= to_d <= spent_d + slack
    assert Decimal(out["net"]) == to_p - to_d
    assert Decimal(0) <= Decimal(out["proportion"]) <= Decimal(1)
    rep_p = sum((Decimal(c["amount"]) for c in plaintiff if c["category"] == "representative"), Decimal(0))
    if outcome == "decision" and rep_p:
        cap = satisfied * Decimal("0.1")
        recovered = [s for s in out["steps"] if s["key"].startswith("to_plaintiff_representative")]
        if recovered:  # nothing granted: no step, nothing recovered
            assert Decimal(recovered[-1]["amount"]) <= cap + 1
    for figure in (to_p, to_d):
        assert figure == figure.quantize(Decimal("0.01"))


@given(
    days,
    amounts,
    st.sampled_from(list(__import__("calculators.kz.duty_refund", fromlist=["GROUNDS"]).GROUNDS)),
    st.sampled_from(["first", "appeal", "cassation", "court_order"]),
    amounts,
)
def test_refund_share_between_zero_and_one(
    day: date, paid: Decimal, ground: str, instance: str, required: Decimal
) -> None:
    raw = {"paid_amount": str(paid), "date_paid": day.isoformat(), "ground": ground, "instance": instance}
    if ground == "overpayment":
        raw["required_amount"] = str(required)
    out = run("kz-duty-refund", raw)
    assert Decimal(0) <= Decimal(out["share"]) <= Decimal(1)
    assert Decimal(0) <= Decimal(out["refund"]) <= paid + Decimal("0.5")
    assert (out["deadline"] is None) == (Decimal(out["refund"]) == 0)
