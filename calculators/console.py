"""The calculators as Python functions, for people who write code: the site's console page and any Python prompt.

One function per calculator, named after its id (``kz-state-duty`` → ``kz_state_duty(**fields)``), made from the
registry, so a calculator added there is here at once. The fields are the CLI's JSON input as keyword arguments;
numbers, ``Decimal`` and ``date`` values are accepted as they are. Each function returns the result dict; bad input
raises ``InputError`` whose text is the calculators' own message in the chosen language (``set_language``).
``show(result)`` prints a result for reading; ``execute(source)`` runs a piece of code the way the console does.
"""

from __future__ import annotations

import ast
import builtins
import copy
import io
import linecache
import pprint
import traceback
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from decimal import Decimal, InvalidOperation
from typing import Any

from calculators.calculator import Calculator
from calculators.errors import CalcError
from calculators.i18n import DEFAULT_LANG, LANGS, Text
from calculators.money import format_amount
from calculators.registry import calculators
from calculators.registry import run as _registry_run
from calculators.words import t

FILENAME = "<console>"
_lang = DEFAULT_LANG

WORDS: dict[str, Text] = {
    "total": t("Total"),
    "steps": t("Steps"),
    "basis": t("basis"),
    "warnings": t("Warnings"),
    "fields": t("Fields"),
    "required": t("required"),
    "example": t("Example"),
}


class InputError(ValueError):
    """Input a calculator refuses. ``str(error)`` is the message in the console's language.

    ``code`` and ``field`` (the dotted path, ``claims.0.amount``) are the calculators' own; ``messages`` holds the
    message in every language; ``errors`` lists every problem found in the same input as (field, messages).
    """

    def __init__(self, error: CalcError, lang: str) -> None:
        self.code = error.code
        self.field = error.field
        self.messages = error.message
        self.errors = [(e.field, e.message) for e in (error, *error.others)]
        lines = [f"{messages[lang]} ({field})" if field else messages[lang] for field, messages in self.errors]
        super().__init__("\n".join(lines))


def set_language(lang: str) -> None:
    """Messages, ``show`` and the functions' help in ``lang`` (ru, kk, ky, en); English pages also read ``1,000``
    as one thousand, as the forms do."""
    global _lang  # noqa: PLW0603 - one console, one language
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}")
    _lang = lang
    for calc in calculators().values():
        function = FUNCTIONS.get(_name(calc.id))
        if function is not None:
            function.__doc__ = _doc(calc)


def language() -> str:
    return _lang


def run(calculator_id: str, data: dict[str, Any] | None = None, /, **fields: Any) -> dict[str, Any]:
    """Compute with calculator ``calculator_id``: its input as a dict, as keyword arguments, or both."""
    raw = {**(data or {}), **fields}
    try:
        return _registry_run(calculator_id, raw, _lang)
    except CalcError as err:
        raise InputError(err, _lang) from None


def calculators_list() -> list[dict[str, str]]:
    """Every calculator: its id, the function that runs it here, its title in the console's language."""
    return [{"id": c.id, "function": _name(c.id), "title": c.title[_lang]} for c in calculators().values()]


def example(calculator_id: str) -> dict[str, Any]:
    """A copy of the calculator's worked example input (the one its page shows), to change and run."""
    calc = calculators().get(calculator_id)
    if calc is None:
        raise InputError(CalcError("unknown_calculator", name=calculator_id), _lang)
    return copy.deepcopy(calc.example)


def show(result: dict[str, Any]) -> None:
    """Print a result for reading: the total, each step with its formula and basis, the warnings."""
    lang = _lang
    print(f"{WORDS['total'][lang]}: {_total(result, lang)}")
    steps = result.get("steps", [])
    if steps:
        print(f"{WORDS['steps'][lang]}:")
    for number, step in enumerate(steps, 1):
        amount = "" if step.get("amount") is None else f" = {_money(step['amount'])}"
        print(f"  {number}. {step['label'][lang]}{amount}")
        if step.get("formula"):
            print(f"     {step['formula']}")
        cited = [_cite(result, basis, lang) for basis in step.get("basis", [])]
        if cited:
            print(f"     {WORDS['basis'][lang]}: {'; '.join(cited)}")
    warnings = result.get("warnings", [])
    if warnings:
        print(f"{WORDS['warnings'][lang]}:")
    for warning in warnings:
        print(f"  - {warning['message'][lang]}")


