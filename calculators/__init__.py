"""Court-costs and enforcement calculators for Kazakhstan and Kyrgyzstan.

Pure Python, standard library only, unchanged under CPython and Pyodide. ``run(id, input)`` computes;
``python -m calculators`` is the command line. The names below are imported on first use, so a module of the
package (``calculators.compile`` above all) can be loaded without loading every calculator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from calculators.errors import CalcError
    from calculators.registry import calculators, run, run_json

__all__ = ["CalcError", "calculators", "run", "run_json"]


def __getattr__(name: str) -> Any:
    if name == "CalcError":
        from calculators.errors import CalcError

        return CalcError
    if name in ("calculators", "run", "run_json"):
        from calculators import registry

        return getattr(registry, name)
    raise AttributeError(f"module 'calculators' has no attribute {name!r}")
