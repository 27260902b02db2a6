// Run pytest inside Pyodide under Node, fully offline:
//   node tests/wasm/run_pytest.mjs <wheels dir> <calculators.zip> <cases.json> <tests dir>
// The pytest wheels are pure Python (downloaded for Python 3.14); the calculators arrive as the same
// archive the site serves; the tests folder is mounted read-only from the host.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadPyodide } from "pyodide";

const [wheels, archive, cases, tests] = process.argv.slice(2).map((p) => resolve(p));
const py = await loadPyodide({ env: { COURT_CALC_CASES: "/tmp/cases.json", HOME: "/home/pyodide" } });
const site = py.runPython("import site; site.getsitepackages()[0]");
for (const name of readdirSync(wheels).filter((n) => n.endsWith(".whl"))) {
  py.unpackArchive(new Uint8Array(readFileSync(join(wheels, name))), "wheel", { extractDir: site });
}
py.unpackArchive(new Uint8Array(readFileSync(archive)), "zip", { extractDir: "/home/pyodide" });
py.FS.writeFile("/tmp/cases.json", readFileSync(cases));
py.FS.mkdirTree("/tests");
py.mountNodeFS("/tests", tests);
py.setStdout({ write: (buf) => { process.stdout.write(buf); return buf.length; } });
py.setStderr({ write: (buf) => { process.stderr.write(buf); return buf.length; } });
const rc = py.runPython(`
import pytest
# pytest's own pythonpath option puts the calculators (unpacked in /home/pyodide) and the shared case checker
# (/tests) on the import path.
pytest.main(["-q", "-p", "no:cacheprovider", "-W", "error", "-o", "pythonpath=/home/pyodide /tests",
             "/tests/wasm/test_cases_wasm.py"])
`);
process.exit(Number(rc));
