"""Accessibility in Debian's Chromium against the built site.

axe-core (the pinned npm package, injected from node_modules: nothing is fetched from outside) runs on the home
page, both text pages, the glossary, the register of values, the widget, deployment and about pages, every
calculator page and every embed page in each language, in the light and the dark scheme, and on a calculator
showing an input error and a live result. No violation of impact serious or critical
may remain. The keyboard tests fill a calculator and use a text page's controls with the keyboard alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browsing import BOOT, PREFIX, ROOT, Watch, wait_live

playwright = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING = {"serious", "critical"}
SCHEMES = ["light", "dark"]
TEXTS = ["texts/kz-resolution-9/", "texts/kg-enforcement-article/"]
# The other pages a visitor reads: the glossary, the register of values, the widget and deployment guides, about.
# The console has its own scan with live output (tests/test_console_browser.py).
OTHERS = ["glossary/", "parameters/", "widget/", "deploy/", "about/"]


def pages_of(site: Path, lang: str) -> list[str]:
    """The pages checked in one language, as paths under the site: home, texts, the other reading pages, every
    calculator and embed page.

    Calculators are found in the build, so one added later is checked without touching this test.
    """
    base = site / PREFIX[lang]
    found = [
        str(index.parent.relative_to(site)) + "/"
        for folder in ("calculators", "embed")
        for index in sorted((base / folder).glob("*/index.html"))
    ]
    return [PREFIX[lang], *(PREFIX[lang] + page for page in TEXTS + OTHERS), *found]


def axe(tab: Any) -> list[dict[str, Any]]:
    """Run axe-core on the page as it is now; the serious and critical violations."""
    if not tab.evaluate("typeof window.axe !== 'undefined'"):
        tab.add_script_tag(path=str(AXE))
    violations = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
        " .then(r => r.violations)",
        TAGS,
    )
    return [v for v in violations if v["impact"] in BLOCKING]


def report(where: str, violations: list[dict[str, Any]]) -> list[str]:
    """One line per violation: the page, the rule, its impact and a few of the elements it found."""
    lines = []
    for v in violations:
        targets = ", ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:3])
        more = f" (+{len(v['nodes']) - 3} more)" if len(v["nodes"]) > 3 else ""
        lines.append(f"{where}: {v['id']} [{v['impact']}] {v['help']}: {targets}{more}")
    return lines


@pytest.fixture
def scheme_tab(browser: Any, site_url: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A watched tab whose prefers-color-scheme is the test's ``scheme`` (Material's palette follows it)."""
    if not AXE.exists():
        pytest.fail("node_modules/axe-core is missing: ./scripts/setup installs it")
    # bypass_csp: axe is injected as an inline script, which a Content-Security-Policy of the page would refuse.
    context = browser.new_context(color_scheme=request.getfixturevalue("scheme"), bypass_csp=True)
    tab = context.new_page()
    watch = Watch(tab, {site_url.rstrip("/")})
    yield tab
    context.close()
    watch.check()


