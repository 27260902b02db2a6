"""The two source texts: parsed into segments with stable anchors, rendered beside our translations.

The resolution is parsed from its source file at build time (``texts/kz-resolution-9/source.kk.txt``): its
``[bookmark: zN]`` marks become the anchors ``p-…`` (z22 is p. 11-1 and z23 is p. 18-1, inserted later), and
its amendment notes ("Ескерту. …") stay with their paragraph. The article's clean original and every
translation are YAML files beside the source (``texts/<id>/<lang>.yaml``) with the same segment ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from site_build.glossary import Glossary, plain
from site_build.templating import macro
from site_build.words import by_lang, pt, t

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "texts"
_BOOKMARK = re.compile(r"^\[bookmark: z(\d+)\]\s*")
# z1 is the preamble; z2..z21 are paragraphs 1..20 in order, with the two later insertions.
_ORDER = ["preamble", *[f"p-{n}" for n in range(1, 11)], "p-11", "p-11-1", *[f"p-{n}" for n in range(12, 19)]]
_ORDER += ["p-18-1", "p-19", "p-20"]
_Z = [1, *range(2, 13), 22, *range(13, 20), 23, 20, 21]
BOOKMARK_ANCHOR = {f"z{z}": anchor for z, anchor in zip(_Z, _ORDER, strict=True)}
NOTE = "Ескерту."


@dataclass
class Segment:
    id: str
    lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kind: str = "paragraph"
    lang: str | None = None


@dataclass
class Text:
    id: str
    lang: str
    title: str
    subtitle: str
    segments: list[Segment]

    def ids(self) -> list[str]:
        return [s.id for s in self.segments]


def parse_resolution(source: str) -> Text:
    """Segments of the resolution: header (notice and notes), preamble, p-1 … p-20 with 11-1 and 18-1, signatures."""
    lines = [line.strip() for line in source.splitlines()]
    title, subtitle = lines[0], lines[1]
    segments = [Segment("title", [title, subtitle], kind="title"), Segment("header", kind="header")]
    for line in lines[2:]:
        if not line:
            continue
        mark = _BOOKMARK.match(line)
        if mark:
            segments.append(Segment(BOOKMARK_ANCHOR[f"z{mark[1]}"]))
            line = line[mark.end() :]
        elif segments[-1].id == "p-20":
            segments.append(Segment("signatures", kind="signatures"))
        current = segments[-1]
        if line.startswith(NOTE):
            current.notes.append(line)
        else:
            current.lines.append(line)
    return Text("kz-resolution-9", "kk", title, subtitle, segments)


def load_yaml_text(text_id: str, lang: str) -> Text | None:
    path = TEXTS / text_id / f"{lang}.yaml"
    if not path.exists():
        return None
    doc: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw = doc["segments"]
    if isinstance(raw, dict):
        items = [{"id": k, **v} for k, v in raw.items()]
    else:
        items = raw
    segments = [
        Segment(s["id"], list(s.get("lines", [])), list(s.get("notes", [])), s.get("kind", "paragraph"), s.get("lang"))
        for s in items
    ]
    if doc.get("subtitle") and not doc.get("original"):
        # A translation of a text whose title and subtitle are part of the original (the resolution).
        segments.insert(0, Segment("title", [doc["title"], doc["subtitle"]], kind="title"))
    return Text(text_id, lang, doc.get("title", ""), doc.get("subtitle", ""), segments)


def original(text_id: str) -> Text:
    if text_id == "kz-resolution-9":
        return parse_resolution((TEXTS / text_id / "source.kk.txt").read_text(encoding="utf-8"))
    loaded = load_yaml_text(text_id, "ky")
    if loaded is None:
        raise FileNotFoundError(f"texts/{text_id}/ky.yaml: the segmented original of the text")
    return loaded


# Translators: the label of an amendment note in the original text ("Ескерту." in the Kazakh resolution).
NOTE_LABEL = t("Note")
# Translators: the name of this catalogue's language in that language itself ("Русский", "Қазақша").
LANG_NAMES = pt("autonym", "English")
WORDS = {
    "copy": t("Link to this paragraph"),
    "copied": t("Link copied"),
    "unofficial": t("Unofficial translation by this site"),
    # Translators: the heading of the column of our translation beside the original.
    "translation": t("Translation"),
    # Translators: a switch between the original text and our translation (also "Translation").
    "show_original": t("Original"),
    "show_translation": t("Translation"),
    # Translators: the abstract the authors of an article wrote themselves (not ours).
    "abstract": t("The authors' abstract"),
    "keywords": t("The authors' keywords"),
    "same": t("The authors' own text in this language is in the original column."),
    "changed": t("What has changed since"),
    # Translators: a note on a later change of the law was checked against its source on a date.
    "checked": t("checked"),
    # Translators: the edition (version as amended) of the legal text shown on the page.
    "edition": t("Edition"),
    # Translators: {date} is a date, dd.mm.yyyy; changes of the law were looked for up to that day.
    "checked_to": t("changes checked up to {date}"),
    "calculators": t("Calculators for this paragraph"),
}
UI = by_lang(WORDS)
# (calculator id, title in the page's language, relative link) for each basis id a calculator implements.
CalcLinks = dict[str, list[tuple[str, str, str]]]


def _cell(
    segment: Segment | None,
    lang: str,
    css: str,
    page_lang: str,
    terms: Glossary | None,
    tr: str = "",
    hidden: bool = False,
) -> dict[str, Any]:
    """One segment in one language, as data for the ``block`` macro (``overrides/partials/cc/texts.html``)."""
    if segment is None:
        return {"missing": True, "css": css, "lang": lang, "tr": tr, "hidden": hidden}
    shown_lang = segment.lang or lang
    own_words = segment.kind in ("abstract", "keywords") and css == "tx-orig"  # the authors' own words, not ours
    return {
        "css": css,
        "lang": shown_lang,
        "tr": tr,
        "hidden": hidden,
        "tag": {"heading": "h2", "list": "ol", "title": "h2"}.get(segment.kind, "p"),
        "lines": [terms.mark(line, shown_lang, page_lang) if terms else plain(line) for line in segment.lines],
        "kind_label": UI[page_lang][segment.kind] if own_words else "",
        "kind_lang": LANG_NAMES[shown_lang],
        "notes": segment.notes,
        "note_label": NOTE_LABEL.get(lang, "Note"),
    }


def change_file(text_id: str) -> dict[str, Any]:
    """``texts/<id>/changes.yaml``: the edition shown, the date changes were checked up to, and the notes."""
    loaded: dict[str, Any] = yaml.safe_load((TEXTS / text_id / "changes.yaml").read_text(encoding="utf-8"))
    return loaded


def changes(text_id: str) -> dict[str, list[dict[str, Any]]]:
    """The "what has changed since" notes of a text, by segment (``texts/<id>/changes.yaml``)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for note in change_file(text_id)["notes"]:
        out.setdefault(note["segment"], []).append(note)
    return out


