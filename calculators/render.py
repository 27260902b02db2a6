"""A result as HTML: the one renderer, for the example the site build shows and for live results in the worker.

``render(result, lang, links)`` takes the dict ``run()`` returns, the page's language and the page's link map
(a source id -> the relative address of its page, ``calc:<id>`` -> a calculator's page, ``calendar`` -> the
calendar page) and returns the markup of the result. Every value from the result is escaped. ``render_json`` is
what the browser's worker calls: JSON in, ``{"result", "html"}`` (or ``{"error"}``) out.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from html import escape
from typing import Any

from calculators.errors import CalcError
from calculators.money import format_percent
from calculators.registry import answer, calculators, dumps
from calculators.result_words import WORDS, currency_sign

# A formula groups digits with spaces ("350 000 × 10 %"): on screen a line may break between operands, never inside
# a number or between a number and its percent sign.
GROUPED = re.compile(r"(?<=\d) (?=\d{3}(?!\d)|%)")

# A decimal point between digits (2 162.5, ≈33.33 %) is a comma on Russian, Kazakh and Kyrgyz pages, as the Amount
# column writes it; the dots of a date (12.03.2026) stay.
DECIMAL_POINT = re.compile(r"(?<![\d.])(\d+)\.(\d+)(?![\d.])")


# Bytes a query value keeps as they are (RFC 3986, 2.3); every other byte of its UTF-8 is written %XX.
UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def percent_encoded(text: str) -> str:
    """``text`` as a URL query value: what ``urllib.parse.quote(text, safe="")`` gives, without loading urllib (and
    the ``ipaddress`` module it brings) into the browser's memory snapshot."""
    return "".join(chr(b) if b in UNRESERVED else f"%{b:02X}" for b in text.encode("utf-8"))


def format_money(amount: str, lang: str) -> str:
    """``17163.5`` → ``17 163,5`` (ru/kk/ky, narrow no-break spaces) or ``17,163.5`` (en)."""
    negative = amount.startswith("-")
    whole, _, frac = amount.lstrip("-").partition(".")
    group = "," if lang == "en" else "\u202f"
    point = "." if lang == "en" else ","
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return ("-" if negative else "") + group.join(groups or ["0"]) + (point + frac if frac else "")


def unbroken(formula: str) -> str:
    return GROUPED.sub("\u00a0", formula)


def localised(formula: str, lang: str) -> str:
    return formula if lang == "en" else DECIMAL_POINT.sub(r"\1,\2", formula)


def shown_date(day: str) -> str:
    """``2026-01-01`` → ``01.01.2026``, as the steps and the laws write dates."""
    year, month, date = day.split("-")
    return f"{date}.{month}.{year}"


def shown_value(value: Any, none: str) -> str:
    """A legal value in a table cell: a record as ``key: value``, a list (of holidays) as the items' values."""
    if value is None:
        return none
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in sorted(value.items()))
    if isinstance(value, list):
        return ", ".join(_item_shown(item) for item in value) or none
    return str(value)


def _item_shown(item: Any) -> str:
    """An item of a list value; a record (a holiday: day, name, carry-over) reads as its values."""
    if isinstance(item, dict):
        return " ".join(_plain(v) for v in item.values())
    return str(item)


def _plain(value: Any) -> str:
    """A value inside a record: a yes/no as ``true``/``false``, as JSON writes it, not Python's ``True``."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def _value_shown(parameter: dict[str, Any], lang: str) -> str:
    """A legal value as a reader writes it: a share as a percent, a rounding rule in words."""
    value, unit = parameter["value"], parameter["unit"]
    if unit.startswith("share") and isinstance(value, str):
        return localised(format_percent(Decimal(value)), lang)
    if unit == "rule" and isinstance(value, dict) and value.get("mode") == "half_up" and "quantum" in value:
        return WORDS["rounding"][lang].format(quantum=localised(value["quantum"], lang))
    return shown_value(value, WORDS["none"][lang])


def basis_link(basis: str, info: dict[str, Any], lang: str, links: dict[str, str]) -> str:
    """A link to the paragraph or article: our page (relative, with the anchor) or the official text."""
    label = f"{info['short'][lang]}, {info['label'][lang]}"
    if info["kind"] == "page":
        href = f"{links[info['source']]}#{info['anchor']}"
        return f'<a href="{_attr(href)}" data-basis="{_attr(basis)}">{escape(label)}</a>'
    return f'<a href="{_attr(info["href"])}" data-basis="{_attr(basis)}" rel="noopener">{escape(label)}</a>'


def _total(result: dict[str, Any], lang: str) -> str:
    """Money with its sign, or the result's own wording when the total is a date or a verdict."""
    if result.get("display"):
        return escape(result["display"][lang])
    return f"{escape(format_money(result['total'], lang))}\u00a0{escape(currency_sign(result['currency'], lang))}"


