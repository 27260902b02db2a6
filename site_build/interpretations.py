"""``<!-- interpretations: ID -->``: the readings of the law a calculator chose, listed on its page.

The list is the calculator's own ``interpretations`` (``calculators/interpretations.py``): each item in the words of
the warning the calculator shows where it applies that reading, in the page's language, and the basis ids it rests
on linked as a result's steps link them (``calculators.render.basis_link``). A page naming a calculator that does not
exist, or one that declares no interpretations, stops the build.
"""

from __future__ import annotations

from calculators.registry import calculators
from calculators.render import basis_link
from calculators.sources import describe
from site_build import templating


class UnknownInterpretations(LookupError):
    """The shortcode names no calculator, or a calculator with nothing to list: the page would promise an empty list."""


def render(calculator_id: str, lang: str, links: dict[str, str]) -> str:
    """The list, as markup; ``links`` is the page's link map (``court_calc.links_for``)."""
    calc = calculators().get(calculator_id)
    if calc is None:
        raise UnknownInterpretations(f"unknown calculator {calculator_id}")
    if not calc.interpretations:
        raise UnknownInterpretations(f"calculator {calculator_id} declares no interpretations")
    items = [
        {
            "code": item.code,
            "words": item.words[lang],
            "links": [basis_link(basis, describe(basis), lang, links) for basis in item.cites],
        }
        for item in calc.interpretations
    ]
    return str(templating.macro("interpretations.html", "interpretations")(calculator_id, items))
