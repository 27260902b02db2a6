// The calculators' runtime for pages opened from disk (file://), as the build writes it to
// assets/offline/court-calc-offline.js: this file after the text of the worker (WORKER_SOURCE, see
// runtime/court-calc-offline-worker.js). Chromium refuses module workers and fetch() from file:// pages, so the
// worker is a classic Blob worker, and the binary files come in classic scripts beside this one, each setting one
// gzip + base64 text on window.CourtCalcPayload:
//   court-calc-wasm.js      Pyodide's wasm                     loaded at once
//   court-calc-snapshot.js  the calculators' memory snapshot   loaded at once
//   court-calc-fallback.js  the standard library and the calculators archive, for Pyodide's own boot: loaded
//                           only when the worker asks for it (a snapshot that cannot be used, a module it lacks)
// The two at once are separate scripts so that neither parse holds the page for long.
// A calculator page loads this file first thing in its <head> (overrides/main.html), with data-start naming the
// folder of the payload scripts: the worker then boots while the page is parsed, and docs/assets/court-calc-runtime.js
// takes it over with what it has said so far (window.CourtCalcEarlyWorker), as it does the served worker.
window.CourtCalcOffline = function (NativeWorker, folder) {
  "use strict";
  var payload = (window.CourtCalcPayload = window.CourtCalcPayload || {});
  var worker = new NativeWorker(URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" })));

  // Load one payload script and hand its texts to the worker; a missing script is reported to it by name.
  function send(script, names) {
    var tag = document.createElement("script");
    tag.src = folder + script;
    tag.onload = function () {
      names.forEach(function (name) {
        if (typeof payload[name] === "string") worker.postMessage({ part: name, data: payload[name] });
        else worker.postMessage({ part: name, missing: "not in " + script });
        delete payload[name];
      });
    };
    tag.onerror = function () {
      names.forEach(function (name) { worker.postMessage({ part: name, missing: "cannot load " + script }); });
    };
    document.head.appendChild(tag);
  }

  send("court-calc-wasm.js", ["wasm"]);
  send("court-calc-snapshot.js", ["csnap"]);
  var fallback = false;
  worker.addEventListener("message", function (event) {
    if (event.data && event.data.want === "fallback" && !fallback) {
      fallback = true;
      send("court-calc-fallback.js", ["stdlib", "calculators"]);
    }
  });
  return worker;
};

(function () {
  "use strict";
  var script = document.currentScript;
  var folder = script && script.getAttribute("data-start");
  if (!folder || window.location.protocol !== "file:" || window.CourtCalcEarlyWorker) return;
  var early = { worker: null, events: [] };
  try {
    // the browser's own Worker: this runs before the iframe-worker shim that the offline build loads for search
    early.worker = window.CourtCalcOffline(window.CourtCalcNativeWorker || window.Worker, folder);
  } catch (err) {
    return; // court-calc-runtime.js starts it again; the page reports the failure in its language
  }
  early.worker.onmessage = function (event) { early.events.push(event); };
  early.worker.onerror = function (event) { early.events.push(event); };
  window.CourtCalcEarlyWorker = early;
})();
