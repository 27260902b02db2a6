"""MkDocs hooks: everything the site needs from the calculators and texts, made at build time.

- ``calculators/data.json`` (parameters, sources, words) is written from the YAML and ``.po`` files, and must be
  what this process read (``mkdocs serve`` needs a restart after a rate or a word changed);
- ``embed/<id>/`` in every language is generated for each calculator of the registry (``pages.py``), and
  ``<!-- embed-list -->`` lists their ids;
- ``<!-- value: ID@DATE -->`` in a page's Markdown becomes the figure of that parameter (``values.py``);
- ``<!-- calculator: ID -->`` in a page becomes the form with a worked example computed now;
- ``<!-- interpretations: ID -->`` becomes the readings of the law that calculator chose, in the words of its
  warnings, with their basis links (``interpretations.py``);
- ``<!-- text: ID -->`` becomes the source text beside our translations;
- ``<!-- edition: ID -->`` (under a text page's title) names the edition shown and the date changes were checked to;
- ``<!-- calendar: all -->`` becomes each country's non-working days by year (``calendar_page.py``);
- ``<!-- console: python -->`` becomes the Python console, the one page with PyScript (``pyconsole.py``);
- after the build, the Pyodide files (from the pinned npm package) and the calculators archive are
  written once at the site root, shared by every language.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from calculators import compile as data_compile
from calculators import datafile
from calculators.i18n import DEFAULT_LANG, LANGS
from calculators.registry import calculators
from calculators.sources import sources
from site_build import (
    bundle,
    calendar_page,
    forms,
    interpretations,
    pages,
    pyconsole,
    register,
    templating,
    texts,
    ui,
    values,
)
from site_build.glossary import Glossary

ROOT = Path(__file__).resolve().parents[1]

# The offline build (./scripts/build-offline) sets this; Material's offline plugin reads the same variable.
OFFLINE = os.environ.get("COURT_CALC_OFFLINE", "").lower() in ("1", "true", "yes")
KINDS = "calculators|calculator|interpretations|text|edition|embed-demo|glossary|register|console|calendar"
MARKER = re.compile(rf"<!--\s*({KINDS}):\s*([a-z0-9-]+)\s*-->")
GLOSSARY = Glossary.load()
RUNTIME = {"folder": ""}  # this build's runtime folder (bundle.runtime_folder), found once in on_config


def on_config(config: Any) -> Any:
    if json.loads(data_compile.write()) != datafile.load():
        raise PluginError("calculators/data.json changed after this process read it: start the build again")
    RUNTIME["folder"] = bundle.runtime_folder()
    templating.use_theme(config)
    if OFFLINE:
        # Keep the native Worker, then the self-hosted iframe-worker shim (instead of the CDN one the offline
        # plugin names), which lets Material's search worker run from file://.
        config.extra["polyfills"] = ["assets/court-calc-native-worker.js", "assets/vendor/iframe-worker-shim.js"]
    return config


def page_lang(page: Page) -> str:
    first = page.file.src_uri.split("/", 1)[0]
    return first if first in LANGS else DEFAULT_LANG


def _to_root(page: Page) -> str:
    """The relative way from this page up to the site root, where the shared assets live.

    ``page.url`` already holds the language prefix (``kk/calculators/x/``, or ``kk/calculators/x.html``
    without directory URLs), so each ``/`` in it is one level down from the root.
    """
    return "../" * page.url.count("/") or "./"


def links_for(page: Page, files: Files, lang: str) -> dict[str, str]:
    """Relative links from this page to every text page and calculator page, in the page's language."""
    out = {}
    for source_id, source in sources().items():
        if source["kind"] != "page":
            continue
        target = files.get_file_from_path(f"{lang}/{source['page']}.md")
        if target is None:
            raise PluginError(f"{page.file.src_uri}: no page {lang}/{source['page']}.md for source {source_id}")
        out[source_id] = get_relative_url(target.url, page.url)
    calendar = files.get_file_from_path(f"{lang}/calendar.md")
    if calendar is not None:
        out["calendar"] = get_relative_url(calendar.url, page.url)
    for calc_id in calculators():
        target = files.get_file_from_path(f"{lang}/calculators/{calc_id}.md")
        if target is not None:
            out[f"calc:{calc_id}"] = get_relative_url(target.url, page.url)
    return out


def calc_links(page: Page, files: Files, lang: str) -> texts.CalcLinks:
    """For each paragraph a calculator implements: that calculator's title and relative link, in this language."""
    links = links_for(page, files, lang)
    out: texts.CalcLinks = {}
    for calc_id, calc in calculators().items():
        href = links.get(f"calc:{calc_id}")
        if href is None:
            continue
        for basis in calc.implements:
            out.setdefault(basis, []).append((calc_id, calc.title[lang], href))
    return out


@event_priority(-110)  # after mkdocs-static-i18n (-100), which remakes every File from the docs folder
def on_files(files: Files, config: Any) -> Files:
    return pages.add_embed_pages(files, config)


