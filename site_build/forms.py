"""Build-time HTML of a calculator: the form from its schema and the worked example from its result.

The browser (``docs/assets/court-calc.js``) renders live results into the same markup; a browser test checks
that the example and the live result of the same input read the same.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from html import escape
from typing import Any
from urllib.parse import quote

from calculators.calculator import Calculator
from calculators.money import format_percent
from calculators.registry import calculators
from calculators.schema import Field
from site_build.ui import UI, currency_sign, format_money


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def basis_link(basis: str, info: dict[str, Any], lang: str, links: dict[str, str]) -> str:
    """A link to the paragraph or article: our page (relative, with the anchor) or the official text."""
    text = f"{info['short'][lang]}, {info['label'][lang]}"
    if info["kind"] == "page":
        href = f"{links[info['source']]}#{info['anchor']}"
        return f'<a href="{_attr(href)}" data-basis="{_attr(basis)}">{escape(text)}</a>'
    return f'<a href="{_attr(info["href"])}" data-basis="{_attr(basis)}" rel="noopener">{escape(text)}</a>'


# A formula groups digits with spaces ("350 000 × 10 %"): on screen a line may break between operands, never inside
# a number or between a number and its percent sign. The browser does the same (court-calc.js, unbroken).
GROUPED = re.compile(r"(?<=\d) (?=\d{3}(?!\d)|%)")


def unbroken(formula: str) -> str:
    return GROUPED.sub("\u00a0", formula)


# A decimal point between digits (2 162.5, ≈33.33 %) is a comma on Russian, Kazakh and Kyrgyz pages, as the Amount
# column writes it; the dots of a date (12.03.2026) stay. The browser does the same (court-calc.js, localised).
DECIMAL_POINT = re.compile(r"(?<![\d.])(\d+)\.(\d+)(?![\d.])")


def localised(formula: str, lang: str) -> str:
    return formula if lang == "en" else DECIMAL_POINT.sub(r"\1,\2", formula)


def shown_date(day: str) -> str:
    """``2026-01-01`` → ``01.01.2026``, as the steps and the laws write dates."""
    year, month, date = day.split("-")
    return f"{date}.{month}.{year}"


def render_result(result: dict[str, Any], lang: str, links: dict[str, str]) -> str:
    """The result: total, steps with basis links, warnings, and the legal values used."""
    ui = UI[lang]
    sign = currency_sign(result["currency"], lang)
    total = result["total"]
    # A result whose steps carry no amount (a date, a verdict) has no amount column.
    amounts = any(step["amount"] is not None for step in result["steps"])
    rows = []
    for step in result["steps"]:
        amount = "" if step["amount"] is None else format_money(step["amount"], lang)
        cell = f'<td class="cc-num">{amount}</td>' if amounts else ""
        basis = "; ".join(basis_link(b, result["citations"][b], lang, links) for b in step["basis"])
        label = escape(step["label"][lang])
        if step.get("anchor") and "calendar" in links:
            # A day off links to its row on the calendar page, with the reason and the source of that day.
            href = links["calendar"] + "#" + step["anchor"]
            label = f'<a href="{_attr(href)}" data-day="{_attr(step["day"])}">{label}</a>'
        rows.append(
            f'<tr data-step="{_attr(step["key"])}"><td>{label}</td>'
            f"<td><code>{escape(unbroken(localised(step['formula'], lang)))}</code></td>{cell}<td>{basis}</td></tr>"
        )
    amount_head = f"<th>{escape(ui['amount'])}</th>" if amounts else ""
    warnings = "".join(f"<li>{escape(w['message'][lang])}</li>" for w in result["warnings"])
    attach = "".join(f"<li>{escape(item[lang])}</li>" for item in result.get("attachments") or [])
    follow = "".join(
        f'<a class="md-button" href="{_attr(links["calc:" + target] + "?input=" + quote(_compact(data), safe=""))}" '
        f'data-next="{_attr(target)}">{escape(TITLES[target][lang])}</a> '
        for target, data in (result.get("follow_up") or {}).items()
        if "calc:" + target in links
    )
    params = "".join(
        f"<tr><td>{escape(p['label'][lang])}</td><td>{escape(_value_shown(p, ui, lang))}</td>"
        f'<td data-from="{_attr(p["from"])}">{escape(shown_date(p["from"]))}</td>'
        f'<td class="cc-{escape(p["status"])}">{escape(ui[p["status"]])}</td>'
        f'<td><a href="{_attr(p["reference"]["href"])}" rel="noopener">{escape(p["reference"]["title"])}</a></td></tr>'
        for p in result["parameters"]
    )
    return (
        f'<p class="cc-total" aria-live="polite" aria-atomic="true"><span>{escape(ui["total"])}:</span> '
        f'<strong data-field="total" data-value="{_attr(total)}">{_total(result, lang, sign)}</strong></p>'
        f'<table class="cc-steps"><thead><tr><th>{escape(ui["step"])}</th><th>{escape(ui["formula"])}</th>'
        f"{amount_head}<th>{escape(ui['basis'])}</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        + (f'<div class="cc-warnings"><p>{escape(ui["warnings"])}</p><ul>{warnings}</ul></div>' if warnings else "")
        + (f'<p class="cc-next">{escape(ui["next"])}: {follow}</p>' if follow else "")
        + (f'<div class="cc-attach"><p>{escape(ui["attach"])}</p><ul>{attach}</ul></div>' if attach else "")
        + f'<details class="cc-params"><summary>{escape(ui["parameters"])}</summary><table><thead><tr>'
        f"<th></th><th>{escape(ui['value'])}</th><th>{escape(ui['from'])}</th><th>{escape(ui['status'])}</th><th></th>"
        f"</tr></thead><tbody>{params}</tbody></table></details>"
    )


def _total(result: dict[str, Any], lang: str, sign: str) -> str:
    """Money with its sign, or the result's own wording when the total is a date or a verdict."""
    if result.get("display"):
        return escape(result["display"][lang])
    return f"{format_money(result['total'], lang)}\u00a0{sign}"


