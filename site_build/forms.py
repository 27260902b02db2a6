"""Build-time HTML of a calculator: the form from its schema and the worked example from its result.

The markup is ``overrides/partials/cc/form.html``; this module hands it data: the fields with their paths, ids and
values, the widget's words, and the example rendered by ``calculators.render``, the renderer the browser's worker runs
for live results.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from calculators.calculator import Calculator
from calculators.registry import calculators
from calculators.render import compact, render
from calculators.schema import Field
from site_build.templating import macro
from site_build.ui import UI

# The widget's words the form itself shows (the browser's code reads the rest from the config).
_WORDS = ("calculate", "example", "share", "print", "add", "remove")

# The keyboard a phone shows for a text input, by the field's kind.
_INPUT_MODE = {"money": "decimal", "integer": "numeric", "date": "numeric"}


def render_catalogue(lang: str, links: dict[str, str]) -> str:
    """Every calculator that has a page in this language: its title as a link, and its summary."""
    entries = [
        (links["calc:" + calc_id], calc.title[lang], calc.summary[lang])
        for calc_id, calc in calculators().items()
        if "calc:" + calc_id in links
    ]
    return str(macro("form.html", "catalogue")(entries))


def _field(spec: Field, path: str, value: Any, siblings: dict[str, Any], lang: str) -> dict[str, Any]:
    """One field for the template: its path, id, label and condition, and what its control shows."""
    data: dict[str, Any] = {
        "kind": spec.kind,
        "path": path,
        "ident": "cc-" + path.replace(".", "-"),
        "label": spec.label[lang],
        "when": json.dumps(spec.when) if spec.when else None,
        "hidden": not spec.applies(siblings),
    }
    if spec.kind == "list":
        data["entries"] = [_item(spec, f"{path}.{i}", item, lang) for i, item in enumerate(value or [])]
        data["blank"] = _item(spec, f"{path}.__i__", {}, lang)
    elif spec.kind == "choice":
        data["options"] = [(c.value, c.label[lang], c.value == value) for c in spec.choices]
    elif spec.kind == "boolean":
        data["checked"] = bool(value)
    else:
        data["mode"] = _INPUT_MODE.get(spec.kind, "text")
        data["value"] = "" if value is None else value
        data["hint"] = UI[lang]["date_hint"] if spec.kind == "date" else None
    return data


def _item(spec: Field, path: str, item: dict[str, Any], lang: str) -> dict[str, Any]:
    values = {f.name: item.get(f.name, f.default if f.default is not None else _first(f)) for f in spec.fields}
    return {"path": path, "fields": [_field(f, f"{path}.{f.name}", values[f.name], values, lang) for f in spec.fields]}


def _first(spec: Field) -> Any:
    return spec.choices[0].value if spec.choices else None


def render_calculator(calc: Calculator, lang: str, links: dict[str, str], runtime: dict[str, str]) -> str:
    """The whole calculator root for one page language: form, example result, config for the browser."""
    example = calc.example
    result = calc.compute(_validated(calc, example))
    values = {f.name: example.get(f.name, f.default) for f in calc.schema}
    fields = [_field(f, f.name, values[f.name], values, lang) for f in calc.schema]
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
    root = {
        "id": calc.id,
        "lang": lang,
        "share": "?input=" + quote(compact(example), safe=""),
        "config": json.dumps(config, ensure_ascii=False),
    }
    words = {word: UI[lang][word] for word in _WORDS}
    return str(macro("form.html", "calculator")(root, fields, words, render(result, lang, links)))


def _validated(calc: Calculator, raw: dict[str, Any]) -> dict[str, Any]:
    from calculators.schema import validate_object

    return validate_object(calc.schema, raw)
