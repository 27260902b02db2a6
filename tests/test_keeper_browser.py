"""The keeper (runtime/court-calc-keeper.mjs): the service worker that keeps one started engine for the site.

A first calculator page starts its own worker, then registers the keeper and has it start; a calculator page opened
after that asks the keeper and starts no worker of its own; a keeper the browser has stopped starts again from the
snapshot kept in Cache Storage. Where service workers are refused, pages keep their own worker (the fault tests in
test_faults_browser.py run that way).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from browsing import BOOT, PREFIX, Watch, wait_live

playwright = pytest.importorskip("playwright.sync_api")

PAGE = "calculators/kz-state-duty/"
TYPED = "100000"  # 100 000 × 1 % = 1 000; + 2 163 for the non-property demand = 3 163 (test_faults_browser.py)
TYPED_TOTAL = "3163"
# The keeper registered and running: its registration's active worker has reached "activated".
KEEPER_ACTIVE = """async () => {
  const all = await navigator.serviceWorker.getRegistrations();
  return all.filter(r => r.active && r.active.state === 'activated').map(r => r.active.scriptURL);
}"""


@pytest.fixture
def tab(browser: Any, site_url: str) -> Iterator[Any]:
    context = browser.new_context()
    page = context.new_page()
    page.watch = Watch(page, {site_url.rstrip("/")})
    yield page
    context.close()
    page.watch.check()


def _host(tab: Any) -> str | None:
    value = tab.locator(".cc-calc").get_attribute("data-runtime-host")
    return None if value is None else str(value)


def _own_workers(tab: Any) -> list[Any]:
    return [w for w in tab.workers if w.url.endswith("/court-calc-worker.mjs")]


def _typed_total(tab: Any, url: str) -> str:
    tab.goto(url, wait_until="domcontentloaded")
    tab.fill('[name="claims.0.amount"]', TYPED)
    return wait_live(tab)


def _wait_keeper(tab: Any) -> list[str]:
    """The active keepers' script addresses, once there is one (the page registers it after its worker is up)."""
    deadline = time.monotonic() + BOOT / 1000
    while time.monotonic() < deadline:
        active = list(tab.evaluate(KEEPER_ACTIVE))
        if active:
            return active
        tab.wait_for_timeout(200)
    raise AssertionError("no keeper became active")


def test_the_next_calculator_page_asks_the_keeper_and_starts_no_worker(tab: Any, site_url: str) -> None:
    # First visit: the page's own worker answers, then the keeper is registered beside the worker.
    assert _typed_total(tab, f"{site_url}{PAGE}") == TYPED_TOTAL
    assert _host(tab) == "worker"
    (keeper,) = _wait_keeper(tab)
    worker = tab.locator(".cc-calc").get_attribute("data-runtime")
    assert worker == "snapshot"
    assert keeper.endswith("/court-calc-keeper.mjs")
    assert "/assets/runtime/" in keeper
    # Every other language's page is answered by the keeper, with the same total, and starts no worker.
    for lang in ("kk", "ky", "en"):
        assert _typed_total(tab, f"{site_url}{PREFIX[lang]}{PAGE}") == TYPED_TOTAL
        assert _host(tab) == "keeper"
        assert tab.locator(".cc-calc").get_attribute("data-runtime") == "snapshot"
        assert tab.locator(".cc-calc").get_attribute("data-state") == "ready"
        assert _own_workers(tab) == []
    # Another calculator too, with its build-time example computed live.
    tab.goto(f"{site_url}en/calculators/kz-court-costs/", wait_until="domcontentloaded")
    tab.locator(".cc-calc[data-state='ready']").wait_for(timeout=BOOT)
    assert _host(tab) == "keeper"
    assert tab.watch.errors == [], tab.watch.errors


def test_a_keeper_the_browser_stopped_starts_again_and_answers(tab: Any, site_url: str) -> None:
    assert _typed_total(tab, f"{site_url}{PAGE}") == TYPED_TOTAL
    _wait_keeper(tab)
    assert _typed_total(tab, f"{site_url}en/{PAGE}") == TYPED_TOTAL
    assert _host(tab) == "keeper"
    # Chromium stops an idle service worker after about 30 s; stop it now, as that would.
    cdp = tab.context.new_cdp_session(tab)
    cdp.send("ServiceWorker.enable")
    cdp.send("ServiceWorker.stopAllWorkers")
    assert _typed_total(tab, f"{site_url}kk/{PAGE}") == TYPED_TOTAL
    assert _host(tab) == "keeper"
    assert tab.locator(".cc-calc").get_attribute("data-runtime") == "snapshot"  # from the kept snapshot
    assert _own_workers(tab) == []


def test_where_service_workers_are_refused_every_page_keeps_its_own_worker(browser: Any, site_url: str) -> None:
    context = browser.new_context(service_workers="block")
    try:
        tab = context.new_page()
        tab.watch = Watch(tab, {site_url.rstrip("/")})
        for lang in ("ru", "en"):
            assert _typed_total(tab, f"{site_url}{PREFIX[lang]}{PAGE}") == TYPED_TOTAL
            assert _host(tab) == "worker"
            assert len(_own_workers(tab)) == 1
        tab.watch.check()
    finally:
        context.close()