def render_catalogue(lang: str, links: dict[str, str]) -> str:
    """Every calculator that has a page in this language: its title as a link, and its summary."""
    items = "".join(
        f'<li><a href="{_attr(links["calc:" + calc_id])}">{escape(calc.title[lang])}</a>: '
        f"{escape(calc.summary[lang])}</li>"
        for calc_id, calc in calculators().items()
        if "calc:" + calc_id in links
    )
    return f'<ul class="cc-catalogue">{items}</ul>'


def _compact(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


TITLES = {calc_id: calc.title for calc_id, calc in calculators().items()}


def _value_shown(parameter: dict[str, Any], ui: dict[str, str], lang: str) -> str:
    """A legal value as a reader writes it: a share as a percent, a rounding rule in words (as court-calc.js)."""
    value, unit = parameter["value"], parameter["unit"]
    if unit.startswith("share") and isinstance(value, str):
        return localised(format_percent(Decimal(value)), lang)
    if unit == "rule" and isinstance(value, dict) and value.get("mode") == "half_up" and "quantum" in value:
        return ui["rounding"].format(quantum=localised(value["quantum"], lang))
    return _shown(value, ui)


def _shown(value: Any, ui: dict[str, str]) -> str:
    if value is None:
        return ui["none"]
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in sorted(value.items()))
    if isinstance(value, list):
        return ", ".join(_item_shown(item) for item in value) or ui["none"]
    return str(value)


def _item_shown(item: Any) -> str:
    """An item of a list value; a record (a holiday: day, name, carry-over) reads as its values (as court-calc.js)."""
    if isinstance(item, dict):
        return " ".join(str(v).lower() if isinstance(v, bool) else str(v) for v in item.values())
    return str(item)


def _control(spec: Field, path: str, value: Any, lang: str) -> str:
    ident = "cc-" + path.replace(".", "-")
    common = f'id="{ident}" name="{_attr(path)}" aria-describedby="{ident}-error"'
    if spec.kind == "choice":
        options = "".join(
            f'<option value="{_attr(c.value)}"{" selected" if c.value == value else ""}>'
            f"{escape(c.label[lang])}</option>"
            for c in spec.choices
        )
        return f"<select {common}>{options}</select>"
    if spec.kind == "boolean":
        return f'<input type="checkbox" {common}{" checked" if value else ""}>'
    mode = {"money": "decimal", "integer": "numeric", "date": "numeric"}.get(spec.kind, "text")
    hint = f' placeholder="{_attr(UI[lang]["date_hint"])}"' if spec.kind == "date" else ""
    shown = "" if value is None else value
    return f'<input type="text" inputmode="{mode}" autocomplete="off" {common} value="{_attr(shown)}"{hint}>'


