"""The glossary (``texts/glossary.yaml``): its page, and the terms marked in the texts with their definitions.

A term is matched by stems, one list per language, so that inflected forms are found (Kazakh «баждың»,
«бажды»; Kyrgyz «аткаруучуга»): each word of a stem is a prefix of a word in the text, in order. A match is
wrapped in an element carrying the definition; no visible character is added inside the sentence.

A term may list phrases it must not be found inside (``not``, per language): an idiom or a negation that
contains a stem without meaning the term («со стороны» is "on the part of", not a party; "nor refunded" is
no refund); a match that overlaps such a phrase is left unmarked. In such a phrase every word but the last is
a whole word, and the last is a prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from calculators.i18n import LANGS
from site_build.templating import macro

PATH = Path(__file__).resolve().parents[1] / "texts" / "glossary.yaml"
WORD = r"[^\W\d_]"
# A term's names: first in the languages of the two source texts (Kazakh, Kyrgyz), then every other site language.
ORIGINALS = ("kk", "ky")
NAME_ORDER = ORIGINALS + tuple(lang for lang in LANGS if lang not in ORIGINALS)


def _pattern(stem: str) -> str:
    words = stem.split()
    return r"\s+".join(rf"{re.escape(w)}{WORD}*" for w in words)


def _phrase(phrase: str) -> re.Pattern[str]:
    """A phrase a term must not be found inside: whole words, the last one a prefix."""
    *whole, last = phrase.split()
    parts = [rf"{re.escape(w)}(?!{WORD})" for w in whole] + [rf"{re.escape(last)}{WORD}*"]
    return re.compile(rf"(?<!{WORD})" + r"\s+".join(parts), re.IGNORECASE)


def plain(line: str) -> str:
    """A line of a text as HTML, with no term marked."""
    return str(macro("glossary.html", "line")([(line, None)]))


@dataclass
class Glossary:
    terms: list[dict[str, Any]]

    @classmethod
    def load(cls) -> Glossary | None:
        if not PATH.exists():
            return None
        return cls(yaml.safe_load(PATH.read_text(encoding="utf-8"))["terms"])

    def _regex(self, lang: str) -> tuple[re.Pattern[str], dict[str, dict[str, Any]]] | None:
        alternatives, owners = [], {}
        for i, term in enumerate(self.terms):
            stems = sorted(term.get("match", {}).get(lang) or [], key=len, reverse=True)
            if stems:
                alternatives.append(f"(?P<t{i}>" + "|".join(_pattern(s) for s in stems) + ")")
                owners[f"t{i}"] = term
        if not alternatives:
            return None
        # Longest stems are tried first within a term; a term may not start inside a word.
        return re.compile(rf"(?<!{WORD})(?:" + "|".join(alternatives) + ")", re.IGNORECASE), owners

    def find(self, line: str, lang: str) -> list[tuple[re.Match[str], dict[str, Any]]]:
        """Each term found in ``line`` with its match, leaving out matches inside the term's ``not`` phrases."""
        found = self._regex(lang)
        if found is None:
            return []
        regex, owners = found
        out = []
        for match in regex.finditer(line):
            term = owners[match.lastgroup or ""]
            excluded = (
                (m.start(), m.end())
                for phrase in term.get("not", {}).get(lang) or []
                for m in _phrase(phrase).finditer(line)
            )
            if not any(start < match.end() and match.start() < end for start, end in excluded):
                out.append((match, term))
        return out

    def mark(self, line: str, lang: str, page_lang: str) -> str:
        """``line`` as HTML with each glossary term wrapped in its definition (in the page's language)."""
        pieces: list[tuple[str, dict[str, str] | None]] = []
        last = 0
        for match, term in self.find(line, lang):
            pieces.append((line[last : match.start()], None))
            title = f"{term['terms'][page_lang]}: {term['definition'][page_lang]}"
            pieces.append((match.group(0), {"id": term["id"], "title": title}))
            last = match.end()
        pieces.append((line[last:], None))
        return str(macro("glossary.html", "line")(pieces))

    def page(self, page_lang: str, text_links: dict[str, tuple[str, str]]) -> str:
        """The glossary page's body: one entry per term, in the page's language, with the other languages' terms."""
        entries = [
            {
                "id": term["id"],
                "term": term["terms"][page_lang],
                "definition": term["definition"][page_lang],
                "names": [(lang, term["terms"][lang]) for lang in NAME_ORDER],
                "texts": [text_links[t] for t in term.get("texts", []) if t in text_links],
            }
            for term in sorted(self.terms, key=lambda t: t["terms"][page_lang].lower())
        ]
        return str(macro("glossary.html", "page")(entries))
