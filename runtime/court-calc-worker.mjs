// The calculators' worker: answers {seq, id, input, lang} with {seq, out}, where out is the JSON text the Python
// side returns (a result or {"error": ...}). Served from assets/runtime/<hash of its inputs>/, beside the memory
// snapshot it restores; the build writes Pyodide's version folder into the two imports below (__PYODIDE__).
//
// Fast path: restore the build's memory snapshot (calc.csnap: Pyodide booted, the calculators imported and run
// once) with an empty standard library, so no Python start-up and no import runs in the visitor's browser. The
// snapshot is taken from Cache Storage when an earlier visit kept it, otherwise fetched (brotli on the wire).
// Plain path, whenever the fast one cannot be used (a file missing or damaged, another Pyodide, a memory image
// that differs): Pyodide's own boot with its standard library and the calculators archive. A module the
// snapshot lacks is found by loading the standard library then and asking again.
import { loadPyodide } from "../../pyodide/__PYODIDE__/pyodide.mjs";
import createPyodideModule from "../../pyodide/__PYODIDE__/pyodide.asm.mjs";
import { dataImage, expand, restoreData } from "./csnap.mjs";

const pyodideURL = new URL("../../pyodide/__PYODIDE__/", import.meta.url).href;
const SNAPSHOT = new URL("calc.csnap", import.meta.url).href;
const SNAPSHOT_BYTES = __SNAPSHOT_BYTES__; // header + memory, known at build time: allocated before the download
const CACHE = "court-calc-runtime";
const ARGS = ["-OO", "-X", "no_debug_ranges"];

function reason(err) {
  return String(err && err.message ? err.message : err);
}

// Pyodide only logs a warning when pyodide.asm.wasm cannot be fetched or compiled (missing, damaged, refused) and
// then waits for ever: the page hears of it as a failure instead. Applied again over wasmBytes' hooks below.
function reportWasmFailures() {
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) =>
      original.apply(WebAssembly, args).catch((err) => {
        postMessage({ fatal: `pyodide.asm.wasm: ${reason(err)}` });
        throw err;
      });
  }
}
reportWasmFailures();

async function cachedSnapshot() {
  try {
    const hit = self.caches && (await (await caches.open(CACHE)).match(SNAPSHOT));
    if (hit) return new Uint8Array(await hit.arrayBuffer());
  } catch (err) {
    // no Cache Storage here (an insecure origin, private mode): the network has it
  }
  return null;
}

async function snapshotBytes() {
  const kept = await cachedSnapshot();
  if (kept) return { bytes: kept, kept: true };
  const response = await fetch(SNAPSHOT);
  if (!response.ok) throw new Error(`calc.csnap: HTTP ${response.status}`);
  return { bytes: new Uint8Array(await response.arrayBuffer()), kept: false };
}

// Keep this build's snapshot for the next visit and forget older builds'.
async function keep(bytes) {
  try {
    const cache = await caches.open(CACHE);
    for (const old of await cache.keys()) if (old.url !== SNAPSHOT) await cache.delete(old);
    await cache.put(SNAPSHOT, new Response(bytes, { headers: { "Content-Type": "application/octet-stream" } }));
  } catch (err) {
    // storage full or refused: the next visit downloads it again
  }
}

// The wasm bytes Pyodide compiles, kept on the way (its static data is the base the csnap was made against).
function wasmBytes() {
  const { instantiate, instantiateStreaming } = WebAssembly;
  let resolve;
  const bytes = new Promise((ok) => (resolve = ok));
  WebAssembly.instantiateStreaming = async (source, imports) => {
    const response = await source;
    resolve(response.clone().arrayBuffer());
    return instantiateStreaming.call(WebAssembly, response, imports);
  };
  WebAssembly.instantiate = (source, imports) => {
    if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) resolve(source);
    return instantiate.call(WebAssembly, source, imports);
  };
  reportWasmFailures();
  return bytes.then((buffer) => {
    Object.assign(WebAssembly, { instantiate, instantiateStreaming });
    return new Uint8Array(ArrayBuffer.isView(buffer) ? buffer.buffer : buffer);
  });
}

async function fromSnapshot() {
  const full = new Uint8Array(SNAPSHOT_BYTES);
  const download = snapshotBytes();
  const laid = download.then(({ bytes }) => expand(bytes, full));
  laid.catch(() => {}); // reported through the hook below
  const wasm = wasmBytes();
  const py = await loadPyodide({
    indexURL: pyodideURL,
    _loadSnapshot: full,
    args: ARGS,
    stdLibURL: new URL("empty.zip", import.meta.url).href,
    lockFileContents: __LOCK__,
    createPyodideModule: async (settings) => {
      const module = await createPyodideModule(settings);
      restoreData(await laid, full, dataImage(await wasm));
      return module;
    },
  });
  const { bytes, kept } = await download;
  return { py, keep: kept ? null : bytes };
}

async function plainBoot() {
  const py = await loadPyodide({ indexURL: pyodideURL });
  const archive = await fetch(new URL("../../calculators.zip", import.meta.url));
  if (!archive.ok) throw new Error(`calculators.zip: HTTP ${archive.status}`);
  py.unpackArchive(await archive.arrayBuffer(), "zip", { extractDir: "/home/pyodide/app" });
  py.runPython("import sys; sys.path.insert(0, '/home/pyodide/app')");
  return { py, keep: null };
}

async function boot() {
  try {
    return { ...(await fromSnapshot()), mode: "snapshot" };
  } catch (err) {
    return { ...(await plainBoot()), mode: "plain", why: reason(err) };
  }
}

const ready = boot().then((booted) => ({ ...booted, run: booted.py.pyimport("calculators.registry").run_json }));
let stdlibLoaded = false;

// A module the snapshot does not hold: bring the whole standard library in, forget what the importers cached.
async function loadStdlib(py) {
  const response = await fetch(new URL("python_stdlib.zip", pyodideURL));
  if (!response.ok) throw new Error(`python_stdlib.zip: HTTP ${response.status}`);
  py.FS.writeFile("/lib/python314.zip", new Uint8Array(await response.arrayBuffer()));
  py.runPython("import importlib, sys, zipimport\nzipimport._zip_directory_cache.clear()\nsys.path_importer_cache.clear()\nimportlib.invalidate_caches()");
  stdlibLoaded = true;
}

async function answer({ seq, id, input, lang }) {
  const booted = await ready;
  const payload = JSON.stringify(input);
  try {
    return booted.run(id, payload, lang);
  } catch (err) {
    if (stdlibLoaded || !/ModuleNotFoundError/.test(reason(err))) throw err;
    await loadStdlib(booted.py);
    return booted.run(id, payload, lang);
  }
}

// An error Pyodide does not turn into a rejection still reaches the page as a reason, never as a silent hang.
self.addEventListener("unhandledrejection", (event) => postMessage({ fatal: reason(event.reason) }));

ready.then(
  (booted) => postMessage({ ready: true, mode: booted.mode, why: booted.why }),
  (err) => postMessage({ fatal: reason(err) }),
);

let first = true;
onmessage = async (event) => {
  const { seq } = event.data;
  try {
    postMessage({ seq, out: await answer(event.data) });
  } catch (err) {
    postMessage({ seq, fatal: reason(err) });
  }
  if (first) {
    first = false;
    const booted = await ready.catch(() => null);
    if (booted && booted.keep) keep(booted.keep);
  }
};
