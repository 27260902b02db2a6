"""deploy/nginx.conf in Debian's nginx: the built site at the root and under a sub-path, its headers, and the pages
in Chromium under its Content-Security-Policy (calculators compute, no violation is reported).

nginx runs as the current user on free 127.0.0.1 ports with everything it writes in a temporary folder. The
configuration is deploy/nginx.conf itself; only the listen address, the site folder and the portals' origins
are replaced. A second server on another port plays the portal that embeds a calculator.
"""

from __future__ import annotations

import gzip
import http.client
import json
import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

import pytest
from test_browser import BOOT, Watch, search_finds

from site_build import bundle, not_found

ROOT = Path(__file__).resolve().parents[1]
NGINX = "/usr/sbin/nginx"
CONFIG = ROOT / "deploy" / "nginx.conf"
SUB = "court-calc/"  # the sub-path location in deploy/nginx.conf
IMMUTABLE = "public, max-age=31536000, immutable"
WASM = f"assets/pyodide/{bundle.PYODIDE_VERSION}/pyodide.asm.wasm"


@dataclass
class Served:
    root: str  # http://127.0.0.1:PORT/
    sub: str  # http://127.0.0.1:PORT/court-calc/
    portal: str  # another origin, allowed to frame /embed/ pages
    portal_dir: Path
    host: str
    port: int


def site_config(site: Path, port: int, portal: str) -> str:
    """deploy/nginx.conf with the test's address, folder and portal; each replaced line must be there once."""
    text = CONFIG.read_text(encoding="utf-8")
    replace = {
        "    listen 80;": f"    listen 127.0.0.1:{port};",
        "    listen [::]:80;": "",
        "    root /srv/court-calc/site;": f"    root {site};",
        "        alias /srv/court-calc/site/;": f"        alias {site}/;",
        "map $host $court_calc_embed_ancestors {\n    default \"'self'\";": (
            f"map $host $court_calc_embed_ancestors {{\n    default \"'self' {portal}\";"
        ),
    }
    for old, new in replace.items():
        assert text.count(old) == 1, f"deploy/nginx.conf no longer has {old!r} once"
        text = text.replace(old, new)
    return text


