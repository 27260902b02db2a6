// The parallel texts: choose the translation column, hide either column, copy a paragraph's link.
// Everything works without this script (original and the default translation are shown); it only adds controls.
(function () {
  "use strict";

  function setup(box) {
    var controls = box.querySelector(".tx-controls");
    if (!controls) return;
    controls.hidden = false;
    var choose = controls.querySelector(".tx-choose");
    var show = controls.querySelectorAll(".tx-show");
    function pick(lang) {
      box.querySelectorAll("[data-tr]").forEach(function (cell) { cell.hidden = cell.getAttribute("data-tr") !== lang; });
    }
    choose.addEventListener("change", function () { pick(choose.value); });
    show.forEach(function (box_) {
      box_.addEventListener("change", function () {
        var orig = controls.querySelector('[data-col="orig"]');
        var tr = controls.querySelector('[data-col="tr"]');
        if (!orig.checked && !tr.checked) (box_ === orig ? tr : orig).checked = true; // one column always stays
        box.classList.toggle("tx-hide-orig", !orig.checked);
        box.classList.toggle("tx-hide-tr", !tr.checked);
      });
    });
    box.addEventListener("click", function (event) {
      var anchor = event.target.closest(".tx-anchor");
      if (!anchor || !navigator.clipboard) return;
      var url = window.location.href.split("#")[0] + anchor.getAttribute("href");
      navigator.clipboard.writeText(url).then(function () {
        var was = anchor.getAttribute("title");
        anchor.setAttribute("title", anchor.getAttribute("data-copied"));
        anchor.classList.add("tx-copied");
        setTimeout(function () { anchor.setAttribute("title", was); anchor.classList.remove("tx-copied"); }, 1500);
      }, function () { /* no clipboard here (e.g. from disk): the link still moves to the paragraph */ });
    });
  }

  function boot() { document.querySelectorAll(".tx").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
