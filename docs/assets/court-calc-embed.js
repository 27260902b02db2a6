// A calculator embedded in a portal (/embed/<id>/?origin=<the portal's origin>): its results and its height are
// posted to the parent page, only at the origin it names; with no valid origin it computes and posts nothing.
// Messages: {type: "court-calc:result", calculator, input, result} (the JSON result, or the error) and
// {type: "court-calc:resize", height}. Used by docs/assets/court-calc.js (loaded after it) as window.CourtCalcEmbed.
(function () {
  "use strict";

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

  window.CourtCalcEmbed = embed;
})();