def namespace() -> dict[str, Any]:
    """The globals a console run starts with: the calculator functions and the helpers, nothing else."""
    names: dict[str, Any] = {"__name__": "__console__", "__builtins__": builtins}
    names.update(FUNCTIONS)
    names.update(
        run=run, show=show, example=example, calculators_list=calculators_list, InputError=InputError, Decimal=Decimal
    )
    return names


def execute(source: str, names: dict[str, Any] | None = None) -> str:
    """Run ``source`` as the console does and return what it printed.

    A bare expression on the last line is shown, as at a Python prompt (a result through ``show``). An exception
    ends the run with a traceback of the visitor's own lines only, its last line the readable message.
    """
    names = namespace() if names is None else names
    linecache.cache[FILENAME] = (len(source), None, source.splitlines(keepends=True), FILENAME)
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(out):
        try:
            tree = ast.parse(source, FILENAME, "exec")
            tail = tree.body[-1] if tree.body else None
            last = tail if isinstance(tail, ast.Expr) else None
            if last is not None:
                tree.body.pop()
            exec(compile(tree, FILENAME, "exec"), names)
            if last is not None:
                value = eval(compile(ast.Expression(last.value), FILENAME, "eval"), names)
                _display(value)
        except BaseException as exc:  # SystemExit and KeyboardInterrupt end a run the same way
            print(_traceback(exc), end="")
    return out.getvalue()


# --- one function per calculator ---------------------------------------------------------------------------------


def _name(calculator_id: str) -> str:
    return calculator_id.replace("-", "_")


def _doc(calc: Calculator) -> str:
    lang = _lang
    lines = [calc.title[lang], "", calc.summary[lang], "", f"{WORDS['fields'][lang]}:"]
    for field in calc.schema:
        note = f", {WORDS['required'][lang]}" if field.required else ""
        choices = f": {', '.join(repr(c.value) for c in field.choices)}" if field.choices else ""
        lines.append(f"  {field.name} ({field.kind}{note}) — {field.label[lang]}{choices}")
    lines += ["", f"{WORDS['example'][lang]}: {_name(calc.id)}(**{calc.example!r})"]
    return "\n".join(lines)


def _function(calc: Calculator) -> Callable[..., dict[str, Any]]:
    def compute(data: dict[str, Any] | None = None, /, **fields: Any) -> dict[str, Any]:
        return run(calc.id, data, **fields)

    compute.__name__ = compute.__qualname__ = _name(calc.id)
    compute.__doc__ = _doc(calc)
    return compute


FUNCTIONS: dict[str, Callable[..., dict[str, Any]]] = {_name(i): _function(c) for i, c in calculators().items()}
globals().update(FUNCTIONS)
__all__ = [
    "InputError",
    "calculators_list",
    "example",
    "execute",
    "language",
    "namespace",
    "run",
    "set_language",
    "show",
]
__all__.extend(FUNCTIONS)


# --- reading ------------------------------------------------------------------------------------------------------


def _money(value: Any) -> str:
    try:
        return format_amount(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return str(value)


def _total(result: dict[str, Any], lang: str) -> str:
    display = result.get("display")
    if isinstance(display, dict) and display.get(lang):
        return str(display[lang])
    currency = result.get("currency") or ""
    return f"{_money(result.get('total'))} {currency}".rstrip()


def _cite(result: dict[str, Any], basis: str, lang: str) -> str:
    cited = result.get("citations", {}).get(basis)
    if not cited:
        return basis
    return f"{cited['short'][lang]}, {cited['label'][lang]}"


def _display(value: Any) -> None:
    if value is None:
        return
    if isinstance(value, dict) and "steps" in value and "total" in value:
        show(value)
    else:
        pprint.pprint(value, width=100, sort_dicts=False)


def _traceback(exc: BaseException) -> str:
    """The frames of the visitor's code only (the calculators' own are not theirs to read), then the message."""
    if isinstance(exc, SyntaxError):
        return "".join(traceback.format_exception_only(type(exc), exc))
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == FILENAME]
    head = "Traceback (most recent call last):\n" + "".join(traceback.format_list(frames)) if frames else ""
    if isinstance(exc, InputError):
        return f"{head}InputError: {exc}\n"
    return head + "".join(traceback.format_exception_only(type(exc), exc))
