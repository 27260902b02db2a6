// The Python console page (site_build/pyconsole.py renders it): the example buttons, Ctrl+Enter, the loading and
// failure states, and PyScript itself, loaded from the site (assets/pyscript/). The Python that PyScript runs is
// court-console.py beside this file. A classic script, so that it still speaks from file://, where module scripts
// are refused: the offline copy is rendered "unavailable" and says so.
(function () {
  "use strict";
  const root = document.querySelector("[data-console]");
  if (!root) return;
  const here = document.currentScript.src;
  const code = root.querySelector("[data-console-code]");
  const status = root.querySelector("[data-console-status]");
  const run = root.querySelector("[data-console-run]");
  const buttons = root.querySelectorAll("[data-example]");

  buttons.forEach((button) => {
    button.addEventListener("click", () => {
      const source = root.querySelector(`template[data-example-code="${button.dataset.example}"]`);
      code.value = source.content.textContent;
      buttons.forEach((b) => b.setAttribute("aria-pressed", String(b === button)));
      code.focus();
    });
  });
  code.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!run.disabled) run.click();
    }
  });

  if (root.dataset.state !== "loading") return;
  if (location.protocol === "file:") {
    // The online build opened from disk: the same words as the offline copy, not an endless "starting".
    root.dataset.state = "unavailable";
    status.textContent = root.dataset.textUnavailable || status.textContent;
    return;
  }

  const fail = (reason) => {
    if (root.dataset.state !== "loading") return;
    root.dataset.state = "error";
    const text = reason && reason.message ? reason.message : String(reason);
    status.textContent = root.dataset.textFailed.replace("{reason}", text);
  };
  // PyScript reports a failed start (Pyodide or the calculators archive not loaded) as an unhandled rejection.
  window.addEventListener("unhandledrejection", (event) => fail(event.reason));
  // ... and an error in its own start or in court-console.py as a .py-error box on the page.
  new MutationObserver((records, observer) => {
    if (root.dataset.state !== "loading") return observer.disconnect();
    const shown = document.querySelector(".py-error");
    if (shown) fail(shown.textContent.trim().split("\n")[0]);
  }).observe(document.body, { childList: true, subtree: true });

  import(new URL("pyscript/core.js", here).href).then(({ hooks }) => {
    // PyScript builds the start-up hooks of its workers with Function(): a Content-Security-Policy without
    // 'unsafe-eval' stops the whole page there, even with no worker. Its one built-in worker hook serves only
    // <script type="py" worker> and PyWorker, which this page does not use (and which the site's policy would
    // refuse anyway: PyScript's workers are blob: URLs). This runs before PyScript reads the page's script: it
    // first loads its plugins, which takes a network round trip.
    hooks.worker.onBeforeRunAsync.clear();
  }, fail);
})();
