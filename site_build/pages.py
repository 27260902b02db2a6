"""Pages made from the registry rather than written by hand: ``embed/<id>/`` for every calculator and language.

Each build of a language (mkdocs-static-i18n runs one build per language) gets that language's embed pages, added
after the i18n plugin's ``on_files`` (priority -100): that plugin rebuilds every ``File`` from the docs folder, and
a page with no file on disk would be dropped by it. Each page knows its counterparts in the other languages, as the
plugin's own files do, so the (hidden) language selector of an embed page links to the same calculator.
"""

from __future__ import annotations

import json
import re
from typing import Any

from mkdocs.structure.files import File, Files, InclusionLevel

from calculators.i18n import DEFAULT_LANG, LANGS
from calculators.registry import calculators

# The front matter of an embed page: the calculator without the site's chrome, and out of the search index.
FRONT = """---
title: {title}
template: embed.html
search:
  exclude: true
hide:
  - navigation
  - toc
---

<!-- calculator: {id} -->
"""
EMBED_LIST = re.compile(r"<!--\s*embed-list\s*-->")


def _embed_file(config: Any, lang: str, calc_id: str, title: str) -> File:
    file = File.generated(
        config,
        f"{lang}/embed/{calc_id}.md",
        content=FRONT.format(title=json.dumps(title, ensure_ascii=False), id=calc_id),
        inclusion=InclusionLevel.NOT_IN_NAV,
    )
    prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
    page = f"{calc_id}/index.html" if config.use_directory_urls else f"{calc_id}.html"
    file.dest_uri = f"{prefix}embed/{page}"
    return file


def add_embed_pages(files: Files, config: Any) -> Files:
    """Every calculator's embed page in the language being built, with its alternates in the other languages."""
    lang = config.theme["language"]
    for calc_id, calc in calculators().items():
        page = _embed_file(config, lang, calc_id, calc.title[lang])
        alternates = {other: _embed_file(config, other, calc_id, calc.title[other]) for other in LANGS}
        alternates[lang] = page
        # the attributes mkdocs-static-i18n gives the files it makes (folder.create_i18n_file)
        page.alternates = alternates  # type: ignore[attr-defined]
        page.locale = page.localization = page.locale_alternate_of = lang  # type: ignore[attr-defined]
        page.norm_src_uri = f"embed/{calc_id}.md"  # type: ignore[attr-defined]
        files.append(page)
    return files


def embed_list(markdown: str) -> str:
    """``<!-- embed-list -->``: every calculator id, in the registry's order, as inline code."""
    return EMBED_LIST.sub(", ".join(f"`{calc_id}`" for calc_id in calculators()), markdown)
