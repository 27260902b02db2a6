// The calculators' engine: Pyodide started from the build's memory snapshot, and the answers to the page's
// questions. Two hosts run it, both from assets/runtime/<hash of its inputs>/:
//   court-calc-worker.mjs  a page's own dedicated worker, ended with the page;
//   court-calc-keeper.mjs  a service worker the site registers after a first live result: it keeps one started
//                          engine for the site's pages, so the next calculator page opened while it lives
//                          answers without starting Python again.
// The build writes Pyodide's version folder into the addresses (__PYODIDE__).
//
// Fast path: restore the build's memory snapshot (calc.csnap: Pyodide booted, the calculators imported and run
// once) with an empty standard library, so no Python start-up and no import runs in the visitor's browser. The
// snapshot is taken from Cache Storage when an earlier visit kept it, otherwise fetched (brotli on the wire).
// Plain path, whenever the fast one cannot be used (a file missing or damaged, another Pyodide, a memory image
// that differs): Pyodide's own boot with its standard library and the calculators archive. A module the
// snapshot lacks is found by loading the standard library then and asking again.
import { expand, restoreData } from "./csnap.mjs";

const pyodideURL = new URL("../../pyodide/__PYODIDE__/", import.meta.url).href;
const WASM = `${pyodideURL}pyodide.asm.wasm`;
const SNAPSHOT = new URL("calc.csnap", import.meta.url).href;
const SNAPSHOT_BYTES = __SNAPSHOT_BYTES__; // header + memory, known at build time: allocated before the download
const DATA_BYTES = __DATA_BYTES__; // the memory the wasm file's data segments lay out (csnap.mjs dataImage)
const CACHE = "court-calc-runtime";
const ARGS = ["-OO", "-X", "no_debug_ranges"];

function reason(err) {
  return String(err && err.message ? err.message : err);
}

// Pyodide only logs a warning when pyodide.asm.wasm cannot be fetched or compiled (missing, damaged, refused) and
// then waits for ever: the host hears of it as a failure instead (useEarlyWasm below reports its own the same way).
function reportWasmFailures(report) {
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) =>
      original.apply(WebAssembly, args).catch((err) => {
        report(`pyodide.asm.wasm: ${reason(err)}`);
        throw err;
      });
  }
}

// The wasm download and its compilation, started first, while Pyodide's own modules (1.2 MB of JavaScript) are
// still being fetched and parsed.
function earlyWasm() {
  const module = fetch(WASM).then((got) => {
    if (!got.ok) throw new Error(`pyodide.asm.wasm: HTTP ${got.status}`);
    return WebAssembly.compileStreaming(got);
  });
  module.catch(() => {}); // awaited, and reported, where it is used
  return { module };
}

// The base the snapshot is decoded against: the memory as the wasm file's data segments lay it out, read from the
// instance the moment it exists, before any of its code has run (the same bytes csnap.mjs's dataImage takes from
// the file; restoreData checks them against the build's hash). Null when the memory cannot be read.
function laidOutData(instance) {
  try {
    return new Uint8Array(instance.exports.memory.buffer, 0, DATA_BYTES).slice();
  } catch (err) {
    return null;
  }
}

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
// module compiled early, and instantiated(instance) is told of the instance; both hooks are put back as soon as
// the start is over, whatever its outcome.
function useEarlyWasm(wasm, report, instantiated) {
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
      module = await wasm.module;
    } catch (err) {
      report(`pyodide.asm.wasm: ${reason(err)}`);
      throw err;
    }
    const instance = await WebAssembly.instantiate(module, imports);
    instantiated(instance);
    return { instance, module };
  };
  return () => {
    self.fetch = plainFetch;
    WebAssembly.instantiateStreaming = instantiateStreaming;
  };
}

