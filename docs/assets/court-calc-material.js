// Material's script on a calculator page, once the calculator has answered. overrides/main.html leaves Material's
// bundle out of a calculator page's scripts and loads this file instead, at the end of <body> and before the
// calculator's own scripts (so that window.CourtCalcMaterial exists when court-calc.js has its first answer); the
// bundle's address is in data-src. Plain ES5, no modules.
(function () {
  "use strict";

  var script = document.currentScript;

  // The bundle is loaded when the calculator has shown its first answer or failure (court-calc.js calls
  // window.CourtCalcMaterial), when the visitor turns to anything outside the calculator but the colour scheme
  // switch (the search, the menu, a link), or after LATEST_MS.
  // Material starts on DOMContentLoaded, which has passed by then: while its script runs, a listener it adds for
  // that event is called at once (in a task of its own) instead of waiting for an event that will not come again.
  var LATEST_MS = 5000;
  function loadMaterialLater() {
    var src = script.getAttribute("data-src");
    var started = false;
    function load() {
      if (started || !src) return;
      started = true;
      var add = document.addEventListener;
      document.addEventListener = function (type, listener) {
        if (type !== "DOMContentLoaded" || document.readyState === "loading") return add.apply(this, arguments);
        setTimeout(function () {
          var event = new Event("DOMContentLoaded");
          if (typeof listener === "function") listener.call(document, event);
          else if (listener && listener.handleEvent) listener.handleEvent(event);
        }, 0);
        return undefined;
      };
      var tag = document.createElement("script");
      tag.src = src;
      tag.onload = function () {
        document.addEventListener = add;
        setTimeout(openAskedSearch, 0); // after Material's start (its DOMContentLoaded listener, queued above)
      };
      tag.onerror = function () { document.addEventListener = add; };
      document.body.appendChild(tag);
    }
    // After the frame that shows the answer: the visitor sees it before Material's work begins.
    window.CourtCalcMaterial = function () {
      window.requestAnimationFrame(function () { setTimeout(load, 0); });
    };
    function outside(event) {
      var target = event.target;
      if (target && target.closest && target.closest(".cc-calc")) return;
      // the colour scheme switch is the site's own (court-calc-boot.js): a click on it needs nothing of Material
      if (event.type !== "keydown" && target && target.closest && target.closest("[data-cc-palette]")) return;
      if (event.type === "keydown" && !searchAsked && searchKey(event)) searchAsked = true;
      load();
    }
    ["pointerdown", "focusin", "keydown", "touchstart"].forEach(function (name) {
      document.addEventListener(name, outside, { capture: true, passive: true });
    });
    // A click or a focus anywhere after the search key means the visitor went on to something else.
    ["pointerdown", "focusin"].forEach(function (name) {
      document.addEventListener(name, function () { searchAsked = false; }, { capture: true, passive: true });
    });
    setTimeout(load, LATEST_MS);
  }

  // What the visitor did outside the calculator before Material's script ran is done, not lost. One of Material's
  // search keys (/, s, f, typed outside a field) opens the search once the script has started, as the key does
  // then: the search field gets the focus, its text selected.
  var searchAsked = false;
  function searchKey(event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName || ""));
    return !typing && !event.ctrlKey && !event.metaKey && !event.altKey && /^[/sSfF]$/.test(event.key);
  }
  function openAskedSearch() {
    var query = document.querySelector("[data-md-component='search-query']");
    if (!searchAsked || !query) return;
    searchAsked = false;
    query.focus();
    query.select();
  }

  loadMaterialLater();
})();
