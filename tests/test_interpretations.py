"""The readings of the law each calculator declares (``Calculator.interpretations``) and the page lists they make.

A rule shows a reading only through ``Result.interpret``, so its warning has the declared code, words and basis; the
cases must show every declared reading and every basis id it declares, and no rule may emit a declared code by
other means. The page lists the readings in every language through ``<!-- interpretations: ID -->`` with working
links; a shortcode naming no calculator stops the build.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from casefiles import load_cases
from mkdocs.exceptions import PluginError

from calculators import CalcError, run
from calculators.i18n import LANGS
from calculators.interpretations import Interpretation, readings
from calculators.registry import calculators
from calculators.result import Result
from calculators.sources import known
from site_build import court_calc, interpretations

DOCS = Path(__file__).resolve().parents[1] / "docs"
DECLARING = sorted(calc_id for calc_id, calc in calculators().items() if calc.interpretations)


def emitted() -> dict[tuple[str, str], dict[str, Any]]:
    """Every warning the cases make each calculator emit: its words and the union of the basis ids it carried."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for case in load_cases():
        try:
            result = run(case["calculator"], case["input"], case.get("lang"))
        except CalcError:
            continue
        for warning in result["warnings"]:
            seen = out.setdefault((case["calculator"], warning["code"]), {"words": [], "basis": set()})
            if warning["message"] not in seen["words"]:
                seen["words"].append(warning["message"])
            seen["basis"].update(warning["basis"])
    return out


def test_the_four_calculators_declare_their_readings() -> None:
    assert DECLARING == ["kg-enforcement-fee", "kz-court-costs", "kz-duty-refund", "kz-state-duty"]


def test_each_declared_reading_is_a_warning_the_cases_make_the_calculator_emit_on_each_basis_it_declares() -> None:
    warnings = emitted()
    for calc_id in DECLARING:
        for item in calculators()[calc_id].interpretations:
            seen = warnings.get((calc_id, item.code))
            assert seen is not None, f"{calc_id}: no case makes the calculator emit {item.code}"
            # ``Result.interpret`` gives the declared words and refuses another basis: a difference here is a plain
            # ``Result.warn`` with a declared code.
            assert seen["words"] == [item.words], f"{calc_id} {item.code}: the page and the warning differ"
            assert seen["basis"] <= set(item.cites), f"{calc_id} {item.code}: a basis the page does not list"
            assert set(LANGS) <= set(item.words) and all(item.words[lang] for lang in LANGS)
            assert item.cites, f"{calc_id} {item.code} cites nothing"
            for basis in item.cites:
                assert known(basis), f"{calc_id} {item.code}: unknown basis id {basis}"
                assert basis in seen["basis"], f"{calc_id} {item.code}: no case cites {basis}"


def test_a_warning_takes_the_chosen_part_of_the_declared_basis_in_declared_order_and_nothing_else() -> None:
    reading = Interpretation("interpretation:x", dict.fromkeys(LANGS, "x"), ("kz-cpc#404", "kz-cpc#279"))
    result = Result("kz-state-duty", "KZT")
    result.interpret(reading, ["kz-cpc#279", "kz-cpc#404"])
    assert result.warnings == [{"code": "interpretation:x", "message": reading.words, "basis": list(reading.cites)}]
    assert reading.basis(["kz-cpc#279"]) == ["kz-cpc#279"]
    with pytest.raises(ValueError, match="kz-cpc#115-2 not among"):
        result.interpret(reading, ["kz-cpc#404", "kz-cpc#115-2"])
    with pytest.raises(ValueError, match="declared twice"):
        readings(reading, Interpretation("interpretation:x", reading.words, ("kz-cpc#404",)))


def test_every_declaring_calculator_page_lists_them_in_every_language() -> None:
    for calc_id in DECLARING:
        for lang in LANGS:
            text = (DOCS / lang / "calculators" / f"{calc_id}.md").read_text(encoding="utf-8")
            assert text.count(f"<!-- interpretations: {calc_id} -->") == 1, (calc_id, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_list_renders_in_the_page_language_with_working_links(built_site: Path, lang: str) -> None:
    for calc_id in DECLARING:
        prefix = "" if lang == "ru" else f"{lang}/"
        path = built_site / f"{prefix}calculators/{calc_id}/index.html"
        html = path.read_text(encoding="utf-8")
        assert "<!-- interpretations" not in html
        found = re.search(rf'<ul class="cc-interpretations" data-interpretations="{calc_id}">(.*?)</ul>', html, re.S)
        assert found, (calc_id, lang)
        items = re.findall(r'<li data-warning="([^"]+)">(.*?)</li>', found[1], re.S)
        declared = calculators()[calc_id].interpretations
        assert [code for code, _ in items] == [item.code for item in declared]
        for (_, body), item in zip(items, declared, strict=True):
            assert body.startswith(escape(item.words[lang], quote=True)), (calc_id, lang, item.code)
            cited = re.findall(r'<a href="([^"]+)" data-basis="([^"]+)"', body)
            assert [basis for _, basis in cited] == list(item.cites)
            for href, _ in cited:
                if href.startswith("http"):
                    continue
                target, _, anchor = href.partition("#")
                page = (path.parent / target / "index.html").resolve()
                assert page.is_file(), (calc_id, lang, href)
                assert f'id="{anchor}"' in page.read_text(encoding="utf-8"), (calc_id, lang, href)


class _Files:
    """Every page a link map asks for exists, at its directory URL."""

    def get_file_from_path(self, path: str) -> Any:
        return SimpleNamespace(url=path.removesuffix(".md") + "/")


@pytest.mark.parametrize(
    ("ident", "problem"),
    [("kz-no-such-calculator", "unknown calculator kz-no-such-calculator"), ("kz-deadlines", "declares no")],
)
def test_a_shortcode_naming_no_readings_stops_the_build(ident: str, problem: str) -> None:
    page = SimpleNamespace(file=SimpleNamespace(src_uri="en/calculators/x.md"), url="en/calculators/x/", meta={})
    with pytest.raises(PluginError, match=problem):
        court_calc.on_page_content(f"<p>a</p>\n<!-- interpretations: {ident} -->", page, {}, _Files())
    with pytest.raises(interpretations.UnknownInterpretations):
        interpretations.render(ident, "en", {})
