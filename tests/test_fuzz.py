"""Fuzzing every calculator through ``run_json`` (the CLI's, the worker's and the console's one entry).

Inputs come from each calculator's schema (``tests/fuzzing.py``); every answer must be a result that keeps the
invariants below or an error with a message in four languages, and none may reach the last-resort ``internal``
guard. ``FUZZ_PROFILE=ci`` (the default) draws 10 000 inputs per calculator; ``./scripts/fuzz`` runs ``long``.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from decimal import Decimal
from typing import Any

import pytest
from fuzzing import HOSTILE, payloads
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculators.i18n import LANGS
from calculators.limits import MAX_DEPTH, MAX_INPUT_BYTES
from calculators.messages import MESSAGES
from calculators.registry import Calculator, calculators, run_json

# Inputs per calculator by profile; hypothesis draws them in batches of BATCH (its own cost is per example).
EXAMPLES = {"ci": 10_000, "dev": 500, "long": int(os.environ.get("FUZZ_EXAMPLES", "200000"))}
BATCH = 5
PROFILE = os.environ.get("FUZZ_PROFILE", "ci")
for _name, _count in EXAMPLES.items():
    settings.register_profile(
        f"fuzz-{_name}",
        max_examples=_count // BATCH,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
CALCS = calculators()
# Inputs answered, by calculator and by outcome (a result or an error code); printed at the end for reports.
TALLY: Counter[tuple[str, str]] = Counter()


def _decimal(text: Any) -> Decimal:
    value = Decimal(str(text))
    assert value.is_finite(), text
    return value


def check_error(error: dict[str, Any], names: set[str]) -> None:
    """A known code, a message in every language, and a field that is the input's or the schema's."""
    assert error["code"] in MESSAGES and error["code"] != "internal", error
    assert set(error["message"]) == set(LANGS) and all(error["message"].values()), error
    assert error["field"] == "" or error["field"].split(".")[0] in names, error


def check_result(calc: Calculator, out: dict[str, Any]) -> None:
    """Invariants of every result: finite figures, rounding as its rule says, shares in [0, 1], refunds ≤ paid."""
    assert out["calculator"] == calc.id
    for step in out["steps"]:
        if step["amount"] is not None:
            _decimal(step["amount"])
        assert set(step["label"]) == set(LANGS)
    for warning in out["warnings"]:
        assert set(warning["message"]) == set(LANGS) and all(warning["message"].values())
    for key in ("share", "proportion"):
        if key in out:
            assert 0 <= _decimal(out[key]) <= 1, out[key]
    if not calc.currency:
        return
    total = _decimal(out["total"])
    if "net" not in out:  # only the net between two parties may be negative
        assert total >= 0, total
    rules = [p["value"] for p in out["parameters"] if p["unit"] == "rule" and "quantum" in p["value"]]
    for rule in rules:
        assert total == total.quantize(Decimal(rule["quantum"])), (total, rule)


def check_refund(out: dict[str, Any], raw: dict[str, Any], lang: str) -> None:
    from calculators.money import parse_amount

    paid = parse_amount(raw["paid_amount"], "paid_amount", {}, lang)
    assert _decimal(out["refund"]) <= paid.quantize(Decimal(1), rounding="ROUND_CEILING"), (out["refund"], paid)


def answer(calc: Calculator, payload: str, lang: str) -> dict[str, Any]:
    text = run_json(calc.id, payload, lang)
    out: dict[str, Any] = json.loads(text)
    assert run_json(calc.id, payload, lang) == text  # the same input, the same JSON
    try:
        raw = json.loads(payload, parse_int=Decimal)
    except (ValueError, RecursionError):
        raw = None
    if "error" in out:
        names = {f.name for f in calc.schema} | {k.split(".")[0] for k in (raw if isinstance(raw, dict) else ())}
        for error in [out["error"], *out.get("errors", [])]:
            check_error(error, names)
        TALLY[(calc.id, out["error"]["code"])] += 1
    else:
        check_result(calc, out)
        if "refund" in out and isinstance(raw, dict):
            check_refund(out, raw, lang)
        TALLY[(calc.id, "result")] += 1
    return out


@pytest.mark.parametrize("calc_id", list(CALCS))
def test_fuzz_every_calculator(calc_id: str) -> None:
    calc = CALCS[calc_id]
    before = sum(n for (cid, _), n in TALLY.items() if cid == calc_id)

    @settings(settings.get_profile(f"fuzz-{PROFILE}"))
    @given(st.lists(payloads(calc), min_size=BATCH, max_size=BATCH), st.sampled_from([*LANGS, None]))
    def fuzz(batch: list[str], lang: str | None) -> None:
        for payload in batch:
            answer(calc, payload, lang or "ru")

    fuzz()
    done = sum(n for (cid, _), n in TALLY.items() if cid == calc_id) - before
    results = TALLY[(calc_id, "result")]
    print(f"\nfuzz {calc_id}: {done} inputs, {results} results, {done - results} errors")
    assert done >= EXAMPLES[PROFILE]
    # The schema-driven inputs reach the computation, not only the validation.
    assert results >= EXAMPLES[PROFILE] // 100


@pytest.mark.parametrize("calc_id", list(CALCS))
def test_every_hostile_value_in_every_field_is_answered(calc_id: str) -> None:
    """Each hostile value alone in each top-level field of the example: an answer, never the ``internal`` guard."""
    calc = CALCS[calc_id]
    for spec in calc.schema:
        for value in HOSTILE:
            answer(calc, json.dumps({**calc.example, spec.name: value}, ensure_ascii=False), "en")
        items = calc.example.get(spec.name)
        if spec.kind == "list" and items:
            for sub in spec.fields:  # and in each field of a list's first item (claims.0.amount)
                for value in HOSTILE:
                    changed = [{**items[0], sub.name: value}, *items[1:]]
                    answer(calc, json.dumps({**calc.example, spec.name: changed}, ensure_ascii=False), "ru")


@pytest.mark.parametrize("calc_id", list(CALCS))
def test_limits_are_said_in_four_languages(calc_id: str) -> None:
    deep = json.loads(run_json(calc_id, "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)))
    assert deep["error"]["code"] == "input_too_deep"
    huge = json.loads(run_json(calc_id, json.dumps({"pad": "x" * MAX_INPUT_BYTES})))
    assert huge["error"]["code"] == "input_too_large"
    for out in (deep, huge):
        assert all(out["error"]["message"][lang] for lang in LANGS)
    nested = json.loads(run_json(calc_id, "[" * 100_000 + "]" * 100_000))
    assert nested["error"]["code"] in ("input_too_large", "input_too_deep")


def test_the_guard_turns_the_unforeseen_into_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    calc_id = next(iter(CALCS))

    def broken(*_: Any) -> Any:
        raise ZeroDivisionError("unforeseen")

    monkeypatch.setattr("calculators.registry.run", broken)
    out = json.loads(run_json(calc_id, "{}"))
    assert out["error"]["code"] == "internal"
    assert all(out["error"]["message"][lang] for lang in LANGS)
    assert "ZeroDivisionError" in out["error"]["message"]["en"] and "Traceback" not in json.dumps(out)
