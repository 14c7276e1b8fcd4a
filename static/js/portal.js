/* Progressive enhancement only: every control works as a plain link or GET form without this. */
(function () {
  "use strict";

  // Vietnamese letters without their marks, so "thanh hoa" finds "Thanh Hóa".
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  // A select that submits its form when changed; its submit button is then not needed.
  function autosubmit() {
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
      var form = select.form;
      var button = form.querySelector("[data-autosubmit-button]");
      if (button) { button.hidden = true; }
      select.addEventListener("change", function () { form.submit(); });
    });
  }

  // Filter-as-you-type over a facet's list of values.
  function facetFilters() {
    document.querySelectorAll("input[data-facet-filter]").forEach(function (input) {
      var list = document.getElementById(input.getAttribute("data-facet-filter"));
      if (!list) { return; }
      var label = input.closest("label");
      if (label) { label.hidden = false; }
      var none = list.parentElement.querySelector(".facet-none");
      var items = Array.prototype.slice.call(list.children).map(function (item) {
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

  // On a phone's width, facet panels without a selection start folded.
  function foldFacetsOnSmallScreens() {
    if (!window.matchMedia || !window.matchMedia("(max-width: 40rem)").matches) { return; }
    document.querySelectorAll("details.facet").forEach(function (details) {
      if (!details.hasAttribute("data-selected")) { details.open = false; }
    });
  }

  function start() {
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
