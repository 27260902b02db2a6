"""Shared fixtures: one strict build of the whole site, one Chromium, the
built site on a local server, and a watched tab."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browsing import Watch, serve

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``mkdocs build --strict`` into a fresh folder, once per test session."""
    out = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "mkdocs"), "build", "--strict", "--quiet", "-d", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    return out


# tests/wasm holds the module that runs inside Pyodide (tests/test_wasm.py starts it); CPython skips it.
collect_ignore = ["wasm"]


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One Debian Chromium for the session, driven by Playwright (never a downloaded browser)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: ./scripts/test installs it")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site on a local server (the site's own static server), for the session."""
    proc, url = serve(built_site)
    yield url
    proc.terminate()
    proc.wait()


@pytest.fixture
def page(browser: Any, site_url: str) -> Iterator[Any]:
    """A fresh tab on the built site; fails the test on a console error or a request that leaves the site."""
    context = browser.new_context()
    tab = context.new_page()
    watch = Watch(tab, {site_url.rstrip("/")})
    tab.watch = watch
    yield tab
    context.close()
    watch.check()
