"""The offline zip: built as ./scripts/build-offline builds it, unzipped into a folder whose path has spaces and
Cyrillic letters, opened from file:// in Chromium with no server: search, language switch, calculator."""

from __future__ import annotations

import base64
import gzip
import json
import os
import shutil
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


OFFLINE_SCRIPTS = ("court-calc-offline.js", "court-calc-wasm.js", "court-calc-snapshot.js", "court-calc-fallback.js")


def test_zip_is_small_and_holds_the_runtime_once(offline_zip: Path) -> None:
    assert offline_zip.stat().st_size < 20 * 1024 * 1024
    names = zipfile.ZipFile(offline_zip).namelist()
    for script in OFFLINE_SCRIPTS:
        assert names.count(f"court-calc/assets/offline/{script}") == 1
    assert not [n for n in names if n.endswith(("pyodide.asm.wasm", "python_stdlib.zip", ".csnap"))]
    assert not [n for n in names if n.endswith((".br", ".gz"))]  # no server picks an encoding on disk
    assert not [n for n in names if "/assets/runtime/" in n]  # the served worker cannot run from disk
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
    loaded: list[str] = []
    tab.on("request", lambda r: loaded.append(r.url))
    tab.goto(url)
    tab.wait_for_function("document.querySelector('.cc-calc').dataset.resultSource === 'live'", timeout=BOOT)
    # 1 000 000 × 3 % = 30 000.00; 0.5 × 2 778 = 1 389.00; total 31 389.00
    assert tab.locator('[data-field="total"]').get_attribute("data-value") == "31389.00"
    # booted from the build's memory snapshot, and the fallback (standard library, archive) was never loaded
    assert tab.locator(".cc-calc").get_attribute("data-runtime") == "snapshot"
    assert [u for u in loaded if u.endswith("/court-calc-snapshot.js")]
    assert not [u for u in loaded if u.endswith("/court-calc-fallback.js")]
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


@pytest.fixture(scope="session")
def damaged(unzipped: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the unzipped site whose snapshot script carries bytes that are not a snapshot."""
    target = tmp_path_factory.mktemp("damaged") / "court-calc"
    shutil.copytree(unzipped, target)
    junk = base64.b64encode(gzip.compress(b"not a memory snapshot" * 100)).decode("ascii")
    (target / "assets/offline/court-calc-snapshot.js").write_text(
        f'window.CourtCalcPayload = window.CourtCalcPayload || {{}};\nwindow.CourtCalcPayload.csnap = "{junk}";\n',
        encoding="ascii",
    )
    return target


def test_a_damaged_snapshot_falls_back_to_the_plain_boot(tab: Any, damaged: Path) -> None:
    data = {"date": "2026-03-10", "claims": [{"type": "property", "amount": "1500000"}, {"type": "non_property"}]}
    loaded: list[str] = []
    tab.on("request", lambda r: loaded.append(r.url))
    tab.goto((damaged / "calculators/kz-state-duty.html").as_uri() + "?input=" + quote(json.dumps(data)))
    tab.wait_for_function("document.querySelector('.cc-calc').dataset.resultSource === 'live'", timeout=BOOT)
    assert tab.locator(".cc-calc").get_attribute("data-runtime") == "plain"
    assert tab.locator(".cc-calc").get_attribute("data-state") == "ready"
    assert tab.locator('[data-field="total"]').get_attribute("data-value")
    assert [u for u in loaded if u.endswith("/court-calc-fallback.js")]


def test_calculator_pages_start_the_offline_worker_from_the_head(unzipped: Path) -> None:
    """The worker boots while the page is parsed: the offline runtime script is in <head>, before the styles."""
    for page, up in (("calculators/kz-state-duty.html", "../"), ("kk/embed/kg-enforcement-fee.html", "../../")):
        html = (unzipped / page).read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        tag = f'<script src="{up}assets/offline/court-calc-offline.js" data-start="{up}assets/offline/"></script>'
        assert head.count(tag) == 1, page
        assert head.index(tag) < head.index('<link rel="stylesheet"'), page
        assert 'data-step="runtime"' not in html, page  # the served worker cannot start from disk
    assert "court-calc-offline.js" not in (unzipped / "texts/kz-resolution-9.html").read_text(encoding="utf-8")
