"""Figures, and the dates they change on, come from the parameters (``site_build/values.py``).

``<!-- value: ID@WHEN -->`` states a figure, ``<!-- date: ID@WHICH:EDGE -->`` the day a value starts or ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from calculators.dates import format_date
from calculators.i18n import LANGS
from calculators.parameters import Parameter, Value, parameters
from site_build import date_words, values

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
        ("kz.state_duty.property_cap_mci.legal_entity@2024-01-01", "en", "20,000"),
        ("kg.state_duty.limit_2@2022-06-10", "ky", "250 000"),
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
        ("kz.mci@from", "not a date or 'last'"),  # the first and last days covered are the date shortcode's
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
            rendered = values.render(text, lang)
            assert "<!-- value:" not in rendered and "<!-- date:" not in rendered, path
    assert found >= 4 * 40  # the calculator pages state their rates and caps through shortcodes


def test_the_rates_of_the_state_duty_page_are_not_written_as_figures() -> None:
    """A rate change must not need the pages: the state-duty page names its caps through the parameters."""
    for lang in LANGS:
        text = (DOCS / lang / "calculators" / "kz-state-duty.md").read_text(encoding="utf-8")
        assert "10 000" not in text and "20 000" not in text, lang
        assert "kz.state_duty.property_cap_mci.individual@last" in text, lang


@pytest.mark.parametrize(
    ("day", "lang", "form", "shown"),
    [
        # Russian: the genitive month whatever the preposition (с, до, на); English: day, month, year
        ("2026-01-01", "ru", "from", "1 января 2026 года"),
        ("2025-12-31", "ru", "to", "31 декабря 2025 года"),
        ("2023-05-21", "ru", "on", "21 мая 2023 года"),
        ("2026-01-01", "en", "words", "1 January 2026"),
        ("2023-05-21", "en", "from", "21 May 2023"),
        # Kazakh: the case the sentence needs; the postposition (бастап, дейін) stays in the prose
        ("2026-01-01", "kk", "words", "2026 жылғы 1 қаңтар"),
        ("2026-01-01", "kk", "from", "2026 жылғы 1 қаңтардан"),
        ("2025-12-31", "kk", "to", "2025 жылғы 31 желтоқсанға"),
        ("2026-12-31", "kk", "from", "2026 жылғы 31 желтоқсаннан"),
        ("2023-05-21", "kk", "from", "2023 жылғы 21 мамырдан"),
        ("2017-07-01", "kk", "on", "2017 жылғы 1 шілдеде"),
        ("2017-07-01", "kk", "from", "2017 жылғы 1 шілдеден"),
        ("2022-06-10", "kk", "from", "2022 жылғы 10 маусымнан"),
        ("2017-06-30", "kk", "to", "2017 жылғы 30 маусымға"),
        ("2025-01-23", "kk", "from", "2025 жылғы 23 қаңтардан"),
        ("2026-09-01", "kk", "from", "2026 жылғы 1 қыркүйектен"),
        # Kyrgyz: the month takes the possessive (1-январы), then the case
        ("2026-01-01", "ky", "words", "2026-жылдын 1-январы"),
        ("2026-01-01", "ky", "from", "2026-жылдын 1-январынан"),
        ("2025-12-31", "ky", "to", "2025-жылдын 31-декабрына"),
        ("2026-12-31", "ky", "from", "2026-жылдын 31-декабрынан"),
        ("2023-05-21", "ky", "from", "2023-жылдын 21-майынан"),
        ("2017-07-01", "ky", "on", "2017-жылдын 1-июлунда"),
        ("2017-06-30", "ky", "to", "2017-жылдын 30-июнуна"),
        ("2022-06-10", "ky", "from", "2022-жылдын 10-июнунан"),
        ("2019-04-15", "ky", "on", "2019-жылдын 15-апрелинде"),
    ],
)
def test_a_date_reads_in_words_as_the_pages_write_it(day: str, lang: str, form: str, shown: str) -> None:
    assert date_words.in_words(date.fromisoformat(day), lang, form) == shown


def _param(*starts: str, until: str | None = None, unset: int = 0) -> Parameter:
    """A parameter whose first ``unset`` values are null (no cap yet), for the boundaries alone."""
    ref = {"title": "t", "href": "h"}
    found = tuple(
        Value(date.fromisoformat(s), None if i < unset else 1, "verified", date(2026, 1, 1), ref, (), None)
        for i, s in enumerate(starts)
    )
    return Parameter("test.p", {}, "", found, date.fromisoformat(until) if until else None)


def test_a_value_starting_on_31_december_lasts_one_day_and_the_next_starts_in_a_new_year() -> None:
    param = _param("2024-01-01", "2024-12-31", "2025-01-01", until="2025-12-31")
    assert values.boundary(param, "first", "start") == date(2024, 1, 1)
    assert values.boundary(param, "first", "end") == date(2024, 12, 30)
    assert values.boundary(param, "2024-12-31", "start") == date(2024, 12, 31)
    assert values.boundary(param, "2024-12-31", "end") == date(2024, 12, 31)  # the day before 1 January
    assert values.boundary(param, "last", "start") == date(2025, 1, 1)
    assert values.boundary(param, "last", "end") == date(2025, 12, 31)  # the parameter's last covered day
    assert values.boundary(param, "last", "after") == date(2026, 1, 1)  # the first day it no longer holds
    assert values.boundary(param, "first", "after") == date(2024, 12, 31)  # the next value's start
    day = values.boundary(param, "2024-12-31", "end")
    assert [date_words.in_words(day, lang, "to") for lang in LANGS] == [
        "31 декабря 2024 года",
        "2024 жылғы 31 желтоқсанға",
        "2024-жылдын 31-декабрына",
        "31 December 2024",
    ]
    day = values.boundary(param, "last", "start")
    assert [date_words.in_words(day, lang, "from") for lang in LANGS] == [
        "1 января 2025 года",
        "2025 жылғы 1 қаңтардан",
        "2025-жылдын 1-январынан",
        "1 January 2025",
    ]


def test_first_set_is_the_first_value_that_is_not_null() -> None:
    assert values.boundary(_param("2018-01-01", "2023-05-21", "2026-01-01", unset=1), "first-set", "start") == date(
        2023, 5, 21
    )
    assert values.boundary(_param("2018-01-01", "2023-05-21"), "first-set", "start") == date(2018, 1, 1)
    with pytest.raises(values.UnknownValue, match="has no value that is set"):
        values.boundary(_param("2018-01-01", unset=1), "first-set", "start")


@pytest.mark.parametrize(
    ("which", "edge", "problem"),
    [
        ("2025-06-01", "start", "2025-06-01 is not the start of a value"),  # in force that day, but not a start
        ("2023-12-31", "end", "2023-12-31 is not the start of a value"),  # an end is named by its value's start
        ("latest", "start", "not 'first', 'last', 'first-set' or a date"),
    ],
)
def test_a_boundary_names_a_value_by_its_start(which: str, edge: str, problem: str) -> None:
    with pytest.raises(values.UnknownValue, match=problem):
        values.boundary(_param("2024-01-01", "2025-01-01", until="2025-12-31"), which, edge)


def test_the_last_value_of_an_open_parameter_has_no_end() -> None:
    for edge in ("end", "after"):
        with pytest.raises(values.UnknownValue, match="the last value has no last day"):
            values.boundary(_param("2024-01-01", "2025-01-01"), "last", edge)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("code", "pick"),
    [
        ("kz.tax_code@last:start", lambda p: p.values[-1].start),
        ("kz.tax_code@first:end", lambda p: p.values[1].start - timedelta(days=1)),
        ("kz.mci@first:start", lambda p: p.values[0].start),
        ("kz.mci@last:end", lambda p: p.until),
        ("kg.bailiff.min_age@last:after", lambda p: p.until + timedelta(days=1)),
        ("kz.state_duty.property_cap_mci.individual@first-set:start", lambda p: p.values[1].start),
    ],
)
def test_a_date_shortcode_states_the_boundary_numerically_or_in_words(
    code: str, pick: Callable[[Parameter], date], lang: str
) -> None:
    """Expected days come from the parameters, so moving a value's start needs no change here."""
    day = pick(parameters()[code.partition("@")[0]])
    assert values.render(f"a <!-- date: {code} --> b", lang) == f"a {format_date(day)} b"  # as ru and en write it
    for form in date_words.FORMS:
        shown = values.render(f"<!-- date: {code}-{form} -->", lang)
        assert shown == date_words.in_words(day, lang, form)


