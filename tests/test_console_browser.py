"""The Python console page in Debian's Chromium: PyScript on the site's own Pyodide, served with the site's strict
Content-Security-Policy (no 'unsafe-eval', no inline script), nothing fetched from outside the site.

The expected output is what the same code prints under CPython here (calculators.console.execute)."""

from __future__ import annotations

import functools
import http.server
import importlib.util
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browsing import BOOT, PREFIX, Watch
from test_accessibility import AXE, axe, report

from calculators import console
from calculators.errors import CalcError
from calculators.registry import run
from site_build import pyconsole

playwright = pytest.importorskip("playwright.sync_api")
ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.browser


def deployed_policy() -> str:
    """The Content-Security-Policy deploy/nginx.conf sends with every page, frame-ancestors set to the site."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    found = re.search(r'add_header Content-Security-Policy "([^"]+)"', conf)
    assert found, "deploy/nginx.conf: no Content-Security-Policy"
    policy = re.sub(r"\$\w+", "'self'", found[1])
    assert "'unsafe-eval'" not in policy and "script-src 'self' 'wasm-unsafe-eval'" in policy
    return policy


def _static_handler() -> type[http.server.SimpleHTTPRequestHandler]:
    """The site's own static server's handler (scripts/static_server.py: the right types for .wasm and .mjs)."""
    spec = importlib.util.spec_from_file_location("static_server", ROOT / "scripts" / "static_server.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    handler: type[http.server.SimpleHTTPRequestHandler] = module.Handler
    return handler


@pytest.fixture(scope="session")
def strict_url(built_site: Path) -> Iterator[str]:
    """The built site served with the strict policy on every answer."""
    base, policy = _static_handler(), deployed_policy()

    class Strict(base):  # type: ignore[valid-type,misc]
        def end_headers(self) -> None:
            self.send_header("Content-Security-Policy", policy)
            super().end_headers()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Strict, directory=str(built_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def tab(browser: Any, strict_url: str) -> Iterator[Any]:
    context = browser.new_context()
    page = context.new_page()
    watch = Watch(page, {strict_url.rstrip("/")})  # a CSP refusal is a console error: it fails the test too
    yield page
    context.close()
    watch.check()


@pytest.fixture
def cpython() -> Iterator[None]:
    before = console.language()
    yield
    console.set_language(before)


def examples(lang: str) -> dict[str, str]:
    return {ident: code for ident, _, code in pyconsole.EXAMPLES[lang]}


# Every wait is a locator: Playwright's string predicates are eval(), which the policy refuses.
def run_code(page: Any, runs: int) -> str:
    page.locator("[data-console-run]").click()
    page.locator(f'[data-console][data-runs="{runs}"]').wait_for(timeout=BOOT)
    return str(page.locator("[data-console-output]").text_content())


def test_console_runs_an_example_typed_code_and_an_error(tab: Any, strict_url: str, cpython: None) -> None:
    console.set_language("en")
    tab.goto(f"{strict_url}en/console/")
    root = tab.locator("[data-console]")
    assert root.get_attribute("data-state") == "loading"
    assert tab.locator("[data-console-run]").is_disabled()
    root.and_(tab.locator('[data-state="ready"]')).wait_for(timeout=BOOT)

    # A ready example, picked with its button: the same table CPython prints.
    tab.locator('[data-example="loop"]').click()
    code = tab.locator("[data-console-code]").input_value()
    assert code == examples("en")["loop"]
    assert run_code(tab, 1) == console.execute(code)

    # Code the visitor types.
    typed = "r = kz_court_costs(**example('kz-court-costs'))\nprint('TOTAL', r['total'])\nr['currency']"
    tab.locator("[data-console-code]").fill(typed)
    expected = run("kz-court-costs", console.example("kz-court-costs"), "en")["total"]
    assert run_code(tab, 2) == f"TOTAL {expected}\n'KZT'\n"

    # An error: the calculators' own message, in the page's language, as the last line.
    tab.locator("[data-console-code]").fill('kz_state_duty(date="2026-02-30", claims=[])')
    tab.locator("[data-console-code]").press("Control+Enter")
    tab.locator('[data-console][data-runs="3"]').wait_for(timeout=BOOT)
    out = str(tab.locator("[data-console-output]").text_content())
    with pytest.raises(CalcError) as raw:
        run("kz-state-duty", {"date": "2026-02-30", "claims": []}, "en")
    messages = [f"{e.message['en']} ({e.field})" for e in (raw.value, *raw.value.others)]
    assert out.splitlines()[-len(messages) :] == [f"InputError: {messages[0]}", *messages[1:]]
    assert root.get_attribute("data-state") == "ready"
    assert pyconsole.UI["en"]["done"] in str(tab.locator("[data-console-status]").text_content())


@pytest.mark.parametrize("lang", ["ru", "kk", "ky"])
def test_console_speaks_the_page_language(tab: Any, strict_url: str, lang: str, cpython: None) -> None:
    console.set_language(lang)
    tab.goto(f"{strict_url}{PREFIX[lang]}console/")
    tab.locator('[data-console][data-state="ready"]').wait_for(timeout=BOOT)
    tab.locator('[data-example="errors"]').click()
    out = run_code(tab, 1).splitlines()
    expected = console.execute(examples(lang)["errors"]).splitlines()
    # The same lines as under CPython; the traceback's caret line is CPython 3.14's alone (Pyodide) and is skipped.
    assert [line for line in out if "^" not in line] == [line for line in expected if "^" not in line]
    assert out[-1].startswith("InputError: ") and out[-1].endswith("(date)")


def test_console_failure_says_why(browser: Any, strict_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.route("**/assets/calculators.zip", lambda route: route.abort())
    page.goto(f"{strict_url}en/console/")
    page.locator('[data-console][data-state="error"]').wait_for(timeout=BOOT)
    assert "Python could not start" in str(page.locator("[data-console-status]").text_content())
    assert page.locator("[data-console-run]").is_disabled()
    context.close()


def test_calculator_pages_load_no_pyscript(tab: Any, strict_url: str) -> None:
    loaded: list[str] = []
    tab.on("request", lambda r: loaded.append(r.url))
    tab.goto(f"{strict_url}en/calculators/kz-state-duty/")
    tab.locator('.cc-calc[data-state="ready"]').wait_for(timeout=BOOT)
    assert not [u for u in loaded if "pyscript" in u or "court-console" in u]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_console_has_no_serious_accessibility_violation(browser: Any, strict_url: str, scheme: str) -> None:
    """axe-core (tests/test_accessibility.py) on the console with an example's output and an error shown."""
    # bypass_csp: axe is injected as an inline script, which the page's policy would refuse.
    context = browser.new_context(color_scheme=scheme, bypass_csp=True)
    page = context.new_page()
    watch = Watch(page, {strict_url.rstrip("/")})
    page.goto(f"{strict_url}kk/console/")
    page.locator('[data-console][data-state="ready"]').wait_for(timeout=BOOT)
    page.locator('[data-example="errors"]').click()
    run_code(page, 1)
    page.mouse.move(0, 0)  # Material's hover colours are its own
    assert AXE.exists()
    found = report(f"/kk/console/ ({scheme})", axe(page))
    context.close()
    watch.check()
    assert not found, "\n".join(found)
