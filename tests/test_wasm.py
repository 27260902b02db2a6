"""The YAML cases again inside Pyodide under Node: the same count must pass as in CPython."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import bundle
import pytest
from casefiles import load_cases, to_json

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
