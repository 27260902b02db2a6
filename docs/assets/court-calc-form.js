// A calculator's form on the page: the inputs it sends (collect), a share link's inputs put back (fill), lists of
// items, fields shown only when they apply (data-when), errors beside their fields, and the printable certificate.
// The form and the worked example are rendered at build time (site_build/forms.py). docs/assets/court-calc.js
// (loaded after this file) adds what talks to the worker. DOM contract: see DESIGN.md ("Browser runtime, decided").
(function () {
  "use strict";

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" }[c];
    });
  }

  function shownDate(day) {
    return String(day).replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3.$2.$1");
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

  window.CourtCalcForm = { Calculator: Calculator, readLink: readLink };
})();
