// The calculators' worker of one page (runtime/court-calc-engine.mjs says what it runs): answers
// {seq, id, input, lang, links} with {seq, out}, where out is the JSON text the Python side returns
// (calculators.render.render_json: {"result", "html"}, or {"error": ...}); links is the page's link map, from which
// the result's HTML links to the texts and the other calculators. Tells the page {loaded} when this file has run,
// {ready, mode, why} when Python is up, {fatal} when it cannot answer.
import { reason, startEngine } from "./court-calc-engine.mjs";
import "./csnap.mjs"; // the engine's own import, named here too so that both are fetched at once

// A copy of this file cut short can still parse (cut after a whole statement): it would then run only in part and
// never say whether it is ready. Its last line marks it whole; checked once the module has run to its end.
let whole = false;
setTimeout(() => {
  if (!whole) postMessage({ fatal: "court-calc-worker.mjs: the file is incomplete" });
}, 0);

// Pyodide's two modules load in parallel with the wasm download the engine starts at once.
const modules = Promise.all([
  import("../../pyodide/__PYODIDE__/pyodide.mjs"),
  import("../../pyodide/__PYODIDE__/pyodide.asm.mjs"),
]);
const engine = startEngine(modules, (fatal) => postMessage({ fatal }));

// An error Pyodide does not turn into a rejection still reaches the page as a reason, never as a silent hang.
self.addEventListener("unhandledrejection", (event) => postMessage({ fatal: reason(event.reason) }));

engine.ready.then(
  ({ mode, why }) => postMessage({ ready: true, mode, why }),
  (err) => postMessage({ fatal: reason(err) }),
);

onmessage = async (event) => {
  const { seq } = event.data;
  try {
    postMessage({ seq, out: await engine.answer(event.data) });
  } catch (err) {
    postMessage({ seq, fatal: reason(err) });
  }
};

// The last statement: the whole file arrived and ran. A file cut short where a comment or a statement ends is
// still a valid module that would never answer; the page gives it up when this word does not come.
postMessage({ loaded: true });
whole = true; // keep last (see the top)