def main_config(tmp: Path, portal_port: int) -> str:
    """What Debian's /etc/nginx/nginx.conf provides around a site file, with every path in ``tmp``."""
    user = "user root;\n" if os.geteuid() == 0 else ""  # as root, workers would otherwise become nobody
    temp = "".join(
        f"    {kind}_temp_path {tmp / kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return (
        # as Debian's nginx.conf: the modules installed from Debian packages (brotli_static among them)
        "include /etc/nginx/modules-enabled/*.conf;\n"
        f"{user}worker_processes 1;\npid {tmp / 'nginx.pid'};\nerror_log {tmp / 'error.log'} warn;\n"
        "events { worker_connections 256; }\n"
        "http {\n"
        "    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n    sendfile on;\n"
        f"    access_log {tmp / 'access.log'};\n{temp}"
        f"    include {tmp / 'court-calc.conf'};\n"
        f"    server {{ listen 127.0.0.1:{portal_port}; root {tmp / 'portal'}; }}\n"
        "}\n"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def live_total(page: Any) -> str:
    """The total of the live result for the current inputs.

    Waits through a locator, not the shared string predicate: Playwright evaluates string expressions with eval,
    which this policy refuses (as it should); locators run in Playwright's own context.
    """
    page.locator('.cc-calc[data-result-source="live"]').wait_for(timeout=BOOT)
    return str(page.locator('[data-field="total"]').get_attribute("data-value"))


def _wait_port(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    for _ in range(200):
        if proc.poll() is not None:
            pytest.fail(f"nginx stopped: {log.read_text(encoding='utf-8', errors='replace')[-2000:]}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=0.2)
            conn.request("HEAD", "/")
            conn.getresponse().close()
            conn.close()
            return
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"nginx does not answer on {port}")


@pytest.fixture(scope="session")
def served(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    if not Path(NGINX).exists():
        pytest.fail("Debian's nginx is missing: ./scripts/test installs it")
    tmp = tmp_path_factory.mktemp("nginx")
    (tmp / "portal").mkdir()
    # Debian's modules-enabled files name each module as modules/<name>.so under nginx's prefix, where Debian
    # keeps a link to /usr/lib/nginx/modules; the test's prefix is its own folder, so it gets the same link.
    (tmp / "modules").symlink_to("/usr/lib/nginx/modules")
    port, portal_port = _free_port(), _free_port()
    portal = f"http://127.0.0.1:{portal_port}"
    (tmp / "court-calc.conf").write_text(site_config(built_site, port, portal), encoding="utf-8")
    (tmp / "nginx.conf").write_text(main_config(tmp, portal_port), encoding="utf-8")
    command = [NGINX, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-e", str(tmp / "error.log")]
    check = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    assert "[warn]" not in check.stderr, check.stderr
    proc = subprocess.Popen([*command, "-g", "daemon off;"])
    try:
        _wait_port(port, proc, tmp / "error.log")
        _wait_port(portal_port, proc, tmp / "error.log")
        root = f"http://127.0.0.1:{port}/"
        yield Served(root, root + SUB, portal, tmp / "portal", "127.0.0.1", port)
    finally:
        proc.terminate()
        proc.wait()


# --- headers ----------------------------------------------------------------------------------------------------


def fetch(served: Served, path: str, gzip: bool = False, accept: str = "") -> tuple[int, dict[str, str], bytes]:
    """GET ``path``; ``accept`` is the Accept-Encoding sent (``gzip=True`` is ``accept="gzip"``), none by default."""
    conn = http.client.HTTPConnection(served.host, served.port, timeout=10)
    accept = accept or ("gzip" if gzip else "")
    try:
        conn.request("GET", path, headers={"Accept-Encoding": accept} if accept else {})
        resp = conn.getresponse()
        body = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body
    finally:
        conn.close()


BASES = {"root": "/", "sub-path": "/" + SUB}


@pytest.mark.parametrize("base", list(BASES))
def test_wasm_type_compression_and_year_long_cache(served: Served, base: str) -> None:
    path = BASES[base] + WASM
    status, headers, plain = fetch(served, path)
    assert status == 200
    assert headers["content-type"] == "application/wasm"
    assert headers["cache-control"] == IMMUTABLE
    assert plain[:4] == b"\0asm"
    status, headers, packed = fetch(served, path, gzip=True)
    assert headers["content-encoding"] == "gzip"
    assert headers["vary"] == "Accept-Encoding"
    assert len(packed) < len(plain) / 2


@pytest.mark.parametrize("base", list(BASES))
def test_scripts_are_javascript_compressed_and_revalidated(served: Served, base: str) -> None:
    for name in ("assets/court-calc.js", "assets/court-calc-boot.js", "assets/pyodide/pyodide.mjs"):
        status, headers, _ = fetch(served, BASES[base] + name, gzip=True)
        assert status == 200, name
        assert headers["content-type"] == "text/javascript; charset=utf-8", name
        assert headers["cache-control"] == "no-cache", name
        if not name.endswith("pyodide.mjs"):  # that one is under gzip_min_length
            assert headers["content-encoding"] == "gzip"
    status, headers, _ = fetch(served, BASES[base] + bundle.runtime_folder() + "court-calc-worker.mjs", gzip=True)
    assert headers["content-type"] == "text/javascript; charset=utf-8"
    assert (headers["cache-control"], headers["content-encoding"]) == (IMMUTABLE, "gzip")
    status, headers, _ = fetch(
        served, BASES[base] + f"assets/pyodide/{bundle.PYODIDE_VERSION}/pyodide.asm.mjs", gzip=True
    )
    assert headers["content-type"] == "text/javascript; charset=utf-8"
    assert (headers["cache-control"], headers["content-encoding"]) == (IMMUTABLE, "gzip")


# What the build precompressed, as nginx sends it: (path under the site, type, Cache-Control).
PRECOMPRESSED = [
    (bundle.runtime_folder() + "calc.csnap", "application/octet-stream", IMMUTABLE),
    (bundle.runtime_folder() + "court-calc-worker.mjs", "text/javascript; charset=utf-8", IMMUTABLE),
    (bundle.runtime_folder() + "csnap.mjs", "text/javascript; charset=utf-8", IMMUTABLE),
    (bundle.runtime_folder() + "court-calc-engine.mjs", "text/javascript; charset=utf-8", IMMUTABLE),
    (bundle.runtime_folder() + "court-calc-keeper.mjs", "text/javascript; charset=utf-8", IMMUTABLE),
    (WASM, "application/wasm", IMMUTABLE),
    ("assets/court-calc.js", "text/javascript; charset=utf-8", "no-cache"),
    ("calculators/kz-state-duty/index.html", "text/html; charset=utf-8", "no-cache"),
]


@pytest.mark.parametrize("base", list(BASES))
@pytest.mark.parametrize(
    ("name", "kind", "cache"), PRECOMPRESSED, ids=[n.rsplit("/", 1)[-1] for n, *_ in PRECOMPRESSED]
)
def test_precompressed_copies_by_accept_encoding(
    served: Served, built_site: Path, base: str, name: str, kind: str, cache: str
) -> None:
    """brotli_static and gzip_static: the build's own .br and .gz bytes, chosen by what the browser accepts."""
    plain = (built_site / name).read_bytes()
    answers = {
        "br": ("br", built_site / f"{name}.br"),
        "gzip, deflate, br": ("br", built_site / f"{name}.br"),  # what Chromium sends
        "gzip": ("gzip", built_site / f"{name}.gz"),
        "": (None, built_site / name),  # no Accept-Encoding: the file itself
        "identity": (None, built_site / name),
    }
    for accept, (encoding, copy) in answers.items():
        status, headers, body = fetch(served, BASES[base] + name, accept=accept)
        assert status == 200, (name, accept)
        assert headers["content-type"] == kind, (name, accept)
        assert headers["cache-control"] == cache, (name, accept)
        assert headers.get("content-encoding") == encoding, (name, accept)
        assert body == copy.read_bytes(), (name, accept)  # sent as made at build time, not compressed again
        if encoding:
            assert "Accept-Encoding" in headers["vary"], (name, accept)
    assert gzip.decompress((built_site / f"{name}.gz").read_bytes()) == plain
    assert len((built_site / f"{name}.br").read_bytes()) < len((built_site / f"{name}.gz").read_bytes())


def test_a_new_runtime_comes_at_a_new_address(built_site: Path) -> None:
    """The immutable folder is named after what made it: the page names this build's folder, and only that one."""
    folders = [p.name for p in (built_site / "assets" / "runtime").iterdir()]
    assert folders == [bundle.runtime_folder().split("/")[-2]]
    page = (built_site / "calculators/kz-state-duty/index.html").read_text(encoding="utf-8")
    assert f"{bundle.runtime_folder()}court-calc-worker.mjs" in page


def test_material_hashed_files_are_kept_for_a_year(served: Served, built_site: Path) -> None:
    hashed = sorted(
        p.relative_to(built_site).as_posix() for p in built_site.glob("assets/*/*.min.*") if p.suffix in (".js", ".css")
    )
    assert any(p.endswith(".js") for p in hashed) and any(p.endswith(".css") for p in hashed)
    for name in hashed:
        assert fetch(served, "/" + name)[1]["cache-control"] == IMMUTABLE, name
    assert fetch(served, "/assets/calculators.zip")[1]["cache-control"] == "no-cache"


def csp(headers: dict[str, str]) -> dict[str, str]:
    policy = headers["content-security-policy"]
    return {d.split()[0]: " ".join(d.split()[1:]) for d in (p.strip() for p in policy.split(";")) if d}


@pytest.mark.parametrize("base", list(BASES))
def test_pages_revalidate_and_carry_the_strict_policy(served: Served, base: str) -> None:
    for path in ("", "en/", "calculators/kz-state-duty/", "kk/texts/kz-resolution-9/"):
        status, headers, _ = fetch(served, BASES[base] + path, gzip=True)
        assert status == 200, path
        assert headers["content-type"] == "text/html; charset=utf-8"
        assert headers["content-encoding"] == "gzip"
        assert headers["cache-control"] == "no-cache"
        assert headers["x-content-type-options"] == "nosniff"
        policy = csp(headers)
        # Site files only, Pyodide's WebAssembly, and the 404 page's one inline script by its hash.
        assert policy["script-src"] == f"'self' 'wasm-unsafe-eval' '{not_found.ROOT_SCRIPT_HASH}'", (
            "deploy/nginx.conf must allow the 404 page's root script by the hash site_build/not_found.py gives"
        )
        assert policy["style-src"] == "'self'"
        assert policy["default-src"] == "'self'" and policy["object-src"] == "'none'"
        assert policy["frame-ancestors"] == "'self'"
        assert "unsafe-inline" not in headers["content-security-policy"]


@pytest.mark.parametrize("base", list(BASES))
def test_embed_pages_name_the_portals_as_frame_ancestors(served: Served, base: str) -> None:
    for path in ("embed/kz-state-duty/", "en/embed/kz-duty-refund/"):
        _, headers, _ = fetch(served, BASES[base] + path)
        assert csp(headers)["frame-ancestors"] == f"'self' {served.portal}", path


@pytest.mark.parametrize("base", list(BASES))
def test_folders_redirect_relatively_and_missing_pages_get_the_404_page(served: Served, base: str) -> None:
    status, headers, _ = fetch(served, BASES[base] + "en")
    assert (status, headers["location"]) == (301, BASES[base] + "en/")
    status, headers, body = fetch(served, BASES[base] + "no/such/page/")
    assert status == 404 and b"404" in body
    assert "content-security-policy" in headers


def test_the_policy_and_the_deploy_page_name_the_404_scripts_hash() -> None:
    """The policy in deploy/nginx.conf and the one the deploy page shows, in each language, allow the 404 page's
    root script by the hash of its text as the build writes it (site_build/not_found.py)."""
    assert CONFIG.read_text(encoding="utf-8").count(f"'{not_found.ROOT_SCRIPT_HASH}'") == 1
    for lang in ("ru", "kk", "ky", "en"):
        assert f"'{not_found.ROOT_SCRIPT_HASH}'" in (ROOT / "docs" / lang / "deploy.md").read_text(encoding="utf-8")


def test_pages_need_no_inline_script_or_style(built_site: Path) -> None:
    """What lets the policy do without 'unsafe-inline': no inline code or style anywhere in the built site."""
    inline_script = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>")
    found = []
    for html_file in built_site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        if html_file == built_site / "404.html":
            # The one exception, allowed by its hash: the 404 page's root script, exactly as the hook writes it.
            root_script = re.compile(r"<script data-top=\"[^>]*>(.*?)</script>", re.S)
            scripts = root_script.findall(html)
            assert scripts == [not_found.ROOT_SCRIPT], scripts
            html = root_script.sub("", html)
        for pattern in (
            inline_script,
            re.compile(r"<style\b"),
            re.compile(r"\sstyle=\""),
            re.compile(r"\son[a-z]+=\""),
        ):
            found += [f"{html_file.relative_to(built_site)}: {m[0]}" for m in pattern.finditer(html)]
        found += [
            f"{html_file.relative_to(built_site)}: javascript: URL" for _ in re.finditer(r"href=\"javascript:", html)
        ]
    assert not found, found[:10]


# --- pages in Chromium under the policy -------------------------------------------------------------------------

# Runs in every frame before the page's own scripts; CSP does not apply to it.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", function (e) {
  console.error("CSP violation: " + e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":" + e.lineNumber);
});
"""


class Violations:
    """CSP violations a page reports: its own event (init script above) and Chromium's console messages."""

    def __init__(self, page: Any) -> None:
        self.seen: list[str] = []
        page.add_init_script(REPORT_VIOLATIONS)
        page.on("console", self.console)

    def console(self, message: Any) -> None:
        # Chromium words it "Content Security Policy" or "Content Security policy" (workers' WebAssembly)
        if "content security policy" in message.text.lower() or "CSP violation" in message.text:
            self.seen.append(message.text)


@pytest.fixture
def tab(browser: Any, served: Served) -> Iterator[Any]:
    context = browser.new_context()
    page = context.new_page()
    watch = Watch(page, {served.root.rstrip("/")})
    violations = Violations(page)
    page.watch = watch
    yield page
    context.close()
    assert not violations.seen, violations.seen
    watch.check()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("base", "path", "field", "typed", "total"),
    [
        # 1 000 000.50 × 1 % = 10 000.005 → 10 000; + 0.5 × 4 325 = 2 162.5 → 2 163; total 12 163
        ("root", "calculators/kz-state-duty/", "claims.0.amount", "1 000 000,50", "12163"),
        # the whole duty paid comes back on a settlement in the first instance
        ("root", "en/calculators/kz-duty-refund/", "paid_amount", "17,163", "17163"),
        # 100 000 × 1 % = 1 000; + 2 163 = 3 163
        ("sub-path", "kk/calculators/kz-state-duty/", "claims.0.amount", "100000", "3163"),
    ],
)
def test_calculators_compute_under_the_policy(
    tab: Any, served: Served, base: str, path: str, field: str, typed: str, total: str
) -> None:
    pyodide: list[str] = []
    tab.on("response", lambda r: pyodide.append(r.url) if r.url.endswith(".wasm") else None)
    tab.goto((served.root if base == "root" else served.sub) + path)
    tab.fill(f'[name="{field}"]', typed)
    assert live_total(tab) == total
    assert pyodide == [(served.root if base == "root" else served.sub) + WASM]


@pytest.mark.browser
@pytest.mark.parametrize("base", list(BASES))
def test_home_and_text_pages_and_search_under_the_policy(tab: Any, served: Served, base: str) -> None:
    url = served.root if base == "root" else served.sub
    tab.goto(url)
    assert tab.locator("article h1").count() == 1
    tab.goto(url + "texts/kz-resolution-9/#p-5")
    tab.select_option(".tx-choose", "en")
    assert tab.locator('#p-5 [data-tr="en"]').is_visible()
    tab.goto(url + "en/")
    search_finds(tab, "bailiff", "texts/kg-enforcement-article/")


@pytest.mark.browser
def test_palette_choice_is_kept_across_pages(tab: Any, served: Served) -> None:
    """Material's storage helpers and saved palette, now from assets/court-calc-boot.js, work under the policy."""
    tab.goto(served.sub + "en/")
    tab.locator('label[for="__palette_1"]').click()
    scheme = tab.locator("body").get_attribute("data-md-color-scheme")
    tab.goto(served.sub + "texts/kz-resolution-9/")
    assert tab.locator("body").get_attribute("data-md-color-scheme") == scheme
    stored = tab.evaluate("Object.keys(localStorage)")
    assert stored == ["/court-calc/.__palette"]


# The 404 page asked for at a depth under each base, and where its links must lead. "kk/…" names a folder of the
# site, so the root is found from the address alone; "no/such/…" does not, so the page asks the server.
MISSING = ["kk/calculators/no-such-calculator/", "no/such/page/"]


@pytest.mark.browser
@pytest.mark.parametrize(
    ("base", "missing", "other_site_at_root"),
    [("root", missing, False) for missing in MISSING]
    + [("sub-path", missing, other) for missing in MISSING for other in (False, True)],
)
def test_the_404_page_finds_the_site_root_under_any_base_and_its_links_work(
    tab: Any, served: Served, base: str, missing: str, other_site_at_root: bool
) -> None:
    """The 404 page linked its styles, scripts and home pages from the domain root: under a sub-path it was
    unstyled and every link left the site (D17 follow-up)."""
    site = served.root if base == "root" else served.sub
    if other_site_at_root:
        # Another site at the domain root (this nginx serves the same folder at both places): nothing of ours there.
        tab.route(f"{served.root}assets/**", lambda route: route.fulfill(status=404, body="not ours"))
    response = tab.goto(site + missing)
    assert response is not None and response.status == 404
    found_root = site if base == "sub-path" and (other_site_at_root or missing.startswith("kk/")) else served.root
    assert tab.evaluate("document.baseURI") == found_root
    # Material's stylesheet and the site's scripts loaded from there: the header is styled, the bundle ran.
    assert tab.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert tab.evaluate("typeof window.__md_scope") == "object"
    assert tab.evaluate("window.__md_scope.href") == found_root
    homes = tab.eval_on_selector_all("article a[hreflang]", "links => links.map(a => [a.hreflang, a.href])")
    assert homes == [
        ["ru", found_root],
        ["kk", found_root + "kk/"],
        ["ky", found_root + "ky/"],
        ["en", found_root + "en/"],
    ]
    nav = tab.eval_on_selector_all(".md-nav a[href]", "links => links.map(a => a.href)")
    assert nav and all(href.startswith(found_root) for href in nav), nav
    tab.unroute_all()
    for lang, href in homes:
        assert tab.goto(href).status == 200, href
        assert tab.locator("html").get_attribute("lang") == lang
    # The browser's own line for the page's 404 status, and for the other site's answer to the probe: nothing else.
    not_found_lines = [e for e in tab.watch.errors if "status of 404" in e]
    probed_elsewhere = other_site_at_root and not missing.startswith("kk/")  # the root's answer to the probe
    assert len(not_found_lines) == 1 + probed_elsewhere, tab.watch.errors
    tab.watch.errors = [e for e in tab.watch.errors if e not in not_found_lines]


PORTAL = """<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>portal</title>
</head><body><iframe id="embed" src="{embed}"></iframe><iframe id="page" src="{page}"></iframe></body></html>"""


@pytest.mark.browser
def test_only_embed_pages_can_be_framed_by_the_portal(browser: Any, served: Served) -> None:
    data = quote(json.dumps({"date": "2026-03-10", "claims": [{"type": "property", "amount": "1500000"}]}))
    (served.portal_dir / "portal.html").write_text(
        PORTAL.format(
            embed=f"{served.sub}en/embed/kz-state-duty/?input={data}",
            page=f"{served.root}calculators/kz-state-duty/",
        ),
        encoding="utf-8",
    )
    context = browser.new_context()
    tab = context.new_page()
    messages: list[str] = []
    tab.on("console", lambda m: messages.append(m.text))
    violations = Violations(tab)
    tab.goto(f"{served.portal}/portal.html")
    embed = tab.frame_locator("#embed")
    embed.locator('.cc-calc[data-result-source="live"]').wait_for(timeout=BOOT)
    assert embed.locator('[data-field="total"]').get_attribute("data-value") == "15000"
    # the ordinary page refuses the portal: Chromium reports the frame-ancestors violation and shows no page
    for _ in range(100):
        if any("frame-ancestors" in m for m in messages):
            break
        tab.wait_for_timeout(50)
    refused = [m for m in violations.seen if "frame-ancestors" in m]
    assert refused and all(urlparse(served.root).netloc in m for m in refused), messages
    assert tab.frame_locator("#page").locator(".cc-calc").count() == 0
    assert not [m for m in violations.seen if "frame-ancestors" not in m], violations.seen
    context.close()


def _site_pages(site: Path) -> list[str]:
    """Every page of the built site as a site path (``kk/texts/x/``), the offline-only ones excluded."""
    pages = []
    for index in sorted(site.rglob("index.html")):
        rel = index.parent.relative_to(site).as_posix()
        if rel.startswith("assets"):
            continue
        pages.append("" if rel == "." else rel + "/")
    return pages


@pytest.mark.browser
def test_every_page_under_the_policy(tab: Any, served: Served, built_site: Path) -> None:
    """Every page once through nginx: the ``tab`` fixture fails on a CSP violation, a console error or a request
    outside the site; a calculator page must also boot its runtime (data-state ready)."""
    pages = _site_pages(built_site)
    assert len(pages) > 40, pages
    for path in pages:
        tab.goto(served.root + path, wait_until="load")
        if tab.locator(".cc-calc").count():  # (no string evaluated: the policy forbids eval, rightly)
            tab.locator('.cc-calc[data-state="ready"]').wait_for(timeout=BOOT)
        else:
            tab.wait_for_timeout(100)
    print(f"\nunder nginx, {len(pages)} pages: " + ", ".join(p or "/" for p in pages))
