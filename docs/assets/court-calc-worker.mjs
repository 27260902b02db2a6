// The calculators' worker: boots the self-hosted Pyodide, unpacks the calculators archive, answers
// {seq, id, input, lang} with {seq, out} where out is the JSON text the Python side returns (a result or
// {"error": ...}). Loaded as a module worker over http(s); nothing is fetched from outside the site.
// pyodide/pyodide.mjs is written by the build: it names the versioned folder Pyodide's files are in.
import { indexURL, loadPyodide } from "./pyodide/pyodide.mjs";

const here = new URL(".", import.meta.url);

const ready = (async () => {
  const py = await loadPyodide({ indexURL });
  const archive = await fetch(new URL("calculators.zip", here));
  if (!archive.ok) throw new Error(`calculators.zip: HTTP ${archive.status}`);
  py.unpackArchive(await archive.arrayBuffer(), "zip", { extractDir: "/home/pyodide/app" });
  py.runPython("import sys; sys.path.insert(0, '/home/pyodide/app')");
  return py.pyimport("calculators.registry").run_json;
})();

// An error Pyodide does not turn into a rejection still reaches the page as a reason, never as a silent hang.
self.addEventListener("unhandledrejection", (event) => postMessage({ fatal: String(event.reason) }));

ready.then(
  () => postMessage({ ready: true }),
  (err) => postMessage({ fatal: String(err && err.message ? err.message : err) }),
);

onmessage = async (event) => {
  const { seq, id, input, lang } = event.data;
  try {
    const run = await ready;
    postMessage({ seq, out: run(id, JSON.stringify(input), lang) });
  } catch (err) {
    postMessage({ seq, fatal: String(err && err.message ? err.message : err) });
  }
};
