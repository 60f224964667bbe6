// Progressive enhancement: the language switch works without this file; with it, the reader's choice
// (both, original, English) is remembered from page to page.
(function () {
  "use strict";
  // A printed briefing shows every fact box open.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.factbox").forEach(function (box) { box.open = true; });
  });
  var KEY = "briefgen.view";
  var radios = document.querySelectorAll("input.view-switch");
  if (!radios.length) return;
  var stored = null;
  try { stored = window.localStorage.getItem(KEY); } catch (e) { return; }
  var chosen = stored && document.getElementById(stored);
  if (chosen && chosen.classList.contains("view-switch")) chosen.checked = true;
  radios.forEach(function (radio) {
    radio.addEventListener("change", function () {
      try { window.localStorage.setItem(KEY, radio.id); } catch (e) { /* private mode: not remembered */ }
    });
  });
})();
