"""Browser tests in Debian's Chromium (Playwright, no browser download) against the built site.

Every page visited must make no request outside its origin and log no console error.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from browsing import BOOT, PREFIX, ROOT, Watch, free_port, search_finds, serve, wait_live
from casefiles import load_cases

playwright = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

# The fixtures ``site_url`` (the built site on a local server) and ``page`` (a watched tab) are in conftest.py.
_free_port = free_port  # the name other test modules import from here


TYPED = {"ru": "1 000 000,50", "kk": "1 000 000,50", "ky": "1000000.50", "en": "1,000,000.50"}


@pytest.mark.parametrize("lang", list(PREFIX))
def test_compute_by_typing_in_each_language(page: Any, site_url: str, lang: str) -> None:
    page.goto(f"{site_url}{PREFIX[lang]}calculators/kz-state-duty/")
    root = page.locator(".cc-calc")
    assert root.get_attribute("data-result-source") == "example"
    assert page.locator('[data-field="total"]').get_attribute("data-value") == "17163"
    page.fill('[name="claims.0.amount"]', TYPED[lang])
    # 1 000 000.50 × 1 % = 10 000.005 → 10 000; + 0.5 × 4 325 = 2 162.5 → 2 163; total 12 163
    assert wait_live(page) == "12163"
    assert root.get_attribute("data-state") == "ready"
    shown = page.locator('[data-field="total"]').inner_text()
    assert shown == ("12,163\u00a0₸" if lang == "en" else "12\u202f163\u00a0₸")
    share = root.get_attribute("data-share-url")
    assert share.startswith("?input=") and json.loads(__import__("urllib.parse").parse.unquote(share[7:]))


def test_reach_the_calculator_through_the_navigation(page: Any, site_url: str) -> None:
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(f"{site_url}en/")
    page.locator("nav.md-nav--primary a.md-nav__link[href*='calculators/kz-state-duty']").first.click()
    page.wait_for_url("**/en/calculators/kz-state-duty/")
    page.fill('[name="date"]', "2023-05-21")
    # 1 500 000 × 1 % = 15 000.00; 0.5 × 3 450 = 1 725.00; total 16 725.00
    assert wait_live(page) == "16725.00"


def test_bad_input_is_shown_at_the_field_and_kept(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}kk/calculators/kz-state-duty/")
    page.wait_for_function("document.querySelector('.cc-calc').dataset.state === 'ready'", timeout=BOOT)
    page.fill('[name="claims.0.amount"]', "жүз мың")
    page.wait_for_function("document.querySelector('.cc-calc').dataset.resultSource === 'invalid'", timeout=BOOT)
    error = page.locator('[data-error-for="claims.0.amount"]').inner_text()
    assert "Сома, теңге" in error
    assert page.locator('[name="claims.0.amount"]').input_value() == "жүз мың"
    assert page.locator('[name="claims.0.amount"]').get_attribute("aria-invalid") == "true"
    assert page.locator('[data-field="total"]').get_attribute("data-value") == ""
    page.fill('[name="claims.0.amount"]', "100000")
    # 100 000 × 1 % = 1 000; + 2 163 = 3 163
    assert wait_live(page) == "3163"
    assert page.locator('[data-error-for="claims.0.amount"]').inner_text() == ""


def test_add_and_remove_demands(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}calculators/kz-state-duty/")
    page.click('[data-add="claims"]')
    page.select_option('[name="claims.2.type"]', "property")
    page.fill('[name="claims.2.amount"]', "500000")
    # (1 500 000 + 500 000) × 1 % = 20 000; + 2 163 = 22 163
    assert wait_live(page) == "22163"
    page.locator('[data-remove="claims.0"]').click()
    # remaining: non-property 2 163 + 500 000 × 1 % = 5 000 → 7 163
    assert wait_live(page) == "7163"
    assert page.locator('[name="claims.1.amount"]').input_value() == "500000"


SHARE_CASES = [c for c in load_cases() if "total" in c][
    :: max(1, len([c for c in load_cases() if "total" in c]) // 10)
][:10]
SHARE_CASES += [c for c in load_cases() if "total" in c and len(c["input"].get("claims", [])) > 2][:2]


@pytest.mark.parametrize("case", SHARE_CASES, ids=[c["id"] for c in SHARE_CASES])
def test_input_parameter_gives_the_case_total(page: Any, site_url: str, case: dict[str, Any]) -> None:
    lang = case.get("lang", "ru")
    query = quote(json.dumps(case["input"], ensure_ascii=False))
    page.goto(f"{site_url}{PREFIX[lang]}calculators/{case['calculator']}/?input={query}")
    assert wait_live(page) == case["total"], case["arithmetic"]


HOST = """<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>portal</title></head><body><iframe id="calc" src="{src}" style="width:100%;height:300px;border:0"></iframe>
<script>window.got = [];
addEventListener("message", function (e) {{ window.got.push({{origin: e.origin, data: e.data}}); }});</script>
</body></html>"""


@pytest.mark.parametrize("named", [True, False])
def test_embed_posts_only_to_the_named_origin(browser: Any, site_url: str, tmp_path: Path, named: bool) -> None:
    proc, host_url = serve(tmp_path)
    try:
        origin = host_url.rstrip("/") if named else "https://elsewhere.invalid"
        data = quote(json.dumps({"date": "2026-03-10", "claims": [{"type": "property", "amount": "1500000"}]}))
        src = f"{site_url}embed/kz-state-duty/?origin={quote(origin, safe='')}&input={data}"
        (tmp_path / "host.html").write_text(HOST.format(src=src), encoding="utf-8")
        context = browser.new_context()
        tab = context.new_page()
        watch = Watch(tab, {site_url.rstrip("/"), host_url.rstrip("/")})
        tab.goto(f"{host_url}host.html")
        frame = tab.frame_locator("#calc")
        frame.locator('.cc-calc[data-result-source="live"]').wait_for(timeout=BOOT)
        assert frame.locator('[data-field="total"]').get_attribute("data-value") == "15000"
        assert not frame.locator(".md-header").is_visible()
        if named:
            tab.wait_for_function("window.got.some(m => m.data.type === 'court-calc:result')", timeout=10_000)
            got = tab.evaluate("window.got")
            results = [m for m in got if m["data"]["type"] == "court-calc:result"]
            assert results[0]["data"]["result"]["total"] == "15000"
            assert results[0]["data"]["calculator"] == "kz-state-duty"
            assert any(m["data"]["type"] == "court-calc:resize" and m["data"]["height"] > 0 for m in got)
            assert all(m["origin"] == site_url.rstrip("/") for m in got)
        else:
            tab.wait_for_timeout(500)
            assert tab.evaluate("window.got") == []
        context.close()
        watch.check()
    finally:
        proc.terminate()
        proc.wait()


@pytest.mark.parametrize("path", ["", "texts/kz-resolution-9/", "texts/kg-enforcement-article/"])
def test_text_pages_load_no_pyodide(page: Any, site_url: str, path: str) -> None:
    loaded: list[str] = []
    page.on("request", lambda r: loaded.append(r.url))
    page.goto(f"{site_url}{path}")
    page.wait_for_load_state("networkidle")
    assert not [u for u in loaded if "pyodide" in u or "calculators.zip" in u]


def test_pointing_at_a_calculator_link_prefetches_the_runtime(page: Any, site_url: str) -> None:
    """A text page fetches nothing of the runtime until a link to a calculator is pointed at, then all of it."""
    loaded: list[str] = []
    page.on("requestfinished", lambda r: loaded.append(r.url))
    page.goto(f"{site_url}en/texts/kz-resolution-9/")
    page.wait_for_load_state("networkidle")
    page.locator('a[href$="/glossary/"]:visible').first.hover()
    page.wait_for_timeout(300)
    assert not [u for u in loaded if "/assets/runtime/" in u or "pyodide" in u]
    page.locator('article a[href*="calculators/kz-"]:visible').first.hover()
    expected = {
        "court-calc-worker.mjs",
        "court-calc-engine.mjs",
        "csnap.mjs",
        "calc.csnap",
        "pyodide.asm.wasm",
        "pyodide.asm.mjs",
    }
    # Each file counts once its download has finished (the snapshot, the largest, last); waited for file by file,
    # as "network idle" can come while the low-priority snapshot is still on its way on a loaded machine.
    fetched: set[str] = set()
    for _ in range(BOOT // 100):
        fetched = {u.rsplit("/", 1)[1] for u in loaded if "/assets/runtime/" in u or "/assets/pyodide/" in u}
        if fetched >= expected:
            break
        page.wait_for_timeout(100)
    assert fetched >= expected, sorted(expected - fetched)


@pytest.mark.parametrize("lang", list(PREFIX))
def test_widget_page_shows_the_embed_working(page: Any, site_url: str, lang: str) -> None:
    page.goto(f"{site_url}{PREFIX[lang]}widget/")
    assert "court-calc:result" in page.locator("article").inner_text()
    page.locator("iframe.cc-embed-demo").scroll_into_view_if_needed()
    frame = page.frame_locator("iframe.cc-embed-demo")
    frame.locator('.cc-calc[data-state="ready"]').wait_for(timeout=BOOT)
    frame.locator('[name="claims.0.amount"]').fill("100000")
    frame.locator('.cc-calc[data-result-source="live"]').wait_for(timeout=BOOT)
    # 100 000 × 1 % = 1 000; + 2 163 = 3 163
    assert frame.locator('[data-field="total"]').get_attribute("data-value") == "3163"


def test_runtime_failure_keeps_the_example_and_says_why(browser: Any, site_url: str) -> None:
    context = browser.new_context()
    tab = context.new_page()
    # both ways to start: the memory snapshot and, for the fallback, the calculators archive
    tab.route("**/calc.csnap", lambda route: route.abort())
    tab.route("**/assets/calculators.zip", lambda route: route.abort())
    tab.goto(f"{site_url}en/calculators/kz-state-duty/")
    tab.wait_for_function("document.querySelector('.cc-calc').dataset.state === 'error'", timeout=BOOT)
    assert tab.locator('[data-field="total"]').get_attribute("data-value") == "17163"
    assert "could not start" in tab.locator(".cc-status").inner_text()
    context.close()


def test_chain_from_the_duty_to_the_refund_and_the_costs(page: Any, site_url: str) -> None:
    """One case from filing to the final split without retyping: the result's buttons carry the figures on."""
    page.goto(f"{site_url}en/calculators/kz-state-duty/")
    page.fill('[name="claims.0.amount"]', "2000000")
    assert wait_live(page) == "22163"  # 20 000 + 2 163
    costs_href = page.locator('a[data-next="kz-court-costs"]').get_attribute("href")
    page.locator('a[data-next="kz-duty-refund"]').click()
    page.wait_for_url("**/en/calculators/kz-duty-refund/**")
    assert wait_live(page) == "22163"  # settlement in first instance: all of it
    assert page.locator('[name="paid_amount"]').input_value() == "22163"
    page.goto(f"{site_url}en/calculators/kz-state-duty/{costs_href}")
    page.wait_for_url("**/en/calculators/kz-court-costs/**")
    assert wait_live(page) == "22163"  # granted in full: the duty comes back from the defendant