def scheme_of(tab: Any) -> str:
    return str(tab.evaluate("document.body.getAttribute('data-md-color-scheme')"))


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("lang", list(PREFIX))
def test_pages_have_no_serious_violation(
    scheme_tab: Any, site_url: str, built_site: Path, lang: str, scheme: str
) -> None:
    pages = pages_of(built_site, lang)
    assert len(pages) >= 9, pages  # home, two texts, at least three calculators and their embed pages
    # The calculators' Python stays unloaded here: its boot would only slow the scan down, and the page is scanned
    # as it first shows (the build-time example). The live states are scanned in the next test.
    scheme_tab.context.route("**/court-calc-worker.mjs", lambda route: None)
    found: list[str] = []
    for path in pages:
        scheme_tab.goto(f"{site_url}{path}")
        assert scheme_of(scheme_tab) == ("slate" if scheme == "dark" else "default"), path
        found += report(f"/{path} ({scheme})", axe(scheme_tab))
    assert not found, "\n".join(found)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_calculator_with_an_error_and_a_live_result(scheme_tab: Any, site_url: str, scheme: str) -> None:
    scheme_tab.goto(f"{site_url}en/calculators/kz-state-duty/")
    scheme_tab.wait_for_function("document.querySelector('.cc-calc').dataset.state === 'ready'", timeout=BOOT)
    scheme_tab.fill('[name="claims.0.amount"]', "a lot")
    scheme_tab.locator(".cc-form button[type=submit]").click()
    scheme_tab.wait_for_function("document.querySelector('.cc-calc').dataset.resultSource === 'invalid'", timeout=BOOT)
    assert scheme_tab.locator('[data-error-for="claims.0.amount"]').inner_text()
    found = report(f"error shown ({scheme})", axe(scheme_tab))
    scheme_tab.fill('[name="claims.0.amount"]', "2000000")
    assert wait_live(scheme_tab) == "22163"  # 2 000 000 × 1 % = 20 000; + 2 163
    assert scheme_tab.locator("a[data-next]").count() > 0  # the buttons to the next calculators are checked too
    scheme_tab.locator(".cc-params summary").click()  # the legal values used, with their verified/unverified status
    assert scheme_tab.locator(".cc-params .cc-unverified").count() > 0
    found += report(f"live result ({scheme})", axe(scheme_tab))
    assert not found, "\n".join(found)


def test_pages_reflow_at_320_pixels(browser: Any, site_url: str, built_site: Path) -> None:
    """At 320 CSS pixels wide (WCAG 1.4.10) no page scrolls sideways: only wide tables scroll, in their own box."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    context.route("**/court-calc-worker.mjs", lambda route: None)  # the form as it first shows is enough
    tab = context.new_page()
    wide = []
    for lang in PREFIX:
        for path in pages_of(built_site, lang):
            tab.goto(f"{site_url}{path}")
            width = tab.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                wide.append(f"/{path}: {width}px")
    context.close()
    assert not wide, wide


# --- the keyboard alone ------------------------------------------------------------------------------------

FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  return {tag: el.tagName.toLowerCase(), name: el.getAttribute('name'), cls: el.className || '',
          text: (el.textContent || '').trim().slice(0, 40), type: el.getAttribute('type'), ring: ring};
}"""


def tab_to(tab: Any, matches: Any, limit: int = 150, back: bool = False) -> dict[str, Any]:
    """Press Tab (Shift+Tab with ``back``) until the focused element satisfies ``matches``; returns it."""
    for _ in range(limit):
        tab.keyboard.press("Shift+Tab" if back else "Tab")
        focused = tab.evaluate(FOCUS)
        if focused and matches(focused):
            return dict(focused)
    raise AssertionError(f"not reached with the keyboard in {limit} presses")


def skip_to_content(tab: Any) -> None:
    """The first Tab stop is Material's skip link; following it starts the Tab order at the content."""
    tab.keyboard.press("Tab")
    assert "md-skip" in tab.evaluate(FOCUS)["cls"]
    tab.keyboard.press("Enter")


