// Answer a fuzz corpus with the calculators inside Pyodide under Node, offline:
//   node tests/wasm/run_corpus.mjs <calculators.zip> <corpus.json> <answers.json>
// corpus.json is [[calculator id, JSON text, lang], ...]; answers.json gets run_json's text for each, in order.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadPyodide } from "pyodide";

const [archive, corpus, answers] = process.argv.slice(2).map((p) => resolve(p));
const py = await loadPyodide();
py.unpackArchive(new Uint8Array(readFileSync(archive)), "zip", { extractDir: "/home/pyodide/app" });
py.runPython("import sys; sys.path.insert(0, '/home/pyodide/app')");
const run = py.pyimport("calculators.registry").run_json;
const out = JSON.parse(readFileSync(corpus, "utf8")).map(([id, text, lang]) => run(id, text, lang));
writeFileSync(answers, JSON.stringify(out));