@pytest.mark.parametrize("lang", list(PREFIX))
def test_costs_calculator_by_typing(page: Any, site_url: str, lang: str) -> None:
    page.goto(f"{site_url}{PREFIX[lang]}calculators/kz-court-costs/")
    assert page.locator('[data-field="total"]').get_attribute("data-value") == "58000"
    page.fill('[name="satisfied"]', "1000000")
    # 10 000 + min(150 000; 100 000) + 40 000 = 150 000; defendant 0
    assert wait_live(page) == "150000"
    page.select_option('[name="outcome"]', "withdrawal")
    # plaintiff gets nothing; defendant 80 000 × 100 % capped at 10 % of the dismissed 0 → 0
    assert wait_live(page) == "0"


def test_refund_form_shows_required_amount_only_for_overpayment(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}ky/calculators/kz-duty-refund/")
    assert page.locator('[data-path="required_amount"]').is_hidden()
    page.select_option('[name="ground"]', "overpayment")
    assert page.locator('[data-path="required_amount"]').is_visible()
    page.fill('[name="required_amount"]', "17000")
    assert wait_live(page) == "163"


def test_live_result_is_the_workers_html_linked_from_the_page(page: Any, site_url: str) -> None:
    """The worker renders the live result with the page's own links: for the example's input it is the example
    (Material wraps the example's tables once the page loads, so the text and the links are compared)."""
    links = "() => [...document.querySelectorAll('.cc-result a')].map((a) => a.getAttribute('href'))"
    page.goto(f"{site_url}kk/calculators/kz-duty-refund/")
    example, example_links = page.locator(".cc-result").inner_text(), page.evaluate(links)
    page.fill('[name="paid_amount"]', "17 163")
    assert wait_live(page) == "17163"
    assert page.locator(".cc-result").inner_text() == example
    assert page.evaluate(links) == example_links
    assert page.locator(".cc-attach li").count() == 3
    # Its links are relative to this page: a paragraph of the resolution on the Kazakh text page.
    href = page.locator('.cc-steps a[data-basis^="kz-resolution-9#"]').first.get_attribute("href")
    assert href and href.startswith("../../texts/kz-resolution-9/#p-"), href


