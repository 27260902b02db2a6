"""Time the real pages in headless Chromium: first live result, longest main-thread task, bytes moved.

Run through ``./scripts/bench``; prints a Markdown table. Cold = a fresh browser profile; warm = the same
page again in the same browser (HTTP and compiled-code caches in place).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import quote

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
# The build serves Pyodide under its npm version (site_build/bundle.py).
PYODIDE_VERSION = json.loads((ROOT / "node_modules/pyodide/package.json").read_text(encoding="utf-8"))["version"]
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu"]
PROBE = """
window.__bench = {long: 0, live: null};
new PerformanceObserver(l => l.getEntries().forEach(e => { __bench.long = Math.max(__bench.long, e.duration); }))
  .observe({type: 'longtask', buffered: true});
new MutationObserver(() => {
  const root = document.querySelector('.cc-calc');
  if (root && root.dataset.resultSource === 'live' && __bench.live === null) __bench.live = performance.now();
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-result-source']});
"""
INPUT = {"date": "2026-03-10", "claims": [{"type": "property", "amount": "1500000"}, {"type": "non_property"}]}
# The same example written the way a visitor would without this project: PyScript on the page's main thread,
# on the same self-hosted Pyodide, with the same calculators archive.
PYSCRIPT_PAGE = """<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="pyscript/core.css"><script type="module" src="pyscript/core.js"></script></head>
<body><script type="py" config='{"interpreter": "../assets/pyodide/%s/pyodide.mjs",
 "files": {"../assets/calculators.zip": "./*"}}'>
from calculators import run
from pyscript import document
out = run("kz-state-duty", %s)
document.body.setAttribute("data-total", out["total"])
</script></body></html>"""


def write_pyscript_page(site: Path) -> None:
    target = site / "bench"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(
        ROOT / "node_modules/@pyscript/core/dist", target / "pyscript", ignore=shutil.ignore_patterns("*.map")
    )
    (target / "pyscript.html").write_text(PYSCRIPT_PAGE % (PYODIDE_VERSION, json.dumps(INPUT)), encoding="utf-8")


def measure(context: Any, url: str, calculator: bool | str) -> dict[str, float]:
    page = context.new_page()
    sizes: list[tuple[int, int]] = []

    def response(r: Any) -> None:
        try:
            body = r.body()
        except Exception:  # redirects and aborted requests carry no body
            return
        sizes.append((len(body), len(zlib.compress(body, 6))))

    page.on("response", response)
    start = time.perf_counter()
    page.goto(url)
    if calculator == "pyscript":
        page.wait_for_function("document.body && document.body.dataset.total", timeout=120_000, polling=50)
        page.evaluate("window.__bench.live = performance.now()")
    elif calculator:
        page.wait_for_function("window.__bench.live !== null", timeout=120_000, polling=50)
    else:
        page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    bench = page.evaluate("window.__bench")
    wall = (time.perf_counter() - start) * 1000
    page.close()
    return {
        "live_ms": bench["live"] if bench["live"] is not None else float("nan"),
        "wall_ms": wall,
        "long_ms": bench["long"],
        "bytes": sum(s[0] for s in sizes),
        "gzip": sum(s[1] for s in sizes),
    }


def run(base: str, runs: int, offline: Path | None) -> list[tuple[str, str, dict[str, float]]]:
    query = f"?input={quote(json.dumps(INPUT))}"
    pages: list[tuple[str, str, bool | str]] = [
        ("calculator ?input= (worker)", f"{base}calculators/kz-state-duty/{query}", True),
        ("text page", f"{base}texts/kz-resolution-9/", False),
        ("plain PyScript page, same example", f"{base}bench/pyscript.html", "pyscript"),
    ]
    if offline:
        pages.append(("offline zip from file://", (offline / "calculators/kz-state-duty.html").as_uri() + query, True))
    rows = []
    with sync_playwright() as p:
        for label, url, is_calc in pages:
            cold, warm = [], []
            for _ in range(runs):
                with tempfile.TemporaryDirectory() as profile:
                    ctx = p.chromium.launch_persistent_context(profile, executable_path="/usr/bin/chromium", args=ARGS)
                    ctx.add_init_script(PROBE)
                    cold.append(measure(ctx, url, is_calc))
                    warm.append(measure(ctx, url, is_calc))
                    ctx.close()
            rows.append((label, "cold", _median(cold)))
            rows.append((label, "warm", _median(warm)))
    return rows


def _median(samples: list[dict[str, float]]) -> dict[str, float]:
    return {k: statistics.median(s[k] for s in samples) for k in samples[0]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=8777)
    parser.add_argument("--offline", type=Path, help="an unzipped offline bundle (its court-calc folder)")
    args = parser.parse_args()
    write_pyscript_page(ROOT / "site")
    server = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "scripts/static_server.py"),
            "--directory",
            str(ROOT / "site"),
            "--port",
            str(args.port),
        ]
    )
    try:
        time.sleep(0.5)
        rows = run(f"http://127.0.0.1:{args.port}/", args.runs, args.offline)
    finally:
        server.terminate()
        server.wait()
    print("| page | cache | first live result ms | load wall ms | longest main-thread task ms | bytes | gzip bytes |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for label, cache, m in rows:
        live = "—" if m["live_ms"] != m["live_ms"] else f"{m['live_ms']:.0f}"
        print(
            f"| {label} | {cache} | {live} | {m['wall_ms']:.0f} | {m['long_ms']:.0f} "
            f"| {m['bytes']:,.0f} | {m['gzip']:,.0f} |"
        )
    print(
        f"\nmedians of {args.runs} runs; headless Chromium {_chromium()}, {_cpus()} CPUs;"
        " served by scripts/static_server.py"
    )
    return 0


def _chromium() -> str:
    out = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True, check=False).stdout
    return out.split()[1] if out else "?"


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


if __name__ == "__main__":
    sys.exit(main())
