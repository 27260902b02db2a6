// Build the calculators' memory snapshot (csnap) in Node, from the pinned npm Pyodide:
//   node scripts/snapshot.mjs <calculators.zip> <out.csnap>
// Boots Pyodide with the full standard library, imports the calculators and runs each one as the worker does
// (every language, a valid and an invalid input, the result rendered) so that everything a visitor's call needs
// is already imported and warmed, clears the caches that point at files, zero-fills the memory that is free,
// and writes the snapshot as a csnap (runtime/csnap.mjs). Then it boots the csnap once as the browser will
// (empty standard library) and checks that every calculator still answers. Prints one JSON line of figures.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dataImage, describe, encode, expand, restoreData } from "../runtime/csnap.mjs";

// Run as a script (not imported by a test that boots a csnap): the arguments are the archive and the output.
const main = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
const [archivePath, outPath] = main ? process.argv.slice(2) : [];
const require = createRequire(import.meta.url);
const npm = dirname(require.resolve("pyodide/package.json", { paths: [dirname(fileURLToPath(import.meta.url))] }));
const { loadPyodide } = await import(`${npm}/pyodide.mjs`);
const createPyodideModule = (await import(`${npm}/pyodide.asm.mjs`)).default;

// -OO: no docstrings or asserts kept in memory; no_debug_ranges: no column tables; a fixed hash seed makes the
// snapshot the same from one build to the next (and is documented as shared by every visitor: the calculators
// use no randomness and no hashing that needs a secret seed).
export const ARGS = ["-OO", "-X", "no_debug_ranges"];
export const ENV = { PYTHONHASHSEED: "0" };
const LOCK = JSON.parse(readFileSync(`${npm}/pyodide-lock.json`, "utf8"));
// The standard library the snapshot boots with: an empty zip (its end record alone), as the site serves it.
export const EMPTY_ZIP = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
const emptyZipPath = `${mkdtempSync(`${tmpdir()}/court-calc-`)}/empty.zip`;
writeFileSync(emptyZipPath, EMPTY_ZIP);

const WARM = `
import gc, json, sys
sys.path.insert(0, "/home/pyodide/app")
import pkgutil, importlib, calculators
# Not the build's compiler, the command line, or the console's helpers (the console page runs PyScript, not this).
for info in pkgutil.walk_packages(calculators.__path__, "calculators."):
    if info.name not in ("calculators.compile", "calculators.__main__", "calculators.console"):
        importlib.import_module(info.name)
from calculators.registry import calculators as every, run_json
from calculators.render import render_json
from calculators.sources import sources
from calculators.i18n import LANGS
# The worker's call, rendering included: a link map naming every source and calculator, as a page's does.
links = json.dumps({**{sid: "../" for sid in sources()}, **{"calc:" + cid: "../" for cid in every()}, "calendar": "../"})
for cid, calc in every().items():
    for lang in LANGS:
        if not json.loads(render_json(cid, json.dumps(calc.example), lang, links)).get("html"):
            raise RuntimeError(f"{cid} {lang}: no HTML")  # not assert: -OO drops it
    for bad in ("{}", "[]", "{", '{"date": "31.02.2026"}'):
        render_json(cid, bad, "ru", links)
run_json("no-such-calculator", "{}", "en")
del links
import linecache, re, typing, zipimport
linecache.clearcache()
re.purge()
for clear in typing._cleanups:
    clear()
# The file system is not in the snapshot: a directory cache of the build's zip would mislead a later import.
zipimport._zip_directory_cache.clear()
sys.path_importer_cache.clear()
sys._clear_internal_caches()
gc.collect()
# Line tables serve tracebacks only (the calculators answer errors as data, never with a traceback), and the
# snapshot keeps every function's code: emptied, they leave freed memory that is zero-filled below (about
# 130 KB less of brotli).
import types
stripped = {}
def without_lines(code):
    new = stripped.get(id(code))
    if new is None:
        consts = tuple(without_lines(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
        new = stripped[id(code)] = code.replace(co_linetable=b"", co_consts=consts)
    return new
for function in gc.get_objects():
    if isinstance(function, types.FunctionType):
        function.__code__ = without_lines(function.__code__)
del function, stripped, without_lines
gc.collect()
`;

