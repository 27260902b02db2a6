"""MkDocs hook: every text and runtime file of the built site gets precompressed copies beside it.

``file.br`` (brotli, quality 11) and ``file.gz`` (gzip, level 9) are what ``deploy/nginx.conf`` serves with
``brotli_static`` and ``gzip_static``, and what ``scripts/static_server.py`` serves to the tests and the bench: the
server sends the best encoding the browser accepts and compresses nothing per request. Brotli matters most for
the runtime: the wasm and the memory snapshot are a fifth smaller than with gzip.

Compressing 30 MB at brotli's highest quality takes about a minute, so each copy is kept in ``.cache/compressed``
under the hash of its content: a build makes only the copies of files that changed. Runs last, after the search
index is rewritten (priority -120), once for the whole site (not for each language's pass).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache" / "compressed"
SUFFIXES = {".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".txt", ".wasm", ".csnap", ".py"}
SMALLEST = 1024  # below this the headers of an encoded answer cost more than they save


def targets(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*") if p.is_file() and p.suffix in SUFFIXES and p.stat().st_size >= SMALLEST)


def precompress(site: Path) -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    todo: list[tuple[Path, Path]] = []
    plan: list[tuple[Path, Path, Path]] = []
    for path in targets(site):
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        br, gz = CACHE / f"{digest}.br", CACHE / f"{digest}.gz"
        if not gz.exists():
            gz.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
        if not br.exists():
            todo.append((path, br))
        plan.append((path, br, gz))
    if todo:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as listing:
            listing.write("".join(f"{src}\t{dst}.part\n" for src, dst in todo))
        try:
            subprocess.run(["node", str(ROOT / "scripts" / "brotli.mjs"), listing.name], check=True)
        finally:
            Path(listing.name).unlink()
        for _src, dst in todo:
            Path(f"{dst}.part").replace(dst)
    for path, br, gz in plan:
        size = path.stat().st_size
        for copy, suffix in ((br, ".br"), (gz, ".gz")):
            target = path.with_name(path.name + suffix)
            if copy.stat().st_size < size:
                shutil.copyfile(copy, target)
            elif target.exists():
                target.unlink()


@event_priority(-120)
def on_post_build(config: Any) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # one language's pass inside the i18n plugin: the whole site is compressed at the very end
    if os.environ.get("COURT_CALC_OFFLINE", "").lower() in ("1", "true", "yes"):
        return  # the offline copy is read from disk, where no server picks an encoding: copies would only weigh
    precompress(Path(config["site_dir"]))