def on_env(env: Any, config: Any, files: Files) -> Any:
    # The names of the header's colour scheme switch, in the language of the pass (overrides/partials/palette.html).
    env.filters["cc_chrome_word"] = ui.chrome_word
    return env


def on_page_markdown(markdown: str, page: Page, config: Any, files: Files) -> str:
    try:
        return values.render(pages.embed_list(markdown), page_lang(page))
    except values.UnknownValue as exc:
        raise PluginError(f"{page.file.src_uri}: {exc}") from exc


def on_page_content(html: str, page: Page, config: Any, files: Files) -> str:
    lang = page_lang(page)
    found = calculators()

    def replace(match: re.Match[str]) -> str:
        kind, ident = match[1], match[2]
        if kind == "text":
            return texts.render_text(ident, lang, calc_links(page, files, lang), GLOSSARY)
        if kind == "interpretations":
            try:
                return interpretations.render(ident, lang, links_for(page, files, lang))
            except interpretations.UnknownInterpretations as exc:
                raise PluginError(f"{page.file.src_uri}: {exc}") from exc
        if kind == "edition":
            return texts.render_edition(ident, lang)
        if kind == "console":
            return pyconsole.render(lang, _to_root(page), links_for(page, files, lang), OFFLINE)
        if kind == "register":
            return register.render(lang)
        if kind == "calendar":
            return calendar_page.render(lang)
        if kind == "calculators":
            return forms.render_catalogue(lang, links_for(page, files, lang))
        if kind == "glossary":
            if GLOSSARY is None:
                return ""
            links = links_for(page, files, lang)
            titles = {sid: (href, sources()[sid]["short"][lang]) for sid, href in links.items() if sid in sources()}
            return GLOSSARY.page(lang, titles)
        if kind == "embed-demo":
            target = files.get_file_from_path(f"{lang}/embed/{ident}.md")
            if target is None:
                raise PluginError(f"{page.file.src_uri}: no embed page for {ident}")
            return str(templating.macro("embed-demo.html", "frame")(get_relative_url(target.url, page.url), ident))
        calc = found.get(ident)
        if calc is None:
            raise PluginError(f"{page.file.src_uri}: unknown calculator {ident}")
        root = _to_root(page)
        worker = f"{root}{RUNTIME['folder']}court-calc-worker.mjs"
        # The page's <head> starts this worker before the page is parsed (overrides/main.html); from disk, the
        # offline runtime script in assets/offline/ starts its own.
        if OFFLINE:
            page.meta["court_calc_offline"] = f"{root}assets/offline/"
        else:
            page.meta["court_calc_worker"] = worker
            # What the page asks besides the visitor's input, so that <head> can ask a question given in the
            # address (?input=) as soon as the worker is started: the same id, language and link map as the form's
            # config, so that the form's own first question is this one and takes its answer.
            ask = {"id": calc.id, "lang": lang, "links": links_for(page, files, lang)}
            page.meta["court_calc_ask"] = json.dumps(ask, ensure_ascii=False)
        runtime: dict[str, Any] = {
            "assets": f"{root}assets/",
            "worker": worker,
            "embed": page.meta.get("template") == "embed.html",
            "offline": OFFLINE,
        }
        return forms.render_calculator(calc, lang, links_for(page, files, lang), runtime)

    return MARKER.sub(replace, html)


def on_page_context(context: Any, page: Page, config: Any, nav: Any) -> Any:
    # A page without a calculator names the runtime's files so that pointing at a link to a calculator fetches
    # them ahead of the click (docs/assets/court-calc-boot.js, step "prefetch"); nothing is fetched before that.
    if not OFFLINE and not page.meta.get("court_calc_worker") and RUNTIME["folder"]:
        root = _to_root(page)
        pyodide = f"{root}assets/pyodide/{bundle.PYODIDE_VERSION}/"
        names = ("court-calc-worker.mjs", "court-calc-engine.mjs", "csnap.mjs", "calc.csnap", "empty.zip")
        files = [f"{root}{RUNTIME['folder']}{name}" for name in names]
        files += [f"{pyodide}{name}" for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")]
        page.meta["court_calc_prefetch"] = " ".join(files)
    return context


def on_post_build(config: Any) -> None:
    # A sitemap needs absolute addresses; the site is relative (any host, a sub-path, disk), so with no site_url
    # MkDocs would write "None./" for every page: no sitemap rather than a broken one.
    if not config.get("site_url"):
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            (Path(config["site_dir"]) / name).unlink(missing_ok=True)
    if config["theme"]["language"] == DEFAULT_LANG:
        if OFFLINE:
            bundle.write_offline_runtime(Path(config["site_dir"]))
        else:
            bundle.write_runtime(Path(config["site_dir"]))
            pyconsole.write_runtime(Path(config["site_dir"]))
