"""MkDocs hook: the site's one 404 page is the default language's, with a language switcher to each home page.

The i18n plugin builds each language in turn, and every build writes ``404.html`` at the site root: the last one
built (English) used to win, with an English menu and a switcher left over from the last page of the language
built before it. The default language's build writes its 404 page before any page, while the switcher still
leads to the four home pages; this hook keeps that file and puts it back after the other languages are built.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.plugins import CombinedEvent, event_priority

from calculators.i18n import DEFAULT_LANG, LANGS
from site_build.ui import UI

NAME = "404.html"
_kept: dict[str, bytes] = {}


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
        (Path(config["site_dir"]) / NAME).write_bytes(_kept[NAME])


on_post_build = CombinedEvent(keep_default_404, restore_default_404)
