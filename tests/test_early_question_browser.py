"""A question given in the address is asked from <head> (docs/assets/court-calc-boot.js, step "runtime").

A calculator page opened with ``?input=`` asks its worker (or the keeper) that question while the page is still
parsed; the calculator, once the page is ready, asks the same question and takes that answer instead of asking
again (docs/assets/court-calc-runtime.js). A link the form refuses is not asked; a form the visitor changed before
the answer asks its own question, and its answer is the one shown.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from browsing import BOOT, PREFIX, Watch, wait_live

playwright = pytest.importorskip("playwright.sync_api")

PAGE = "calculators/kz-state-duty/"
# 1 500 000 × 1 % = 15 000, + 2 163 for the non-property demand (2026: 5 MCI × 4 325 / 10, rounded) = 17 163
INPUT = {"date": "2026-03-10", "claims": [{"type": "property", "amount": "1500000"}, {"type": "non_property"}]}
TOTAL = "17163"
TYPED = "100000"  # 100 000 × 1 % = 1 000; + 2 163 = 3 163 (test_keeper_browser.py)
TYPED_TOTAL = "3163"
# Every question a page sends to its worker or to the keeper, with the document's state at the time.
SPY = """(() => {
  window.__asked = [];
  const spy = (proto) => {
    const send = proto.postMessage;
    proto.postMessage = function (message) {
      if (message && message.seq !== undefined) __asked.push({seq: message.seq, state: document.readyState,
        input: message.input});
      return send.apply(this, arguments);
    };
  };
  spy(Worker.prototype);
  if (window.ServiceWorker) spy(ServiceWorker.prototype);
})();"""
KEEPER_ACTIVE = """async () => {
  const all = await navigator.serviceWorker.getRegistrations();
  return all.some(r => r.active && r.active.state === 'activated');
}"""


def _link(site_url: str, lang: str, value: Any) -> str:
    return f"{site_url}{PREFIX[lang]}{PAGE}?input={quote(json.dumps(value))}"


@pytest.fixture
def tab(browser: Any, site_url: str) -> Iterator[Any]:
    context = browser.new_context()
    context.add_init_script(SPY)
    page = context.new_page()
    page.watch = Watch(page, {site_url.rstrip("/")})
    yield page
    context.close()
    page.watch.check()


def _asked(tab: Any) -> list[dict[str, Any]]:
    return list(tab.evaluate("window.__asked"))


def test_the_address_question_is_asked_once_while_the_page_is_parsed(tab: Any, site_url: str) -> None:
    tab.goto(_link(site_url, "ru", INPUT), wait_until="domcontentloaded")
    assert wait_live(tab) == TOTAL
    calc = tab.locator(".cc-calc")
    assert calc.get_attribute("data-runtime-host") == "worker"
    assert calc.get_attribute("data-state") == "ready"
    asked = _asked(tab)
    assert [(q["seq"], q["state"]) for q in asked] == [(0, "loading")], asked
    assert asked[0]["input"] == INPUT
    # The address the page shows to share is the form's own reading of the same input.
    assert "1500000" in str(calc.get_attribute("data-share-url"))


def test_the_keeper_gets_the_address_question_from_head_too(tab: Any, site_url: str) -> None:
    tab.goto(_link(site_url, "ru", INPUT), wait_until="domcontentloaded")
    assert wait_live(tab) == TOTAL
    deadline = BOOT // 200
    while not tab.evaluate(KEEPER_ACTIVE) and deadline:
        tab.wait_for_timeout(200)
        deadline -= 1
    assert deadline, "no keeper became active"
    for lang in ("kk", "en"):
        tab.goto(_link(site_url, lang, INPUT), wait_until="domcontentloaded")
        assert wait_live(tab) == TOTAL
        assert tab.locator(".cc-calc").get_attribute("data-runtime-host") == "keeper"
        asked = _asked(tab)
        assert [(q["seq"], q["state"]) for q in asked] == [(0, "loading")], (lang, asked)


@pytest.mark.parametrize(
    "text",
    [
        "[1, 2]",  # not an object
        "null",
        "{not json",
        json.dumps({"date": "2026-03-10", "claims": [{"a": [[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]}]}),  # too deep
    ],
)
def test_a_link_the_form_refuses_is_not_asked(tab: Any, site_url: str, text: str) -> None:
    from site_build.ui import UI

    tab.goto(f"{site_url}{PAGE}?input={quote(text)}", wait_until="domcontentloaded")
    calc = tab.locator(".cc-calc")
    tab.locator(".cc-calc[data-state='ready']").wait_for(timeout=BOOT)
    assert calc.get_attribute("data-result-source") == "invalid"
    assert tab.locator(".cc-status").text_content() == UI["ru"]["link_invalid"]
    assert _asked(tab) == []


def test_a_form_changed_before_the_answer_asks_its_own_question(tab: Any, site_url: str) -> None:
    tab.goto(_link(site_url, "ru", INPUT), wait_until="domcontentloaded")
    # Typed at once: a cold start is far from ready then, so the head's answer has not been shown.
    tab.fill('[name="claims.0.amount"]', TYPED)
    tab.wait_for_function(
        "document.querySelector('[data-field=\"total\"]').getAttribute('data-value') === '3163'"
        " && document.querySelector('.cc-calc').dataset.resultSource === 'live'",
        timeout=BOOT,
        polling=100,
    )
    assert wait_live(tab) == TYPED_TOTAL
    asked = _asked(tab)
    assert [q["seq"] for q in asked] == [0, 1], asked
    assert asked[1]["input"]["claims"][0]["amount"] == TYPED