async function fromSnapshot(modules, wasm, report) {
  const full = new Uint8Array(SNAPSHOT_BYTES);
  const download = snapshotBytes();
  const laid = download.then(({ bytes }) => expand(bytes, full));
  laid.catch(() => {}); // reported through the hook below
  const [{ loadPyodide }, { default: createPyodideModule }] = await modules;
  let data = null;
  const putBack = useEarlyWasm(wasm, report, (instance) => {
    data = laidOutData(instance);
  });
  try {
    const py = await loadPyodide({
      indexURL: pyodideURL,
      _loadSnapshot: full,
      args: ARGS,
      stdLibURL: new URL("empty.zip", import.meta.url).href,
      lockFileContents: __LOCK__,
      createPyodideModule: async (settings) => {
        const module = await createPyodideModule(settings);
        if (!data) throw new Error("csnap: the wasm's memory could not be read before it ran");
        restoreData(await laid, full, data);
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

// Pyodide's module is passed in, not loaded by Pyodide: a service worker may not import() or importScripts().
async function plainBoot(modules) {
  const [{ loadPyodide }, { default: createPyodideModule }] = await modules;
  const py = await loadPyodide({ indexURL: pyodideURL, createPyodideModule });
  const archive = await fetch(new URL("../../calculators.zip", import.meta.url));
  if (!archive.ok) throw new Error(`calculators.zip: HTTP ${archive.status}`);
  py.unpackArchive(await archive.arrayBuffer(), "zip", { extractDir: "/home/pyodide/app" });
  py.runPython("import sys; sys.path.insert(0, '/home/pyodide/app')");
  return { py, keep: null };
}

async function boot(modules, report) {
  const wasm = earlyWasm();
  try {
    return { ...(await fromSnapshot(modules, wasm, report)), mode: "snapshot" };
  } catch (err) {
    return { ...(await plainBoot(modules)), mode: "plain", why: reason(err) };
  }
}

// A module the snapshot does not hold: bring the whole standard library in, forget what the importers cached.
async function loadStdlib(py) {
  const response = await fetch(new URL("python_stdlib.zip", pyodideURL));
  if (!response.ok) throw new Error(`python_stdlib.zip: HTTP ${response.status}`);
  py.FS.writeFile("/lib/python314.zip", new Uint8Array(await response.arrayBuffer()));
  py.runPython("import importlib, sys, zipimport\nzipimport._zip_directory_cache.clear()\nsys.path_importer_cache.clear()\nimportlib.invalidate_caches()");
}

// Starts the engine. modules: a promise of [pyodide.mjs, pyodide.asm.mjs] (each host loads them its own way);
// report(text): a failure the host passes on to its pages. Returns {ready, answer}: ready resolves with
// {mode, why} once Python is up; answer({id, input, lang, links}) resolves with render_json's JSON text.
function startEngine(modules, report) {
  reportWasmFailures(report);
  const ready = boot(modules, report).then((booted) => ({
    ...booted,
    run: booted.py.pyimport("calculators.render").render_json,
  }));
  let stdlibLoaded = false;
  let kept = false;

  async function compute({ id, input, lang, links }) {
    const booted = await ready;
    const payload = JSON.stringify(input);
    const linkMap = JSON.stringify(links || {});
    try {
      return booted.run(id, payload, lang, linkMap);
    } catch (err) {
      if (stdlibLoaded || !/ModuleNotFoundError/.test(reason(err))) throw err;
      await loadStdlib(booted.py);
      stdlibLoaded = true;
      return booted.run(id, payload, lang, linkMap);
    }
  }

  // After the first answer has gone out, the downloaded snapshot is kept for the next start.
  async function answer(question) {
    try {
      return await compute(question);
    } finally {
      if (!kept) {
        kept = true;
        const booted = await ready.catch(() => null);
        if (booted && booted.keep) setTimeout(() => keep(booted.keep), 0); // once the answer is on its way
      }
    }
  }

  return { ready: ready.then(({ mode, why }) => ({ mode, why })), answer };
}

// Exported last: a copy of this file cut short lacks the export, and its hosts then fail to load at all.
export { reason, startEngine };
