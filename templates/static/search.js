// The search page: Pagefind's UI over the bundles the build wrote to pagefind/ (one a shard, listed in
// pagefind/shards.json: the first is searched, the others merged into it), starting with ?q= from the
// search box every page carries. Result URLs are made relative to wherever the site is served from. Where
// the list cannot be read, the page says so.
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box) return;
  if (window.location.protocol === "file:" || typeof window.PagefindUI !== "function") {
    document.getElementById("search-offline").hidden = false;
    return;
  }
  var query = new URLSearchParams(window.location.search).get("q");
  var bundle = new URL(box.getAttribute("data-bundle"), window.location.href);
  var baseUrl = new URL("../", bundle).pathname;
  fetch(new URL("shards.json", bundle))
    .then(function (response) {
      if (!response.ok) throw new Error("pagefind/shards.json: " + response.status);
      return response.json();
    })
    .then(function (record) {
      var paths = record.shards.map(function (shard) {
        return new URL(shard.path, bundle).pathname;
      });
      if (!paths.length) throw new Error("pagefind/shards.json lists no shard");
      start(paths);
    })
    .catch(function (error) {
      // A site uploaded without its pagefind/ folder, or cut short: the reader is told, not left with a blank.
      console.warn("search: cannot read the list of index shards", error);
      document.getElementById("search-unavailable").hidden = false;
    });

  function start(paths) {
    var ui = new window.PagefindUI({
      element: "#search",
      bundlePath: paths[0],
      baseUrl: baseUrl,
      mergeIndex: paths.slice(1).map(function (path) {
        return { bundlePath: path, baseUrl: baseUrl };
      }),
      showSubResults: true,
      showImages: false,
    });
    label();
    if (query) ui.triggerSearch(query);
  }

  // Pagefind's own field has only a placeholder: give it a visible label.
  var tries = 0;
  function label() {
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
  }
  var field = document.getElementById("search-q");
  if (field && query) field.value = query;
})();
