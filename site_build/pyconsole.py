"""The Python console page (``<!-- console: python -->``): the one place the site uses PyScript.

The visitor writes Python against the calculators package (``calculators/console.py``) in a textarea; PyScript runs
it on the page's main thread, on the same self-hosted Pyodide and ``calculators.zip`` as the calculators' worker.
The page is rendered here, in its language; ``write_runtime`` copies the few PyScript files it loads into
``assets/pyscript/``. The browser side: ``docs/assets/court-console.js`` (loads PyScript, examples, states) and
``docs/assets/court-console.py`` (the Python PyScript runs).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from calculators.i18n import LANGS
from calculators.registry import calculators
from site_build import bundle
from site_build.templating import macro
from site_build.words import by_lang, t

ROOT = Path(__file__).resolve().parents[1]
PYSCRIPT_DIST = ROOT / "node_modules" / "@pyscript" / "core" / "dist"
# What core.js loads on a page with one <script type="py">: the core, its stylesheet, and the plugins it imports
# for every page (small; the editor's CodeMirror, the terminal's xterm, the TOML and zip readers and the package
# graph they would fetch later are not served). Chunk names carry a hash: each pattern must match exactly one.
PYSCRIPT_FILES = (
    "core.js",
    "core.css",
    "core-*.js",
    "error-*.js",
    "deprecations-manager-*.js",
    "donkey-*.js",
    "py-editor-*.js",
    "py-game-*.js",
    "py-terminal-*.js",
)

WORDS = {
    "examples": t("Examples"),
    "code": t("Python code"),
    # Translators: the button that runs the code in the console (also named in "ready").
    "run": t("Run"),
    "output": t("Output"),
    "loading": t("Python is starting in your browser: about 13 MB the first time, from the cache after that…"),
    # Translators: "Run" is the button of the same name (keep it the same as that word).
    "ready": t("Ready: change the code and press Run (or Ctrl+Enter)."),
    "running": t("Running…"),
    "done": t("Done. The code runs on your device; nothing is sent anywhere."),
    # Translators: {reason} is the browser's own error message, filled in by the page.
    "failed": t("Python could not start: {reason}. Reload the page; the calculators' pages work without the console."),
    "unavailable": t(
        "The console does not work in a copy opened from disk: the browser will not load PyScript's modules from"
        " files. The calculators in this copy work as usual; for the console, open the site at its web address."
    ),
    # Translators: the heading of the column of the console's Python functions (one per calculator).
    "function": t("Function"),
    "calculator": t("Calculator"),
}
UI: dict[str, dict[str, str]] = by_lang(WORDS)

# The ready examples: (id, button title, code). The code is the same in every language; the comments, the words
# it prints and the amounts written as people type them follow the page, so each language has its own copy of
# each program, ``console_examples/<lang>/<id>.py`` (read as text; they call the console's functions, which only
# the page defines). tests/test_console.py runs every one.
EXAMPLE_DIR = Path(__file__).resolve().parent / "console_examples"
EXAMPLE_TITLES = {
    # Translators: the state duty (the court fee on a claim), computed with the visitor's own figures.
    "duty": t("Duty with your figures"),
    "loop": t("A table of amounts in a loop"),
    "errors": t("Errors in the input"),
    "steps": t("Steps and sources"),
}


def _examples(lang: str) -> list[tuple[str, str, str]]:
    return [
        (ident, title[lang], (EXAMPLE_DIR / lang / f"{ident}.py").read_text(encoding="utf-8"))
        for ident, title in EXAMPLE_TITLES.items()
    ]


EXAMPLES: dict[str, list[tuple[str, str, str]]] = {lang: _examples(lang) for lang in LANGS}


def config(root: str) -> dict[str, object]:
    """PyScript's settings for the page: the site's own Pyodide and calculators archive, by relative URL."""
    # Pyodide's own pyodide.mjs in its version folder, not the assets/pyodide/pyodide.mjs that re-exports it:
    # PyScript takes the module's folder as the place of Pyodide's other files.
    return {
        "interpreter": f"{root}assets/pyodide/{bundle.PYODIDE_VERSION}/pyodide.mjs",
        "files": {f"{root}assets/calculators.zip": "./*"},
    }


def render(lang: str, root: str, links: dict[str, str], offline: bool) -> str:
    """The console for one page: examples, editor, Run, output, the list of functions; PyScript unless offline.

    ``root`` is the relative way up to the site root; ``links`` maps ``calc:<id>`` to the calculators' pages.
    The offline copy (file://) cannot load PyScript's ES modules, so it shows the examples and says why.
    """
    examples = EXAMPLES[lang]
    data = {
        "lang": lang,
        "root": root,
        "state": "unavailable" if offline else "loading",
        "status": UI[lang]["unavailable"] if offline else UI[lang]["loading"],
        "examples": examples,
        "height": max(code.count("\n") for _, _, code in examples) + 2,
        "functions": [
            (calc_id.replace("-", "_"), calc.title[lang], links.get(f"calc:{calc_id}", ""))
            for calc_id, calc in calculators().items()
        ],
        "settings": "" if offline else json.dumps(config(root), separators=(",", ":")),
    }
    return str(macro("console.html", "console")(data, UI[lang]))


def write_runtime(site_dir: Path) -> None:
    """Copy the PyScript files the console loads (from the pinned npm package) to ``assets/pyscript/``."""
    target = site_dir / "assets" / "pyscript"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for pattern in PYSCRIPT_FILES:
        found = sorted(PYSCRIPT_DIST.glob(pattern))
        if len(found) != 1:
            raise FileNotFoundError(f"{PYSCRIPT_DIST}/{pattern}: {len(found)} files (run ./scripts/setup; upgrade?)")
        shutil.copyfile(found[0], target / found[0].name)
    shutil.copyfile(PYSCRIPT_DIST.parent / "LICENSE", target / "LICENSE")