def _step(step: dict[str, Any], amounts: bool, citations: dict[str, Any], lang: str, links: dict[str, str]) -> str:
    amount = "" if step["amount"] is None else escape(format_money(step["amount"], lang))
    cell = f'<td class="cc-num">{amount}</td>' if amounts else ""
    basis = "; ".join(basis_link(b, citations[b], lang, links) for b in step["basis"])
    label = escape(step["label"][lang])
    if step.get("anchor") and "calendar" in links:
        # A day off links to its row on the calendar page, with the reason and the source of that day.
        href = links["calendar"] + "#" + step["anchor"]
        label = f'<a href="{_attr(href)}" data-day="{_attr(step["day"])}">{label}</a>'
    formula = f"<code>{escape(unbroken(localised(step['formula'], lang)))}</code>"
    return f'<tr data-step="{_attr(step["key"])}"><td>{label}</td><td>{formula}</td>{cell}<td>{basis}</td></tr>'


def _follow_up(result: dict[str, Any], lang: str, links: dict[str, str]) -> str:
    """Buttons to the next calculator of the case, its input filled in from this result."""
    titles = {calc_id: calc.title for calc_id, calc in calculators().items()}
    return "".join(
        f'<a class="md-button" href="{_attr(links["calc:" + target] + "?input=" + percent_encoded(compact(data)))}" '
        f'data-next="{_attr(target)}">{escape(titles[target][lang])}</a> '
        for target, data in (result.get("follow_up") or {}).items()
        if "calc:" + target in links
    )


def _parameter(p: dict[str, Any], lang: str) -> str:
    return (
        f"<tr><td>{escape(p['label'][lang])}</td><td>{escape(_value_shown(p, lang))}</td>"
        f'<td data-from="{_attr(p["from"])}">{escape(shown_date(p["from"]))}</td>'
        f'<td class="cc-{_attr(p["status"])}">{escape(WORDS[p["status"]][lang])}</td>'
        f'<td><a href="{_attr(p["reference"]["href"])}" rel="noopener">{escape(p["reference"]["title"])}</a></td></tr>'
    )


def render(result: dict[str, Any], lang: str, links: dict[str, str]) -> str:
    """The result: total, steps with basis links, warnings, follow-ups, attachments, and the legal values used."""
    words = {key: escape(text[lang]) for key, text in WORDS.items()}
    # A result whose steps carry no amount (a date, a verdict) has no amount column.
    amounts = any(step["amount"] is not None for step in result["steps"])
    rows = "".join(_step(step, amounts, result["citations"], lang, links) for step in result["steps"])
    amount_head = f"<th>{words['amount']}</th>" if amounts else ""
    warnings = "".join(f"<li>{escape(w['message'][lang])}</li>" for w in result["warnings"])
    attach = "".join(f"<li>{escape(item[lang])}</li>" for item in result.get("attachments") or [])
    follow = _follow_up(result, lang, links)
    params = "".join(_parameter(p, lang) for p in result["parameters"])
    return (
        f'<p class="cc-total" aria-live="polite" aria-atomic="true"><span>{words["total"]}:</span> '
        f'<strong data-field="total" data-value="{_attr(result["total"])}">{_total(result, lang)}</strong></p>'
        f'<table class="cc-steps"><thead><tr><th>{words["step"]}</th><th>{words["formula"]}</th>'
        f"{amount_head}<th>{words['basis']}</th></tr></thead><tbody>{rows}</tbody></table>"
        + (f'<div class="cc-warnings"><p>{words["warnings"]}</p><ul>{warnings}</ul></div>' if warnings else "")
        + (f'<p class="cc-next">{words["next"]}: {follow}</p>' if follow else "")
        + (f'<div class="cc-attach"><p>{words["attach"]}</p><ul>{attach}</ul></div>' if attach else "")
        + f'<details class="cc-params"><summary>{words["parameters"]}</summary><table><thead><tr>'
        f"<th></th><th>{words['value']}</th><th>{words['from']}</th><th>{words['status']}</th><th></th>"
        f"</tr></thead><tbody>{params}</tbody></table></details>"
    )


def compact(data: Any) -> str:
    """JSON as a share link carries it: no spaces, letters as they are (then URL-encoded)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def render_json(calculator_id: str, payload: str, lang: str, links: str) -> str:
    """The worker's call: the input JSON, the page's language and link map (JSON) -> ``{"result", "html"}`` as JSON.

    Bad input answers ``{"error": ...}`` exactly as ``run_json`` does; the page shows it beside its field.
    """
    out = answer(calculator_id, payload, lang)
    if "error" not in out:
        try:
            out = {"result": out, "html": render(out, lang, json.loads(links))}
        except Exception as exc:  # a defect of the renderer: said as an error, never a traceback on the page
            out = CalcError("internal", detail=type(exc).__name__).to_json()
    return dumps(out)
