"""The colour scheme switch in the header is the site's (docs/assets/court-calc-boot.js, step "palette").

Material's script does not mount its palette component on it (overrides/partials/palette.html), so that starting that
script restyles nothing. The switch must still do all that Material's did: apply the saved choice, else the system's,
before the first paint; switch on a click or Enter; save the choice as Material saves it; keep one theme-color and
one color-scheme meta tag in step with the header. Run in Debian's Chromium against the built site.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browsing import BOOT, Watch

pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

BUNDLE = "**/javascripts/bundle.*.min.js"
SWITCH = "label.md-header__button[for^='__palette']:visible"
STATE = """() => ({
  scheme: document.body.getAttribute('data-md-color-scheme'),
  switching: document.body.hasAttribute('data-md-color-switching'),
  shown: [...document.querySelectorAll('[data-cc-palette] label')].filter(l => !l.hidden).map(l => l.htmlFor),
  colorScheme: [...document.querySelectorAll('meta[name="color-scheme"]')].map(m => m.content),
  themeColor: [...document.querySelectorAll('meta[name="theme-color"]')].map(m => m.content),
  saved: __md_get('__palette'),
  focused: document.activeElement ? document.activeElement.id : null,
})"""

# Every change of the scheme and of the "switching" mark on <body>, with the document's state when it was made.
HISTORY = """window.__schemes = [];
new MutationObserver(list => list.forEach(m => window.__schemes.push(
  [m.attributeName, m.target.getAttribute(m.attributeName), document.readyState])))
  .observe(document, {subtree: true, attributes: true,
                      attributeFilter: ['data-md-color-scheme', 'data-md-color-switching']});"""


@pytest.fixture
def dark_tab(browser: Any, site_url: str) -> Iterator[Any]:
    """A watched tab of a browser whose system preference is the dark scheme, with nothing saved."""
    context = browser.new_context(color_scheme="dark")
    tab = context.new_page()
    watch = Watch(tab, {site_url.rstrip("/")})
    yield tab
    context.close()
    watch.check()


def settled(tab: Any) -> dict[str, Any]:
    tab.wait_for_function("!document.body.hasAttribute('data-md-color-switching')", timeout=10_000)
    return dict(tab.evaluate(STATE))


def test_the_switch_works_by_click_and_by_enter_beside_materials_script(page: Any, site_url: str) -> None:
    page.add_init_script(HISTORY)
    page.goto(f"{site_url}en/texts/kz-resolution-9/")  # a page that loads Material's script as Material does
    page.wait_for_function("typeof window.component$ === 'object'", timeout=BOOT)
    start = settled(page)
    # Material's script added no second pair of meta tags: its palette component was not mounted.
    assert start["scheme"] == "default" and start["shown"] == ["__palette_1"], start
    assert start["colorScheme"] == ["light"] and start["themeColor"] == ["#4051b5"], start
    assert start["saved"]["index"] == 0 and start["saved"]["color"]["scheme"] == "default", start
    page.evaluate("window.__schemes.length = 0")
    page.locator(SWITCH).click()
    dark = settled(page)
    # transitions are off while the scheme changes (Material's CSS: [data-md-color-switching] *), on again after
    assert page.evaluate("window.__schemes") == [
        ["data-md-color-switching", "", "complete"],
        ["data-md-color-scheme", "slate", "complete"],
        ["data-md-color-switching", None, "complete"],
    ]
    assert dark["scheme"] == "slate" and dark["shown"] == ["__palette_0"], dark
    assert dark["colorScheme"] == ["dark"] and len(dark["themeColor"]) == 1, dark
    assert dark["saved"] == {
        "index": 1,
        "color": {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": "indigo", "accent": "indigo"},
    }
    # Enter on the switch's control moves to the next scheme and to its control, as with Material's component.
    page.focus("#__palette_1")
    page.keyboard.press("Enter")
    back = settled(page)
    assert back["scheme"] == "default" and back["shown"] == ["__palette_1"], back
    assert back["colorScheme"] == ["light"] and back["focused"] == "__palette_0", back
    # The choice is kept on the next page, a calculator page, before Material's script comes to it.
    page.locator(SWITCH).click()
    page.context.route(BUNDLE, lambda route: None)
    page.goto(f"{site_url}en/calculators/kz-state-duty/")
    kept = page.evaluate(STATE)
    assert kept["scheme"] == "slate" and kept["shown"] == ["__palette_0"] and kept["colorScheme"] == ["dark"], kept
    assert page.evaluate("typeof window.component$") == "undefined"


@pytest.mark.parametrize("path", ["en/calculators/kz-state-duty/", "kk/texts/kz-resolution-9/", "embed/kz-state-duty/"])
def test_with_nothing_saved_the_systems_scheme_is_shown_from_the_first_paint(
    dark_tab: Any, site_url: str, path: str
) -> None:
    if "calculators/" in path:
        # Material's script held: what the page shows before it comes (here, until after the calculator's answer).
        # A text page runs it as Material does, at the end of <body>; the widget does not load it.
        dark_tab.route(BUNDLE, lambda route: None)
    dark_tab.add_init_script(HISTORY)
    dark_tab.goto(f"{site_url}{path}")
    state = dark_tab.evaluate(STATE)
    assert state["scheme"] == "slate" and state["colorScheme"] == ["dark"], state
    # Set once, by the header's script while the page was still being parsed (so before it was first drawn), and
    # not as a switch with transitions turned off.
    assert dark_tab.evaluate("window.__schemes") == [["data-md-color-scheme", "slate", "loading"]]
    if path.startswith("embed/"):
        # The widget's switch is hidden: the system's scheme is shown but not saved as if the visitor had chosen it.
        assert state["saved"] is None, state
    else:
        assert state["saved"]["index"] == 1 and state["saved"]["color"]["scheme"] == "slate", state
        assert state["shown"] == ["__palette_0"], state
        assert dark_tab.locator(SWITCH).get_attribute("title")


def test_materials_script_finds_its_marks_on_the_page_and_still_marks_keyboard_focus(
    browser: Any, site_url: str
) -> None:
    marks = """() => ({
      js: document.documentElement.className.split(' ').sort(),
      attribute: document.documentElement.hasAttribute('data-js-focus-visible'),
    })"""
    context = browser.new_context()
    try:
        tab = context.new_page()
        tab.route(BUNDLE, lambda route: None)
        tab.goto(f"{site_url}en/calculators/kz-state-duty/")
        held = tab.evaluate(marks)
        tab.unroute(BUNDLE)
        tab.goto(f"{site_url}en/glossary/")
        tab.wait_for_function("typeof window.component$ === 'object'", timeout=BOOT)
        loaded = tab.evaluate(marks)
        # Material's focus-visible helper still runs: a control reached by the keyboard is marked as such.
        for _ in range(3):
            tab.keyboard.press("Tab")
        focused = tab.evaluate("document.activeElement.classList.contains('focus-visible')")
    finally:
        context.close()
    assert held == loaded == {"js": ["js", "js-focus-visible"], "attribute": True}, (held, loaded)
    assert focused
