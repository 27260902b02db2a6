"""The calculator type every calculator module builds: its id, words, schema, example and compute function.

It sits below the calculators; ``calculators.registry`` lists them (so no calculator imports the registry).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from calculators.i18n import Text
from calculators.interpretations import Interpretation
from calculators.schema import Field


@dataclass(frozen=True)
class Calculator:
    id: str
    title: Text
    summary: Text
    currency: str
    schema: tuple[Field, ...]
    example: dict[str, Any]
    compute: Callable[[dict[str, Any]], dict[str, Any]]
    # The paragraphs of the texts we render that this calculator implements (linked from those paragraphs).
    implements: tuple[str, ...] = ()
    # The readings of the law it chose, each shown as a warning where it applies and listed on its page.
    interpretations: tuple[Interpretation, ...] = ()

    def schema_json(self) -> list[dict[str, Any]]:
        return [f.to_json() for f in self.schema]
