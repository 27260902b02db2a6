"""The offline zip: built as ./scripts/build-offline builds it, unzipped into a folder whose path has spaces and
Cyrillic letters, opened from file:// in Chromium with no server: search, language switch, calculator."""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from browsing import BOOT, Watch, search_finds

from site_build import pyconsole

playwright = pytest.importorskip("playwright.sync_api")
ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def offline_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("offline")
    site = out / "site"
    env = {**os.environ, "COURT_CALC_OFFLINE": "true"}
    subprocess.run(
        [str(ROOT / ".venv/bin/mkdocs"), "build", "--strict", "--quiet", "-d", str(site)], cwd=ROOT, env=env, check=True
    )
    archive = out / "offline.zip"
    subprocess.run(
        [str(ROOT / ".venv/bin/python"), str(ROOT / "scripts/zip_site.py"), str(site), str(archive), "court-calc"],
        check=True,
    )
    return archive


@pytest.fixture(scope="session")
def unzipped(offline_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unzip") / "папка с пробелами" / "офлайн копия"
    target.mkdir(parents=True)
    with zipfile.ZipFile(offline_zip) as archive:
        archive.extractall(target)
    return target / "court-calc"


@pytest.fixture
def tab(browser: Any, unzipped: Path) -> Iterator[Any]:
    context = browser.new_context(offline=True)
    page = context.new_page()
    watch = Watch(page, {"file://"})  # any http(s) request would leave the page's files
    yield page
    context.close()
    watch.check()


def test_zip_is_small_and_holds_the_runtime_once(offline_zip: Path) -> None:
    assert offline_zip.stat().st_size < 20 * 1024 * 1024
    names = zipfile.ZipFile(offline_zip).namelist()
    assert names.count("court-calc/assets/offline/court-calc-payload.js") == 1
    assert not [n for n in names if n.endswith(("pyodide.asm.wasm", "python_stdlib.zip"))]
    assert "court-calc/assets/vendor/iframe-worker-shim.js" in names


@pytest.mark.parametrize(
    ("lang", "word", "expect"),
    [
        ("kk/", "баж", "texts/kz-resolution-9.html"),
        ("ky/", "аткаруучу", "kg-enforcement-article.html"),
        ("", "пошлина", "texts/kz-resolution-9.html"),
        ("en/", "bailiff", "kg-enforcement-article.html"),
    ],
)
def test_search_from_disk(tab: Any, unzipped: Path, lang: str, word: str, expect: str) -> None:
    tab.goto((unzipped / f"{lang}index.html").as_uri())
    search_finds(tab, word, expect)


def test_language_switch_from_disk(tab: Any, unzipped: Path) -> None:
    tab.goto((unzipped / "texts/kz-resolution-9.html").as_uri())
    tab.locator(".md-header__option .md-select").hover()
    tab.locator('a.md-select__link[hreflang="ky"]').click()
    tab.wait_for_url("**/ky/texts/kz-resolution-9.html")
    assert tab.locator("html").get_attribute("lang") == "ky"
    assert tab.locator("#p-11-1").count() == 1


def test_calculator_from_disk_live_and_with_input(tab: Any, unzipped: Path) -> None:
    data = {
        "date": "2020-04-01",
        "payer": "legal_entity",
        "claims": [{"type": "property", "amount": "1000000"}, {"type": "non_property"}],
    }
    url = (unzipped / "en/calculators/kz-state-duty.html").as_uri() + "?input=" + quote(json.dumps(data))
    tab.goto(url)
    tab.wait_for_function("document.querySelector('.cc-calc').dataset.resultSource === 'live'", timeout=BOOT)
    # 1 000 000 × 3 % = 30 000.00; 0.5 × 2 778 = 1 389.00; total 31 389.00
    assert tab.locator('[data-field="total"]').get_attribute("data-value") == "31389.00"
    tab.fill('[name="claims.0.amount"]', "2,000,000")
    tab.wait_for_function("document.querySelector('[data-field=total]').dataset.value === '61389.00'", timeout=BOOT)


@pytest.mark.parametrize("lang", ["", "kk/"])
def test_console_from_disk_says_it_needs_the_web_address(tab: Any, unzipped: Path, lang: str) -> None:
    """PyScript is ES modules, which Chromium refuses from file://: the console says so at once, never "starting"."""
    tab.goto((unzipped / f"{lang}console.html").as_uri())
    root = tab.locator("[data-console]")
    assert root.get_attribute("data-state") == "unavailable"
    words = pyconsole.UI[lang.rstrip("/") or "ru"]["unavailable"]
    assert tab.locator("[data-console-status]").inner_text() == words
    assert tab.locator("[data-console-run]").is_disabled()
    tab.locator('[data-example="loop"]').click()  # the examples can still be read
    assert "kz_state_duty" in tab.locator("[data-console-code]").input_value()
    assert not list(unzipped.glob("assets/pyscript/*"))
