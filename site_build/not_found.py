"""MkDocs hook: the site's one 404 page is the default language's, with a language switcher to each home page.

The i18n plugin builds each language in turn, and every build writes ``404.html`` at the site root: the last one
built (English) used to win, with an English menu and a switcher left over from the last page of the language
built before it. The default language's build writes its 404 page before any page, while the switcher still
leads to the four home pages; this hook keeps that file and puts it back after the other languages are built.

A server answers this page for a missing address at any depth, and the site may live under a sub-path
(``https://host/court-calc/``), so no address in the page can be fixed at build time: every one is written relative
to the site root, and the page's first script, inline, finds the site root from the address asked for and sets it
as the page's ``<base>`` before anything is loaded. deploy/nginx.conf allows that one script by its hash
(``ROOT_SCRIPT_HASH``, checked by tests/test_deploy.py); every other page has no inline script.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from mkdocs.plugins import CombinedEvent, event_priority

from calculators.i18n import DEFAULT_LANG, LANGS
from site_build.templating import macro
from site_build.ui import UI

NAME = "404.html"
_kept: dict[str, bytes] = {}

# The site root is the path up to the first of its segments that names a top-level entry of the site (data-top:
# "kk", "calculators", "assets", …): /court-calc/kk/no/such/ → /court-calc/. An address with no such segment
# (/court-calc/typo) asks the server, nearest the domain root first, which folder holds the site's boot script
# (data-mark). The root becomes the page's <base>; then the page's stylesheets and scripts (data-load: kept out of
# the markup, where the browser's look-ahead would fetch them against the address asked for) are written in, and
# Material's settings (#__config, moved before this script) get absolute addresses.
# The text must stay exactly this: deploy/nginx.conf allows it by its SHA-256 (script-src).
ROOT_SCRIPT = (
    "(function () {"
    ' var me = document.currentScript, top = me.getAttribute("data-top").split(" ");'
    ' var parts = location.pathname.split("/"), root = null, i, probe;'
    " for (i = 1; i < parts.length - 1 && root === null; i++)"
    ' if (top.indexOf(parts[i]) >= 0) root = parts.slice(0, i).join("/") + "/";'
    " for (i = 1; i < parts.length && root === null; i++) {"
    ' var dir = parts.slice(0, i).join("/") + "/"; probe = new XMLHttpRequest();'
    ' probe.open("HEAD", dir + me.getAttribute("data-mark"), false);'
    " try { probe.send(); if (probe.status === 200) root = dir; } catch (e) {}"
    " }"
    ' var base = document.createElement("base"); base.href = root || "/"; document.head.appendChild(base);'
    ' var node = document.getElementById("__config"), config = JSON.parse(node.textContent);'
    " config.base = new URL(config.base, document.baseURI).href;"
    " config.search = new URL(config.search, document.baseURI).href;"
    " node.textContent = JSON.stringify(config);"
    ' document.write(me.getAttribute("data-load"));'
    " })();"
)
ROOT_SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(ROOT_SCRIPT.encode()).digest()).decode()
MARK = "assets/court-calc-boot.js"
_ROOT_ABSOLUTE = re.compile(r'\b(href|src|data-scope)="/(?!/)([^"]*)"')
_CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)


# What the page loads: its icon and stylesheets, and its scripts (those of the body run deferred, in their order).
_LOADS = re.compile(r'<link rel="(?:icon|stylesheet)" href="[^"]*">|<script src="[^"]*"[^>]*></script>')
_HEAD_END = re.compile(r"</head>")
_CHARSET = re.compile(r'<meta charset="utf-8">')


def relative_to_root(html: str, top: list[str]) -> str:
    """The built 404 page with each address relative to the site root and the script that sets that root first.

    The markup put in is ``overrides/partials/cc/not-found.html``; this function works out what it holds.
    """
    html = _ROOT_ABSOLUTE.sub(lambda m: f'{m[1]}="{m[2] or "./"}"', html)
    found = _CONFIG.search(html)
    if found is None:
        raise ValueError("404.html: Material's #__config is missing")
    config = json.loads(found[1])
    config["base"] = "./"
    config["search"] = config["search"].lstrip("/")
    html = html[: found.start()] + html[found.end() :]
    head_end = _HEAD_END.search(html)
    if head_end is None:
        raise ValueError("404.html: the head is not closed")
    loads = [(tag[0], tag.start() > head_end.start()) for tag in _LOADS.finditer(html)]
    html = _LOADS.sub("", html)
    head = str(macro("not-found.html", "root_head")(json.dumps(config), top, MARK, loads, ROOT_SCRIPT))
    charset = _CHARSET.search(html)
    if charset is None:
        raise ValueError("404.html: no meta charset to put the root script after")
    return html[: charset.end()] + "\n" + head + html[charset.end() :]


def on_template_context(context: dict[str, Any], template_name: str, config: Any) -> dict[str, Any]:
    """The 404 page's words in every language, each with the way to its home page (ru at the root)."""
    if template_name == NAME:
        context["not_found"] = [
            {
                "lang": lang,
                "text": UI[lang]["not_found"],
                "home": UI[lang]["home"],
                "link": "" if lang == DEFAULT_LANG else f"{lang}/",
            }
            for lang in LANGS
        ]
    return context


def _is_default_language(config: Any) -> bool:
    plugin = config.plugins.get("i18n")
    return plugin is None or plugin.current_language == plugin.default_language


def keep_default_404(config: Any) -> None:
    """Before the i18n plugin builds the other languages (its own step runs at priority -100): keep the page."""
    page = Path(config["site_dir"]) / NAME
    if _is_default_language(config) and page.exists():
        _kept[NAME] = page.read_bytes()


@event_priority(-120)
def restore_default_404(config: Any) -> None:
    """After every language is built: the default language's page again."""
    if NAME in _kept:
        site = Path(config["site_dir"])
        top = sorted(p.name for p in site.iterdir() if p.suffix not in (".br", ".gz"))
        html = relative_to_root(_kept[NAME].decode("utf-8"), top)
        (site / NAME).write_text(html, encoding="utf-8")


on_post_build = CombinedEvent(keep_default_404, restore_default_404)
