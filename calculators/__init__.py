"""Court-costs and enforcement calculators for Kazakhstan and Kyrgyzstan.

Pure Python, standard library only, unchanged under CPython and Pyodide. ``run(id, input)`` computes;
``python -m calculators`` is the command line.
"""

from calculators.errors import CalcError
from calculators.registry import calculators, run, run_json

__all__ = ["CalcError", "calculators", "run", "run_json"]
