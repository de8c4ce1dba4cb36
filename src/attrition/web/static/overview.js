// Overview timeline: reads the data from <script type="application/json"> and draws it with plotly.
(function () {
  "use strict";
  function readJSON(id) { return JSON.parse(document.getElementById(id).textContent); }
  function fmt(v) { return v === null || v === undefined ? "" : Number(v).toLocaleString("en"); }
  function esc(s) {  // plotly renders hover text as HTML: escape the untrusted parts
    return String(s === null || s === undefined ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function wrap(s, n) {
    var words = esc(s).split(" "), lines = [], cur = "";
    words.forEach(function (w) { if ((cur + " " + w).length > n && cur) { lines.push(cur); cur = w; } else { cur = cur ? cur + " " + w : w; } });
    if (cur) lines.push(cur);
    return lines.slice(0, 6).join("<br>");
  }
  function draw() {
    var data = readJSON("timeline-data"), style = readJSON("verdict-style");
    var el = document.getElementById("chart");
    var traces = data.series.map(function (s, i) {
      return { type: "scatter", mode: "lines", name: s.name, x: s.x, y: s.y,
               line: { color: style.series_colours[i % style.series_colours.length], width: 2 },
               hovertemplate: "%{x}<br>" + esc(s.name) + ": %{y:,}<extra></extra>" };
    });
    style.order.forEach(function (v) {
      var pts = data.claims.filter(function (c) { return c.verdict === v; });
      if (!pts.length) return;
      traces.push({
        type: "scatter", mode: "markers", name: "claim: " + style.labels[v] + " (" + pts.length + ")",
        x: pts.map(function (c) { return c.as_of; }), y: pts.map(function (c) { return c.value; }),
        marker: { color: style.colours[v], size: 10, line: { color: "#333", width: 1 },
                  symbol: pts.map(function (c) { return c.period === "cumulative" ? "circle" : "diamond"; }) },
        customdata: pts.map(function (c) { return [c.doc_id, c.id]; }),
        text: pts.map(function (c) {
          return "<b>" + esc(c.qualifier !== "exact" ? c.qualifier.replace("_", " ") + " " : "") + fmt(c.value) +
            (c.value_max ? "–" + fmt(c.value_max) : "") + "</b> (" + esc(c.outcome) + (c.period !== "cumulative" ? ", " + esc(c.period) +
            (c.rate_unit ? " per " + esc(c.rate_unit) : "") : "") + ")" +
            "<br>claimant: " + esc(c.claimant) + (c.claimant_name ? " — " + esc(c.claimant_name) : "") +
            "<br>outlet: " + esc(c.outlet || "—") + "<br>as of " + esc(c.as_of) +
            (c.published ? ", published " + esc(c.published) : "") +
            "<br>verdict: " + esc(style.labels[c.verdict]) + "<br><i>" + wrap(c.text, 80) + "</i>";
        }),
        hovertemplate: "%{text}<extra></extra>"
      });
    });
    var layout = { margin: { l: 70, r: 20, t: 20, b: 50 }, hovermode: "closest",
                   xaxis: { type: "date", title: { text: "date" } }, yaxis: { title: { text: "count" }, rangemode: "tozero" },
                   legend: { orientation: "h", y: -0.15 } };
    if (!traces.length) {
      layout.annotations = [{ text: "No reference series and no dated claims for this choice.", showarrow: false,
                              xref: "paper", yref: "paper", x: 0.5, y: 0.5 }];
    }
    Plotly.newPlot(el, traces, layout, { responsive: true, displaylogo: false }).then(function () {
      el.setAttribute("data-rendered", "true");
    });
    el.on("plotly_click", function (ev) {
      var p = ev.points && ev.points[0];
      if (p && p.customdata) {
        window.location.href = "/documents/" + encodeURIComponent(p.customdata[0]) + "#claim-" + p.customdata[1];
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw); else draw();
})();
