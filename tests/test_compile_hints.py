"""Material's script carries V8's compile hint in the built site (site_build/compile_hints.py)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from site_build.compile_hints import HINT, add_hint


def test_the_hint_is_added_once_and_the_source_map_follows(tmp_path: Path) -> None:
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    bundle = scripts / "bundle.0123abcd.min.js"
    bundle.write_text('"use strict";(()=>{})();\n//# sourceMappingURL=bundle.0123abcd.min.js.map\n', encoding="utf-8")
    (scripts / "bundle.0123abcd.min.js.map").write_text(json.dumps({"version": 3, "mappings": "AAAA,CAAC"}))
    (scripts / "other.js").write_text("x", encoding="utf-8")
    assert add_hint(tmp_path) == [bundle]
    assert bundle.read_bytes().startswith(HINT + b'"use strict";')
    # the first generated line is now the hint, mapped to nothing; the bundle's own lines follow unchanged
    assert json.loads((scripts / "bundle.0123abcd.min.js.map").read_text())["mappings"] == ";AAAA,CAAC"
    assert (scripts / "other.js").read_text(encoding="utf-8") == "x"
    assert add_hint(tmp_path) == []  # a second pass (mkdocs serve rebuilding) changes nothing
    assert bundle.read_bytes().count(HINT) == 1


@pytest.mark.site
def test_the_built_bundle_and_its_compressed_copies_begin_with_the_hint(built_site: Path) -> None:
    (bundle,) = (built_site / "assets" / "javascripts").glob("bundle.*.min.js")
    assert bundle.read_bytes().startswith(HINT)
    # the copies are made after the hint is written (the .br in the same pass as the .gz: site_build/compress.py)
    assert gzip.decompress(bundle.with_name(bundle.name + ".gz").read_bytes()) == bundle.read_bytes()
