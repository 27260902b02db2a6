"""The two source texts: parsed into segments with stable anchors, rendered beside our translations.

The resolution is parsed from its source file at build time (``texts/kz-resolution-9/source.kk.txt``): its
``[bookmark: zN]`` marks become the anchors ``p-…`` (z22 is p. 11-1 and z23 is p. 18-1, inserted later), and
its amendment notes ("Ескерту. …") stay with their paragraph. The article's clean original and every
translation are YAML files beside the source (``texts/<id>/<lang>.yaml``) with the same segment ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
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
    segments = [Segment("header", kind="header")]
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
    return Text(text_id, lang, doc.get("title", ""), doc.get("subtitle", ""), segments)


def parse_extracted(source: str, text_id: str, lang: str) -> Text:
    """A plain reading of a text extracted from a PDF, used until its clean segmented original exists.

    Lines broken by the extraction are joined; a line ending in a hyphen is joined to the next without it
    when the next begins in lower case; a paragraph ends at a line that ends a sentence.
    """
    lines = [line.strip() for line in source.splitlines() if line.strip()]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if current.endswith("-") and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}".strip()
        if current.endswith((".", "!", "?", ":")) and len(current) > 400:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    segments = [Segment(f"p-{n}", [text]) for n, text in enumerate(paragraphs, start=1)]
    return Text(text_id, lang, "", "", segments)


def original(text_id: str) -> Text:
    if text_id == "kz-resolution-9":
        return parse_resolution((TEXTS / text_id / "source.kk.txt").read_text(encoding="utf-8"))
    loaded = load_yaml_text(text_id, "ky")
    if loaded is None:
        return parse_extracted((TEXTS / text_id / "source.ky.txt").read_text(encoding="utf-8"), text_id, "ky")
    return loaded


ORIGINAL_LANG = {"kz-resolution-9": "kk", "kg-enforcement-article": "ky"}
NOTE_LABEL = {"kk": "Ескерту", "ky": "Эскертүү", "ru": "Примечание", "en": "Note"}
COPY_LINK = {
    "ru": "Ссылка на этот абзац",
    "kk": "Осы абзацқа сілтеме",
    "ky": "Бул абзацка шилтеме",
    "en": "Link to this paragraph",
}
UNOFFICIAL = {
    "ru": "Неофициальный перевод этого сайта",
    "kk": "Осы сайттың ресми емес аудармасы",
    "ky": "Бул сайттын расмий эмес котормосу",
    "en": "Unofficial translation by this site",
}


def _block(segment: Segment | None, lang: str, css: str) -> str:
    if segment is None:
        return f'<div class="{css} tx-missing" lang="{lang}"></div>'
    tag = "h2" if segment.kind == "heading" else "p"
    body = "".join(f"<{tag}>{escape(line)}</{tag}>" for line in segment.lines)
    if segment.kind == "list":
        body = '<ol class="tx-list">' + "".join(f"<li>{escape(line)}</li>" for line in segment.lines) + "</ol>"
    notes = "".join(
        f'<details class="tx-note"><summary>{NOTE_LABEL.get(lang, "Note")}</summary><p>{escape(n)}</p></details>'
        for n in segment.notes
    )
    shown_lang = segment.lang or lang
    return f'<div class="{css}" lang="{shown_lang}">{body}{notes}</div>'


def render_text(text_id: str, page_lang: str) -> str:
    """Original and translations side by side, one row per segment, each row anchored by its segment id."""
    orig = original(text_id)
    translations = {lang: load_yaml_text(text_id, lang) for lang in ("ru", "en")}
    available = [lang for lang, t in translations.items() if t is not None]
    chosen = "en" if page_lang == "en" else "ru"
    rows = []
    for segment in orig.segments:
        cells = [_block(segment, orig.lang, "tx-orig")]
        for lang in available:
            tr = translations[lang]
            assert tr is not None
            match = next((s for s in tr.segments if s.id == segment.id), None)
            hidden = "" if lang == chosen else " hidden"
            cells.append(_block(match, lang, f"tx-tr tx-{lang}").replace(">", f' data-tr="{lang}"{hidden}>', 1))
        link = (
            f'<a class="tx-anchor" href="#{segment.id}" title="{COPY_LINK[page_lang]}" '
            f'aria-label="{COPY_LINK[page_lang]}: {segment.id}">¶</a>'
        )
        rows.append(f'<section class="tx-seg tx-{segment.kind}" id="{segment.id}">{link}{"".join(cells)}</section>')
    note = f'<p class="tx-unofficial">{UNOFFICIAL[page_lang]}</p>' if available else ""
    return (
        f'<div class="tx" data-text="{text_id}" data-original="{orig.lang}" data-translations="{" ".join(available)}">'
        f"{note}{''.join(rows)}</div>"
    )