def test_every_language_has_every_form_of_every_month() -> None:
    data = date_words.languages()
    assert set(data) == set(LANGS)
    for lang in LANGS:
        assert set(data[lang]["months"]) == set(date_words.FORMS), lang
        for form in date_words.FORMS:
            names = data[lang]["months"][form]
            assert len(names) == 12 and len(set(names)) == 12, (lang, form)
            for month in range(1, 13):
                assert date_words.in_words(date(2026, month, 1), lang, form)


@pytest.mark.parametrize(
    ("code", "lang", "problem"),
    [
        ("kz.no_such_value@last:start", "ru", "unknown parameter kz.no_such_value"),
        ("kz.mci@2026-03-01:start", "ru", "2026-03-01 is not the start of a value"),  # in force then, not a start
        ("kz.mci@yesterday:start", "ru", "not 'first', 'last', 'first-set' or a date"),
        ("kz.tax_code@last:end", "ru", "the last value has no last day"),  # no next value and no 'until'
        ("kz.tax_code@last:start-of", "kk", "no 'of' form of a date in 'kk'"),  # a form no language has
        ("kz.tax_code@last:start-from", "uz", "no 'from' form of a date in 'uz'"),  # a language without words
        ("kz.tax_code@last:since", "ru", "write ID@WHICH:start|end|after"),  # not an edge: never left as a comment
        ("kz.tax_code@last", "ru", "write ID@WHICH:start|end|after"),
        ("kz.tax_code:start", "ru", "write ID@WHICH:start|end|after"),
    ],
)
def test_a_date_shortcode_without_a_boundary_or_a_form_stops_the_build(code: str, lang: str, problem: str) -> None:
    with pytest.raises(values.UnknownValue, match=re.escape(problem)):
        values.render(f"<!-- date: {code} -->", lang)


