// Run every YAML case inside the calculators' csnap, booted as the browser boots it (no standard library):
//   node tests/wasm/run_snapshot.mjs <calc.csnap> <case_check.py> <cases.json> <out.json>
// out.json gets {"ran": n, "failures": [[case id, why], ...], "answers": [run_json's text for each case],
// "rendered": [render_json's text for each case, with the link map in links.json beside cases.json]}.
// A case needing a module the snapshot lacks fails here (ModuleNotFoundError), as it would make the browser
// fall back to the plain boot.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { bootFrom } from "../../scripts/snapshot.mjs";

const [csnap, checker, cases, out] = process.argv.slice(2).map((p) => resolve(p));
const py = await bootFrom(new Uint8Array(readFileSync(csnap)));
py.globals.set("CHECKER", readFileSync(checker, "utf8"));
py.FS.writeFile("/home/pyodide/cases.json", readFileSync(cases, "utf8"));
py.globals.set("LINKS", readFileSync(cases.replace(/cases\.json$/, "links.json"), "utf8"));
const result = py.runPython(`
import json
from calculators.registry import run_json
from calculators.render import render_json
# The snapshot runs with -OO, which would strip the checker's asserts: compile it with them kept.
namespace = {"__name__": "case_check"}
exec(compile(CHECKER, "case_check.py", "exec", optimize=0), namespace)
check = namespace["check"]

with open("/home/pyodide/cases.json", encoding="utf-8") as f:
    cases = json.load(f)
failures, answers, rendered = [], [], []
for case in cases:
    try:
        check(case)
    except Exception as err:  # an AssertionError, or an import the snapshot lacks
        failures.append([case["id"], f"{type(err).__name__}: {err}"])
    answers.append(run_json(case["calculator"], json.dumps(case["input"]), case.get("lang") or "ru"))
    rendered.append(render_json(case["calculator"], json.dumps(case["input"]), case.get("lang") or "ru", LINKS))
json.dumps({"ran": len(cases), "failures": failures, "answers": answers, "rendered": rendered})
`);
writeFileSync(out, result);