SEARCHES = [("kk/", "баж", "texts/kz-resolution-9/"), ("ky/", "аткаруучу", "texts/kg-enforcement-article/"),
            ("", "пошлина", "texts/kz-resolution-9/"), ("en/", "bailiff", "texts/kg-enforcement-article/")]  # fmt: skip


@pytest.mark.parametrize(("lang", "word", "expect"), SEARCHES)
def test_search_finds_words_of_every_language(page: Any, site_url: str, lang: str, word: str, expect: str) -> None:
    page.goto(f"{site_url}{lang}")
    search_finds(page, word, expect)


# When the calculator's first live result appeared, and when Material's script was asked for.
ORDER = """() => {
  const material = performance.getEntriesByType('resource')
    .find(e => /javascripts\\/bundle\\.[0-9a-f]+\\.min\\.js$/.test(e.name));
  return {live: window.__liveAt, material: material ? material.startTime : null, mounted: typeof window.component$};
}"""
LIVE_AT = """new MutationObserver(() => {
  const root = document.querySelector('.cc-calc');
  const live = root && root.dataset.resultSource === 'live';
  if (live && window.__liveAt === undefined) window.__liveAt = performance.now();
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-result-source']});"""


@pytest.mark.parametrize("lang", ["ky", "en"])
def test_a_calculator_page_loads_materials_script_after_its_answer_and_search_works(
    page: Any, site_url: str, built_site: Path, lang: str
) -> None:
    page.add_init_script(LIVE_AT)
    query = '?input={"date":"2026-03-10","claims":[{"type":"property","amount":"100000"}]}'
    html = page.goto(f"{site_url}{PREFIX[lang]}calculators/kz-state-duty/{query}").text()
    # Material's bundle is not among the page's scripts: the material step names it for later.
    assert re.search(r'<script src="[^"]*javascripts/bundle\.[0-9a-f]+\.min\.js"', html) is None
    (src,) = re.findall(r'court-calc-material\.js" data-src="([^"]+)"', html)
    wait_live(page)
    page.wait_for_function("typeof window.component$ === 'object'", timeout=BOOT)
    order = page.evaluate(ORDER)
    assert order["material"] is not None and order["live"] is not None
    assert order["material"] > order["live"], order
    assert (built_site / PREFIX[lang] / "calculators/kz-state-duty" / src).resolve().is_file(), src
    # Material works once loaded: the palette switch (the site's, beside Material's script) still switches,
    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') !== {before!r}", timeout=10_000)
    # and its search finds a word in the page's language.
    word, expect = {
        "ky": ("аткаруучу", "texts/kg-enforcement-article/"),
        "en": ("bailiff", "texts/kg-enforcement-article/"),
    }[lang]
    search_finds(page, word, expect)


