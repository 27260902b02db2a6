"""The readings of the law a calculator chose where the law leaves a question open, declared once.

A calculator declares each reading as an ``Interpretation`` and shows it where it applies it with
``Result.interpret(reading)``: the warning takes its code, words and basis from the declaration, and the calculator's
page lists the same declarations (``<!-- interpretations: <id> -->``, rendered by the site build), so the page and
the warnings cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from calculators.i18n import Text


@dataclass(frozen=True)
class Interpretation:
    """One reading: the code of the warning that shows it, its words (that warning's catalogue entry, in every
    language) and every basis id it may rest on (``<source>#<anchor>``), as a result step cites them."""

    code: str
    words: Text
    cites: tuple[str, ...]

    def basis(self, chosen: Iterable[str] | None = None) -> list[str]:
        """The basis ids a warning of this reading carries: all it cites, or those ``chosen`` (where the article
        depends on the date: the 2017 or the 2026 Tax Code), in the order declared. A basis id the declaration does
        not list is refused, so a warning never rests on more than its page says."""
        if chosen is None:
            return list(self.cites)
        chosen = list(chosen)
        stray = [item for item in chosen if item not in self.cites]
        if stray:
            raise ValueError(f"{self.code}: {', '.join(stray)} not among the basis ids it declares {self.cites}")
        return [item for item in self.cites if item in chosen]


def readings(*declared: Interpretation) -> dict[str, Interpretation]:
    """A calculator's readings by their warning codes, which must differ (a repeated code is refused on import)."""
    by_code = {item.code: item for item in declared}
    if len(by_code) != len(declared):
        raise ValueError(f"a warning code is declared twice among {[item.code for item in declared]}")
    return by_code
