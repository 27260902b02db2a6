"""Time the real pages in headless Chromium beside the naive ways of doing the same, in one run.

Run through ``./scripts/bench``; prints a Markdown table and the ratios. The pages are measured round by round
(every page once per round, cold then warm, in a fresh browser profile each round), so that the noise of a
shared machine falls on all of them alike; the table gives the median of the rounds.

- cold: a fresh profile (empty HTTP cache and Cache Storage); warm: the same page again in that profile (our
  pages are then answered by the keeper, the service worker the first visit registered); "warm, keeper stopped":
  our pages once more, after the browser's service workers were stopped (as after 30 s idle);
- first live result: ``performance.now()`` when the page shows the computed total (our pages: the calculator's
  ``data-result-source`` becomes ``live``; the naive pages: the total is written into the page), seen by a
  ``MutationObserver`` of the probe, in the task that writes it; the harness waits on a promise in the page, so
  none of Playwright's own scripts run in the page during the visit;
- bytes: the encoded bytes of every response (as served: brotli where the server has a ``.br`` copy);
- longest task: the longest main-thread task seen (``longtask`` entries).
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
from pathlib import Path
from typing import Any
from urllib.parse import quote

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
# The build serves Pyodide under its npm version (site_build/bundle.py).
PYODIDE_VERSION = json.loads((ROOT / "node_modules/pyodide/package.json").read_text(encoding="utf-8"))["version"]
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu"]
PROBE = """(() => {
  window.__bench = {long: 0, live: null};
  new PerformanceObserver(l => l.getEntries().forEach(e => { __bench.long = Math.max(__bench.long, e.duration); }))
    .observe({type: 'longtask', buffered: true});
  let settle;
  window.__benchDone = new Promise(resolve => { settle = resolve; });
  const shown = () => { if (__bench.live === null) __bench.live = performance.now(); settle(); };
  new MutationObserver(() => {
    const root = document.querySelector('.cc-calc');
    if (root && root.dataset.resultSource === 'live') shown();
    if (document.body && document.body.dataset.total) shown();
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-result-source', 'data-total']});
  addEventListener('message', e => { if (e.data && e.data.type === 'court-calc:result') shown(); });
})();
"""
# The visit is awaited inside the page, on the probe's promise. Playwright's own waiting (wait_for_function) would
# first compile its injected script, some 70 ms, on the page's main thread in the middle of the visit measured.
WAIT = "Promise.race([window.__benchDone, new Promise(resolve => setTimeout(resolve, 120000))])"
INPUT = {"date": "2026-03-10", "claims": [{"type": "property", "amount": "1500000"}, {"type": "non_property"}]}
CALL = f"run_json('kz-state-duty', json.dumps({INPUT!r}), 'ru')"
# The same computation as a visitor would write it without this project, on the same self-hosted Pyodide and
# calculators archive: PyScript on the main thread, and Pyodide's loader on the main thread.
PYSCRIPT_PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="pyscript/core.css"><script type="module" src="pyscript/core.js"></script></head>
<body><script type="py" config='{{"interpreter": "../assets/pyodide/{PYODIDE_VERSION}/pyodide.mjs",
 "files": {{"../assets/calculators.zip": "./*"}}}}'>
import json
from calculators.registry import run_json
from pyscript import document
document.body.setAttribute("data-total", json.loads({CALL})["total"])
</script></body></html>"""
PYODIDE_PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module">
import {{ loadPyodide }} from "../assets/pyodide/{PYODIDE_VERSION}/pyodide.mjs";
const py = await loadPyodide();
const archive = await (await fetch("../assets/calculators.zip")).arrayBuffer();
// Into site-packages, already on Python's path.
py.unpackArchive(archive, "zip", {{extractDir: py.runPython("import site; site.getsitepackages()[0]")}});
const out = py.runPython(`import json
from calculators.registry import run_json
json.loads({CALL})["total"]`);
document.body.setAttribute("data-total", out);
</script></head><body></body></html>"""
# A portal that embeds the calculator and waits for its first court-calc:result message.
PORTAL_PAGE = """<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body><iframe id="calc" style="width:100%;height:600px;border:0"></iframe>
<script>document.getElementById("calc").src = decodeURIComponent(location.hash.slice(1));</script></body></html>"""


def write_pages(site: Path) -> None:
    target = site / "bench"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(
        ROOT / "node_modules/@pyscript/core/dist", target / "pyscript", ignore=shutil.ignore_patterns("*.map")
    )
    (target / "pyscript.html").write_text(PYSCRIPT_PAGE, encoding="utf-8")
    (target / "pyodide.html").write_text(PYODIDE_PAGE, encoding="utf-8")
    (target / "portal.html").write_text(PORTAL_PAGE, encoding="utf-8")


def measure(context: Any, url: str, wait: str) -> dict[str, float]:
    page = context.new_page()
    sizes: list[tuple[str, int]] = []

    def finished(request: Any) -> None:
        try:
            sizes.append((request.url, request.sizes()["responseBodySize"]))
        except PlaywrightError:  # finished as the page closed (the keeper's registration): not part of the visit
            pass

    page.on("requestfinished", finished)
    page.goto(url)
    if wait == "text":
        page.wait_for_load_state("networkidle")
    else:
        page.evaluate(WAIT)
    page.wait_for_timeout(300)
    bench = page.evaluate("window.__bench")
    page.close()
    return {
        "live_ms": bench["live"] if bench["live"] is not None else float("nan"),
        "long_ms": bench["long"],
        "bytes": sum(max(size, 0) for _url, size in sizes),
        "wasm": sum(max(size, 0) for url, size in sizes if ".wasm" in url),
    }


def pages(base: str, offline: Path | None) -> list[tuple[str, str, str]]:
    query = f"?input={quote(json.dumps(INPUT))}"
    origin = base.rstrip("/")
    embed = f"{base}embed/kz-state-duty/{query}&origin={quote(origin)}"
    out = [
        ("calculator page ?input=", f"{base}calculators/kz-state-duty/{query}", "calculator"),
        ("plain Pyodide page, same call", f"{base}bench/pyodide.html", "naive"),
        ("plain PyScript page, same call", f"{base}bench/pyscript.html", "naive"),
        ("embed page, first court-calc:result", f"{base}bench/portal.html#{quote(embed)}", "portal"),
        ("text page (translation)", f"{base}texts/kz-resolution-9/", "text"),
        ("text page (glossary)", f"{base}glossary/", "text"),
    ]
    if offline:
        out.append(
            ("offline zip from file://", (offline / "calculators/kz-state-duty.html").as_uri() + query, "calculator")
        )
    return out


# Our pages, whose second visit is answered by the keeper (runtime/court-calc-keeper.mjs) when it still runs; they
# are measured a third time with it stopped, as a visit after the browser has stopped it finds it.
KEEPER_PAGES = ("calculator page ?input=", "embed page, first court-calc:result")
STOPPED = "warm, keeper stopped"


def stop_service_workers(context: Any) -> None:
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("ServiceWorker.enable")
    cdp.send("ServiceWorker.stopAllWorkers")
    cdp.detach()
    page.close()


def run(base: str, rounds: int, offline: Path | None) -> dict[tuple[str, str], list[dict[str, float]]]:
    samples: dict[tuple[str, str], list[dict[str, float]]] = {}
    with sync_playwright() as p:
        for _ in range(rounds):
            for label, url, wait in pages(base, offline):
                with tempfile.TemporaryDirectory() as profile:
                    ctx = p.chromium.launch_persistent_context(profile, executable_path="/usr/bin/chromium", args=ARGS)
                    ctx.add_init_script(PROBE)
                    samples.setdefault((label, "cold"), []).append(measure(ctx, url, wait))
                    time.sleep(1)  # let the browser write its caches, as a visitor's next visit would find them
                    samples.setdefault((label, "warm"), []).append(measure(ctx, url, wait))
                    if label in KEEPER_PAGES:
                        # The keeper lives about 30 s after its last message; a later visit finds it stopped.
                        time.sleep(1)
                        stop_service_workers(ctx)
                        samples.setdefault((label, STOPPED), []).append(measure(ctx, url, wait))
                    ctx.close()
    return samples


def build_seconds() -> float:
    """``mkdocs build --strict`` with warm caches (snapshot and compressed copies already made)."""
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run([str(ROOT / ".venv/bin/mkdocs"), "build", "--strict", "--quiet", "-d", out], check=True,
                       cwd=ROOT, capture_output=True)  # fmt: skip
        return time.perf_counter() - start


def report(samples: dict[tuple[str, str], list[dict[str, float]]], rounds: int) -> None:
    med = {key: {k: statistics.median(s[k] for s in runs) for k in runs[0]} for key, runs in samples.items()}
    columns = "first live result ms (median) | each round | longest main-thread task ms | bytes as served | wasm bytes"
    print(f"| page | cache | {columns} |")
    print("|---|---|---:|---|---:|---:|---:|")
    for (label, cache), m in med.items():
        live = "—" if m["live_ms"] != m["live_ms"] else f"{m['live_ms']:.0f}"
        each = ", ".join(
            "—" if s["live_ms"] != s["live_ms"] else f"{s['live_ms']:.0f}" for s in samples[(label, cache)]
        )
        print(f"| {label} | {cache} | {live} | {each} | {m['long_ms']:.0f} | {m['bytes']:,.0f} | {m['wasm']:,.0f} |")
    ours = "calculator page ?input="
    print()
    for cache, theirs in (("cold", "cold"), ("warm", "warm"), (STOPPED, "warm")):
        for naive in ("plain Pyodide page, same call", "plain PyScript page, same call"):
            ratio = med[(naive, theirs)]["live_ms"] / med[(ours, cache)]["live_ms"]
            print(f"- {cache}: ours is {ratio:.1f}x faster than the {naive} ({theirs})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3, help="rounds (at least 3 for a median)")
    parser.add_argument("--port", type=int, default=8777)
    parser.add_argument("--offline", type=Path, help="an unzipped offline bundle (its court-calc folder)")
    parser.add_argument("--zip", type=Path, help="the offline zip, to report its size")
    args = parser.parse_args()
    site = ROOT / "site"
    write_pages(site)
    server = subprocess.Popen([sys.executable, str(ROOT / "scripts/static_server.py"), "--directory", str(site),
                               "--port", str(args.port)])  # fmt: skip
    try:
        time.sleep(0.5)
        samples = run(f"http://127.0.0.1:{args.port}/", args.runs, args.offline)
    finally:
        server.terminate()
        server.wait()
    report(samples, args.runs)
    if args.zip:
        print(f"- offline zip: {args.zip.stat().st_size:,} bytes")
    print(f"- site build (mkdocs build --strict, warm caches): {build_seconds():.1f} s")
    print(
        f"\nmedians of {args.runs} rounds; headless Chromium {_chromium()}, {_cpus()} CPUs;"
        " served by scripts/static_server.py (precompressed brotli/gzip, caching as deploy/nginx.conf)"
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
