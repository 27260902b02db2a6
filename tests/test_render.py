"""The one renderer of a result (``calculators.render``): escaping, numbers per language, the worker's answer, and
the build-time example it gives the site."""

from __future__ import annotations

import io
import json
import re
import tokenize
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.i18n import LANGS
from calculators.registry import calculators, run, run_json
from calculators.render import format_money, percent_encoded, render, render_json, shown_value
from calculators.result_words import WORDS
from calculators.sources import sources
from site_build import forms

HOSTILE = '<img src=x onerror="alert(1)">\'&amp;</td><script>alert(2)</script>'
ALLOWED_TAGS = {"p", "span", "strong", "table", "thead", "tbody", "tr", "th", "td", "a", "code", "div", "ul", "li"}
ALLOWED_TAGS |= {"details", "summary"}


def _text(word: str) -> dict[str, str]:
    return dict.fromkeys(LANGS, f"{word} {HOSTILE}")


def _hostile_result() -> dict[str, Any]:
    """A result with markup in every string the renderer shows or puts in an attribute."""
    page_basis, code_basis = f"kz-resolution-9#p-{HOSTILE}", f"kz-cpc#{HOSTILE}"
    return {
        "calculator": "kz-duty-refund",
        "total": f"17163{HOSTILE}",
        "currency": "KZT",
        "steps": [
            {
                "key": f"refund{HOSTILE}",
                "label": _text("label"),
                "formula": f"17 163 × 100 % {HOSTILE}",
                "amount": f"17163{HOSTILE}",
                "basis": [page_basis, code_basis],
                "anchor": f"d-{HOSTILE}",
                "day": f"2026-03-10{HOSTILE}",
            }
        ],
        "citations": {
            page_basis: {
                "kind": "page",
                "source": "kz-resolution-9",
                "anchor": f"p-{HOSTILE}",
                "short": _text("short"),
                "label": _text("para"),
            },
            code_basis: {
                "kind": "official",
                "href": f"https://adilet.zan.kz/{HOSTILE}",
                "short": _text("short"),
                "label": _text("art"),
            },
        },
        "warnings": [{"code": "x", "message": _text("warning")}],
        "attachments": [_text("attachment")],
        "follow_up": {"kz-deadlines": {"term": HOSTILE, "event_date": "2026-03-10"}},
        "parameters": [
            {
                "label": _text("param"),
                "value": HOSTILE,
                "unit": "KZT",
                "from": f"2026-01-{HOSTILE}",
                "status": "unverified",
                "reference": {"href": f"https://adilet.zan.kz/?{HOSTILE}", "title": HOSTILE},
            },
            {
                "label": _text("record"),
                "value": {"k": HOSTILE},
                "unit": "",
                "from": "2026-01-01",
                "status": "verified",
                "reference": {"href": "https://adilet.zan.kz/", "title": "t"},
            },
            {
                "label": _text("list"),
                "value": [{"day": HOSTILE, "moved": True}],
                "unit": "",
                "from": "2026-01-01",
                "status": "verified",
                "reference": {"href": "https://adilet.zan.kz/", "title": "t"},
            },
        ],
    }


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


# A page's link map as the build makes it (site_build/court_calc.py, links_for): every text page, every calculator.
PAGES = {sid: f"../../texts/{sid}/" for sid, info in sources().items() if info["kind"] == "page"}
PAGES |= {f"calc:{calc_id}": f"../{calc_id}/" for calc_id in calculators()} | {"calendar": "../../calendar/"}
LINKS = {"kz-resolution-9": f"../../texts/{HOSTILE}/", "calc:kz-deadlines": "../kz-deadlines/", "calendar": "../c/"}


@pytest.mark.parametrize("lang", LANGS)
def test_markup_in_every_value_is_shown_as_text_never_as_markup(lang: str) -> None:
    html = render(_hostile_result(), lang, LINKS)
    parsed = _Tags()
    parsed.feed(html)
    parsed.close()
    assert set(parsed.tags) <= ALLOWED_TAGS, set(parsed.tags) - ALLOWED_TAGS
    assert "<img" not in html and "<script" not in html
    names = {name for name, _ in parsed.attrs}
    assert names <= {"class", "aria-live", "aria-atomic", "data-field", "data-value", "data-step", "href", "data-basis",
                     "rel", "data-day", "data-next", "data-from"}, names  # fmt: skip
    text = "".join(parsed.text)
    # Every shown string comes back whole once the HTML is read: escaped, not cut or dropped.
    for word in ("label", "short", "para", "art", "warning", "attachment", "param", "record", "list"):
        assert f"{word} {HOSTILE}" in text, word
    assert f"k: {HOSTILE}" in text and f"{HOSTILE} true" in text  # a record's value, a list of records
    attrs = dict(parsed.attrs)
    assert attrs["data-value"] == f"17163{HOSTILE}" and attrs["data-step"] == f"refund{HOSTILE}"
    assert attrs["data-day"] == f"2026-03-10{HOSTILE}"
    hrefs = [value for name, value in parsed.attrs if name == "href"]
    assert f"../../texts/{HOSTILE}/#p-{HOSTILE}" in hrefs and f"https://adilet.zan.kz/{HOSTILE}" in hrefs
    assert f"../c/#d-{HOSTILE}" in hrefs
    follow = next(h for h in hrefs if h and h.startswith("../kz-deadlines/?input="))
    assert "<" not in follow and '"' not in follow  # the follow-up's input travels URL-encoded


def test_a_date_or_verdict_total_is_its_own_words_escaped() -> None:
    result = _hostile_result()
    result["display"] = _text("display")
    html = render(result, "ru", LINKS)
    assert "display &lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#x27;&amp;amp;" in html