def _field(spec: Field, path: str, value: Any, siblings: dict[str, Any], lang: str) -> str:
    ident = "cc-" + path.replace(".", "-")
    hidden = "" if spec.applies(siblings) else " hidden"
    when = f" data-when='{_attr(json.dumps(spec.when))}'" if spec.when else ""
    if spec.kind == "list":
        items = "".join(_item(spec, f"{path}.{i}", item, lang) for i, item in enumerate(value or []))
        template = _item(spec, f"{path}.__i__", {}, lang)
        return (
            f'<fieldset class="cc-list" data-list="{_attr(path)}"{when}{hidden}>'
            f'<legend>{escape(spec.label[lang])}</legend><div class="cc-items">{items}</div>'
            f'<p class="cc-error" id="{ident}-error" data-error-for="{_attr(path)}" aria-live="polite"></p>'
            f'<button type="button" class="md-button cc-add" data-add="{_attr(path)}">'
            f"{escape(UI[lang]['add'])}</button><template>{template}</template></fieldset>"
        )
    return (
        f'<div class="cc-field cc-{spec.kind}" data-path="{_attr(path)}"{when}{hidden}>'
        f'<label for="{ident}">{escape(spec.label[lang])}</label>{_control(spec, path, value, lang)}'
        f'<p class="cc-error" id="{ident}-error" data-error-for="{_attr(path)}" aria-live="polite"></p></div>'
    )


def _item(spec: Field, path: str, item: dict[str, Any], lang: str) -> str:
    values = {f.name: item.get(f.name, f.default if f.default is not None else _first(f)) for f in spec.fields}
    inner = "".join(_field(f, f"{path}.{f.name}", values[f.name], values, lang) for f in spec.fields)
    return (
        f'<div class="cc-item" data-item="{_attr(path)}">{inner}'
        f'<button type="button" class="cc-remove" data-remove="{_attr(path)}">'
        f"{escape(UI[lang]['remove'])}</button></div>"
    )


def _first(spec: Field) -> Any:
    return spec.choices[0].value if spec.choices else None


def render_calculator(calc: Calculator, lang: str, links: dict[str, str], runtime: dict[str, str]) -> str:
    """The whole calculator root for one page language: form, example result, config for the browser."""
    example = calc.example
    result = calc.compute(_validated(calc, example))
    values = {f.name: example.get(f.name, f.default) for f in calc.schema}
    fields = "".join(_field(f, f.name, values[f.name], values, lang) for f in calc.schema)
    config = {
        "id": calc.id,
        "lang": lang,
        "currency": calc.currency,
        "sign": currency_sign(calc.currency, lang),
        "schema": calc.schema_json(),
        "links": links,
        "ui": UI[lang],
        "titles": {calc_id: title[lang] for calc_id, title in TITLES.items()},
        "example": example,
        "runtime": runtime,
    }
    share = "?input=" + quote(_compact(example), safe="")
    payload = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    return (
        f'<div class="cc-calc" data-calculator="{_attr(calc.id)}" data-result-source="example" '
        f'data-share-url="{_attr(share)}" lang="{lang}">'
        f'<script type="application/json" class="cc-config">{payload}</script>'
        f'<form class="cc-form" novalidate>{fields}<p class="cc-submit"><button type="submit" '
        f'class="md-button md-button--primary">{escape(UI[lang]["calculate"])}</button></p></form>'
        f'<p class="cc-status" role="status">{escape(UI[lang]["example"])}</p>'
        f'<p class="cc-actions"><button type="button" class="md-button cc-copy-link">'
        f"{escape(UI[lang]['share'])}</button> "
        f'<button type="button" class="md-button cc-print">{escape(UI[lang]["print"])}</button></p>'
        f'<div class="cc-certificate" hidden></div>'
        # Not a live region as a whole (it holds tables): its total is one, announced alone when it changes.
        f'<div class="cc-result">{render_result(result, lang, links)}</div>'
        f"</div>"
    )


def _validated(calc: Calculator, raw: dict[str, Any]) -> dict[str, Any]:
    from calculators.schema import validate_object

    return validate_object(calc.schema, raw)
