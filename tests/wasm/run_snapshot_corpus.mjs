// Answer a fuzz corpus from the calculators' csnap, booted as the worker boots it (no standard library):
//   node tests/wasm/run_snapshot_corpus.mjs <calc.csnap> <corpus.json> <answers.json>
// corpus.json is [[calculator id, JSON text, lang], ...]; answers.json gets run_json's text for each, in order, or
// the name of the exception that escaped (a module the snapshot dropped would show here as ModuleNotFoundError).
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { bootFrom } from "../../scripts/snapshot.mjs";

const [csnap, corpus, answers] = process.argv.slice(2).map((p) => resolve(p));
const py = await bootFrom(new Uint8Array(readFileSync(csnap)));
const run = py.pyimport("calculators.registry").run_json;
const out = JSON.parse(readFileSync(corpus, "utf8")).map(([id, text, lang]) => {
  try {
    return run(id, text, lang);
  } catch (err) {
    return `escaped: ${err.type || err.message}`;
  }
});
writeFileSync(answers, JSON.stringify(out));
