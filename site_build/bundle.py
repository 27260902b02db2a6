"""What the browser runtime needs at the site root: Pyodide's files and the calculators archive."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import re
import shutil
import struct
import subprocess
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
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
    """The calculators package as one zip (sources and the compiled data with its words), the same bytes every build."""
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
# The engine both hosts run (the page's worker above, the keeper service worker), and the keeper itself.
ENGINE_SOURCES = (ROOT / "runtime" / "court-calc-engine.mjs", ROOT / "runtime" / "court-calc-keeper.mjs")
SNAPSHOT_SCRIPT = ROOT / "scripts" / "snapshot.mjs"
CACHE = ROOT / ".cache" / "runtime"
EMPTY_ZIP = b"PK\x05\x06" + bytes(18)  # a zip with no members: the standard library the snapshot boots with


def runtime_key(archive: bytes) -> str:
    """A hash of every input of the snapshot and the worker: the runtime folder's name and the cache key."""
    digest = hashlib.sha256()
    parts = [PYODIDE_VERSION.encode(), archive, SNAPSHOT_SCRIPT.read_bytes()]
    parts += [path.read_bytes() for path in RUNTIME_SOURCES + ENGINE_SOURCES]
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


def snapshot_data_bytes(csnap: bytes) -> int:
    """Bytes of the memory the wasm file's data segments lay out, the base the csnap is decoded against."""
    magic, _page, _memory, image = struct.unpack_from("<4I", csnap)
    if magic != 0x316E7363:
        raise ValueError("not a csnap")
    return int(image)


def runtime_source(path: Path, csnap: bytes) -> str:
    """A runtime module as served: the build's values written in for each placeholder the file has."""
    lock = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text(encoding="utf-8"))
    source = path.read_text(encoding="utf-8")
    for name, value in {
        "__PYODIDE__": PYODIDE_VERSION,
        "__SNAPSHOT_BYTES__": str(snapshot_total(csnap)),
        "__DATA_BYTES__": str(snapshot_data_bytes(csnap)),
        "__LOCK__": json.dumps({"info": lock["info"], "packages": {}}, separators=(",", ":")),
    }.items():
        source = source.replace(name, value)
    left = re.findall(r"__[A-Z_]+__", source)
    if left:
        raise ValueError(f"runtime/{path.name}: no value for {sorted(set(left))}")
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
    for path in (RUNTIME_SOURCES[0], *ENGINE_SOURCES):
        (target / path.name).write_text(runtime_source(path, csnap), encoding="utf-8")
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
# Chromium refuses fetch() and module imports from file:// pages, so the offline zip boots from the same snapshot
# through classic scripts: runtime/court-calc-offline.js (with the worker's whole text inside) starts a classic Blob
# worker, and the binary files come gzip + base64 in payload scripts beside it (runtime/court-calc-offline.js says
# which, and when). Written once under assets/offline/, shared by every page.
IFRAME_WORKER_SHIM = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
OFFLINE_SOURCES = (ROOT / "runtime" / "court-calc-offline.js", ROOT / "runtime" / "court-calc-offline-worker.js")


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


def classic_csnap() -> str:
    """runtime/csnap.mjs as plain declarations, for a classic worker."""
    source = RUNTIME_SOURCES[1].read_text(encoding="utf-8")
    out = source.replace("export function ", "function ").replace("export const ", "const ")
    if "export " in out or "import " in out:
        raise ValueError("runtime/csnap.mjs: an export or import the classic worker cannot take")
    return out


def offline_worker(csnap: bytes) -> str:
    """The offline worker's whole text: Pyodide's classic loader and module, the csnap functions, the worker."""
    lock = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text(encoding="utf-8"))
    main = OFFLINE_SOURCES[1].read_text(encoding="utf-8")
    for name, value in {
        "__SNAPSHOT_BYTES__": str(snapshot_total(csnap)),
        "__LOCK__": json.dumps({"info": lock["info"], "packages": {}}, separators=(",", ":")),
    }.items():
        if name not in main:
            raise ValueError(f"runtime/court-calc-offline-worker.js: no {name}")
        main = main.replace(name, value)
    # Pyodide's classic loader would fetch its module with importScripts; it is already here.
    return "\n".join(
        [
            "self.importScripts = function () { throw new Error('no importScripts'); };",
            (PYODIDE_NPM / "pyodide.js").read_text(encoding="utf-8"),
            classic_module((PYODIDE_NPM / "pyodide.asm.mjs").read_text(encoding="utf-8")),
            classic_csnap(),
            main,
        ]
    )


def payload_script(values: dict[str, bytes]) -> str:
    """A classic script setting each value on window.CourtCalcPayload as gzip + base64 text."""
    lines = ["// Part of the calculators' runtime for pages opened from disk (generated by the site build)."]
    lines.append("window.CourtCalcPayload = window.CourtCalcPayload || {};")
    for name, data in values.items():
        packed = base64.b64encode(gzip.compress(data, compresslevel=9, mtime=0)).decode("ascii")
        lines.append(f'window.CourtCalcPayload.{name} = "{packed}";')
    return "\n".join(lines) + "\n"


def write_offline_runtime(site_dir: Path) -> None:
    archive = calculators_archive()
    csnap = snapshot(archive, runtime_key(archive))
    target = site_dir / "assets" / "offline"
    target.mkdir(parents=True, exist_ok=True)
    page = OFFLINE_SOURCES[0].read_text(encoding="utf-8")
    (target / "court-calc-offline.js").write_text(
        "// The calculators' runtime for pages opened from disk (generated by the site build from runtime/).\n"
        f"(function () {{\nvar WORKER_SOURCE = {json.dumps(offline_worker(csnap))};\n{page}}})();\n",
        encoding="utf-8",
    )
    wasm = (PYODIDE_NPM / "pyodide.asm.wasm").read_bytes()
    stdlib = (PYODIDE_NPM / "python_stdlib.zip").read_bytes()
    (target / "court-calc-wasm.js").write_text(payload_script({"wasm": wasm}), encoding="ascii")
    (target / "court-calc-snapshot.js").write_text(payload_script({"csnap": csnap}), encoding="ascii")
    (target / "court-calc-fallback.js").write_text(
        payload_script({"stdlib": stdlib, "calculators": archive}), encoding="ascii"
    )
    (site_dir / "assets" / "vendor").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(IFRAME_WORKER_SHIM, site_dir / "assets" / "vendor" / "iframe-worker-shim.js")
