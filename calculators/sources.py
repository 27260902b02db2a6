"""Citable sources and basis ids ``<source>#<anchor>``: a paragraph of a text we render, or an article of a code."""

from __future__ import annotations

from typing import Any

from calculators.i18n import LANGS
from calculators.parameters import data
from calculators.words import pt, t

# How an anchor reads in each language. ``p-11-1`` → "п. 11-1"; ``665-1-1`` → "ст. 665, п. 1, пп. 1".
# Translators: how a paragraph (пункт) of a cited act reads; {0} is its number, e.g. 11-1.
_PARAGRAPH = t("para. {0}")
# An article's own number, its points (пункт) and their sub-points (подпункт): "ст. 665, п. 1, пп. 1".
_ARTICLE = (t("art. {0}"), t("para. {0}"), t("sub-para. {0}"))
# Codes divided into parts rather than points (the Civil Procedure Code): "ст. 104, ч. 1, пп. 14".
_ARTICLE_PART = (
    t("art. {0}"),
    t("part {0}"),
    # Translators: a sub-point (подпункт) of a part of an article, as in "art. 104, part 1, item 14".
    pt("sources._ARTICLE_PART", "item {0}"),
)
# Government rates in chapters and items: "1-1-1" → "гл. 1, п. 1, пп. 1".
_CHAPTER_ITEM = (
    t("ch. {0}"),
    # Translators: a point (пункт) of a chapter of a government rate list; its sub-points are "sub-item {0}".
    t("item {0}"),
    t("sub-item {0}"),
)
# An act cited as a whole (anchor "act"), where the article could not be read in the official text.
_DOCUMENT = t("the act as a whole")


def sources() -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = data()["sources"]
    return result


def split(basis: str) -> tuple[str, str]:
    source, _, anchor = basis.partition("#")
    return source, anchor


def anchor_label(basis: str, lang: str) -> str:
    """The human label of a basis id's anchor: "п. 5", "ст. 665, п. 1, пп. 1"."""
    source_id, anchor = split(basis)
    style = sources()[source_id]["anchors"]["style"]
    if style == "paragraph":
        return _PARAGRAPH[lang].format(anchor.removeprefix("p-"))
    if style == "document":
        return _DOCUMENT[lang]
    parts = anchor.split("-")
    if style == "chapter-item":
        return ", ".join(_CHAPTER_ITEM[i][lang].format(part) for i, part in enumerate(parts))
    if parts[0] in sources()[source_id]["anchors"].get("list_articles", ()):
        # An article that is one list of sub-points, then a closing part two: "616-21-1", "616-p2".
        if parts[1:] == ["p2"]:
            return f"{_ARTICLE_PART[0][lang].format(parts[0])}, {_ARTICLE_PART[1][lang].format(2)}"
        return f"{_ARTICLE[0][lang].format(parts[0])}, {_ARTICLE[2][lang].format('-'.join(parts[1:]))}"
    parts = [*parts[:2], "-".join(parts[2:])] if len(parts) > 2 else parts  # sub-point "13-1" stays whole
    words = _ARTICLE_PART if style == "article-part" else _ARTICLE
    # "267~4-2": a "~" stands for the hyphen inside an article's own number ("ст. 267-4, ч. 2").
    return ", ".join(words[i][lang].format(part.replace("~", "-")) for i, part in enumerate(parts))


def describe(basis: str) -> dict[str, Any]:
    """Everything a page needs to show and link a basis id, for every language."""
    source_id, anchor = split(basis)
    source = sources()[source_id]
    return {
        "id": basis,
        "source": source_id,
        "anchor": anchor,
        "kind": source["kind"],
        "title": source["title"],
        "short": source["short"],
        "label": {lang: anchor_label(basis, lang) for lang in LANGS},
        "href": source.get("href"),
        "page": source.get("page"),
    }


def known(basis: str) -> bool:
    """True when the basis id names a source we know and an anchor that source declares."""
    source_id, anchor = split(basis)
    source = sources().get(source_id)
    return source is not None and anchor in source["anchors"]["list"]
