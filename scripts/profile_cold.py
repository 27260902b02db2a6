"""Where the CPU time of a cold calculator visit goes, thread by thread: a companion to ``./scripts/bench``.

One cold visit of the calculator page with ``?input=`` (a fresh browser profile) is recorded with Chromium's
tracing until the calculator shows its live result. The report gives the first live result, the main thread's long
tasks, and for each thread (the page's main thread, the calculator's worker, the compile and network threads) the
time spent in the events that matter for a start: parsing and compiling JavaScript, validating and compiling the
wasm, style and layout. On a machine with few cores the start is bound by the CPU, so work moved from one thread
to another buys little; this shows which work there is to remove.

    .venv/bin/python scripts/profile_cold.py [--site site] [--runs 3] [--trace out.json]

The site must be built first (``mkdocs build``). Times are sums of the events' durations within each thread
(events nest, so the rows of one thread overlap), medians over the runs.
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from bench import ARGS, INPUT, PROBE, ROOT, WAIT
from playwright.sync_api import sync_playwright

CATEGORIES = [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "v8",
    "v8.wasm",
    "disabled-by-default-v8.compile",
    "blink",
    "loading",
    "toplevel",
]
# The events reported, by the name Chromium gives them, with what they are.
EVENTS = {
    "RunTask": "tasks run (all work of the thread)",
    "v8.parseOnBackground": "JavaScript parsed off the thread that runs it",
    "V8.ParseFunction": "JavaScript functions parsed when first called",
    "V8.CompileCode": "JavaScript compiled",
    "wasm.ValidateFunctionsStreaming": "wasm validated while it downloads",
    "wasm.CompileLazy": "wasm functions compiled when first called",
    "wasm.TopTierCompilation": "wasm functions optimised in the background",
    "v8.wasm.compileConsume": "wasm bytes handed to the compiler",
    "UpdateLayoutTree": "style recalculation",
    "Layout": "layout",
    "HTMLDocumentParser::PumpTokenizer": "HTML parsing",
}
THREADS = {"CrRendererMain": "page (main thread)", "DedicatedWorker thread": "calculator's worker"}


def record(url: str, trace: Path) -> tuple[float, float]:
    """One cold visit, traced into ``trace``; returns the first live result and the longest main-thread task (ms)."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_context().new_page()
        browser.start_tracing(page=page, path=str(trace), categories=CATEGORIES)
        page.add_init_script(PROBE)
        page.goto(url)
        page.evaluate(WAIT)  # awaited in the page, as ./scripts/bench does (none of Playwright's scripts run there)
        bench = page.evaluate("window.__bench")
        browser.stop_tracing()
        browser.close()
    return float(bench["live"]), float(bench["long"])


def per_thread(trace: Path) -> dict[tuple[str, str], float]:
    """Milliseconds spent in each reported event, by thread."""
    data = json.loads(trace.read_text(encoding="utf-8"))
    events: list[dict[str, Any]] = data["traceEvents"] if isinstance(data, dict) else data
    names = {
        (e["pid"], e["tid"]): e["args"]["name"] for e in events if e.get("ph") == "M" and e["name"] == "thread_name"
    }
    spent: dict[tuple[str, str], float] = collections.defaultdict(float)
    for e in events:
        if e.get("ph") == "X" and e.get("name") in EVENTS and "dur" in e:
            thread = names.get((e["pid"], e["tid"]), "?")
            spent[(THREADS.get(thread, thread), e["name"])] += e["dur"] / 1000
    return spent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=8778)
    parser.add_argument("--trace", type=Path, help="keep the last run's trace here (chrome://tracing, Perfetto)")
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, str(ROOT / "scripts/static_server.py"), "--directory", str(args.site),
                               "--port", str(args.port)])  # fmt: skip
    url = f"http://127.0.0.1:{args.port}/calculators/kz-state-duty/?input={quote(json.dumps(INPUT))}"
    lives: list[float] = []
    longest: list[float] = []
    spent: dict[tuple[str, str], list[float]] = collections.defaultdict(list)
    try:
        time.sleep(0.5)
        with tempfile.TemporaryDirectory() as scratch:
            trace = args.trace or Path(scratch) / "trace.json"
            for _ in range(args.runs):
                live, long = record(url, trace)
                lives.append(live)
                longest.append(long)
                for key, ms in per_thread(trace).items():
                    spent[key].append(ms)
    finally:
        server.terminate()
        server.wait()
    print(
        f"first live result, cold: {statistics.median(lives):.0f} ms (each run: {', '.join(f'{v:.0f}' for v in lives)})"
    )
    print(f"longest main-thread task: {statistics.median(longest):.0f} ms\n")
    print("| thread | event | what it is | ms (median) |")
    print("|---|---|---|---:|")
    for (thread, event), values in sorted(spent.items(), key=lambda kv: (kv[0][0], -statistics.median(kv[1]))):
        # a run without the event counts as 0 in the median
        median = statistics.median(values + [0.0] * (args.runs - len(values)))
        if median >= 5:
            print(f"| {thread} | {event} | {EVENTS[event]} | {median:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
