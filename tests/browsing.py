"""What the browser tests share: a local server for a built site, a watch on each page (no console error, no
request leaving the site), waiting for a live result, and typing into the site search."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
PREFIX = {"ru": "", "kk": "kk/", "ky": "ky/", "en": "en/"}
BOOT = 90_000  # ms: a cold Pyodide start on a slow machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(directory: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Serve ``directory`` with the site's own static server on a free port; returns the process and its URL."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts/static_server.py"), "--directory", str(directory), "--port", str(port)]
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    return proc, f"http://127.0.0.1:{port}/"


class Watch:
    """Collects console errors and requests leaving the allowed origins of a page."""

    def __init__(self, page: Any, origins: set[str]) -> None:
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

        def request(r: Any) -> None:
            parsed = urlparse(r.url)
            if parsed.scheme in ("data", "blob"):
                return
            if f"{parsed.scheme}://{parsed.netloc}" not in origins:
                self.outside.append(r.url)

        page.context.on("request", request)

    def check(self) -> None:
        assert not self.outside, self.outside
        assert not self.errors, self.errors


def wait_live(page: Any) -> str:
    """Wait for the live result of the current inputs; returns the total's ``data-value``."""
    page.wait_for_function(
        "document.querySelector('.cc-calc').dataset.resultSource === 'live'", timeout=BOOT, polling=100
    )
    return str(page.locator('[data-field="total"]').get_attribute("data-value"))


def search_finds(page: Any, word: str, expect: str) -> None:
    """Type ``word`` into the search box and wait for a result linking to ``expect``.

    The index builds in a worker (in the offline copy, a worker shimmed into an iframe on the page's thread). A query
    typed while it builds can stay answered for its first letters only, or not at all, until the next keystroke, as
    a visitor would see. So the test does what the visitor does: after 10 s without the result it types a space and
    deletes it, until the time a cold start is allowed has passed.
    """
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.keyboard.type(word)
    # Material shows the best results first and more as the list is scrolled: the check scrolls it, as a reader would.
    found = (
        "expect => { const list = document.querySelector('.md-search__scrollwrap');"
        " if (list) list.scrollTop = list.scrollHeight;"
        " return [...document.querySelectorAll('.md-search-result__item a')]"
        " .some(a => a.getAttribute('href').includes(expect)); }"
    )
    deadline = time.monotonic() + BOOT / 1000
    while True:
        try:
            page.wait_for_function(found, arg=expect, timeout=10_000)
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
        page.keyboard.press("End")
        page.keyboard.type(" ")
        page.keyboard.press("Backspace")