def test_before_materials_script_the_header_is_as_it_will_be(browser: Any, site_url: str) -> None:
    """The header's buttons (search, one palette switch) are laid out before Material's script runs as after it."""
    header = """() => ({
      js: document.documentElement.classList.contains('js'),
      search: getComputedStyle(document.querySelector('label.md-header__button[for="__search"]')).display !== 'none',
      switches: [...document.querySelectorAll('[data-cc-palette] label')].map(l => l.hidden),
    })"""
    context = browser.new_context()
    try:
        tab = context.new_page()
        tab.route("**/javascripts/bundle.*.min.js", lambda route: None)  # held: the page as it is before it arrives
        tab.goto(f"{site_url}en/calculators/kz-state-duty/")
        held = tab.evaluate(header)
        tab.unroute("**/javascripts/bundle.*.min.js")
        tab.goto(f"{site_url}en/texts/kz-resolution-9/")  # a page with Material's script as Material loads it
        tab.wait_for_function("typeof window.component$ === 'object'", timeout=BOOT)
        loaded = tab.evaluate(header)
    finally:
        context.close()
    assert held == loaded, (held, loaded)
    assert held["js"] and held["switches"].count(False) == 1, held


def test_before_materials_script_a_palette_click_and_a_search_key_are_not_lost(browser: Any, site_url: str) -> None:
    """A calculator page loads Material's script after its answer; what the visitor does before it comes is done."""
    switch = "label.md-header__button[for^='__palette']:visible"
    context = browser.new_context()
    held: list[Any] = []

    def hold(route: Any) -> None:  # Playwright's handler must be a Python function, not a list's bound method
        held.append(route)

    try:
        tab = context.new_page()
        tab.route("**/javascripts/bundle.*.min.js", hold)  # held until released below
        tab.goto(f"{site_url}en/calculators/kz-state-duty/")
        before = tab.locator("body").get_attribute("data-md-color-scheme")
        tab.locator(switch).first.click()
        # The scheme changes at once, saved as Material saves it, and the switch back is the one shown.
        chosen = tab.locator("body").get_attribute("data-md-color-scheme")
        assert chosen != before
        assert tab.locator(switch).count() == 1
        saved = tab.evaluate("__md_get('__palette')")
        assert saved["color"]["scheme"] == chosen and saved["index"] == 1, saved
        tab.locator("h1").click()
        tab.keyboard.press("/")
        for _ in range(100):
            if held:
                break
            tab.wait_for_timeout(50)
        (route,) = held  # asked for once, when the visitor turned outside the calculator
        assert tab.evaluate("typeof window.component$") == "undefined"
        route.continue_()
        tab.wait_for_function("typeof window.component$ === 'object'", timeout=BOOT)
        # The key opens the search once Material runs; Material shows the scheme chosen before it came.
        tab.wait_for_function(
            "document.activeElement && document.activeElement.matches('[data-md-component=search-query]')",
            timeout=10_000,
        )
        assert tab.locator("body").get_attribute("data-md-color-scheme") == chosen
        tab.keyboard.press("Escape")
        tab.locator(switch).first.click()
        tab.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === {before!r}", timeout=10_000)
    finally:
        context.close()


