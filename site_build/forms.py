"""Build-time HTML of a calculator: the form from its schema and the worked example from its result.

The example is rendered by ``calculators.render``, the renderer the browser's worker runs for live results.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any
from urllib.parse import quote

from calculators.calculator import Calculator
from calculators.registry import calculators
from calculators.render import compact, render
from calculators.schema import Field
from site_build.ui import UI


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def render_catalogue(lang: str, links: dict[str, str]) -> str:
    """Every calculator that has a page in this language: its title as a link, and its summary."""
    items = "".join(
        f'<li><a href="{_attr(links["calc:" + calc_id])}">{escape(calc.title[lang])}</a>: '
        f"{escape(calc.summary[lang])}</li>"
        for calc_id, calc in calculators().items()
        if "calc:" + calc_id in links
    )
    return f'<ul class="cc-catalogue">{items}</ul>'


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
        "schema": calc.schema_json(),
        "links": links,
        "ui": UI[lang],
        "example": example,
        "runtime": runtime,
    }
    share = "?input=" + quote(compact(example), safe="")
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
        f'<div class="cc-result">{render(result, lang, links)}</div>'
        f"</div>"
    )


def _validated(calc: Calculator, raw: dict[str, Any]) -> dict[str, Any]:
    from calculators.schema import validate_object

    return validate_object(calc.schema, raw)