// Modules Pyodide imports at its own start for what this worker never does: an event loop, sockets and TLS,
// subprocesses and threads, archives and temporary files, logging, random numbers, the typing and
// introspection machinery once the calculators' classes are made, and HTML's entity tables (html.unescape's). Each is taken out of sys.modules and its
// namespace emptied, so the memory it held is freed (and zero-filled below): about 370 KB less of brotli. The
// calculators import none of them (tests/test_wasm.py runs every case from the snapshot); an import of one later
// finds nothing in the empty standard library, and the worker then loads the real one (its ModuleNotFoundError
// path). The names Pyodide's package loader took from them go too: it loads no package here.
const UNUSED = [
  "asyncio", "_asyncio", "ssl", "_ssl", "socket", "_socket", "select", "selectors", "subprocess", "signal",
  "threading", "concurrent", "logging", "zipfile", "tempfile", "shutil", "bz2", "_bz2", "lzma", "_lzma",
  "compression", "_zstd", "random", "_random", "base64", "heapq", "_heapq", "bisect", "_bisect", "_colorize",
  "typing", "annotationlib", "dataclasses", "inspect", "dis", "html.entities",
];
const DROP = `
import gc, sys
unused = ${JSON.stringify(UNUSED)}
import logging
logging._handlerList.clear()  # no handler's weak reference calls back into an emptied module
del logging
names = [m for m in sys.modules if m in unused or m.split(".")[0] in unused]
for name in names:
    namespace = vars(sys.modules.pop(name))
    for key in [k for k in namespace if k not in ("__name__", "__spec__", "__loader__")]:
        del namespace[key]
# html.escape is all the renderer uses; the entity tables (html.unescape's) are the biggest thing it imports.
if "html" in sys.modules:
    vars(sys.modules["html"]).pop("_html5", None)
for loader in ("pyodide._package_loader", "pyodide.common"):
    namespace = vars(sys.modules[loader])
    for key in [k for k, v in namespace.items() if getattr(v, "__module__", getattr(v, "__name__", "")) in names]:
        del namespace[key]
# What the warm-up left in __main__ (pkgutil, the loop variables) goes with the rest.
for key in [k for k in globals() if not k.startswith("__")]:
    del globals()[key]
import gc
gc.collect()
del gc
`;

function zeroFree(M) {
  // Pyodide allocates through dlmalloc: take every free chunk (largest first, never growing the heap), zero it,
  // and give it back, so freed garbage compresses to nothing.
  const before = M.HEAP8.length;
  const taken = [];
  for (let size = 1 << 18; size >= 16; size >>= 1) {
    for (;;) {
      const top = M._sbrk(0);
      const p = M._malloc(size);
      if (!p) break;
      if (M._sbrk(0) !== top) {
        M._free(p);
        break;
      }
      M.HEAPU8.fill(0, p, p + size);
      taken.push(p);
    }
  }
  for (const p of taken.reverse()) M._free(p);
  // The stack grows down from its base: everything below the current pointer is dead frames.
  const end = M._emscripten_stack_get_end();
  const current = M._emscripten_stack_get_current();
  M.HEAPU8.fill(0, end, current - 1024);
  // A snapshot larger than the memory the wasm declares cannot be restored.
  if (M.HEAP8.length !== before) throw new Error(`memory grew from ${before} to ${M.HEAP8.length}`);
  return { freedChunks: taken.length, stackZeroed: current - 1024 - end };
}

async function make(archive) {
  const py = await loadPyodide({ indexURL: `${npm}/`, _makeSnapshot: true, args: ARGS, env: ENV });
  py.unpackArchive(archive, "zip", { extractDir: "/home/pyodide/app" });
  py.runPython(WARM);
  py.runPython(DROP);
  const zeroed = zeroFree(py._module);
  return { snapshot: py.makeMemorySnapshot(), zeroed };
}

const DATA = dataImage(new Uint8Array(readFileSync(`${npm}/pyodide.asm.wasm`)));

// Boot as the worker does: the empty standard library, the lock inline, the csnap expanded and the wasm file's
// data XORed back in before Pyodide restores it.
export async function bootFrom(csnap) {
  const full = new Uint8Array(describe(csnap).total);
  const d = expand(csnap, full);
  return loadPyodide({
    indexURL: `${npm}/`,
    _loadSnapshot: full,
    args: ARGS,
    env: ENV,
    stdLibURL: emptyZipPath,
    lockFileContents: { info: LOCK.info, packages: {} },
    createPyodideModule: async (settings) => {
      const M = await createPyodideModule(settings);
      restoreData(d, full, DATA);
      return M;
    },
  });
}

if (archivePath && outPath) {
  const started = Date.now();
  const archive = new Uint8Array(readFileSync(archivePath));
  const { snapshot, zeroed } = await make(archive);
  const { csnap, pages } = encode(snapshot, DATA);
  // The gate: the csnap boots with no standard library and every calculator answers its example.
  const py = await bootFrom(csnap);
  const answers = py.runPython(`
import json
from calculators.registry import calculators
from calculators.render import render_json
from calculators.sources import sources
links = json.dumps({**{sid: "../" for sid in sources()}, **{"calc:" + cid: "../" for cid in calculators()}, "calendar": "../"})
answers = [json.loads(render_json(cid, json.dumps(c.example), "en", links)) for cid, c in calculators().items()]
[a["result"].get("total") if a.get("html") else None for a in answers]
`).toJs();
  if (answers.some((t) => t === undefined || t === null)) throw new Error(`a calculator did not answer: ${answers}`);
  writeFileSync(outPath, csnap);
  console.log(JSON.stringify({ bytes: csnap.length, pages, ...zeroed, ms: Date.now() - started }));
}