def test_a_search_key_followed_by_a_click_elsewhere_does_not_take_the_focus_later(browser: Any, site_url: str) -> None:
    context = browser.new_context()
    held: list[Any] = []

    def hold(route: Any) -> None:
        held.append(route)

    try:
        tab = context.new_page()
        tab.route("**/javascripts/bundle.*.min.js", hold)
        tab.goto(f"{site_url}en/calculators/kz-state-duty/")
        tab.locator("h1").click()
        tab.keyboard.press("s")
        field = tab.locator('[name="claims.0.amount"]')
        field.click()  # the visitor went on to the calculator
        for _ in range(100):
            if held:
                break
            tab.wait_for_timeout(50)
        held[0].continue_()
        tab.wait_for_function("typeof window.component$ === 'object'", timeout=BOOT)
        tab.wait_for_timeout(500)
        assert tab.evaluate("document.activeElement.name") == "claims.0.amount"
    finally:
        context.close()


def test_a_text_page_loads_materials_script_as_material_does(page: Any, site_url: str) -> None:
    html = page.goto(f"{site_url}en/texts/kz-resolution-9/").text()
    assert re.search(r'<script src="[^"]*javascripts/bundle\.[0-9a-f]+\.min\.js"', html)
    assert "court-calc-material.js" not in html


