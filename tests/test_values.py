"""Figures in the pages come from the parameters (``<!-- value: ID@WHEN -->``, ``site_build/values.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from calculators.i18n import LANGS
from site_build import values

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.parametrize(
    ("code", "lang", "shown"),
    [
        ("kz.mci@2026-01-01", "ru", "4 325"),
        ("kz.mci@last", "en", "4,325"),
        ("kz.state_duty.property_rate.legal_entity@last", "ru", "3 %"),
        ("kz.mci@2025-12-31", "en", "3,932"),
        ("kz.state_duty.property_rate.legal_entity@2026-01-01", "kk", "3 %"),
        ("kz.state_duty.audit_notice_rate.proprietor@2026-01-01", "ky", "0,1 %"),
        ("kz.state_duty.audit_notice_rate.proprietor@2026-01-01", "en", "0.1 %"),
        ("kz.state_duty.copy_page_mci@2026-01-01", "ru", "0,03"),
        ("kz.state_duty.property_cap_mci.legal_entity@2023-05-21", "en", "20,000"),
        ("kg.state_duty.limit_2@2022-06-10", "ky", "250 000"),
        ("kz.mci@from", "ru", "01.01.2018"),
        ("kz.mci@until", "en", "31.12.2026"),
        ("kz.terms.appeal@2026-01-01:length", "ru", "1"),
    ],
)
def test_a_shortcode_states_the_parameter_in_the_page_language(code: str, lang: str, shown: str) -> None:
    assert values.render(f"a <!-- value: {code} --> b", lang) == f"a {shown} b"


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ("kz.no_such_value@2026-01-01", "unknown parameter kz.no_such_value"),
        ("kz.mci@2017-12-31", "kz.mci has no value on 2017-12-31"),  # before the first value
        ("kz.mci@2027-01-01", "kz.mci has no value on 2027-01-01"),  # after the last day covered
        ("kz.state_duty.property_cap_mci.individual@2023-05-20", "has no value on 2023-05-20"),  # no cap yet
        ("kz.state_duty.divorce_mci@until", "has no last covered day"),
        ("kz.terms.appeal@2026-01-01:nothing", "has no key nothing"),
        ("kz.terms.appeal@2026-01-01", "is not a figure"),
        ("kz.mci@yesterday", "not a date"),
    ],
)
def test_a_shortcode_without_a_value_stops_the_build(code: str, problem: str) -> None:
    with pytest.raises(values.UnknownValue, match=problem):
        values.render(f"<!-- value: {code} -->", "ru")


def test_every_shortcode_in_the_pages_resolves_in_its_language() -> None:
    found = 0
    for lang in LANGS:
        for path in (DOCS / lang).rglob("*.md"):
            text = path.read_text(encoding="utf-8")
            found += len(values.MARKER.findall(text))
            assert "<!-- value:" not in values.render(text, lang), path
    assert found >= 4 * 40  # the calculator pages state their rates and caps through shortcodes


def test_the_rates_of_the_state_duty_page_are_not_written_as_figures() -> None:
    """A rate change must not need the pages: the state-duty page names its caps through the parameters."""
    for lang in LANGS:
        text = (DOCS / lang / "calculators" / "kz-state-duty.md").read_text(encoding="utf-8")
        assert "10 000" not in text and "20 000" not in text, lang
        assert "kz.state_duty.property_cap_mci.individual@last" in text, lang
