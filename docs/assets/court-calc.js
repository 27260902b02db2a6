// The one bridge between a calculator's form and the Python worker.
// The form and the worked example are rendered at build time; this script only collects the inputs, sends
// them to the worker, and renders the JSON that comes back (the same markup as site_build/forms.py).
// DOM contract: see DESIGN.md ("Browser runtime, decided").
(function () {
  "use strict";

  // The browser's own Worker: the offline build loads a shim that replaces window.Worker on file:// for
  // Material's search; court-calc-native-worker.js keeps the original before it.
  var NativeWorker = window.CourtCalcNativeWorker || window.Worker;

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" }[c];
    });
  }

  // Same rule as ui.format_money in the build: narrow no-break spaces and a decimal comma, or English style.
  function formatMoney(amount, lang) {
    var text = String(amount);
    var negative = text.charAt(0) === "-";
    var parts = text.replace(/^-/, "").split(".");
    var whole = parts[0];
    var groups = [];
    while (whole.length) {
      groups.unshift(whole.slice(-3));
      whole = whole.slice(0, -3);
    }
    var sep = lang === "en" ? "," : "\u202f";
    var point = lang === "en" ? "." : ",";
    return (negative ? "-" : "") + (groups.length ? groups.join(sep) : "0") + (parts[1] ? point + parts[1] : "");
  }

  function shown(value, ui) {
    if (value === null || value === undefined) return ui.none;
    if (Array.isArray(value)) {  // a record in a list (a holiday) reads as its values, as forms._item_shown
      return value.length ? value.map(function (v) {
        return v && typeof v === "object" ? Object.keys(v).map(function (k) { return String(v[k]); }).join(" ") : v;
      }).join(", ") : ui.none;
    }
    if (typeof value === "object") {
      return Object.keys(value).sort().map(function (k) { return k + ": " + value[k]; }).join(", ");
    }
    return String(value);
  }

  // As forms.unbroken in the build: no line break inside a grouped number or before its percent sign.
  function unbroken(formula) {
    return formula.replace(/(\d) (?=\d{3}(?!\d)|%)/g, "$1\u00a0");
  }

  // As forms.localised: a decimal point between digits is a comma on ru/kk/ky pages; a date's dots stay.
  function localised(formula, lang) {
    return lang === "en" ? formula : formula.replace(/(^|[^\d.])(\d+)\.(\d+)(?![\d.])/g, "$1$2,$3");
  }

  // As forms._value_shown: a share as a percent, a rounding rule in words, a date as DD.MM.YYYY.
  function valueShown(p, ui, lang) {
    var v = p.value;
    if (/^share/.test(p.unit) && /^\d+(\.\d+)?$/.test(v)) {  // the decimal point moved two places, exactly
      var parts = v.split("."), frac = (parts[1] || "") + "00";
      var whole = (parts[0] + frac.slice(0, 2)).replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, " ");
      var rest = frac.slice(2).replace(/0+$/, "");
      return localised(whole + (rest ? "." + rest : "") + " %", lang);
    }
    if (p.unit === "rule" && v && v.mode === "half_up" && v.quantum) return ui.rounding.replace("{quantum}", localised(v.quantum, lang));
    return shown(v, ui);
  }

  function shownDate(day) {
    return String(day).replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3.$2.$1");
  }

  function basisLink(basis, info, lang, links) {
    var label = info.short[lang] + ", " + info.label[lang];
    if (info.kind === "page") {
      return '<a href="' + esc(links[info.source] + "#" + info.anchor) + '" data-basis="' + esc(basis) + '">' + esc(label) + "</a>";
    }
    return '<a href="' + esc(info.href) + '" data-basis="' + esc(basis) + '" rel="noopener">' + esc(label) + "</a>";
  }

  function renderResult(result, config) {
    var lang = config.lang, ui = config.ui, links = config.links;
    // A result whose steps carry no amount (a date, a verdict) has no amount column (as forms.render_result).
    var amounts = result.steps.some(function (step) { return step.amount !== null; });
    var rows = result.steps.map(function (step) {
      var amount = step.amount === null ? "" : formatMoney(step.amount, lang);
      var cell = amounts ? '<td class="cc-num">' + amount + "</td>" : "";
      var basis = step.basis.map(function (b) { return basisLink(b, result.citations[b], lang, links); }).join("; ");
      var label = esc(step.label[lang]);
      if (step.anchor && links.calendar) {  // a day off links to its row on the calendar page (as forms.render_result)
        label = '<a href="' + esc(links.calendar + "#" + step.anchor) + '" data-day="' + esc(step.day) + '">' + label + "</a>";
      }
      return '<tr data-step="' + esc(step.key) + '"><td>' + label + "</td><td><code>" + esc(unbroken(localised(step.formula, lang))) +
        "</code></td>" + cell + "<td>" + basis + "</td></tr>";
    }).join("");
    var warnings = result.warnings.map(function (w) { return "<li>" + esc(w.message[lang]) + "</li>"; }).join("");
    var attach = (result.attachments || []).map(function (a) { return "<li>" + esc(a[lang]) + "</li>"; }).join("");
    var follow = Object.keys(result.follow_up || {}).filter(function (t) { return links["calc:" + t]; }).map(function (t) {
      var href = links["calc:" + t] + "?input=" + encodeURIComponent(JSON.stringify(result.follow_up[t]));
      return '<a class="md-button" href="' + esc(href) + '" data-next="' + esc(t) + '">' + esc(config.titles[t]) + "</a> ";
    }).join("");
    var params = result.parameters.map(function (p) {
      return "<tr><td>" + esc(p.label[lang]) + "</td><td>" + esc(valueShown(p, ui, lang)) + '</td><td data-from="' +
        esc(p.from) + '">' + esc(shownDate(p.from)) + '</td><td class="cc-' + esc(p.status) + '">' + esc(ui[p.status]) + '</td><td><a href="' + esc(p.reference.href) +
        '" rel="noopener">' + esc(p.reference.title) + "</a></td></tr>";
    }).join("");
    return '<p class="cc-total" aria-live="polite" aria-atomic="true"><span>' + esc(ui.total) + ":</span> " +
      '<strong data-field="total" data-value="' + esc(result.total) +
      '">' + (result.display ? esc(result.display[lang]) : formatMoney(result.total, lang) + "\u00a0" + config.sign) + "</strong></p>" +
      '<table class="cc-steps"><thead><tr><th>' + esc(ui.step) + "</th><th>" + esc(ui.formula) + "</th>" +
      (amounts ? "<th>" + esc(ui.amount) + "</th>" : "") + "<th>" + esc(ui.basis) + "</th></tr></thead><tbody>" + rows + "</tbody></table>" +
      (warnings ? '<div class="cc-warnings"><p>' + esc(ui.warnings) + "</p><ul>" + warnings + "</ul></div>" : "") +
      (follow ? '<p class="cc-next">' + esc(ui.next) + ": " + follow + "</p>" : "") +
      (attach ? '<div class="cc-attach"><p>' + esc(ui.attach) + "</p><ul>" + attach + "</ul></div>" : "") +
      '<details class="cc-params"><summary>' + esc(ui.parameters) + "</summary><table><thead><tr><th></th><th>" + esc(ui.value) +
      "</th><th>" + esc(ui.from) + "</th><th>" + esc(ui.status) + "</th><th></th></tr></thead><tbody>" + params +
      "</tbody></table></details>";
  }

  // --- the worker, one per page -------------------------------------------------------------------------
  // Over http(s): a module worker that imports the self-hosted Pyodide. From file:// (the offline zip):
  // Chromium refuses fetch() and module imports there, so the page loads the offline runtime script
  // (assets/offline/court-calc-offline.js, written by the build), which starts a classic Blob worker and feeds it
  // the binary files from classic payload scripts.

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.appendChild(script);
    });
  }

  // A worker-like object for file://, created once the payload script has loaded.
  function fileWorker(assets) {
    var target = { onmessage: null, onerror: null, queue: [], worker: null };
    loadScript(assets + "offline/court-calc-offline.js").then(function () {
      var worker = window.CourtCalcOffline(NativeWorker, assets + "offline/");
      worker.onmessage = function (e) { if (target.onmessage) target.onmessage(e); };
      worker.onerror = function (e) { if (target.onerror) target.onerror(e); };
      target.worker = worker;
      target.queue.splice(0).forEach(function (m) { worker.postMessage(m); });
    }, function (err) {
      if (target.onerror) target.onerror({ message: err.message });
    });
    target.postMessage = function (m) { if (target.worker) target.worker.postMessage(m); else target.queue.push(m); };
    target.terminate = function () { if (target.worker) target.worker.terminate(); };
    return target;
  }

  var runtime = null;
  var Faults = window.CourtCalcFaults;

  // One runtime per page; ``again`` (the retry button) ends the current worker and starts a new one.
  function startRuntime(assets, workerUrl, again) {
    if (runtime && !again) return runtime;
    if (runtime) runtime.end();
    var pending = {};
    var seq = 0;
    var listeners = [];
    // fault: how it failed (court-calc-faults.js): "load" before the worker was ready, "crash" after, "timeout".
    var state = { ready: false, fatal: null, mode: null, fault: null };
    var worker;
    // The page's <head> may have started the worker already (court-calc-boot.js, step "runtime"): take it over
    // with what it has said so far.
    var early = window.CourtCalcEarlyWorker;
    window.CourtCalcEarlyWorker = null;
    try {
      worker = early ? early.worker : window.location.protocol === "file:" ? fileWorker(assets)
        : new NativeWorker(workerUrl, { type: "module" });
    } catch (err) {
      state.fatal = String(err && err.message ? err.message : err);
      state.fault = "load";
    }
    function fail(reason, kind) {
      if (state.fatal) return;
      state.fatal = reason;
      state.fault = kind || (state.ready ? "crash" : "load");
      listeners.forEach(function (fn) { fn(state); });
      Object.keys(pending).forEach(function (k) { pending[k].reject(new Error(reason)); delete pending[k]; });
    }
    if (worker) {
      worker.onmessage = function (event) {
        var msg = event.data;
        if (msg.ready) {
          state.ready = true;
          state.mode = msg.mode || null;
          listeners.forEach(function (fn) { fn(state); });
        } else if (msg.fatal) {
          fail(msg.fatal); // also with a seq: run_json answers every input, so this failure is the runtime's own
        } else if (pending[msg.seq]) {
          var p = pending[msg.seq];
          delete pending[msg.seq];
          p.resolve(JSON.parse(msg.out));
        }
      };
      worker.onerror = function (event) {
        fail(event && event.message ? event.message : "worker error");
      };
      if (early) early.events.forEach(function (event) {
        if (event.type === "message") worker.onmessage(event); else worker.onerror(event);
      });
    }
    runtime = {
      state: state,
      onChange: function (fn) { listeners.push(fn); if (state.ready || state.fatal) fn(state); },
      end: function () {
        listeners = [];
        fail("ended");
        if (worker && worker.terminate) worker.terminate();
        if (worker) worker.onmessage = worker.onerror = null;
      },
      run: function (id, input, lang) {
        if (state.fatal) return Promise.reject(new Error(state.fatal));
        seq += 1;
        var n = seq;
        return new Promise(function (resolve, reject) {
          // A worker that never answers (hung, or stopped without a word) is given up after the timeout.
          var timer = setTimeout(function () { fail("no answer to computation " + n, "timeout"); }, Faults.timeout);
          pending[n] = {
            resolve: function (out) { clearTimeout(timer); resolve(out); },
            reject: function (err) { clearTimeout(timer); reject(err); },
          };
          worker.postMessage({ seq: n, id: id, input: input, lang: lang });
        });
      },
    };
    return runtime;
  }

  // ?input= as the CLI takes it: a JSON object, not deeper than any form makes (the worker refuses deeper
  // anyway, but such a value cannot even be handed to it). null when absent, false when it cannot be used.
  function readLink(text) {
    var value;
    try { value = JSON.parse(text); } catch (err) { return false; }
    function depth(v, n) {
      if (n > 16) return n;
      if (!v || typeof v !== "object") return n;
      return Object.keys(v).reduce(function (most, k) { return Math.max(most, depth(v[k], n + 1)); }, n);
    }
    return value && typeof value === "object" && !Array.isArray(value) && depth(value, 0) <= 16 ? value : false;
  }

  // --- the form ------------------------------------------------------------------------------------------
  function Calculator(root) {
    this.root = root;
    this.config = JSON.parse(root.querySelector("script.cc-config").textContent);
    this.form = root.querySelector("form.cc-form");
    this.status = root.querySelector(".cc-status");
    this.result = root.querySelector(".cc-result");
    this.latest = 0;
    this.timer = null;
    this.exampleHtml = this.result.innerHTML; // shown again, marked, if the runtime fails
  }

  Calculator.prototype.fieldSpec = function (specs, name) {
    for (var i = 0; i < specs.length; i++) if (specs[i].name === name) return specs[i];
    return null;
  };

  // The input as the CLI takes it, from the fields that apply (hidden fields are kept in the form, not sent).
  Calculator.prototype.collect = function () {
    var self = this;
    function read(specs, prefix, scope) {
      var out = {};
      specs.forEach(function (spec) {
        var path = prefix + spec.name;
        if (spec.kind === "list") {
          var list = scope.querySelector('[data-list="' + path + '"]');
          if (!list || list.hidden) return;
          var items = list.querySelector(".cc-items").children;
          out[spec.name] = Array.prototype.map.call(items, function (item) {
            return read(spec.fields, item.getAttribute("data-item") + ".", item);
          });
          return;
        }
        var wrapper = scope.querySelector('[data-path="' + path + '"]');
        if (!wrapper || wrapper.hidden) return;
        var control = wrapper.querySelector("[name]");
        // A blank box is sent blank: the calculator says "fill in", never computes its default silently.
        out[spec.name] = spec.kind === "boolean" ? control.checked : control.value;
      });
      return out;
    }
    return read(self.config.schema, "", self.form);
  };

  Calculator.prototype.fill = function (input) {
    var self = this;
    function write(specs, prefix, scope, values) {
      specs.forEach(function (spec) {
        var path = prefix + spec.name;
        var value = values[spec.name];
        if (spec.kind === "list") {
          var list = scope.querySelector('[data-list="' + path + '"]');
          if (!list || !Array.isArray(value)) return;
          var box = list.querySelector(".cc-items");
          while (box.firstChild) box.removeChild(box.firstChild);
          value.forEach(function (itemValues) {
            var item = self.addItem(list);
            write(spec.fields, item.getAttribute("data-item") + ".", item, itemValues || {});
          });
          return;
        }
        var control = scope.querySelector('[name="' + path + '"]');
        if (!control || value === undefined || value === null) return;
        if (spec.kind === "boolean") control.checked = value === true || value === "true";
        else control.value = typeof value === "object" ? JSON.stringify(value) : String(value);
      });
    }
    write(this.config.schema, "", this.form, input);
    this.applyWhen();
  };

  Calculator.prototype.addItem = function (list) {
    var box = list.querySelector(".cc-items");
    var index = box.children.length;
    var html = list.querySelector("template").innerHTML.replace(/__i__/g, String(index));
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var item = holder.firstElementChild;
    box.appendChild(item);
    return item;
  };

  // After a removal, items are renumbered so that field paths stay claims.0, claims.1, ...
  Calculator.prototype.renumber = function (list) {
    var path = list.getAttribute("data-list");
    Array.prototype.forEach.call(list.querySelector(".cc-items").children, function (item, index) {
      var old = item.getAttribute("data-item");
      var now = path + "." + index;
      if (old === now) return;
      var oldId = "cc-" + old.replace(/\./g, "-");
      var newId = "cc-" + now.replace(/\./g, "-");
      item.querySelectorAll("*").forEach(function (el) {
        ["name", "data-path", "data-error-for", "data-item", "data-remove", "data-list"].forEach(function (attr) {
          var v = el.getAttribute(attr);
          if (v && v.indexOf(old) === 0) el.setAttribute(attr, now + v.slice(old.length));
        });
        ["id", "for", "aria-describedby"].forEach(function (attr) {
          var v = el.getAttribute(attr);
          if (v && v.indexOf(oldId) === 0) el.setAttribute(attr, newId + v.slice(oldId.length));
        });
      });
      item.setAttribute("data-item", now);
    });
  };

  Calculator.prototype.applyWhen = function () {
    this.form.querySelectorAll("[data-when]").forEach(function (el) {
      var when = JSON.parse(el.getAttribute("data-when"));
      var scope = el.closest(".cc-item") || el.closest("form");
      var prefix = scope.classList.contains("cc-item") ? scope.getAttribute("data-item") + "." : "";
      var applies = Object.keys(when).every(function (name) {
        var control = scope.querySelector('[name="' + prefix + name + '"]');
        if (!control) return false;
        var value = control.type === "checkbox" ? String(control.checked) : control.value;
        return when[name].map(String).indexOf(value) >= 0;
      });
      el.hidden = !applies;
    });
  };

  Calculator.prototype.shareUrl = function (input) {
    return "?input=" + encodeURIComponent(JSON.stringify(input));
  };

  Calculator.prototype.clearErrors = function () {
    this.root.querySelectorAll("[data-error-for]").forEach(function (el) { el.textContent = ""; });
    this.root.querySelectorAll("[aria-invalid]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
  };

  Calculator.prototype.showErrors = function (payload) {
    var lang = this.config.lang;
    var root = this.root;
    var errors = payload.errors || [payload.error];
    this.clearErrors();
    var unplaced = [];
    // Boxes and controls are matched by attribute value, never by a selector built from a field name (an
    // unknown key such as x"] comes back as a field and would break the selector).
    function find(attr, value) {
      return Array.prototype.filter.call(root.querySelectorAll("[" + attr + "]"), function (el) {
        return el.getAttribute(attr) === value;
      })[0];
    }
    errors.forEach(function (err) {
      var box = find("data-error-for", err.field);
      if (!box) { unplaced.push(err.message[lang]); return; }
      box.textContent = err.message[lang];
      var control = find("name", err.field);
      if (control) control.setAttribute("aria-invalid", "true");
    });
    this.status.textContent = [this.config.ui.invalid].concat(unplaced).join(" ");
  };

  Calculator.prototype.setTotalPending = function () {
    var total = this.root.querySelector('[data-field="total"]');
    if (total) total.setAttribute("data-value", "");
  };

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
    rt.run(this.config.id, input, this.config.lang).then(function (out) {
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
      self.showResult(renderResult(out, self.config));
      self.root.setAttribute("data-result-source", "live");
      self.status.textContent = self.config.ui.ready;
      self.root.dispatchEvent(new CustomEvent("court-calc:result", { bubbles: true, detail: { input: input, result: out } }));
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
  };

  // The retry button: a new worker, then the inputs as they are in the form now.
  Calculator.prototype.retry = function () {
    Faults.clear(this);
    this.waiting = this.collect();
    this.connect(startRuntime(this.config.runtime.assets, this.config.runtime.worker, true));
  };

  // The printable certificate: inputs as the user sees them (a list's items numbered), the dates of the law used
  // (DD.MM.YYYY, as the steps write dates), the address, a disclaimer. The legal values' table opens for print.
  Calculator.prototype.certificate = function () {
    var ui = this.config.ui;
    var rows = [];
    this.form.querySelectorAll(".cc-field").forEach(function (field) {
      if (field.hidden || field.closest("[hidden]")) return;
      var label = field.querySelector("label").textContent;
      var item = field.closest(".cc-item");
      if (item) {  // "Demands, № 2: Kind of demand": which item a row belongs to
        var legend = item.closest(".cc-list").querySelector("legend");
        label = (legend ? legend.textContent + ", " : "") + ui.item + " " +
          (Array.prototype.indexOf.call(item.parentNode.children, item) + 1) + ": " + label;
      }
      var control = field.querySelector("[name]");
      var value = control.tagName === "SELECT" ? control.options[control.selectedIndex].text
        : control.type === "checkbox" ? (control.checked ? "✓" : "—") : control.value;
      rows.push("<tr><th>" + esc(label) + "</th><td>" + esc(value) + "</td></tr>");
    });
    var dates = [];
    this.result.querySelectorAll(".cc-params tbody tr").forEach(function (tr) {
      var cell = tr.children[2];
      var day = cell && cell.getAttribute("data-from");
      if (day && dates.indexOf(day) < 0) dates.push(day);
    });
    var shownDates = dates.sort().map(shownDate);
    var heading = document.querySelector("article h1");
    var title = heading ? heading.cloneNode(true) : null;
    if (title) title.querySelectorAll(".headerlink").forEach(function (a) { a.remove(); });
    var address = new URL(this.root.getAttribute("data-share-url"), window.location.href).href;
    var box = this.root.querySelector(".cc-certificate");
    box.innerHTML = "<h2>" + esc(ui.certificate + ": " + (title ? title.textContent.trim() : this.config.id)) + "</h2>" +
      "<p>" + esc(ui.inputs) + ":</p><table>" + rows.join("") + "</table>" +
      "<p>" + esc(ui.law_as_of) + ": " + esc(shownDates.join(", ")) + "</p>" +
      "<p>" + esc(ui.address) + ": " + esc(address) + "</p><p><em>" + esc(ui.advice) + "</em></p>";
    this.result.querySelectorAll("details.cc-params:not([open])").forEach(function (d) {
      d.open = true;
      d.setAttribute("data-print-open", "");
    });
  };

  // After printing, the legal values' table closes again if it was closed before.
  Calculator.prototype.afterPrint = function () {
    this.result.querySelectorAll("details[data-print-open]").forEach(function (d) {
      d.open = false;
      d.removeAttribute("data-print-open");
    });
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
    this.connect(startRuntime(this.config.runtime.assets, this.config.runtime.worker));
  };

  Calculator.prototype.connect = function (rt) {
    var self = this;
    this.runtime = rt;
    this.root.setAttribute("data-state", "loading");
    rt.onChange(function (state) {
      if (state.fatal) { self.failed(state); return; }
      if (state.mode) self.root.setAttribute("data-runtime", state.mode);
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
    });
  };

  // --- embedded in a portal: post results and height to the parent, only at the origin it names -------
  function embed(root, calc) {
    var origin = null;
    try {
      var asked = new URLSearchParams(window.location.search).get("origin");
      var parsed = asked ? new URL(asked) : null;
      if (parsed && (parsed.protocol === "https:" || parsed.protocol === "http:") && parsed.origin === asked) origin = asked;
    } catch (err) {
      origin = null;
    }
    if (!origin || window.parent === window) return; // computes, posts nothing
    var post = function (message) { window.parent.postMessage(message, origin); };
    root.addEventListener("court-calc:result", function (e) {
      post({ type: "court-calc:result", calculator: calc.config.id, input: e.detail.input, result: e.detail.result });
    });
    var last = 0;
    var resize = function () {
      // The content's own height, not the document's: that is never less than the frame the portal set, so a
      // shorter result could never shrink the frame again.
      var article = document.querySelector("article");
      var height = article ? Math.ceil(article.getBoundingClientRect().bottom + window.scrollY + 24)
        : Math.ceil(document.documentElement.scrollHeight);
      if (height !== last) { last = height; post({ type: "court-calc:resize", height: height }); }
    };
    // Watch the content, not the body: Material gives the body a minimum height of the frame, so the body
    // never shrinks and a shorter result would never be reported.
    if (window.ResizeObserver) new ResizeObserver(resize).observe(document.querySelector("article") || document.body);
    resize();
  }

  function boot() {
    document.querySelectorAll(".cc-calc[data-calculator]").forEach(function (root) {
      var calc = new Calculator(root);
      root.courtCalc = calc;
      calc.start();
      if (calc.config.runtime.embed) embed(root, calc);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
