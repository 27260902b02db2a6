"""MkDocs hook: Material's search index written with its letters as UTF-8 rather than ``\\uXXXX`` escapes.

Nearly all of the index is Cyrillic: six bytes a letter when escaped, two in UTF-8. The file every page fetches
shrinks from about 4 MB to under 2 MB, and by a quarter after gzip. The i18n plugin writes the final index (all
four languages) and Material's offline plugin inlines it into ``search_index.js``, both at priority -100; this
hook runs after them and rewrites both files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

OFFLINE_PREFIX = "var __index = "  # how Material's offline plugin wraps the index in a script


def compact(text: str) -> str:
    """The same JSON document, compact, with non-ASCII letters kept as they are."""
    return json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False)


@event_priority(-110)
def on_post_build(config: Any) -> None:
    folder = Path(config["site_dir"]) / "search"
    index = folder / "search_index.json"
    if not index.exists():
        return
    data = compact(index.read_text(encoding="utf-8"))
    index.write_text(data, encoding="utf-8")
    script = folder / "search_index.js"
    if script.exists():
        script.write_text(OFFLINE_PREFIX + data, encoding="utf-8")
