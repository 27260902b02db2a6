"""What the browser runtime needs at the site root: Pyodide's files and the calculators archive."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import struct
import subprocess
import tempfile
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
# Served under assets/pyodide/<npm version>/: the address changes exactly when the files do, so a server can let
# browsers keep them for a year (deploy/nginx.conf). assets/pyodide/pyodide.mjs, written with them, is the one
# small module that names the current folder; the worker imports it.
PYODIDE_VERSION = json.loads((PYODIDE_NPM / "package.json").read_text(encoding="utf-8"))["version"]
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


# --- the memory snapshot and the worker (assets/runtime/<key>/) -------------------------------------------
# The worker restores a snapshot of Pyodide with the calculators imported (scripts/snapshot.mjs makes it in
# Node). Everything the worker loads first sits in one folder named after a hash of what made it, so a server
# may let browsers keep it for a year, and a new build of the calculators or of Pyodide comes at a new address.
RUNTIME_SOURCES = (ROOT / "runtime" / "court-calc-worker.mjs", ROOT / "runtime" / "csnap.mjs")
SNAPSHOT_SCRIPT = ROOT / "scripts" / "snapshot.mjs"
CACHE = ROOT / ".cache" / "runtime"
EMPTY_ZIP = b"PK\x05\x06" + bytes(18)  # a zip with no members: the standard library the snapshot boots with


def runtime_key(archive: bytes) -> str:
    """A hash of every input of the snapshot and the worker: the runtime folder's name and the cache key."""
    digest = hashlib.sha256()
    parts = [PYODIDE_VERSION.encode(), archive, SNAPSHOT_SCRIPT.read_bytes()]
    parts += [path.read_bytes() for path in RUNTIME_SOURCES]
    parts += [(PYODIDE_NPM / name).read_bytes() for name in ("pyodide.mjs", "pyodide-lock.json")]
    for part in parts:
        digest.update(len(part).to_bytes(8, "little") + part)
    return digest.hexdigest()[:16]


def snapshot(archive: bytes, key: str) -> bytes:
    """The calculators' csnap for this archive, made once per key and kept in .cache/runtime/."""
    cached = CACHE / key / "calc.csnap"
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "calculators.zip").write_bytes(archive)
            out = Path(tmp) / "calc.csnap"
            proc = subprocess.run(
                ["node", str(SNAPSHOT_SCRIPT), str(Path(tmp) / "calculators.zip"), str(out)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode != 0:
                raise RuntimeError(f"scripts/snapshot.mjs failed:\n{proc.stdout[-2000:]}{proc.stderr[-4000:]}")
            shutil.move(out, cached)
    return cached.read_bytes()


def snapshot_total(csnap: bytes) -> int:
    """Bytes of Pyodide's snapshot once the csnap is expanded (its header words, runtime/csnap.mjs)."""
    magic, _page, memory, _image, header = struct.unpack_from("<5I", csnap)
    if magic != 0x316E7363:
        raise ValueError("not a csnap")
    return int(memory + header)


def worker_source(csnap: bytes) -> str:
    lock = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text(encoding="utf-8"))
    source = RUNTIME_SOURCES[0].read_text(encoding="utf-8")
    for name, value in {
        "__PYODIDE__": PYODIDE_VERSION,
        "__SNAPSHOT_BYTES__": str(snapshot_total(csnap)),
        "__LOCK__": json.dumps({"info": lock["info"], "packages": {}}, separators=(",", ":")),
    }.items():
        if name not in source:
            raise ValueError(f"runtime/court-calc-worker.mjs: no {name}")
        source = source.replace(name, value)
    return source


def runtime_folder() -> str:
    """The runtime folder of this build, relative to the site root (pages name the worker inside it)."""
    return f"assets/runtime/{runtime_key(calculators_archive())}/"


def write_runtime_folder(site_dir: Path) -> None:
    archive = calculators_archive()
    key = runtime_key(archive)
    target = site_dir / "assets" / "runtime" / key
    target.mkdir(parents=True, exist_ok=True)
    csnap = snapshot(archive, key)
    (target / "calc.csnap").write_bytes(csnap)
    (target / "empty.zip").write_bytes(EMPTY_ZIP)
    (target / "court-calc-worker.mjs").write_text(worker_source(csnap), encoding="utf-8")
    shutil.copyfile(RUNTIME_SOURCES[1], target / "csnap.mjs")


def write_runtime(site_dir: Path) -> None:
    target = site_dir / "assets" / "pyodide" / PYODIDE_VERSION
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        source = PYODIDE_NPM / name
        if not source.exists():
            raise FileNotFoundError(f"{source}: run ./scripts/setup (npm ci) first")
        shutil.copyfile(source, target / name)
    (target.parent / "pyodide.mjs").write_text(
        "// The Pyodide this build serves (generated by the site build): its loader and its folder.\n"
        f'export {{ loadPyodide, version }} from "./{PYODIDE_VERSION}/pyodide.mjs";\n'
        f'export const indexURL = new URL("./{PYODIDE_VERSION}/", import.meta.url).href;\n',
        encoding="utf-8",
    )
    (site_dir / "assets" / "calculators.zip").write_bytes(calculators_archive())
    write_runtime_folder(site_dir)


# --- the offline bundle (file://) ---------------------------------------------------------------------
# Chromium refuses fetch() and module imports from file:// pages, so the offline zip carries the runtime as one
# classic script: Pyodide's classic loader, its Emscripten module turned into a classic script, and the binary
# files as base64 strings. The page feeds them to a classic Blob worker (docs/assets/court-calc.js).
IFRAME_WORKER_SHIM = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"


def classic_module(source: str) -> str:
    """``pyodide.asm.mjs`` as a classic script: the default export becomes a global, ``import.meta.url`` goes.

    The URL is only a fallback for locating the wasm file; the worker passes ``indexURL`` and answers the
    wasm and standard-library requests itself, so the page's own address stands in for it.
    """
    export = "export default _createPyodideModule;"
    if source.count(export) != 1:
        raise ValueError("pyodide.asm.mjs: the default export was not found once; check the Pyodide upgrade")
    return source.replace(export, "globalThis._createPyodideModule=_createPyodideModule;").replace(
        "import.meta.url", "globalThis.location.href"
    )


def offline_payload() -> str:
    lock = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text(encoding="utf-8"))
    payload = {
        "loader": (PYODIDE_NPM / "pyodide.js").read_text(encoding="utf-8"),
        "asm": classic_module((PYODIDE_NPM / "pyodide.asm.mjs").read_text(encoding="utf-8")),
        "wasm": base64.b64encode((PYODIDE_NPM / "pyodide.asm.wasm").read_bytes()).decode("ascii"),
        "stdlib": base64.b64encode((PYODIDE_NPM / "python_stdlib.zip").read_bytes()).decode("ascii"),
        "calculators": base64.b64encode(calculators_archive()).decode("ascii"),
        "lock": {"info": lock["info"], "packages": {}},
    }
    return "// The calculators' runtime for pages opened from disk (generated by the site build).\n" + (
        "window.CourtCalcPayload = " + json.dumps(payload, separators=(",", ":")) + ";\n"
    )


def write_offline_runtime(site_dir: Path) -> None:
    (site_dir / "assets" / "offline").mkdir(parents=True, exist_ok=True)
    (site_dir / "assets" / "offline" / "court-calc-payload.js").write_text(offline_payload(), encoding="utf-8")
    (site_dir / "assets" / "vendor").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(IFRAME_WORKER_SHIM, site_dir / "assets" / "vendor" / "iframe-worker-shim.js")
