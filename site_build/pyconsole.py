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

import jinja2

from calculators.i18n import LANGS
from calculators.registry import calculators
from site_build import bundle
from site_build.templating import macro
from site_build.words import by_lang, pt, t

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

# The ready examples: (id, button title, code). The code is the same in every language; its comments and the words it
# prints follow the page. So each program is one Jinja template, ``console_examples/<id>.py``, that names those words
# by msgid (``t("…")``, ``pt("context", "…")``: their translations are in site.po, extracted from the templates by
# babel.cfg's jinja2 section) and the language by ``{{ lang }}``; ``{{ t("…")|comment }}`` writes a comment block,
# each line of the page's own translation a line of the comment. The templates make Python source, not markup, so
# they have an environment of their own rather than the theme's (templating.py): nothing escaped, the final newline
# kept, block tags leave no empty line, an unknown name is an error (babel.cfg reads them with the same options).
# tests/test_console.py compiles and runs every program in every language.
EXAMPLE_DIR = Path(__file__).resolve().parent / "console_examples"
EXAMPLE_TITLES = {
    # Translators: the state duty (the court fee on a claim), computed with the visitor's own figures.
    "duty": t("Duty with your figures"),
    "loop": t("A table of amounts in a loop"),
    "errors": t("Errors in the input"),
    "steps": t("Steps and sources"),
}
PROGRAMS = jinja2.Environment(
    loader=jinja2.FileSystemLoader(EXAMPLE_DIR),
    autoescape=False,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
    auto_reload=False,
)
PROGRAMS.filters["comment"] = lambda text: "\n".join(f"# {line}" if line else "#" for line in str(text).split("\n"))


def program(ident: str, lang: str) -> str:
    """The example program ``console_examples/<ident>.py`` in ``lang``: its words from site.po, its language key."""
    return PROGRAMS.get_template(f"{ident}.py").render(
        lang=lang,
        t=lambda msgid: t(msgid)[lang],
        pt=lambda context, msgid: pt(context, msgid)[lang],
    )


def _examples(lang: str) -> list[tuple[str, str, str]]:
    return [(ident, title[lang], program(ident, lang)) for ident, title in EXAMPLE_TITLES.items()]


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
