"""Load the YAML-free case list and check one case; shared by the CPython run and the run inside Pyodide.

Standard library only: inside Pyodide the cases arrive as JSON made by CPython (``casefiles.to_json``).
"""

from __future__ import annotations

# No typing import at run time: the snapshot this also runs in has dropped the typing module (scripts/snapshot.mjs).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def check(case: dict[str, Any]) -> None:
    """Run one case through ``calculators.run`` and compare what the case expects."""
    from calculators import CalcError, run

    try:
        result = run(case["calculator"], case["input"], case.get("lang"))
    except CalcError as err:
        assert "error" in case, f"unexpected error {err.code} at {err.field}: {err.message['en']}"
        assert (err.code, err.field) == (case["error"]["code"], case["error"]["field"])
        assert all(err.message[lang] for lang in ("ru", "kk", "ky", "en"))
        return
    assert "error" not in case, f"expected error {case['error']}, got total {result['total']}"
    assert result["total"] == case["total"], f"total {result['total']} != {case['total']}: {case['arithmetic']}"
    expected = {k: case[k] for k in ("payable_on_filing",) if k in case} | case.get("expect", {})
    for key, value in expected.items():
        assert result[key] == value, f"{key}: {result[key]} != {value}"
    if "steps" in case:
        assert [s["key"] for s in result["steps"]] == case["steps"]
    if "basis" in case:  # every step, and what each cites
        cited = {s["key"]: s["basis"] for s in result["steps"]}
        assert cited == case["basis"], f"basis {cited} != {case['basis']}"
    codes = [w["code"] for w in result["warnings"]]
    for code in case.get("warnings", []):
        assert code in codes, f"warning {code} missing from {codes}"
    for code in case.get("no_warnings", []):
        assert code not in codes, f"warning {code} must not appear: {codes}"