def test_text_reader_controls(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}texts/kz-resolution-9/#p-5")
    section = page.locator("#p-5")
    assert section.locator('[data-tr="ru"]').is_visible() and section.locator('[data-tr="en"]').is_hidden()
    page.select_option(".tx-choose", "en")
    assert section.locator('[data-tr="en"]').is_visible() and section.locator('[data-tr="ru"]').is_hidden()
    page.uncheck('.tx-show[data-col="orig"]')
    assert section.locator(".tx-orig").is_hidden()
    page.uncheck('.tx-show[data-col="tr"]')  # one column always stays: the original comes back
    assert section.locator(".tx-orig").is_visible()
    if (ROOT / "texts" / "glossary.yaml").exists():
        assert section.locator(".tx-term").count() > 0  # glossary terms marked in the paragraph
    assert section.locator('a[data-implements="kz-state-duty"]').count() == 1


def test_share_link_restores_the_total_and_print_shows_every_basis(page: Any, site_url: str, tmp_path: Path) -> None:
    page.goto(f"{site_url}en/calculators/kz-state-duty/")
    page.fill('[name="date"]', "2024-05-05")
    total = wait_live(page)  # 15 000.00 + 0.5 × 3 692 = 1 846.00 → 16 846.00
    assert total == "16846.00"
    share = page.locator(".cc-calc").get_attribute("data-share-url")
    page.goto(f"{site_url}en/calculators/kz-state-duty/{share}")
    assert wait_live(page) == total
    page.evaluate("document.querySelector('.cc-calc').courtCalc.certificate()")
    pdf = tmp_path / "certificate.pdf"
    page.pdf(path=str(pdf))
    from pypdf import PdfReader

    printed = " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    printed = " ".join(printed.split())
    for expected in ("Computation", "Law as of", "not legal advice", "16,846.00", "SC Resolution 9, para. 5"):
        assert expected in printed, expected
    assert "Tax Code 2017, art. 610, para. 1, sub-para. 1" in printed


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_kyrgyz_duty_by_typing_and_a_refusal_named_at_its_field(page: Any, site_url: str, lang: str) -> None:
    page.goto(f"{site_url}{PREFIX[lang]}calculators/kg-state-duty/")
    # The example: 2 500 + (120 000 − 50 000) × 4 % = 5 300
    assert page.locator('[data-field="total"]').get_attribute("data-value") == "5300.00"
    page.fill('[name="amount"]', "49 999,99")
    # 49 999.99 × 5 % = 2 499.9995 → 2 500.00
    assert wait_live(page) == "2500.00"
    assert page.locator('[data-field="total"]').inner_text() == "2\u202f500,00\u00a0сом"
    # the live formula keeps each number on one line, as the build does
    # and writes its decimals with a comma, as the Amount column does
    assert page.locator('[data-step="bracket_1"] code').inner_text() == "49\u00a0999,99 × 5\u00a0% = 2\u00a0499,9995"
    page.fill('[name="amount"]', "300000")
    page.wait_for_function("document.querySelector('.cc-calc').dataset.resultSource === 'invalid'", timeout=BOOT)
    error = page.locator('[data-error-for="amount"]').inner_text()
    assert "250 000" in error and ("№ 159" in error)
    assert page.locator('[name="amount"]').input_value() == "300000"


