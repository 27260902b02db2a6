"""``data.json``: the parameters, sources, catalogues and words the calculators read, compiled from the YAML files
and the ``.po`` catalogues by ``calculators.compile``.

It is a build artefact, not tracked. In the browser it travels in the calculators archive, which holds no YAML,
so it is read as it is. In a source tree (where ``sources.yaml`` sits beside this file) it is made when missing
and made again when its inputs changed: the file records a hash of them, checked once per process (a few
milliseconds), so neither a test nor the site build can read words or rates older than the tree.
"""

from __future__ import annotations

import json
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE / "data.json"
# Set while ``calculators.compile`` runs: it imports the package to make the file, so it must not wait for it.
COMPILING = "COURT_CALC_COMPILING"
EMPTY: dict[str, Any] = {"parameters": [], "sources": {}, "catalogues": {}, "words": {}}


def inputs() -> list[Path]:
    """Every file ``data.json`` is made from, in a fixed order."""
    found = [*PACKAGE.glob("parameters/**/*.yaml"), *PACKAGE.glob("catalogues/*.yaml"), PACKAGE / "sources.yaml"]
    found += [*PACKAGE.glob("locale/*/LC_MESSAGES/*.po"), PACKAGE / "compile.py"]
    return sorted(found)


def inputs_hash() -> str:
    import hashlib  # source trees only: the browser's snapshot need not hold it

    digest = hashlib.sha256()
    for path in inputs():
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _source_tree() -> bool:
    return (PACKAGE / "sources.yaml").is_file()


def _current(text: str) -> bool:
    try:
        recorded = json.loads(text).get("inputs")
    except ValueError:
        return False
    return bool(recorded == inputs_hash())


def _made() -> str:
    """Run ``python -m calculators.compile`` in a fresh process (this one is still importing the package)."""
    import subprocess  # source trees only

    env = {**os.environ, COMPILING: "1"}
    command = [sys.executable, "-m", "calculators.compile"]
    proc = subprocess.run(command, cwd=PACKAGE.parent, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not DATA.is_file():
        raise RuntimeError(
            "calculators/data.json is missing or older than its YAML and .po files, and making it failed "
            f"(run ./scripts/setup, then .venv/bin/python -m calculators.compile):\n{proc.stderr.strip()}"
        )
    return DATA.read_text(encoding="utf-8")


@cache
def load() -> dict[str, Any]:
    """The compiled data, read once per process (made first if this is a source tree and it is stale)."""
    text: str | None
    if not _source_tree():
        text = DATA.read_text(encoding="utf-8")  # unpacked from the archive beside this module
    elif os.environ.get(COMPILING):
        text = DATA.read_text(encoding="utf-8") if DATA.is_file() else json.dumps(EMPTY)
    else:
        text = DATA.read_text(encoding="utf-8") if DATA.is_file() else None
        if text is None or not _current(text):
            text = _made()
    loaded: dict[str, Any] = json.loads(text)
    return loaded
