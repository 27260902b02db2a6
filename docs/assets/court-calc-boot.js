// Material for MkDocs writes three small scripts straight into every page. The site loads the same steps from
// this file instead, so that the Content-Security-Policy (deploy/nginx.conf) allows scripts from the site's own
// files only, with no 'unsafe-inline'. The templates in overrides/partials/javascripts/ include this file at the
// places where Material puts its inline scripts, and name the step to run in data-step:
//   scope    in <head>: the storage helpers Material's bundle calls (__md_scope, __md_hash, __md_get, __md_set);
//   palette  in the header, after the colour toggles: the colour scheme the visitor chose, before the first paint,
//            and the switch itself (Material's palette component is not mounted: see mountPalette);
//   content  after the page content: a link to a content tab selects that tab (and remembered tabs, if enabled).
// Each step behaves as Material's inline script of the same place (Material 9.8.1). Plain ES5, no modules.
// Two steps are the site's own:
//   runtime  first in <head> of a calculator page: starts the calculators' worker (data-worker) at once, or asks
//            the keeper an earlier page registered, asks it the question given in the address (data-ask), and
//            holds what it says until docs/assets/court-calc-runtime.js takes it over (window.CourtCalcEarlyWorker);
//   prefetch in <head> of any other page: when the visitor points at or focuses a link to a calculator page, the
//            runtime's files (data-prefetch) are fetched once at low priority, so the click finds them cached;
//   search   (inside scope) Material's search index is fetched in the page's language, and only once the
//            visitor turns to the search; text pages then download no index they do not use.
(function () {
  "use strict";

  var script = document.currentScript;
  var step = script ? script.getAttribute("data-step") : null;

  // --- scope: the marks Material's script puts on <html>, set before any style is computed ------------------------
  // Material's script swaps the page's "no-js" class for "js", and its focus-visible helper marks <html> with a class
  // and an attribute. Set here, in <head>, they cost nothing: the header is laid out with its search button from the
  // first paint on, and the script, which comes late on a calculator page (court-calc-material.js), finds them set
  // and does not restyle the whole page for them in the task that starts it.
  function markScripted() {
    var root = document.documentElement;
    root.classList.replace("no-js", "js");
    root.classList.add("js-focus-visible");
    root.setAttribute("data-js-focus-visible", "");
  }

  // --- scope: where Material keeps its settings in the browser's storage --------------------------------------
  function defineScope() {
    // The site root (or the configured scope), as an absolute URL: settings are stored per site, not per page.
    // Against the page's base: the 404 page sets one (site_build/not_found.py); elsewhere it is the page's address.
    window.__md_scope = new URL(script.getAttribute("data-scope") || ".", document.baseURI);
    // A short numeric fingerprint of a text (Material compares banner contents with it).
    window.__md_hash = function (text) {
      var hash = 0;
      Array.from(text).forEach(function (ch) {
        hash = (hash << 5) - hash + ch.charCodeAt(0);
      });
      return hash;
    };
    window.__md_get = function (key, storage, scope) {
      var store = storage === undefined ? window.localStorage : storage;
      var base = scope === undefined ? window.__md_scope : scope;
      return JSON.parse(store.getItem(base.pathname + "." + key));
    };
    window.__md_set = function (key, value, storage, scope) {
      var base = scope === undefined ? window.__md_scope : scope;
      try {
        var store = storage === undefined ? window.localStorage : storage;
        store.setItem(base.pathname + "." + key, JSON.stringify(value));
      } catch (err) {
        // storage full or switched off: the setting lasts for this page only
      }
    };
  }

  // --- palette: the colour scheme and the switch in the header -------------------------------------------------
  // The switch is the site's (overrides/partials/palette.html marks it data-cc-palette, so Material's script does not
  // mount its own palette on it). It behaves as Material's: the saved choice, else the first scheme whose media query
  // matches, is applied before the first paint and saved as Material saves it; a click on the switch, or Enter on it,
  // moves to the next scheme; the theme-color and color-scheme meta tags follow the header's colours. Material's
  // component would redo all of this when its script starts, in one task with three restyles of the whole page.
  function readSaved() {
    try {
      return window.__md_get("__palette");
    } catch (err) {
      return null; // unreadable storage or a damaged value: as if nothing were saved
    }
  }
  function hexColor(css) {
    return (css.match(/\d+/g) || []).map(function (part) {
      return ("0" + Number(part).toString(16)).slice(-2);
    }).join("");
  }
  function addMeta(name) {
    var meta = document.createElement("meta");
    meta.name = name;
    document.head.appendChild(meta);
    return meta;
  }
  function mountPalette() {
    var form = document.querySelector("[data-cc-palette]");
    if (!form) return;
    var inputs = Array.prototype.slice.call(form.querySelectorAll("input"));
    if (!inputs.length) return;
    var themeColor = addMeta("theme-color");
    var colorScheme = addMeta("color-scheme");
    var current = 0;
    // In the widget the switch is hidden (overrides/embed.html): the system's scheme is shown, and not saved, so
    // that the widget follows the system on the next visit instead of keeping a choice the visitor never made.
    var usable = !form.closest("[hidden]");
    // switching: a change after the page was drawn (a click, Enter, the system's preference, or this step run
    // late, as on the 404 page), during which Material's CSS turns transitions off ([data-md-color-switching] *).
    function choose(index, switching) {
      current = index;
      var color = {};
      ["media", "scheme", "primary", "accent"].forEach(function (name) {
        color[name] = inputs[index].getAttribute("data-md-color-" + name);
      });
      if (color.media === "(prefers-color-scheme)") {
        // "follow the system": the colours of the toggle that matches the system's current preference
        var light = window.matchMedia("(prefers-color-scheme: light)").matches;
        var wanted = light ? "(prefers-color-scheme: light)" : "(prefers-color-scheme: dark)";
        var toggle = form.querySelector("[data-md-color-media='" + wanted + "']");
        if (toggle) ["scheme", "primary", "accent"].forEach(function (name) {
          color[name] = toggle.getAttribute("data-md-color-" + name);
        });
      }
      if (switching) document.body.setAttribute("data-md-color-switching", "");
      Object.keys(color).forEach(function (name) {
        document.body.setAttribute("data-md-color-" + name, color[name]);
      });
      inputs.forEach(function (input, i) {
        var label = input.nextElementSibling;
        if (label && label.tagName === "LABEL") label.hidden = i !== index;
      });
      if (usable) window.__md_set("__palette", { index: index, color: color });
      var style = window.getComputedStyle(document.querySelector("[data-md-component='header']") || form);
      colorScheme.content = style.colorScheme;
      themeColor.content = "#" + hexColor(style.backgroundColor);
      if (switching) setTimeout(function () { document.body.removeAttribute("data-md-color-switching"); }, 0);
    }
    var saved = readSaved();
    var index = saved && typeof saved.index === "number" ? saved.index : inputs.findIndex(function (input) {
      return window.matchMedia(input.getAttribute("data-md-color-media")).matches;
    });
    choose(Math.max(0, Math.min(index, inputs.length - 1)), document.readyState !== "loading");
    form.addEventListener("change", function (event) {
      var chosen = inputs.indexOf(event.target);
      if (chosen >= 0 && event.target.checked) choose(chosen, true);
    });
    form.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      var next = inputs[(current + 1) % inputs.length];
      next.click();
      next.focus();
    });
    // "follow the system" follows it while the page is open
    var system = window.matchMedia("(prefers-color-scheme: light)");
    var follow = function () {
      if (inputs[current].getAttribute("data-md-color-media") === "(prefers-color-scheme)") choose(current, true);
    };
    if (system.addEventListener) system.addEventListener("change", follow);
    else if (system.addListener) system.addListener(follow);
  }

  // --- content: content tabs chosen by the address or remembered from an earlier page -------------------------
  function selectTabs() {
    if (script.hasAttribute("data-tabs-link")) {
      var remembered = window.__md_get("__tabs");
      if (Array.isArray(remembered)) {
        document.querySelectorAll(".tabbed-set").forEach(function (set) {
          var labels = set.querySelector(".tabbed-labels");
          var found = null;
          remembered.some(function (title) {
            Array.prototype.some.call(labels.getElementsByTagName("label"), function (label) {
              if (label.innerText.trim() === title) found = label;
              return found !== null;
            });
            return found !== null;
          });
          if (found) document.getElementById(found.htmlFor).checked = true;
        });
      }
    }
    var target = document.getElementById(window.location.hash.slice(1));
    if (target && target.name) target.checked = target.name.indexOf("__tabbed_") === 0;
  }

  // --- runtime: the worker starts while the page is still being parsed ----------------------------------------
  // When an earlier page registered the keeper (runtime/court-calc-keeper.mjs, a service worker beside the worker
  // that keeps a started engine), the page asks it instead of starting a worker of its own.
  function keeperClient(keeper) {
    var client = { onmessage: null, onerror: null, keeper: true };
    client.postMessage = function (message) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) {
        if (client.onmessage) client.onmessage(event);
      };
      keeper.postMessage(message, [channel.port2]);
    };
    client.terminate = function () {}; // the keeper serves other pages too; this page only stops listening
    client.postMessage({ hello: true });
    return client;
  }

  // A worker-like object whose messages wait until the page knows who answers them (the keeper or a worker).
  function decidedLater(decide) {
    var target = { onmessage: null, onerror: null, queue: [], worker: null, ended: false };
    decide(function (worker) {
      if (target.ended) return worker.terminate();
      worker.onmessage = function (e) { if (target.onmessage) target.onmessage(e); };
      worker.onerror = function (e) { if (target.onerror) target.onerror(e); };
      target.worker = worker;
      target.keeper = worker.keeper === true;
      target.queue.splice(0).forEach(function (m) { worker.postMessage(m); });
    }, function (err) {
      if (target.onerror) target.onerror({ type: "error", message: String(err && err.message ? err.message : err) });
    });
    target.postMessage = function (m) { if (target.worker) target.worker.postMessage(m); else target.queue.push(m); };
    target.terminate = function () { target.ended = true; if (target.worker) target.worker.terminate(); };
    return target;
  }

  function startWorker() {
    if (window.location.protocol === "file:" || !window.Worker) return; // offline: court-calc-runtime.js boots it
    var url = script.getAttribute("data-worker");
    var early = { worker: null, events: [] };
    function ownWorker() {
      return new Worker(url, { type: "module" });
    }
    try {
      var container = navigator.serviceWorker;
      early.worker = !container ? ownWorker() : decidedLater(function (use, fail) {
        var keeper = new URL("court-calc-keeper.mjs", new URL(url, window.location.href)).href;
        container.getRegistration(new URL(".", keeper).href).then(function (found) {
          var active = found && found.active;
          return active && active.scriptURL === keeper ? keeperClient(active) : ownWorker();
        }, ownWorker).then(use, fail);
      });
    } catch (err) {
      return; // court-calc-runtime.js starts it again; the page reports the failure in its language
    }
    early.worker.onmessage = function (event) { early.events.push(event); };
    early.worker.onerror = function (event) { early.events.push(event); };
    early.asked = askEarly(early.worker);
    window.CourtCalcEarlyWorker = early;
  }

  // A question given in the address (?input=) is asked as soon as the worker exists, while the page is still
  // parsed: the calculator asks the same question once the page is ready (court-calc.js, with the input read by
  // court-calc-form.js's readLink and the id, language and links of its config, which data-ask repeats), and
  // court-calc-runtime.js then gives it this answer instead of asking again. An address the form would refuse
  // (not a JSON object, or nested deeper than 16) is not asked here either.
  function askEarly(worker) {
    var about = script.getAttribute("data-ask");
    var text = new URLSearchParams(window.location.search).get("input");
    if (!about || !text) return null;
    var question, input;
    try {
      question = JSON.parse(about);
      input = JSON.parse(text);
    } catch (err) {
      return null;
    }
    function deeper(value, depth) {
      if (depth > 16 || !value || typeof value !== "object") return depth > 16;
      return Object.keys(value).some(function (key) { return deeper(value[key], depth + 1); });
    }
    if (!input || typeof input !== "object" || Array.isArray(input) || deeper(input, 0)) return null;
    worker.postMessage({ seq: 0, id: question.id, input: input, lang: question.lang, links: question.links });
    return { seq: 0, key: JSON.stringify([question.id, input, question.lang, question.links]) };
  }

  // --- prefetch: the runtime, fetched when a visitor shows the intent to open a calculator -----------------------
  function prefetchOnIntent() {
    var files = (script.getAttribute("data-prefetch") || "").split(" ").filter(Boolean);
    var saving = navigator.connection && navigator.connection.saveData;
    if (!files.length || saving || !window.fetch) return;
    var done = false;
    function intent(event) {
      var link = event.target && event.target.closest ? event.target.closest("a[href]") : null;
      if (done || !link) return;
      var url = new URL(link.getAttribute("href"), window.location.href);
      // A calculator's own page (…/calculators/<id>/ or …/embed/<id>/), not the catalogue itself.
      if (url.origin !== window.location.origin || !/\/(calculators|embed)\/[^/]+\/$/.test(url.pathname)) return;
      done = true;
      files.forEach(function (file) {
        window.fetch(file, { priority: "low", credentials: "same-origin" }).then(function (response) {
          return response.arrayBuffer(); // read to the end, so the whole file lands in the HTTP cache
        }).catch(function () {
          // the calculator page loads it again and reports a failure in the page's language
        });
      });
    }
    ["pointerover", "focusin", "touchstart"].forEach(function (name) {
      document.addEventListener(name, intent, { capture: true, passive: true });
    });
  }

  // --- search: the page's own language's index, fetched when the visitor turns to the search ------------------
  // Material asks for search/search_index.json with XMLHttpRequest as soon as a page loads. The build writes one
  // index per language (site_build/search_index.py); the request is pointed at the page's language and held
  // until the search field gets the focus, the search is opened, or one of Material's search keys is pressed.
  function gateSearchIndex() {
    if (window.location.protocol === "file:") return; // the offline copy loads its index only on demand already
    var lang = document.documentElement.getAttribute("lang") || "ru";
    var open = XMLHttpRequest.prototype.open;
    var send = XMLHttpRequest.prototype.send;
    var held = [];
    var wanted = /[?&]h=/.test(window.location.search); // arriving from a search result: highlight at once
    XMLHttpRequest.prototype.open = function (method, url) {
      var args = Array.prototype.slice.call(arguments);
      if (/(^|\/)search\/search_index\.json(\?|$)/.test(String(url))) {
        args[1] = String(url).replace("search_index.json", "search_index." + lang + ".json");
        this.courtCalcIndex = true;
      }
      return open.apply(this, args);
    };
    XMLHttpRequest.prototype.send = function () {
      if (this.courtCalcIndex && !wanted) {
        held.push([this, arguments]);
        return undefined;
      }
      return send.apply(this, arguments);
    };
    function release() {
      if (wanted) return;
      wanted = true;
      held.splice(0).forEach(function (request) { send.apply(request[0], request[1]); });
    }
    document.addEventListener("focusin", function (event) {
      var target = event.target;
      if (target && target.getAttribute && target.getAttribute("data-md-component") === "search-query") release();
    }, true);
    document.addEventListener("change", function (event) {
      if (event.target && event.target.id === "__search") release();
    }, true);
    document.addEventListener("keydown", function (event) {
      if (["/", "s", "S", "f", "F"].indexOf(event.key) >= 0) release();
    }, true);
  }

  if (step === "runtime") startWorker();
  else if (step === "prefetch") prefetchOnIntent();
  else if (step === "scope") {
    markScripted();
    defineScope();
    gateSearchIndex();
  }
  else if (step === "palette") mountPalette();
  else if (step === "content") selectTabs();
})();