def test_kyrgyz_term_shows_the_last_day_and_the_days_off(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}en/calculators/kg-enforcement-terms/")
    page.fill('[name="start_date"]', "17.03.2026")
    page.fill('[name="length"]', "3")
    # 18, 19, (20 Orozo Ait, 21 Nooruz, 22 Sunday), 23 March
    assert wait_live(page) == "2026-03-23"
    assert page.locator('[data-field="total"]').inner_text() == "23.03.2026 (Monday)"
    assert "Orozo Ait" in page.locator('[data-step="working"]').inner_text()
    # A date has no amount column; the calendar's lists read as lists, not as program notation.
    assert page.locator(".cc-steps th").count() == 3
    page.locator(".cc-params summary").click()
    values = page.locator(".cc-params tbody").inner_text()
    assert "6, 7" in values and "01-01, 01-02" in values and "[" not in values and "'" not in values
    page.select_option('[name="term"]', "present_writ")
    page.wait_for_function("document.querySelector('.cc-calc').dataset.resultSource === 'invalid'", timeout=BOOT)
    assert "Law No. 15" in page.locator('[data-error-for="term"]').inner_text()


def test_bailiff_check_names_what_is_not_met(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}kk/calculators/kg-bailiff-eligibility/")
    page.fill('[name="birth_date"]', "02.09.1991")
    page.fill('[name="date"]', "01.09.2016")
    assert wait_live(page) == "0"
    assert "жасы" in page.locator('[data-field="total"]').inner_text()
    page.fill('[name="date"]', "01.07.2017")
    page.wait_for_function("document.querySelector('.cc-calc').dataset.resultSource === 'invalid'", timeout=BOOT)
    assert "№ 15" in page.locator('[data-error-for="date"]').inner_text()


def test_costs_warnings_follow_the_kind_of_claim(page: Any, site_url: str) -> None:
    """A property claim's fee within the cap is not reducible at discretion (p. 14); the MCI-date reading is shown
    only when the payment date falls under another MCI."""
    page.goto(f"{site_url}en/calculators/kz-court-costs/")
    shown = page.locator(".cc-warnings").inner_text()
    assert "not reduced on a party's motion" in shown and "reasonable limits" not in shown
    case = {
        "date": "2026-03-10",
        "claim": "non_property",
        "representative_paid": "2025-11-20",
        "plaintiff_costs": [{"category": "representative", "amount": "1200000"}],
    }
    page.goto(f"{site_url}en/calculators/kz-court-costs/?input={quote(json.dumps(case))}")
    assert wait_live(page) == "1200000"
    assert page.locator('[name="representative_paid"]').is_visible()
    shown = page.locator(".cc-warnings").inner_text()
    assert "reasonable limits" in shown and "3 932" in shown and "share of demands granted" in shown


def test_kazakh_deadline_from_a_share_link_links_each_day_off_to_the_calendar(page: Any, site_url: str) -> None:
    data = '{"term":"appeal","event_date":"2026-02-23"}'
    page.goto(f"{site_url}en/calculators/kz-deadlines/?input={quote(data)}")
    # 23.02 + 1 month = 23.03 (Nauryz), 24–25.03 carried over from the weekend → 26.03
    assert wait_live(page) == "2026-03-26"
    assert page.locator('[data-field="total"]').inner_text() == "26.03.2026 (Thursday)"
    links = page.locator('[data-step="day_off"] a[data-day]')
    assert links.count() == 3
    assert links.first.get_attribute("href").endswith("calendar/#kz-2026-03-23")
    page.select_option('[name="term"]', "private_complaint")
    page.fill('[name="event_date"]', "02.05.2024")
    # 03.05, 04.05 (a Saturday worked), 06.05, then 07–09.05 off (08.05 moved), 10.05, 13–17.05, 20.05
    assert wait_live(page) == "2024-05-20"
    assert "moved" in page.locator(".cc-steps").inner_text()
