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
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
  var field = document.getElementById("search-q");
  if (field && query) field.value = query;
})();
