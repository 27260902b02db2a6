"""The console page's Python, run by PyScript on the page's main thread once Pyodide and the calculators are in.

It reads the visitor's code from the page, runs it with ``calculators.console.execute`` (the same function the
tests run under CPython) and writes what it printed below. The page's words come from its data-text-* attributes.
"""

import asyncio

from pyscript import document, when

from calculators import console

root = document.querySelector("[data-console]")
code = root.querySelector("[data-console-code]")
output = root.querySelector("[data-console-output]")
status = root.querySelector("[data-console-status]")
button = root.querySelector("[data-console-run]")
console.set_language(root.dataset.lang)


def say(state: str, words: str) -> None:
    root.dataset.state = state
    status.textContent = words


@when("click", "[data-console-run]")
async def run(event: object) -> None:
    button.disabled = True
    say("running", root.dataset.textRunning)
    # Let the page show "running" before the visitor's code takes the thread.
    await asyncio.sleep(0.03)
    try:
        output.textContent = console.execute(code.value)
    finally:
        button.disabled = False
        root.dataset.runs = str(int(root.dataset.runs) + 1)
        say("ready", root.dataset.textDone)


button.disabled = False
say("ready", root.dataset.textReady)
