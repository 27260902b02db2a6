"""The schema of a case file (``tests/cases/<calculator>/<citation>.yaml``), checked before any case runs.

A YAML flow mapping splits an unquoted text at its commas: ``{arithmetic: 1, 2, total: "3"}`` reads as the keys
``arithmetic`` and ``2``, and an expectation written after such a key can vanish without a test failing. Every
key is therefore known, every value has its type, and each file asserts the basis of every step of at least
one case. Standard library only.

A file::

    calculator: <calculator id>
    cases:
      - name: <text>                        # unique within the file
        input: {<the calculator's input>}
        arithmetic: <text>                  # the computation as a reader checks it (quote it when it has commas)
        total: "<the result's total>"       # a string, as the result gives it
        steps: [<step key>, …]              # optional: the step keys in order
        basis: {<step key>: [<source>#<anchor>, …], …}  # optional: the basis of every step of the result
        warnings: [<code>, …]               # optional: codes that must appear
        no_warnings: [<code>, …]            # optional: codes that must not appear
        expect: {<result key>: <value>}     # optional: other result fields
        payable_on_filing: "<amount>"       # optional
        lang: ru | kk | ky | en             # optional: the language of the input's messages
      - name: <text>
        input: {…}
        error: {code: <code>, field: <field path>}   # instead of arithmetic and total

A case has either ``error`` or both ``arithmetic`` and ``total``. In each file at least one case that computes
carries ``basis``; when the file is named ``<source>_<anchor>`` after a source of ``calculators/sources.yaml``,
that basis cites the source (and ``<source>#<anchor>`` or a part of it, ``<source>#<anchor>-…``, when that anchor
is listed).
"""

from __future__ import annotations

import re
from typing import Any

BASIS_ID = re.compile(r"^[a-z0-9-]+#[a-z0-9-]+$")


class CaseFileError(ValueError):
    """A case file does not follow the schema; the message names the file, the case and the key."""


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


def _basis(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and _strings(v) and all(BASIS_ID.match(b) for b in v) for k, v in value.items()
    )


CASE_KEYS: dict[str, Any] = {
    "name": lambda v: isinstance(v, str) and bool(v.strip()),
    "input": lambda v: isinstance(v, dict),
    "arithmetic": lambda v: isinstance(v, str) and bool(v.strip()),
    "total": lambda v: isinstance(v, str),
    "steps": _strings,
    "basis": _basis,
    "warnings": _strings,
    "no_warnings": _strings,
    "expect": lambda v: isinstance(v, dict) and all(isinstance(k, str) for k in v),
    "payable_on_filing": lambda v: isinstance(v, str),
    "lang": lambda v: v in ("ru", "kk", "ky", "en"),
    "error": lambda v: (
        isinstance(v, dict) and set(v) == {"code", "field"} and all(isinstance(x, str) and x for x in v.values())
    ),
}


def case_problems(case: Any) -> list[str]:
    """What is wrong with one case (empty when it follows the schema)."""
    if not isinstance(case, dict):
        return ["a case must be a mapping"]
    problems = [f"unknown key {key!r} (an unquoted comma in a flow mapping?)" for key in case if key not in CASE_KEYS]
    problems += [
        f"{key!r} has the wrong type or is empty" for key, ok in CASE_KEYS.items() if key in case and not ok(case[key])
    ]
    for key in ("name", "input"):
        if key not in case:
            problems.append(f"no {key!r}")
    if "error" in case and ({"arithmetic", "total", "basis", "steps"} & set(case)):
        problems.append("a case expecting an error has no arithmetic, total, steps or basis")
    if "error" not in case and not {"arithmetic", "total"} <= set(case):
        problems.append("a case that computes needs 'arithmetic' and 'total'")
    return problems


def file_problems(doc: Any, stem: str, sources: dict[str, Any] | None = None) -> list[str]:
    """What is wrong with one case file; ``stem`` is its name without ``.yaml``."""
    if not isinstance(doc, dict) or set(doc) != {"calculator", "cases"}:
        return ["a case file has exactly the keys 'calculator' and 'cases'"]
    if not isinstance(doc["calculator"], str) or not isinstance(doc["cases"], list) or not doc["cases"]:
        return ["'calculator' is an id and 'cases' a non-empty list"]
    problems = []
    names = []
    for n, case in enumerate(doc["cases"], start=1):
        problems += [
            f"case {n} ({case.get('name', '?') if isinstance(case, dict) else '?'}): {p}" for p in case_problems(case)
        ]
        if isinstance(case, dict):
            names.append(case.get("name"))
    if len(set(map(str, names))) != len(names):
        problems.append("case names repeat")
    computing = [c for c in doc["cases"] if isinstance(c, dict) and "error" not in c]
    asserted = [b for c in computing for ids in (c.get("basis") or {}).values() for b in ids]
    if computing and not any("basis" in c for c in computing):
        problems.append("no case asserts the basis of its steps ('basis')")
    source, _, anchor = stem.partition("_")
    if computing and sources and source in sources:
        if not any(b.startswith(f"{source}#") for b in asserted):
            problems.append(f"the asserted basis never cites {source}, the source the file is named after")
        listed = sources[source].get("anchors", {}).get("list", [])
        exact = f"{source}#{anchor}"
        if anchor in listed and not any(b == exact or b.startswith(f"{exact}-") for b in asserted):
            problems.append(f"the asserted basis never cites {exact} (or a part of it), the provision the file names")
    return problems
