"""What the browser runtime needs at the site root: Pyodide's files and the calculators archive."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
# The files Pyodide needs to boot with the standard library; nothing else from the package is served.
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.js",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
# Build-time modules that need PyYAML stay out of the browser archive.
BUILD_ONLY = {"compile.py"}


def calculators_archive() -> bytes:
    """The calculators package as one zip (sources and compiled data), the same bytes for every build."""
    buf = io.BytesIO()
    package = ROOT / "calculators"
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(package.rglob("*")):
            if path.suffix not in (".py", ".json") or path.name in BUILD_ONLY or "__pycache__" in path.parts:
                continue
            info = zipfile.ZipInfo(path.relative_to(ROOT).as_posix(), date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return buf.getvalue()


def write_runtime(site_dir: Path) -> None:
    target = site_dir / "assets" / "pyodide"
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        source = PYODIDE_NPM / name
        if not source.exists():
            raise FileNotFoundError(f"{source}: run ./scripts/setup (npm ci) first")
        shutil.copyfile(source, target / name)
    (site_dir / "assets" / "calculators.zip").write_bytes(calculators_archive())
