"""The one error type of the calculators: bad or unsupported input, with a message in four languages."""

from __future__ import annotations

from typing import Any

from calculators.i18n import LANGS, Text
from calculators.messages import MESSAGES


class CalcError(Exception):
    """An input the calculators refuse: ``code`` for machines, ``field`` for the form, ``message`` for people.

    ``field`` is the dotted path of the input field (``claims.0.amount``), or ``""`` for the whole input.
    ``label`` is the field's label in each language, so that the message names the field the user sees.
    """

    def __init__(self, code: str, field: str = "", label: Text | None = None, **params: Any) -> None:
        if code not in MESSAGES:
            raise KeyError(f"no message for error code {code!r}")
        self.code = code
        self.field = field
        self.label = label
        self.params = params
        self.others: list[CalcError] = []  # further errors found in the same input, for forms
        super().__init__(f"{code} at {field or '<input>'}: {self.message['en']}")

    @property
    def message(self) -> dict[str, str]:
        out = {}
        for lang in LANGS:
            values = {k: (v[lang] if isinstance(v, dict) else v) for k, v in self.params.items()}
            values["field"] = self.label[lang] if self.label else ""
            out[lang] = MESSAGES[self.code][lang].format(**values)
        return out

    def brief(self) -> dict[str, Any]:
        return {"code": self.code, "field": self.field, "message": self.message}

    def to_json(self) -> dict[str, Any]:
        """``{"error": {code, field, message}}``, plus ``errors`` listing every error when there are several."""
        out: dict[str, Any] = {"error": self.brief()}
        if self.others:
            out["errors"] = [self.brief()] + [e.brief() for e in self.others]
        return out