def test_calculator_by_keyboard_alone(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}en/calculators/kz-state-duty/")
    page.wait_for_function("document.querySelector('.cc-calc').dataset.state === 'ready'", timeout=BOOT)
    skip_to_content(page)
    visited: list[dict[str, Any]] = []

    def field(name: str) -> Any:
        def matches(f: dict[str, Any]) -> bool:
            visited.append(f)
            return f["name"] == name

        return matches

    # Every control met on the way is labelled and shows where the focus is.
    tab_to(page, field("claims.1.type"))
    page.keyboard.press("ArrowUp")  # non-property → property: the amount field of this demand appears
    assert page.locator('[name="claims.1.type"]').input_value() == "property"
    tab_to(page, field("claims.1.amount"))
    page.keyboard.type("500000")
    tab_to(page, field("claims.0.amount"), back=True)
    page.keyboard.press("Control+A")
    page.keyboard.type("1000000")
    submit = tab_to(page, lambda f: visited.append(f) or f["type"] == "submit")
    assert submit["text"] == "Calculate"
    page.keyboard.press("Enter")
    # (1 000 000 + 500 000) × 1 % = 15 000; no non-property demand left
    assert wait_live(page) == "15000"
    controls = [f for f in visited if f["tag"] in ("input", "select", "button")]
    assert controls and all(f["ring"] for f in controls), [f for f in controls if not f["ring"]]
    for name in {f["name"] for f in controls if f["name"]}:
        labels = page.evaluate("n => document.querySelector(`[name='${n}']`).labels.length", name)
        assert labels == 1, name

    # A bad amount, sent with Space on the focused button: the error is tied to its field and announced.
    tab_to(page, field("claims.0.amount"), back=True)
    page.keyboard.press("Control+A")
    page.keyboard.type("a million")
    tab_to(page, lambda f: f["type"] == "submit")
    page.keyboard.press("Space")
    page.wait_for_function("document.querySelector('.cc-calc').dataset.resultSource === 'invalid'", timeout=BOOT)
    amount = page.locator('[name="claims.0.amount"]')
    assert amount.get_attribute("aria-invalid") == "true"
    described = amount.get_attribute("aria-describedby").split()
    error = page.locator('[data-error-for="claims.0.amount"]')
    assert error.get_attribute("id") in described
    assert error.inner_text(), "the error text is empty"
    assert error.get_attribute("aria-live") == "polite"
    assert page.locator(".cc-status").get_attribute("role") == "status"
    assert page.locator(".cc-total").get_attribute("aria-live") == "polite"
    assert page.locator(".cc-total").get_attribute("aria-atomic") == "true"
    # Every error box is in the page (rendered) before any error arrives, so the words are announced.
    assert page.evaluate(
        "[...document.querySelectorAll('.cc-error')].every(e => getComputedStyle(e).display !== 'none')"
    )

    # Corrected: the same total paragraph (the live region) stays in place and only its words change.
    page.evaluate("window.totalBefore = document.querySelector('.cc-total')")
    tab_to(page, field("claims.0.amount"), back=True)
    page.keyboard.press("Control+A")
    page.keyboard.type("2000000")
    page.keyboard.press("Enter")  # Enter in a field submits the form: its Calculate button is the default
    assert wait_live(page) == "25000"  # 2 500 000 × 1 %
    assert page.evaluate("window.totalBefore === document.querySelector('.cc-total')")
    assert page.locator('[name="claims.0.amount"]').get_attribute("aria-invalid") is None

    # Removing a demand keeps the focus in the list: on the demand that moved up into its place.
    tab_to(page, lambda f: "cc-remove" in f["cls"])
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.getAttribute('name')") == "claims.0.type"
    assert wait_live(page) == "5000"  # 500 000 × 1 %


def test_text_page_by_keyboard_alone(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}texts/kz-resolution-9/")
    skip_to_content(page)
    choose = tab_to(page, lambda f: "tx-choose" in f["cls"])
    assert choose["ring"]
    page.keyboard.press("ArrowDown")  # Russian → English translation
    section = page.locator("#p-5")
    assert section.locator('[data-tr="en"]').is_visible() and section.locator('[data-tr="ru"]').is_hidden()
    shown = tab_to(page, lambda f: "tx-show" in f["cls"])
    assert shown["ring"]
    page.keyboard.press("Space")  # hide the original column
    assert section.locator(".tx-orig").is_hidden()
    page.keyboard.press("Space")
    assert section.locator(".tx-orig").is_visible()

    term = tab_to(page, lambda f: "tx-term" in f["cls"], limit=300)
    assert term["ring"], "a focused glossary term shows the focus"
    definition = page.evaluate("getComputedStyle(document.activeElement, '::after').content")
    title = page.evaluate("document.activeElement.getAttribute('title')")
    assert title and definition.strip('"') == title, "the definition opens on keyboard focus"

    anchor = tab_to(page, lambda f: "tx-anchor" in f["cls"])
    assert anchor["ring"]
    page.keyboard.press("Enter")
    assert page.url.split("#")[1] in {"header", "title"} or page.url.split("#")[1].startswith("p-")
