"""The YAML cases again inside Pyodide under Node: the same count must pass as in CPython."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from casefiles import load_cases, to_json

from site_build import bundle

ROOT = Path(__file__).resolve().parents[1]
WHEELS = ROOT / ".cache" / "wasm-wheels"


def _wheels() -> Path:
    """Download the pinned pytest wheels for Python 3.14 once (pure Python, from PyPI)."""
    requirements = ROOT / "tests" / "wasm" / "requirements.txt"
    stamp = WHEELS / ".requirements"
    if not stamp.exists() or stamp.read_text() != requirements.read_text():
        WHEELS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(ROOT / ".venv/bin/python"), "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
             "--no-deps", "--only-binary=:all:", "--python-version", "3.14", "--platform", "any",
             "--implementation", "py", "-r", str(requirements), "-d", str(WHEELS)],
            check=True,
        )  # fmt: skip
        stamp.write_text(requirements.read_text())
    return WHEELS


@pytest.mark.wasm
def test_cases_pass_inside_pyodide(tmp_path: Path) -> None:
    archive = tmp_path / "calculators.zip"
    archive.write_bytes(bundle.calculators_archive())
    cases = tmp_path / "cases.json"
    cases.write_text(to_json(), encoding="utf-8")
    proc = subprocess.run(
        [
            "node",
            str(ROOT / "tests/wasm/run_pytest.mjs"),
            str(_wheels()),
            str(archive),
            str(cases),
            str(ROOT / "tests"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    passed = int(re.search(r"(\d+) passed", summary)[1])  # type: ignore[index]
    # Every case once, plus the check that this really ran on Emscripten.
    assert passed == len(load_cases()) + 1, summary


def _corpus(per_calculator: int) -> list[list[str]]:
    """A fixed sample of the fuzz inputs (derandomized), ``per_calculator`` for each calculator."""
    from fuzzing import payloads
    from hypothesis import HealthCheck, given, settings

    from calculators.i18n import LANGS
    from calculators.registry import calculators

    corpus: list[list[str]] = []
    for calc in calculators().values():
        drawn: list[str] = []

        @settings(
            max_examples=per_calculator,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(payloads(calc))
        def draw(payload: str) -> None:
            drawn.append(payload)  # noqa: B023 - called at once, below

        draw()
        corpus += [[calc.id, text, LANGS[i % len(LANGS)]] for i, text in enumerate(drawn)]
    return corpus


@pytest.mark.wasm
def test_fuzz_sample_gives_the_same_json_in_pyodide(tmp_path: Path) -> None:
    from calculators.registry import run_json

    corpus = _corpus(300)
    archive = tmp_path / "calculators.zip"
    archive.write_bytes(bundle.calculators_archive())
    (tmp_path / "corpus.json").write_text(json.dumps(corpus), encoding="utf-8")
    proc = subprocess.run(
        ["node", str(ROOT / "tests/wasm/run_corpus.mjs"), str(archive), str(tmp_path / "corpus.json"),
         str(tmp_path / "answers.json")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    answers = json.loads((tmp_path / "answers.json").read_text(encoding="utf-8"))
    assert len(answers) == len(corpus)
    differ = [(c[0], c[1][:80]) for c, a in zip(corpus, answers, strict=True) if run_json(*c) != a]
    assert not differ, differ[:5]
    assert all('"internal"' not in a for a in answers)
    print(f"\npyodide: {len(corpus)} fuzz inputs, same JSON as CPython")


@pytest.fixture(scope="module")
def csnap(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The csnap the site serves, made once for the tests below."""
    archive = bundle.calculators_archive()
    path = tmp_path_factory.mktemp("csnap") / "calc.csnap"
    path.write_bytes(bundle.snapshot(archive, bundle.runtime_key(archive)))
    return path


@pytest.mark.wasm
def test_fuzz_sample_from_the_snapshot_gives_the_same_json(tmp_path: Path, csnap: Path) -> None:
    """Hostile and odd inputs, answered from the snapshot with no standard library: the modules the snapshot
    dropped (scripts/snapshot.mjs, UNUSED) are needed by no path of the calculators, errors included."""
    from calculators.registry import run_json

    corpus = _corpus(100)
    (tmp_path / "corpus.json").write_text(json.dumps(corpus), encoding="utf-8")
    proc = subprocess.run(
        ["node", str(ROOT / "tests/wasm/run_snapshot_corpus.mjs"), str(csnap), str(tmp_path / "corpus.json"),
         str(tmp_path / "answers.json")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    answers = json.loads((tmp_path / "answers.json").read_text(encoding="utf-8"))
    assert len(answers) == len(corpus)
    assert [a for a in answers if a.startswith("escaped")] == []
    assert all('"internal"' not in a for a in answers)
    differ = [(c[0], c[1][:80]) for c, a in zip(corpus, answers, strict=True) if run_json(*c) != a]
    assert not differ, differ[:5]


@pytest.mark.wasm
def test_cases_pass_from_the_snapshot_with_no_standard_library(tmp_path: Path, csnap: Path) -> None:
    """The csnap the site serves, booted in Node as the worker boots it: every case passes, and each answer is
    the JSON CPython gives (the snapshot runs with -OO, so a calculator relying on ``assert`` would differ), the
    worker's rendered answer (result and HTML) included."""
    from calculators.registry import calculators, run_json
    from calculators.render import render_json
    from calculators.sources import sources

    cases = load_cases()
    (tmp_path / "cases.json").write_text(to_json(), encoding="utf-8")
    # A page's link map as the build makes it: every text page, every calculator, the calendar.
    links = {sid: f"../../texts/{sid}/" for sid, info in sources().items() if info["kind"] == "page"}
    links |= {f"calc:{calc_id}": f"../{calc_id}/" for calc_id in calculators()} | {"calendar": "../../calendar/"}
    (tmp_path / "links.json").write_text(json.dumps(links), encoding="utf-8")
    proc = subprocess.run(
        ["node", str(ROOT / "tests/wasm/run_snapshot.mjs"), str(csnap), str(ROOT / "tests/case_check.py"),
         str(tmp_path / "cases.json"), str(tmp_path / "out.json")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    out = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert out["failures"] == []
    assert out["ran"] == len(cases) > 0
    expected = [run_json(c["calculator"], json.dumps(c["input"]), c.get("lang") or "ru") for c in cases]
    differ = [c["id"] for c, got, want in zip(cases, out["answers"], expected, strict=True) if got != want]
    assert differ == []
    page = json.dumps(links)
    rendered = [render_json(c["calculator"], json.dumps(c["input"]), c.get("lang") or "ru", page) for c in cases]
    differ = [c["id"] for c, got, want in zip(cases, out["rendered"], rendered, strict=True) if got != want]
    assert differ == []
    assert sum('"html"' in answer for answer in out["rendered"]) == sum("error" not in c for c in cases) > 0
