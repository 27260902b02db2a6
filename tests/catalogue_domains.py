"""The two gettext domains (``calculators``, ``site``) as the tests see them: the msgids the code uses, extracted
as ``scripts/translations`` extracts them (the mapping is ``babel.cfg`` itself), the template and each language's
catalogue. ``tests/test_catalogue_entries.py`` holds both domains to the same rules."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from calculators.i18n import LANGS

ROOT = Path(__file__).resolve().parents[1]
SOURCE_LANG = "en"  # the msgids are English
TRANSLATED = tuple(lang for lang in LANGS if lang != SOURCE_LANG)
KEYWORDS = {"t": None, "pt": ((1, "c"), 2)}  # as scripts/translations: -k t -k pt:1c,2
Key = tuple[str | None, str]


def read(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as fp:
        return read_po(fp, locale=lang)


def keys(catalogue: Catalog) -> set[Key]:
    return {(m.context, m.id) for m in catalogue if m.id and isinstance(m.id, str)}


@dataclass(frozen=True)
class Domain:
    name: str
    package: str  # the folder its msgids are extracted from, which holds its locale/

    @property
    def locale(self) -> Path:
        return ROOT / self.package / "locale"

    def po(self, lang: str) -> Catalog:
        return read(self.locale / lang / "LC_MESSAGES" / f"{self.name}.po", lang)

    @cached_property
    def template(self) -> Catalog:
        return read(self.locale / f"{self.name}.pot")

    @cached_property
    def in_code(self) -> dict[Key, list[str]]:
        """Every msgid the code uses, with its ``Translators:`` notes."""
        text = (ROOT / "babel.cfg").read_text(encoding="utf-8")
        methods, options = parse_mapping_cfg(io.StringIO(text))
        found: dict[Key, list[str]] = {}
        extracted = extract_from_dir(
            ROOT / self.package, methods, options, keywords=KEYWORDS, comment_tags=["Translators:"]
        )
        for filename, _, message, comments, context in extracted:
            assert isinstance(message, str), f"{filename}: t() needs one literal msgid, got {message!r}"
            notes = found.setdefault((context, message), [])
            notes.extend(c for c in comments if c not in notes)
        return found


DOMAINS = (Domain("calculators", "calculators"), Domain("site", "site_build"))
