// The one bridge between a calculator's form and the Python worker.
// The form and the worked example are rendered at build time; this script sends the inputs to the worker and puts
// in the page the HTML the worker returns (calculators/render.py renders both). Loaded after the runtime
// (court-calc-runtime.js), the form (court-calc-form.js) and the embed messages (court-calc-embed.js).
// DOM contract: see DESIGN.md ("Browser runtime, decided").
(function () {
  "use strict";

  var Faults = window.CourtCalcFaults;
  var Runtime = window.CourtCalcRuntime;
  var Calculator = window.CourtCalcForm.Calculator;
  var readLink = window.CourtCalcForm.readLink;

  Calculator.prototype.changed = function () {
    var self = this;
    var input = this.collect();
    this.root.setAttribute("data-share-url", this.shareUrl(input));
    this.root.setAttribute("data-result-source", "pending");
    this.setTotalPending();
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.compute(input); }, 120);
  };

  Calculator.prototype.compute = function (input) {
    var self = this;
    var rt = this.runtime;
    if (rt.state.fatal) { this.failed(rt.state); return; }
    if (!rt.state.ready) { this.waiting = input; return; }
    this.latest += 1;
    var mine = this.latest;
    this.status.textContent = this.config.ui.pending;
    rt.run(this.config.id, input, this.config.lang, this.config.links).then(function (out) {
      answered();
      if (mine !== self.latest) return; // a newer input is on its way
      self.root.setAttribute("data-state", "ready"); // it answered: the runtime works, whatever came before
      if (out.error) {
        self.showErrors(out);
        self.root.setAttribute("data-result-source", "invalid");
        self.setTotalPending();
        // A portal showing the total hears that it no longer holds (the result carries the error instead).
        self.root.dispatchEvent(new CustomEvent("court-calc:result", { bubbles: true, detail: { input: input, result: out } }));
        return;
      }
      self.clearErrors();
      self.showResult(out.html); // rendered in the worker, every value escaped (calculators/render.py)
      self.root.setAttribute("data-result-source", "live");
      self.status.textContent = self.config.ui.ready;
      self.root.dispatchEvent(new CustomEvent("court-calc:result", { bubbles: true, detail: { input: input, result: out.result } }));
    }, function () {
      if (rt === self.runtime) self.failed(rt.state); // not a worker the retry button has already replaced
    });
  };

  // The total's paragraph is a live region: it stays in place and only its words change, so screen readers
  // announce the new total (a region inserted afresh is not announced); the rest of the result is replaced.
  Calculator.prototype.showResult = function (html) {
    var fresh = document.createElement("div");
    fresh.innerHTML = html;
    var total = this.result.querySelector(".cc-total");
    var next = fresh.querySelector(".cc-total");
    if (!total || !next || total.parentNode !== this.result) {
      this.result.innerHTML = html;
      return;
    }
    next.remove();
    while (total.nextSibling) this.result.removeChild(total.nextSibling);
    while (total.previousSibling) this.result.removeChild(total.previousSibling);
    while (fresh.firstChild) this.result.appendChild(fresh.firstChild);
    if (total.textContent !== next.textContent) {
      total.innerHTML = next.innerHTML;
    } else {
      var value = next.querySelector('[data-field="total"]');
      var field = total.querySelector('[data-field="total"]');
      if (value && field) field.setAttribute("data-value", value.getAttribute("data-value"));
    }
  };

  Calculator.prototype.failed = function (state) {
    Faults.show(this, { kind: state.fault, reason: state.fatal });
    answered();
  };

  // The calculator has shown what it has to show (an answer, a failure, or its example with Python ready): a
  // calculator page loads Material's script now (court-calc-material.js; other pages have it already).
  function answered() {
    if (window.CourtCalcMaterial) window.CourtCalcMaterial();
  }

  // The retry button: a new worker, then the inputs as they are in the form now.
  Calculator.prototype.retry = function () {
    Faults.clear(this);
    this.waiting = this.collect();
    this.connect(Runtime.start(this.config.runtime.assets, this.config.runtime.worker, true));
  };

  Calculator.prototype.start = function () {
    var self = this;
    var form = this.form;
    var copy = this.root.querySelector(".cc-copy-link");
    if (copy) {
      copy.addEventListener("click", function () {
        var link = new URL(self.root.getAttribute("data-share-url"), window.location.href).href;
        if (!navigator.clipboard) return;
        navigator.clipboard.writeText(link).then(function () { self.status.textContent = self.config.ui.copied; },
          function () { /* no clipboard here: the address bar link still works */ });
      });
    }
    var print = this.root.querySelector(".cc-print");
    if (print) print.addEventListener("click", function () { self.certificate(); window.print(); });
    window.addEventListener("beforeprint", function () { self.certificate(); });
    window.addEventListener("afterprint", function () { self.afterPrint(); });
    form.addEventListener("submit", function (e) { e.preventDefault(); self.changed(); });
    form.addEventListener("input", function () { self.applyWhen(); self.changed(); });
    form.addEventListener("change", function () { self.applyWhen(); self.changed(); });
    form.addEventListener("click", function (e) {
      var add = e.target.closest(".cc-add");
      var remove = e.target.closest(".cc-remove");
      if (add) {
        var list = add.closest(".cc-list");
        var item = self.addItem(list);
        self.applyWhen();
        var first = item.querySelector("select, input");
        if (first) first.focus();
        self.changed();
      } else if (remove) {
        var owner = remove.closest(".cc-list");
        var gone = remove.closest(".cc-item");
        var after = gone.nextElementSibling;
        gone.remove();
        self.renumber(owner);
        // The focus stays in the list (not lost to the page's top): the demand that moved up, or Add.
        var next = after ? after.querySelector("select, input") : owner.querySelector(".cc-add");
        if (next) next.focus();
        self.changed();
      }
    });

    var params = new URLSearchParams(window.location.search);
    var initial = params.has("input") ? readLink(params.get("input")) : null;
    if (initial === false) {
      // The example stays on screen for reference, struck through and said not to be the visitor's result.
      this.root.setAttribute("data-result-source", "invalid");
      this.setTotalPending();
      this.linkError = this.config.ui.link_invalid;
      initial = null;
    }
    if (initial) {
      this.fill(initial);
      this.root.setAttribute("data-share-url", this.shareUrl(initial));
      this.root.setAttribute("data-result-source", "pending");
      this.setTotalPending();
      this.waiting = initial;
    }

    if (!initial) this.status.textContent = this.linkError || this.config.ui.loading;
    this.connect(Runtime.start(this.config.runtime.assets, this.config.runtime.worker));
  };

  Calculator.prototype.connect = function (rt) {
    var self = this;
    this.runtime = rt;
    this.root.setAttribute("data-state", "loading");
    rt.onChange(function (state) {
      if (state.fatal) { self.failed(state); return; }
      if (state.mode) self.root.setAttribute("data-runtime", state.mode);
      if (state.host) self.root.setAttribute("data-runtime-host", state.host);
      self.root.setAttribute("data-state", "ready");
      if (self.waiting) {
        var input = self.waiting;
        self.waiting = null;
        self.compute(input);
      } else if (self.linkError) {
        self.status.textContent = self.linkError;
      } else if (self.root.getAttribute("data-result-source") === "example") {
        self.status.textContent = self.config.ui.example;
      }
      if (!self.waiting && self.latest === 0) answered(); // nothing to compute: the example stays
    });
  };

  function boot() {
    document.querySelectorAll(".cc-calc[data-calculator]").forEach(function (root) {
      var calc = new Calculator(root);
      root.courtCalc = calc;
      calc.start();
      if (calc.config.runtime.embed) window.CourtCalcEmbed(root, calc);
    });
  }

  // This script comes at the end of <body> (overrides/main.html, overrides/embed.html), after the calculator's
  // markup: the calculator starts now, not at DOMContentLoaded, so an answer <head> asked for (court-calc-boot.js)
  // is shown before the page's first full layout. Loaded before any calculator markup, it waits for the page.
  if (document.readyState === "loading" && !document.querySelector(".cc-calc[data-calculator]")) {
    document.addEventListener("DOMContentLoaded", boot);
  } else {
    boot();
  }
})();
