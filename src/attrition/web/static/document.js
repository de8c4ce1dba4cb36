// Document page: mark every highlighted stretch of the claim named in the URL fragment.
(function () {
  "use strict";
  function mark() {
    document.querySelectorAll(".current").forEach(function (e) { e.classList.remove("current"); });
    var m = /^#claim-(\d+)$/.exec(window.location.hash);
    if (!m) return;
    var id = m[1], first = null;
    document.querySelectorAll("mark.claim").forEach(function (e) {
      if ((e.getAttribute("data-claims") || "").split(" ").indexOf(id) >= 0) {
        e.classList.add("current");
        if (!first) first = e;
      }
    });
    var card = document.getElementById("card-" + id);
    if (card) card.classList.add("current");
    if (first) first.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", mark);
  document.addEventListener("click", function (ev) {  // a click on highlighted text selects its claim
    var m = ev.target.closest ? ev.target.closest("mark.claim") : null;
    if (!m) return;
    var first = (m.getAttribute("data-claims") || "").split(" ")[0];
    if (first) window.location.hash = "claim-" + first;
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mark); else mark();
})();
