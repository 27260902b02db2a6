// What a calculator page shows when its in-browser runtime fails (used by docs/assets/court-calc.js, loaded before
// it): a file of the runtime did not load or is damaged ("load", before the worker said it is ready), the worker
// failed or ran out of memory after it was ready ("crash"), or a computation gave no answer in time ("timeout").
// The page then says so in its language, puts back the build-time example marked as an example (never as the
// visitor's result), leaves the form as the visitor typed it, and offers a button that starts a new worker and
// computes the current inputs again.
(function () {
  "use strict";

  // A computation answers in well under a second (inputs are bounded: calculators/limits.py); the slowest one is
  // the first after a fast start that needs a module the snapshot lacks: it fetches the standard library (2.5 MB).
  // 20 s covers that on a slow mobile connection (about 1.5 Mbit/s: 14 s) and a slow device, and is short enough
  // that a visitor waiting on a hung worker is told before giving up on the page.
  var TIMEOUT_MS = 20000;
  var DETAIL_CHARS = 160;

  // The technical reason, for a support request: one line, cut short, never a traceback. A Python error reaches
  // the page as its whole traceback, whose first line says only that one follows: its last line names the error.
  function detail(reason) {
    var lines = String(reason || "").split("\n").map(function (l) { return l.trim(); }).filter(Boolean);
    var line = lines.length && /^Traceback \(most recent call last\)/.test(lines[0]) ? lines[lines.length - 1] : lines[0] || "";
    return line.length > DETAIL_CHARS ? line.slice(0, DETAIL_CHARS - 1) + "…" : line;
  }

  function message(ui, fault) {
    var what = ui["fault_" + fault.kind].replace("{seconds}", String(TIMEOUT_MS / 1000));
    var why = detail(fault.reason);
    return what + " " + ui.fault_keep + (why ? " " + ui.fault_detail + ": " + why : "");
  }

  // The example as the build rendered it, with a visible line saying it is an example and not a result.
  function showExample(calc) {
    var ui = calc.config.ui;
    calc.result.innerHTML = calc.exampleHtml;
    var mark = document.createElement("p");
    mark.className = "cc-example-mark";
    mark.textContent = ui.example_mark;
    calc.result.insertBefore(mark, calc.result.firstChild);
    calc.root.setAttribute("data-result-source", "example");
  }

  function retryButton(calc) {
    var button = calc.root.querySelector(".cc-retry");
    if (button) return button;
    button = document.createElement("button");
    button.type = "button";
    button.className = "md-button md-button--primary cc-retry";
    button.textContent = calc.config.ui.retry;
    button.addEventListener("click", function () {
      button.hidden = true;
      calc.retry();
    });
    calc.status.parentNode.insertBefore(button, calc.status.nextSibling);
    return button;
  }

  window.CourtCalcFaults = {
    timeout: TIMEOUT_MS,
    // fault: {kind: "load" | "crash" | "timeout", reason}
    show: function (calc, fault) {
      calc.root.setAttribute("data-state", "error");
      calc.root.setAttribute("data-fault", fault.kind);
      calc.status.textContent = message(calc.config.ui, fault);
      showExample(calc);
      retryButton(calc).hidden = false;
    },
    // A new worker is starting: the fault is no longer current (the example keeps its mark until a live result).
    clear: function (calc) {
      calc.root.removeAttribute("data-fault");
      calc.status.textContent = calc.config.ui.loading;
      var button = calc.root.querySelector(".cc-retry");
      if (button) button.hidden = true;
    },
  };
})();
