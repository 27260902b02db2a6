// The calculators' worker for pages opened from disk (file://), where Chromium refuses module workers and fetch().
// A classic Blob worker: the build puts Pyodide's classic loader, its Emscripten module made classic, the csnap
// functions (runtime/csnap.mjs without its exports) and this file into one text, which the page's offline script
// (runtime/court-calc-offline.js) starts. The binary files arrive as messages {part, data}: gzip + base64 texts
// read from classic payload scripts, unpacked here with DecompressionStream.
//
// The same two paths as the served worker (runtime/court-calc-worker.mjs): the build's memory snapshot first, with
// an empty standard library; Pyodide's own boot with the standard library and the calculators archive when the
// snapshot cannot be used. Those two files are only asked for then ({want: "fallback"}).
(function () {
  "use strict";
  var VIRTUAL = "file:///court-calc-runtime/"; // Pyodide's files are answered from memory under this address
  var LOCK = __LOCK__;
  var SNAPSHOT_BYTES = __SNAPSHOT_BYTES__;
  var ARGS = ["-OO", "-X", "no_debug_ranges"];
  var EMPTY_ZIP = new Uint8Array([80, 75, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  var parts = {};

  function reason(err) {
    return String(err && err.message ? err.message : err);
  }

  // A part the page sends once: a promise of its bytes (gzip unpacked), settled when its message comes.
  function part(name) {
    if (!parts[name]) {
      var entry = {};
      entry.promise = new Promise(function (resolve, reject) {
        entry.resolve = resolve;
        entry.reject = reject;
      });
      entry.promise.catch(function () {}); // a part nobody waits for may fail quietly
      parts[name] = entry;
    }
    return parts[name].promise;
  }

  function fromBase64(text) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
    var raw = atob(text);
    var out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  function gunzip(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
  }

  function received(msg) {
    part(msg.part);
    var entry = parts[msg.part];
    if (msg.missing) entry.reject(new Error(msg.part + ": " + msg.missing));
    else gunzip(fromBase64(msg.data)).then(entry.resolve, entry.reject);
  }

  // Pyodide asks for its files with fetch(): answer them from the parts.
  var files = { "pyodide.asm.wasm": ["wasm", "application/wasm"], "python_stdlib.zip": ["stdlib", "application/zip"] };
  self.fetch = function (url) {
    var name = String(url && url.url ? url.url : url).split("/").pop();
    if (name === "empty.zip") return Promise.resolve(new Response(EMPTY_ZIP, { headers: { "Content-Type": "application/zip" } }));
    var file = files[name];
    if (!file) return Promise.reject(new Error("offline: no " + name));
    return part(file[0]).then(function (bytes) {
      return new Response(bytes, { headers: { "Content-Type": file[1] } });
    });
  };

  function wantFallback() {
    if (!parts.stdlib) self.postMessage({ want: "fallback" });
    return Promise.all([part("stdlib"), part("calculators")]);
  }

  async function fromSnapshot() {
    var full = new Uint8Array(SNAPSHOT_BYTES);
    var laid = part("csnap").then(function (csnap) { return expand(csnap, full); });
    laid.catch(function () {}); // reported through the hook below
    return self.loadPyodide({
      indexURL: VIRTUAL,
      _loadSnapshot: full,
      args: ARGS,
      stdLibURL: VIRTUAL + "empty.zip",
      lockFileContents: LOCK,
      createPyodideModule: async function (settings) {
        var module = await self._createPyodideModule(settings);
        restoreData(await laid, full, dataImage(await part("wasm")));
        return module;
      },
    });
  }

  async function plainBoot() {
    var archive = (await wantFallback())[1];
    var py = await self.loadPyodide({
      indexURL: VIRTUAL,
      createPyodideModule: self._createPyodideModule,
      lockFileContents: LOCK,
    });
    py.unpackArchive(archive, "zip", { extractDir: "/home/pyodide/app" });
    py.runPython("import sys; sys.path.insert(0, '/home/pyodide/app')");
    return py;
  }

  async function boot() {
    try {
      return { py: await fromSnapshot(), mode: "snapshot" };
    } catch (err) {
      return { py: await plainBoot(), mode: "plain", why: reason(err) };
    }
  }

  var ready = boot().then(function (booted) {
    booted.run = booted.py.pyimport("calculators.render").render_json; // {"result", "html"} or {"error"}
    return booted;
  });
  var stdlibLoaded = false;

  // A module the snapshot does not hold: bring the whole standard library in, forget what the importers cached.
  async function loadStdlib(py) {
    py.FS.writeFile("/lib/python314.zip", (await wantFallback())[0]);
    py.runPython("import importlib, sys, zipimport\nzipimport._zip_directory_cache.clear()\nsys.path_importer_cache.clear()\nimportlib.invalidate_caches()");
    stdlibLoaded = true;
  }

  async function answer(msg) {
    var booted = await ready;
    var payload = JSON.stringify(msg.input);
    var links = JSON.stringify(msg.links || {});
    try {
      return booted.run(msg.id, payload, msg.lang, links);
    } catch (err) {
      if (stdlibLoaded || !/ModuleNotFoundError/.test(reason(err))) throw err;
      await loadStdlib(booted.py);
      return booted.run(msg.id, payload, msg.lang, links);
    }
  }

  self.addEventListener("unhandledrejection", function (event) { self.postMessage({ fatal: reason(event.reason) }); });

  ready.then(
    function (booted) { self.postMessage({ ready: true, mode: booted.mode, why: booted.why }); },
    function (err) { self.postMessage({ fatal: reason(err) }); },
  );

  self.onmessage = async function (event) {
    var msg = event.data;
    if (msg.part) {
      received(msg);
      return;
    }
    try {
      self.postMessage({ seq: msg.seq, out: await answer(msg) });
    } catch (err) {
      self.postMessage({ seq: msg.seq, fatal: reason(err) });
    }
  };
})();
