"""Pages generated from the registry: an embed page per calculator and language, and the widget's list of ids."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import pytest

from calculators.i18n import DEFAULT_LANG, LANGS
from calculators.registry import calculators

DOCS = Path(__file__).resolve().parents[1] / "docs"


def prefix(lang: str) -> str:
    return "" if lang == DEFAULT_LANG else f"{lang}/"


def test_no_embed_page_is_written_by_hand() -> None:
    assert not list(DOCS.glob("*/embed/*.md"))


@pytest.mark.site
@pytest.mark.parametrize("lang", LANGS)
def test_every_calculator_has_its_embed_page_in_every_language(built_site: Path, lang: str) -> None:
    for calc_id, calc in calculators().items():
        html = (built_site / prefix(lang) / "embed" / calc_id / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in html
        assert f"<h1>{escape(calc.title[lang], quote=False)}</h1>" in html, calc_id
        assert f'data-calculator="{calc_id}"' in html
        assert "md-sidebar" not in html  # the embed template: no navigation
        # the hidden language selector leads to the same calculator's embed page in each language
        for other in LANGS:
            link = re.search(rf'<a href="([^"]+)" hreflang="{other}"', html)
            assert link and link[1].endswith("./" if other == lang else f"{prefix(other)}embed/{calc_id}/"), other


@pytest.mark.site
@pytest.mark.parametrize("lang", LANGS)
def test_the_widget_page_lists_every_calculator(built_site: Path, lang: str) -> None:
    html = (built_site / prefix(lang) / "widget" / "index.html").read_text(encoding="utf-8")
    listed = ", ".join(f"<code>{calc_id}</code>" for calc_id in calculators())
    assert listed in html
    assert "embed-list" not in html