def test_the_pages_write_no_parameter_boundary_by_hand() -> None:
    """Moving the start of these values touches the parameter file and its cases, not the calculator pages."""
    hand_written = {
        "ru": (
            "01.01.2026",
            "31.12.2025",
            "21.05.2023",
            "01.01.2023",
            "с 10.06.2022",
            "С 01.07.2017",
            "30.06.2017",
            "с 01.07.2017",
        ),
        "en": (
            "01.01.2026",
            "31.12.2025",
            "21.05.2023",
            "01.01.2023",
            "from 10.06.2022",
            "ince 01.07.2017",
            "30.06.2017",
            "from 01.07.2017",
        ),
        "kk": (
            "2026 жылғы 1 қаңтар",
            "2025 жылғы 31 желтоқсан",
            "21 мамыр",
            "2023 жылғы 1",
            "10 маусымнан",
            "2017 жылғы 1 шілдеден",
            "2017 жылғы 30 маусым",
        ),
        "ky": (
            "2026-жылдын 1-январ",
            "2025-жылдын 31-декабр",
            "21-май",
            "2023-жылдын 1",
            "10-июнунан",
            "2017-жылдын 1-июлунан",
            "2017-жылдын 30-июн",
        ),
    }
    for lang, dates in hand_written.items():
        pages = {p.name: p.read_text(encoding="utf-8") for p in (DOCS / lang / "calculators").glob("k*-*.md")}
        for page in ("kz-state-duty.md", "kg-state-duty.md", "kg-enforcement-fee.md", "kg-bailiff-eligibility.md"):
            for day in dates:
                assert day not in pages[page], (lang, page, day)
