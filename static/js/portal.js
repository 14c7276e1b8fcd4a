/* Progressive enhancement only: every control works as a plain link or GET form without this. */
(function () {
  "use strict";

  // Vietnamese letters without their marks, so "thanh hoa" finds "Thanh Hóa".
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  // A select that submits its form when picked with the pointer. From the keyboard, arrow keys
  // only move the choice (a page reload per arrow press made the menu unusable): Enter submits,
  // and the form's button comes back so the choice can also be confirmed with it.
  function autosubmit() {
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
      var form = select.form;
      var button = form.querySelector("[data-autosubmit-button]");
      var keyed = false;
      if (button) { button.hidden = true; }
      select.addEventListener("keydown", function (event) {
        if (event.key === "Enter") {
          event.preventDefault();
          form.submit();
        } else if (event.key !== "Tab" && event.key !== "Shift") {
          keyed = true;
          if (button) { button.hidden = false; }
        }
      });
      select.addEventListener("pointerdown", function () { keyed = false; });
      select.addEventListener("change", function () {
        if (!keyed) { form.submit(); }
      });
    });
  }

  // Filter-as-you-type over every value of a facet panel: the ten shown first and the "more" ones
  // (filtering only the latter said "no match" while matching names stood just above the box).
  function facetFilters() {
    document.querySelectorAll("input[data-facet-filter]").forEach(function (input) {
      // A panel of the search page, or the list the box names (the page of one facet's values).
      var list = document.getElementById(input.getAttribute("data-facet-filter"));
      var scope = input.closest("details.facet") || (list && list.parentElement);
      if (!scope) { return; }
      var label = input.closest("label");
      if (label) { label.hidden = false; }
      var none = scope.querySelector(".facet-none");
      var items = Array.prototype.slice.call(scope.querySelectorAll("ul.facet-values > li")).map(function (item) {
        var name = item.querySelector(".facet-label");
        return { item: item, text: fold(name ? name.textContent : item.textContent) };
      });
      function apply() {
        var wanted = fold(input.value.trim());
        var shown = 0;
        items.forEach(function (entry) {
          var match = !wanted || entry.text.indexOf(wanted) !== -1;
          entry.item.hidden = !match;
          if (match) { shown += 1; }
        });
        if (none) { none.hidden = shown !== 0; }
      }
      input.addEventListener("input", apply);
      // Enter in the box must not submit an enclosing form: the list is already filtered.
      input.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && !input.form) { event.preventDefault(); }
      });
      if (input.value) { apply(); }
    });
    // Opening "more" moves the focus to its filter box.
    document.querySelectorAll("details.facet-more").forEach(function (details) {
      details.addEventListener("toggle", function () {
        var input = details.querySelector("input[data-facet-filter]");
        if (details.open && input) { input.focus(); }
      });
    });
  }

  // On a phone's width the facets become a folded "Filter" drawer above the results (moved in
  // the page, so the tab order follows what is seen), and panels without a selection fold too.
  // Without the script the facets simply follow the results, open.
  function foldFacetsOnSmallScreens() {
    if (!window.matchMedia || !window.matchMedia("(max-width: 40rem)").matches) { return; }
    var drawer = document.querySelector("details[data-filter-drawer]");
    var layout = document.querySelector("[data-search-layout]");
    if (drawer && layout) {
      drawer.open = false;
      layout.insertBefore(drawer.closest("aside"), layout.firstElementChild);
    }
    document.querySelectorAll("details.facet").forEach(function (details) {
      if (!details.hasAttribute("data-selected")) { details.open = false; }
    });
  }

  // Previous / next match on a document page: a match is a run of marks (a word or phrase of
  // the query), so the buttons step through what matched, not syllable by syllable. The page
  // says which mark continues the one before (data-joined; documents/views/highlighting.py).
  function matchNavigation() {
    var nav = document.querySelector("[data-match-nav]");
    if (!nav) { return; }
    var runs = [];
    document.querySelectorAll(".full-text mark").forEach(function (mark) {
      if (mark.hasAttribute("data-joined") && runs.length) {
        runs[runs.length - 1].push(mark);
      } else {
        runs.push([mark]);
      }
    });
    if (!runs.length) { return; }
    var position = nav.querySelector("[data-match-position]");
    var current = -1;
    function show(step) {
      if (current >= 0) { runs[current].forEach(function (m) { m.classList.remove("current"); }); }
      current = (current + step + runs.length) % runs.length;
      runs[current].forEach(function (m) { m.classList.add("current"); });
      runs[current][0].scrollIntoView({ block: "center" });
      position.textContent = (current + 1) + " / " + runs.length;
    }
    nav.querySelectorAll("[data-match-step]").forEach(function (button) {
      button.addEventListener("click", function () { show(parseInt(button.getAttribute("data-match-step"), 10)); });
    });
    nav.hidden = false;
  }

  // "Copy citation": shown only where the Clipboard API exists; the text stays selectable anyway.
  // The outcome is announced through the live region beside the button.
  function copyButtons() {
    document.querySelectorAll("button[data-copy-target]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-copy-target"));
      var status = button.parentElement.querySelector("[data-copy-status]");
      if (!source || !navigator.clipboard || !window.isSecureContext) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        var say = function (key) { if (status) { status.textContent = status.getAttribute(key); } };
        navigator.clipboard.writeText(source.textContent.trim()).then(
          function () { say("data-copied"); },
          function () {
            window.getSelection().selectAllChildren(source);
            say("data-failed");
          }
        );
      });
    });
  }

  function start() {
    matchNavigation();
    copyButtons();
    autosubmit();
    facetFilters();
    foldFacetsOnSmallScreens();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
