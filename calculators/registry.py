"""The calculators by id, and the one entry point that validates an input and computes."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from calculators.calculator import Calculator
from calculators.errors import CalcError
from calculators.kg import bailiff_eligibility, enforcement_fee, enforcement_terms
from calculators.kg import state_duty as kg_state_duty
from calculators.kz import court_costs, deadlines, duty_refund, state_duty
from calculators.limits import check_payload, parse_int
from calculators.schema import validate_object


def calculators() -> dict[str, Calculator]:
    """Every calculator, in the order the site lists them."""
    found = [state_duty.CALCULATOR, duty_refund.CALCULATOR, court_costs.CALCULATOR, deadlines.CALCULATOR]
    found += [
        kg_state_duty.CALCULATOR,
        enforcement_fee.CALCULATOR,
        enforcement_terms.CALCULATOR,
        bailiff_eligibility.CALCULATOR,
    ]
    return {calc.id: calc for calc in found}


def run(calculator_id: str, raw: Any, lang: str | None = None) -> dict[str, Any]:
    """Validate ``raw`` (the CLI's JSON input, already parsed) and compute; bad input raises ``CalcError``."""
    calc = calculators().get(calculator_id)
    if calc is None:
        raise CalcError("unknown_calculator", name=calculator_id)
    return calc.compute(validate_object(calc.schema, raw, "", lang))


def run_json(calculator_id: str, payload: str, lang: str | None = None) -> str:
    """JSON in, JSON out: the result, or ``{"error": ...}``. The CLI calls this; the browser's worker calls
    ``calculators.render.render_json``, which answers the same and adds the result's HTML."""
    return dumps(answer(calculator_id, payload, lang))


def answer(calculator_id: str, payload: str, lang: str | None = None) -> dict[str, Any]:
    """The result of an input given as JSON text, or ``{"error": ...}``.

    Nothing escapes: input past the limits (``calculators.limits``) is refused with its reason, and anything
    unforeseen becomes an ``internal`` error in four languages rather than a traceback on the visitor's page.
    """
    try:
        check_payload(payload)
        raw = json.loads(payload, parse_float=Decimal, parse_int=parse_int)
        return run(calculator_id, raw, lang)
    except json.JSONDecodeError as exc:
        return CalcError("invalid_json", detail=exc.msg).to_json()
    except CalcError as err:
        return err.to_json()
    except Exception as exc:  # the last resort: the fuzz tests prove no known input reaches it
        return CalcError("internal", detail=type(exc).__name__).to_json()


def dumps(data: dict[str, Any]) -> str:
    """The answer as JSON text, which any output can carry."""
    out = json.dumps(data, ensure_ascii=False)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate echoed from the input: escape it
        out = json.dumps(data)
    return out
