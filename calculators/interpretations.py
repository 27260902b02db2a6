"""The readings of the law a calculator chose where the law leaves a question open, declared once.

Each calculator warns where it applies one of them (``Result.warn(code, words, basis)``); its ``interpretations``
name the same warnings as data, so the calculator's page lists them (``<!-- interpretations: <id> -->``, rendered
by the site build) in the very words the warning shows: the page and the warnings cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators.i18n import Text


@dataclass(frozen=True)
class Interpretation:
    """One reading: the code of the warning that shows it, its words (that warning's catalogue entry, in every
    language) and the basis ids it rests on (``<source>#<anchor>``), as a result step cites them."""

    code: str
    words: Text
    cites: tuple[str, ...]
