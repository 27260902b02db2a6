// The worker that computes, one per page: how it starts, what it is asked, and how it fails.
// Over http(s): a module worker that imports the self-hosted Pyodide. From file:// (the offline zip):
// Chromium refuses fetch() and module imports there, so the page loads the offline runtime script
// (assets/offline/court-calc-offline.js, written by the build), which starts a classic Blob worker and feeds it
// the binary files from classic payload scripts.
// The worker answers {seq, id, input, lang, links} with the JSON text of calculators.render.render_json:
// {result, html}, or {error}. Used by docs/assets/court-calc.js (loaded after it) as window.CourtCalcRuntime.
(function () {
  "use strict";

  // The browser's own Worker: the offline build loads a shim that replaces window.Worker on file:// for
  // Material's search; court-calc-native-worker.js keeps the original before it.
  var NativeWorker = window.CourtCalcNativeWorker || window.Worker;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.appendChild(script);
    });
  }

  // A worker-like object for file://, created once the payload script has loaded.
  function fileWorker(assets) {
    var target = { onmessage: null, onerror: null, queue: [], worker: null };
    loadScript(assets + "offline/court-calc-offline.js").then(function () {
      var worker = window.CourtCalcOffline(NativeWorker, assets + "offline/");
      worker.onmessage = function (e) { if (target.onmessage) target.onmessage(e); };
      worker.onerror = function (e) { if (target.onerror) target.onerror(e); };
      target.worker = worker;
      target.queue.splice(0).forEach(function (m) { worker.postMessage(m); });
    }, function (err) {
      if (target.onerror) target.onerror({ message: err.message });
    });
    target.postMessage = function (m) { if (target.worker) target.worker.postMessage(m); else target.queue.push(m); };
    target.terminate = function () { if (target.worker) target.worker.terminate(); };
    return target;
  }

  // Once this page's own worker is up, the keeper (runtime/court-calc-keeper.mjs, a service worker beside the
  // worker) is registered and asked to start an engine of its own, so that the next calculator page answers at
  // once (court-calc-boot.js asks it first). Keepers of older builds are unregistered. Best effort: where service
  // workers are unavailable or refused (file://, private modes, some embedding sites) pages keep their own worker.
  // question: this page's first question that had an answer without an error (null if none yet), which the keeper
  // answers once as it starts (its answer is dropped): the code a calculation runs is compiled then, not while the
  // next page waits for its answer.
  function keepEngine(workerUrl, question) {
    var container = navigator.serviceWorker;
    if (!container || window.location.protocol === "file:") return;
    var keeper = new URL("court-calc-keeper.mjs", new URL(workerUrl, window.location.href)).href;
    var scope = new URL(".", keeper).href;
    var message = { warm: true, question: question };
    function warm(sw) {
      if (sw.state === "activated") { sw.postMessage(message); return; }
      sw.addEventListener("statechange", function () { if (sw.state === "activated") sw.postMessage(message); });
    }
    container.register(keeper, { type: "module", scope: scope, updateViaCache: "all" }).then(function (found) {
      warm(found.active || found.waiting || found.installing);
      return container.getRegistrations().then(function (all) {
        all.forEach(function (other) {
          var old = new URL(other.scope);
          if (other.scope !== scope && old.origin === window.location.origin && /\/assets\/runtime\/[^/]+\/$/.test(old.pathname)) {
            other.unregister();
          }
        });
      });
    }).catch(function () {
      // no keeper: every page starts its own worker, as without one
    });
  }

  var runtime = null;
  // The served worker says {loaded} as its file's last statement, at once (Pyodide's files come after): a worker
  // silent this long after it was started did not get its whole file.
  var LOAD_MS = 10000;

  // One runtime per page; ``again`` (the retry button) ends the current worker and starts a new one.
  function start(assets, workerUrl, again) {
    if (runtime && !again) return runtime;
    if (runtime) runtime.end();
    var Faults = window.CourtCalcFaults;
    var pending = {};
    var seq = 0;
    var listeners = [];
    // fault: how it failed (court-calc-faults.js): "load" before the worker was ready, "crash" after, "timeout".
    // host: who answers, "worker" (the page's own) or "keeper" (the service worker an earlier page registered).
    var state = { ready: false, fatal: null, mode: null, host: null, fault: null };
    var worker;
    var loadTimer = null;
    var keepAfterAnswer = false; // the keeper waits for the first answer (see "ready" below)
    var first = null; // the first question answered without an error, which the keeper answers once as it starts
    // The page's <head> may have started the worker already (court-calc-boot.js, step "runtime"): take it over
    // with what it has said so far, and with the question it asked for the address's input, if any ({seq, key};
    // out: its answer, kept until the page asks the same question).
    var early = window.CourtCalcEarlyWorker;
    window.CourtCalcEarlyWorker = null;
    var asked = early && early.asked ? early.asked : null;
    try {
      worker = early ? early.worker : window.location.protocol === "file:" ? fileWorker(assets)
        : new NativeWorker(workerUrl, { type: "module" });
    } catch (err) {
      state.fatal = String(err && err.message ? err.message : err);
      state.fault = "load";
    }
    function fail(reason, kind) {
      clearTimeout(loadTimer);
      if (state.fatal) return;
      state.fatal = reason;
      state.fault = kind || (state.ready ? "crash" : "load");
      listeners.forEach(function (fn) { fn(state); });
      Object.keys(pending).forEach(function (k) { pending[k].reject(new Error(reason)); delete pending[k]; });
    }
    if (worker) {
      if (window.location.protocol !== "file:") {
        loadTimer = setTimeout(function () { fail("the worker's file did not run to its end", "load"); }, LOAD_MS);
      }
      worker.onmessage = function (event) {
        var msg = event.data;
        if (msg.loaded) {
          clearTimeout(loadTimer);
        } else if (msg.ready) {
          state.ready = true;
          state.mode = msg.mode || null;
          state.host = msg.host || "worker";
          listeners.forEach(function (fn) { fn(state); });
          // The keeper is registered once this page has its first answer (or at once when nothing is asked): its
          // start parses Pyodide again and would share the processor with the answer the visitor is waiting for.
          // A question <head> asked and the page has not taken yet counts as asked: the page asks it next.
          if (state.host !== "keeper") {
            if (Object.keys(pending).length || (asked && !asked.taken)) keepAfterAnswer = true;
            else setTimeout(function () { keepEngine(workerUrl, first); }, 0);
          }
        } else if (msg.fatal) {
          fail(msg.fatal); // also with a seq: render_json answers every input, so this failure is the runtime's own
        } else if (pending[msg.seq]) {
          settle(msg.seq, msg.out);
        } else if (asked && msg.seq === asked.seq) {
          asked.out = msg.out; // answered before the page asked: kept for its question
        }
      };
      worker.onerror = function (event) {
        fail(event && event.message ? event.message : "worker error");
      };
      if (early) early.events.forEach(function (event) {
        if (event.type === "message") worker.onmessage(event); else worker.onerror(event);
      });
    }
    function settle(n, out) {
      var p = pending[n];
      delete pending[n];
      var answer = JSON.parse(out);
      if (!first && !answer.error) first = p.question;
      p.resolve(answer);
      if (keepAfterAnswer) {
        keepAfterAnswer = false;
        setTimeout(function () { keepEngine(workerUrl, first); }, 0); // after the answer is shown
      }
    }
    // The question <head> asked, when the page's question is the same one (then it is not asked again).
    function takeEarly(id, input, lang, links) {
      if (!asked || asked.taken || asked.key !== JSON.stringify([id, input, lang, links])) return false;
      asked.taken = true;
      return true;
    }
    runtime = {
      state: state,
      onChange: function (fn) { listeners.push(fn); if (state.ready || state.fatal) fn(state); },
      end: function () {
        listeners = [];
        fail("ended");
        if (worker && worker.terminate) worker.terminate();
        if (worker) worker.onmessage = worker.onerror = null;
      },
      // links: the page's link map (config.links), from which the result's HTML links to texts and calculators.
      run: function (id, input, lang, links) {
        if (state.fatal) return Promise.reject(new Error(state.fatal));
        var taken = takeEarly(id, input, lang, links);
        if (!taken) seq += 1;
        var n = taken ? asked.seq : seq;
        return new Promise(function (resolve, reject) {
          // A worker that never answers (hung, or stopped without a word) is given up after the timeout.
          var timer = setTimeout(function () { fail("no answer to computation " + n, "timeout"); }, Faults.timeout);
          pending[n] = {
            question: { id: id, input: input, lang: lang, links: links },
            resolve: function (out) { clearTimeout(timer); resolve(out); },
            reject: function (err) { clearTimeout(timer); reject(err); },
          };
          if (!taken) worker.postMessage({ seq: n, id: id, input: input, lang: lang, links: links });
          else if (asked.out !== undefined) settle(n, asked.out);
        });
      },
    };
    return runtime;
  }

  window.CourtCalcRuntime = { start: start };
})();