def _date(value: Any) -> str:
    return date.fromisoformat(str(value)).strftime("%d.%m.%Y")


def render_edition(text_id: str, page_lang: str) -> str:
    """Which edition of the text the page shows, and up to when the changes since were checked (under the title)."""
    found = change_file(text_id)
    ui = UI[page_lang]
    upto = ui["checked_to"].format(date=_date(found["changes_checked_to"]))
    return str(macro("texts.html", "edition")(text_id, ui["edition"], found["edition"][page_lang], upto))


def _changes(notes: list[dict[str, Any]], page_lang: str, checked_to: Any) -> dict[str, Any]:
    shown = [{"text": n["text"][page_lang], "sources": n["sources"], "checked": str(n["checked"])} for n in notes]
    return {"notes": shown, "upto": UI[page_lang]["checked_to"].format(date=_date(checked_to))}


def render_text(
    text_id: str, page_lang: str, calc_links: CalcLinks | None = None, terms: Glossary | None = None
) -> str:
    """Original and translations side by side, one row per segment, each row anchored by its segment id.

    ``calc_links`` names the calculators implementing a paragraph (links both ways with the calculators' steps);
    ``terms`` marks glossary terms with their definition in the page's language (no visible characters added).
    """
    ui = UI[page_lang]
    orig = original(text_id)
    translations = {lang: load_yaml_text(text_id, lang) for lang in ("ru", "en")}
    available = [lang for lang, loaded in translations.items() if loaded is not None]
    chosen = "en" if page_lang == "en" else "ru"
    notes = changes(text_id)
    checked_to = change_file(text_id)["changes_checked_to"]
    segments = []
    for segment in orig.segments:
        cells = [_cell(segment, orig.lang, "tx-orig", page_lang, terms)]
        for lang in available:
            tr = translations[lang]
            assert tr is not None
            match = next((s for s in tr.segments if s.id == segment.id), None)
            if match is None and segment.lang == lang:  # a passage the original already gives in this language
                cells.append({"same": ui["same"], "lang": page_lang, "tr": lang, "hidden": lang != chosen})
            else:
                cells.append(_cell(match, lang, f"tx-tr tx-{lang}", page_lang, terms, lang, lang != chosen))
        segments.append(
            {
                "id": segment.id,
                "kind": segment.kind,
                "cells": cells,
                "changes": _changes(notes[segment.id], page_lang, checked_to) if segment.id in notes else None,
                "calcs": (calc_links or {}).get(f"{text_id}#{segment.id}") or [],
            }
        )
    return str(macro("texts.html", "text")(text_id, orig.lang, available, chosen, LANG_NAMES, ui, segments))
