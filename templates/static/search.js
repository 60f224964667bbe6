// The search page: Pagefind's UI over the bundle the build wrote to pagefind/, starting with ?q= from the
// search box every page carries. Result URLs are made relative to wherever the site is served from.
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box) return;
  if (window.location.protocol === "file:" || typeof window.PagefindUI !== "function") {
    document.getElementById("search-offline").hidden = false;
    return;
  }
  var bundle = new URL(box.getAttribute("data-bundle"), window.location.href);
  var ui = new window.PagefindUI({
    element: "#search",
    bundlePath: bundle.pathname,
    baseUrl: new URL("../", bundle).pathname,
    showSubResults: true,
    showImages: false,
  });
  // Pagefind's own field has only a placeholder: give it a visible label.
  var tries = 0;
  (function label() {
    var input = box.querySelector("input");
    if (!input) {
      if (tries++ < 100) setTimeout(label, 50);
      return;
    }
    input.id = "search-page-q";
    var caption = document.createElement("label");
    caption.htmlFor = input.id;
    caption.className = "search-label";
    caption.textContent = "Search the briefings";
    box.parentNode.insertBefore(caption, box);
  })();
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
  var field = document.getElementById("search-q");
  if (field && query) field.value = query;
})();