@pytest.mark.parametrize(
    ("amount", "lang", "shown"),
    [
        ("17163.5", "ru", "17\u202f163,5"),
        ("17163.5", "kk", "17\u202f163,5"),
        ("1000000", "ky", "1\u202f000\u202f000"),
        ("17163.50", "en", "17,163.50"),
        ("-1234567.05", "en", "-1,234,567.05"),
        ("-1234567.05", "ru", "-1\u202f234\u202f567,05"),
        ("0.5", "ru", "0,5"),
        (".5", "en", "0.5"),
        ("999", "en", "999"),
    ],
)
def test_money_is_written_as_each_language_writes_numbers(amount: str, lang: str, shown: str) -> None:
    assert format_money(amount, lang) == shown


def test_a_total_carries_the_currency_of_the_page_language() -> None:
    kg = calculators()["kg-state-duty"]
    result = run(kg.id, kg.example)
    assert "\u00a0сом</strong>" in render(result, "ky", PAGES)
    assert "\u00a0som</strong>" in render(result, "en", PAGES)
    kz = calculators()["kz-state-duty"]
    assert "\u00a0₸</strong>" in render(run(kz.id, kz.example), "kk", PAGES)


def test_legal_values_read_as_a_reader_writes_them() -> None:
    assert shown_value(None, "нет") == "нет" and shown_value([], "none") == "none"
    assert shown_value({"b": 2, "a": False}, "-") == "a: false, b: 2"  # sorted; a yes/no as JSON writes it
    assert shown_value([{"day": "2026-01-01", "moved": False}, "x"], "-") == "2026-01-01 false, x"
    share = {"label": _text("p"), "value": "0.005", "unit": "share", "from": "2026-01-01", "status": "verified",
             "reference": {"href": "h", "title": "t"}}  # fmt: skip
    rule = dict(share, value={"mode": "half_up", "quantum": "0.01"}, unit="rule")
    ru = render(dict(_hostile_result(), parameters=[share, rule]), "ru", LINKS)
    assert "<td>0,5 %</td>" in ru and f"<td>{WORDS['rounding']['ru'].format(quantum='0,01')}</td>" in ru
    en = render(dict(_hostile_result(), parameters=[share, rule]), "en", LINKS)
    assert "<td>0.5 %</td>" in en and "<td>to 0.01, halves and above up</td>" in en


@pytest.mark.parametrize("calc_id", list(calculators()))
def test_the_workers_answer_is_the_result_and_its_html(calc_id: str) -> None:
    calc = calculators()[calc_id]
    payload = json.dumps(calc.example)
    for lang in LANGS:
        answer = json.loads(render_json(calc_id, payload, lang, json.dumps(PAGES)))
        assert answer["result"] == json.loads(run_json(calc_id, payload, lang))  # embed messages carry it unchanged
        assert answer["html"] == render(run(calc_id, calc.example, lang), lang, PAGES)
    for bad in ("{", "[]", '{"date": "31.02.2026"}'):
        assert render_json(calc_id, bad, "en", "{}") == run_json(calc_id, bad, "en")


def test_a_defect_of_the_renderer_is_an_error_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: Any) -> str:
        raise KeyError("x")

    monkeypatch.setattr("calculators.render.render", broken)
    calc = calculators()["kz-state-duty"]
    answer = json.loads(render_json(calc.id, json.dumps(calc.example), "ru", json.dumps(PAGES)))
    assert answer["error"]["code"] == "internal"


@pytest.mark.parametrize("calc_id", list(calculators()))
@pytest.mark.parametrize("lang", LANGS)
def test_the_build_time_example_is_this_renderers_html(calc_id: str, lang: str) -> None:
    calc = calculators()[calc_id]
    links = PAGES
    runtime = {"assets": "../../assets/", "worker": "w.mjs"}
    page = forms.render_calculator(calc, lang, links, runtime)
    embedded = re.search(r'<div class="cc-result">(.*)</div></div>$', page, re.S)
    assert embedded is not None
    assert embedded[1] == render(run(calc_id, calc.example), lang, links)


def test_the_forms_markup_is_its_template_and_forms_py_only_hands_it_data() -> None:
    """DESIGN.md convention 14: the form's markup is ``overrides/partials/cc/form.html``, no string in forms.py."""
    assert (Path(forms.__file__).resolve().parents[1] / "overrides" / "partials" / "cc" / "form.html").is_file()
    literal = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}  # f-strings split from 3.12
    source = io.StringIO(Path(forms.__file__).read_text(encoding="utf-8"))
    strings = [tok.string for tok in tokenize.generate_tokens(source.readline) if tok.type in literal]
    assert strings and not [s for s in strings if "<" in s]


def test_no_value_in_the_config_closes_its_script_element() -> None:
    calc = calculators()["kz-state-duty"]
    links = PAGES | {"calendar": "../c/</script><script>alert(1)</script>"}
    page = forms.render_calculator(calc, "en", links, {"assets": "../../assets/", "worker": "w.mjs"})
    config = re.search(r'<script type="application/json" class="cc-config">(.*?)</script>', page, re.S)
    assert config is not None
    assert json.loads(config[1])["links"]["calendar"] == links["calendar"]


@given(st.text())
def test_a_follow_up_link_encodes_its_input_as_urllib_would(text: str) -> None:
    """The renderer's own percent-encoding (no urllib in the browser's snapshot) writes what ``quote`` writes."""
    assert percent_encoded(text) == quote(text, safe="")
