// Optional: pointing at any part of a quotation (content, cue, speaker, or its line in the side list) highlights
// all its parts. The pages work the same without it.
(function () {
  "use strict";
  function parts(key) {
    return document.querySelectorAll('[data-quote="' + key + '"]');
  }
  function toggle(event, on) {
    var target = event.target.closest && event.target.closest("[data-quote]");
    if (!target) return;
    parts(target.getAttribute("data-quote")).forEach(function (el) {
      el.classList.toggle("highlight", on);
    });
  }
  ["mouseover", "focusin"].forEach(function (name) {
    document.addEventListener(name, function (e) { toggle(e, true); });
  });
  ["mouseout", "focusout"].forEach(function (name) {
    document.addEventListener(name, function (e) { toggle(e, false); });
  });
})();
