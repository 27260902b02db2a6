// The calculators' worker: answers {seq, id, input, lang, links} with {seq, out}, where out is the JSON text the
// Python side returns (calculators.render.render_json: {"result", "html"}, or {"error": ...}); links is the page's
// link map, from which the result's HTML links to the texts and the other calculators. Served from assets/runtime/<hash of its inputs>/, beside the memory
// snapshot it restores; the build writes Pyodide's version folder into the addresses below (__PYODIDE__).
//
// Fast path: restore the build's memory snapshot (calc.csnap: Pyodide booted, the calculators imported and run
// once) with an empty standard library, so no Python start-up and no import runs in the visitor's browser. The
// snapshot is taken from Cache Storage when an earlier visit kept it, otherwise fetched (brotli on the wire).
// Plain path, whenever the fast one cannot be used (a file missing or damaged, another Pyodide, a memory image
// that differs): Pyodide's own boot with its standard library and the calculators archive. A module the
// snapshot lacks is found by loading the standard library then and asking again.
import { dataImage, expand, restoreData } from "./csnap.mjs";

// A copy of this file cut short can still parse (cut after a whole statement): it would then run only in part and
// never say whether it is ready. Its last line marks it whole; checked once the module has run to its end.
let whole = false;
setTimeout(() => {
  if (!whole) postMessage({ fatal: "court-calc-worker.mjs: the file is incomplete" });
}, 0);

const pyodideURL = new URL("../../pyodide/__PYODIDE__/", import.meta.url).href;
const WASM = `${pyodideURL}pyodide.asm.wasm`;
// Started first, while Pyodide's own modules (1.2 MB of JavaScript) are still being fetched and parsed: the
// wasm download and its compilation. Its bytes are also the base the snapshot is decoded against.
const wasmResponse = fetch(WASM).then((response) => {
  if (!response.ok) throw new Error(`pyodide.asm.wasm: HTTP ${response.status}`);
  return response;
});
const wasmModule = wasmResponse.then((response) => WebAssembly.compileStreaming(response.clone()));
const wasmData = wasmResponse.then((response) => response.arrayBuffer()).then((b) => dataImage(new Uint8Array(b)));
wasmModule.catch(() => {}); // each is awaited, and reported, where it is used
wasmData.catch(() => {});
const pyodideModules = Promise.all([
  import("../../pyodide/__PYODIDE__/pyodide.mjs"),
  import("../../pyodide/__PYODIDE__/pyodide.asm.mjs"),
]);
const SNAPSHOT = new URL("calc.csnap", import.meta.url).href;
const SNAPSHOT_BYTES = __SNAPSHOT_BYTES__; // header + memory, known at build time: allocated before the download
const CACHE = "court-calc-runtime";
const ARGS = ["-OO", "-X", "no_debug_ranges"];

function reason(err) {
  return String(err && err.message ? err.message : err);
}

// Pyodide only logs a warning when pyodide.asm.wasm cannot be fetched or compiled (missing, damaged, refused) and
// then waits for ever: the page hears of it as a failure instead (useEarlyWasm below reports its own the same way).
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

// A kept snapshot that failed its checks (damaged on disk, cut short): drop it, so the next visit downloads it
// again instead of reading the same bad bytes and starting the slow way every time.
async function forgetSnapshot() {
  try {
    await (await caches.open(CACHE)).delete(SNAPSHOT);
  } catch (err) {
    // no Cache Storage: nothing was kept
  }
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

// While Pyodide starts from the snapshot, its own request for the wasm and its compilation are answered with the
// module compiled above; both hooks are put back as soon as the start is over, whatever its outcome.
function useEarlyWasm() {
  const plainFetch = self.fetch;
  const { instantiateStreaming } = WebAssembly;
  self.fetch = (url, options) =>
    String(url) === WASM
      ? Promise.resolve(new Response(new Uint8Array(0), { headers: { "Content-Type": "application/wasm" } }))
      : plainFetch(url, options);
  WebAssembly.instantiateStreaming = async (source, imports) => {
    await source;
    let module;
    try {
      module = await wasmModule;
    } catch (err) {
      postMessage({ fatal: `pyodide.asm.wasm: ${reason(err)}` });
      throw err;
    }
    return { instance: await WebAssembly.instantiate(module, imports), module };
  };
  return () => {
    self.fetch = plainFetch;
    WebAssembly.instantiateStreaming = instantiateStreaming;
  };
}

async function fromSnapshot() {
  const full = new Uint8Array(SNAPSHOT_BYTES);
  const download = snapshotBytes();
  const laid = download.then(({ bytes }) => expand(bytes, full));
  laid.catch(() => {}); // reported through the hook below
  const [{ loadPyodide }, { default: createPyodideModule }] = await pyodideModules;
  const putBack = useEarlyWasm();
  try {
    const py = await loadPyodide({
      indexURL: pyodideURL,
      _loadSnapshot: full,
      args: ARGS,
      stdLibURL: new URL("empty.zip", import.meta.url).href,
      lockFileContents: __LOCK__,
      createPyodideModule: async (settings) => {
        const module = await createPyodideModule(settings);
        restoreData(await laid, full, await wasmData);
        return module;
      },
    });
    const { bytes, kept } = await download;
    return { py, keep: kept ? null : bytes };
  } catch (err) {
    const from = await download.catch(() => null);
    if (from && from.kept) await forgetSnapshot();
    throw err;
  } finally {
    putBack();
  }
}

async function plainBoot() {
  const [{ loadPyodide }] = await pyodideModules;
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

const ready = boot().then((booted) => ({ ...booted, run: booted.py.pyimport("calculators.render").render_json }));
let stdlibLoaded = false;

// A module the snapshot does not hold: bring the whole standard library in, forget what the importers cached.
async function loadStdlib(py) {
  const response = await fetch(new URL("python_stdlib.zip", pyodideURL));
  if (!response.ok) throw new Error(`python_stdlib.zip: HTTP ${response.status}`);
  py.FS.writeFile("/lib/python314.zip", new Uint8Array(await response.arrayBuffer()));
  py.runPython("import importlib, sys, zipimport\nzipimport._zip_directory_cache.clear()\nsys.path_importer_cache.clear()\nimportlib.invalidate_caches()");
  stdlibLoaded = true;
}

async function answer({ id, input, lang, links }) {
  const booted = await ready;
  const payload = JSON.stringify(input);
  const linkMap = JSON.stringify(links || {});
  try {
    return booted.run(id, payload, lang, linkMap);
  } catch (err) {
    if (stdlibLoaded || !/ModuleNotFoundError/.test(reason(err))) throw err;
    await loadStdlib(booted.py);
    return booted.run(id, payload, lang, linkMap);
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

// The last statement: the whole file arrived and ran. A file cut short where a comment or a statement ends is
// still a valid module that would never answer; the page gives it up when this word does not come.
postMessage({ loaded: true });
whole = true; // keep last (see the top)
