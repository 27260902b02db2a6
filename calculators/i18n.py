"""The four languages of the site and the shape of a text given in all of them."""

from __future__ import annotations

LANGS: tuple[str, ...] = ("ru", "kk", "ky", "en")
DEFAULT_LANG = "ru"

# A text in every language of the site: {"ru": ..., "kk": ..., "ky": ..., "en": ...}.
Text = dict[str, str]


def text(ru: str, kk: str, ky: str, en: str) -> Text:
    """Build a four-language text; positional so that no language can be forgotten."""
    return {"ru": ru, "kk": kk, "ky": ky, "en": en}


def joined(label: Text, detail: Text) -> Text:
    """``Label: detail`` in every language (a step label naming what it applies to)."""
    return {lang: f"{label[lang]}: {detail[lang].lower()}" for lang in LANGS}
