// The keeper: a service worker that holds one started engine (runtime/court-calc-engine.mjs) for the site's pages.
// A page registers it after its first live result (docs/assets/court-calc-runtime.js) and asks it to start at once;
// a calculator page opened later finds it registered (docs/assets/court-calc-boot.js, step "runtime") and asks it
// instead of starting a worker of its own, so the answer comes without starting Python again for as long as the
// browser keeps the keeper running (Chromium stops an idle service worker after about 30 seconds; the next page
// then starts it again, from the snapshot kept in Cache Storage).
//
// It controls no page and handles no fetch: pages only send it messages. Each message carries a port for the
// answer (a fresh MessageChannel per message, so every question is an event that keeps the keeper alive):
//   {hello}                     answered {loaded}, then {ready, mode, why, host: "keeper"} or {fatal};
//   {warm, question}            start the engine now and answer question once, for nobody (a page's first
//                               question: the code a calculation runs is then compiled before a page waits);
//   {seq, id, input, lang, links}  answered {seq, out} or {seq, fatal}, as the page's own worker answers.
// Service workers may not import() modules, so Pyodide's two modules are imported here statically.
import * as pyodide from "../../pyodide/__PYODIDE__/pyodide.mjs";
import * as pyodideModule from "../../pyodide/__PYODIDE__/pyodide.asm.mjs";
import { reason, startEngine } from "./court-calc-engine.mjs";

let engine = null;
let fatal = null; // the engine's failure, told to every page that asks from then on
const listening = new Set(); // the ports of the pages waiting for the engine to start

function tell(port, message) {
  try {
    port.postMessage(message);
  } catch (err) {
    // the page is gone
  }
}

// A keeper that cannot start says so to the pages waiting for it and leaves: the next page starts its own worker.
function failed(text) {
  if (fatal) return;
  fatal = text;
  for (const port of listening) tell(port, { fatal });
  listening.clear();
  self.registration.unregister().catch(() => {});
}

function started() {
  if (!engine) {
    engine = startEngine(Promise.resolve([pyodide, pyodideModule]), failed);
    engine.ready.catch((err) => failed(reason(err)));
  }
  return engine;
}

async function hello(port) {
  tell(port, { loaded: true });
  if (fatal) return tell(port, { fatal });
  listening.add(port);
  try {
    const { mode, why } = await started().ready;
    if (listening.delete(port)) tell(port, { ready: true, mode, why, host: "keeper" });
  } catch (err) {
    failed(reason(err));
  }
}

async function answer(port, question) {
  const { seq } = question;
  if (fatal) return tell(port, { seq, fatal });
  try {
    tell(port, { seq, out: await started().answer(question) });
  } catch (err) {
    tell(port, { seq, fatal: reason(err) });
  }
}

async function warmUp(question) {
  try {
    await started().ready;
    if (question && question.id) await started().answer(question);
  } catch (err) {
    // a failed start is told to the pages that ask (failed); a failed answer here has nobody to tell
  }
}

self.addEventListener("install", (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener("unhandledrejection", (event) => failed(reason(event.reason)));
self.addEventListener("message", (event) => {
  const port = event.ports[0];
  const message = event.data || {};
  if (message.warm) event.waitUntil(warmUp(message.question));
  else if (port && message.hello) event.waitUntil(hello(port));
  else if (port) event.waitUntil(answer(port, message));
});
