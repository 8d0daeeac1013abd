// The compare page: the chosen runs' FID, class score and class-share
// curves overlaid, epochs on x.
"use strict";
(async () => {
  G.header({ links: [["/", "Runs"], [location.pathname + location.search, "Compare", true]] });
  const chosen = new Set(new URLSearchParams(location.search).getAll("run"));
  const showErr = (msg) => G.$("#err").replaceChildren(...(msg ? [G.el("div", { class: "error" }, msg)] : []));
  let runs = [];
  try { runs = (await G.json("/api/runs")).runs; } catch (e) { showErr(e.message); return; }
  const color = {};
  runs.forEach((r, i) => { color[r.id] = G.colors.palette[i % G.colors.palette.length]; });

  G.$("#pick").replaceChildren(...runs.map((r) => {
    const cb = G.el("input", { type: "checkbox", onchange: (e) => {
      e.target.checked ? chosen.add(r.id) : chosen.delete(r.id);
      history.replaceState(null, "", "/compare?" + [...chosen].map((id) => "run=" + G.enc(id)).join("&"));
      render();
    } });
    cb.checked = chosen.has(r.id);
    const sw = G.el("span", { class: "dot" });
    sw.style.background = color[r.id];
    return G.el("label", { class: "ctl" }, cb, sw, G.el("span", { class: "mono" }, r.id), G.badge(r.state, r.state_detail));
  }));

  const cache = {};
  const charts = {};
  const defs = [
    ["c-fid", "fid", (v) => v, { y: { distr: 3 } }, (v) => v.toFixed(2)],
    ["c-cs", "class_score", (v) => v, { y: { range: [0, 10] } }, (v) => v.toFixed(2)],
    ["c-large", "largest_class_share", (v) => 100 * v, {}, (v) => v.toFixed(1) + "%"],
    ["c-small", "smallest_class_share", (v) => 100 * v, {}, (v) => v.toFixed(1) + "%"],
  ];

  async function render() {
    const ids = [...chosen].filter((id) => color[id]);
    const missing = [];
    for (const id of ids) {
      if (!cache[id]) {
        try { cache[id] = await G.json(G.api(id) + "/eval"); } catch (e) { showErr(id + ": " + e.message); continue; }
      }
      if (!cache[id].rows) missing.push(id);
    }
    showErr(missing.length ? `no evaluations in ${missing.join(", ")} (train with --eval-every N)` : "");
    // One x array: the union of the runs' evaluated epochs.
    const xs = [...new Set(ids.flatMap((id) => cache[id] ? cache[id].data[cache[id].columns.indexOf("epoch")] || [] : []))].sort((a, b) => a - b);
    for (const [el, col, map, scales, fmt] of defs) {
      const data = [xs];
      const series = [{ label: "epoch" }];
      for (const id of ids) {
        const t = cache[id];
        const byEpoch = {};
        if (t && t.rows) {
          const e = t.data[t.columns.indexOf("epoch")], v = t.data[t.columns.indexOf(col)] || [];
          e.forEach((ep, i) => { byEpoch[ep] = v[i] === null || v[i] === undefined ? null : map(v[i]); });
        }
        data.push(xs.map((x) => x in byEpoch ? byEpoch[x] : null));
        series.push({ label: id, stroke: color[id], width: 2, spanGaps: true, points: { show: true, size: 5, fill: color[id] }, value: (u, v) => v === null ? "–" : fmt(v) });
      }
      if (charts[el]) { charts[el].destroy(); G.$("#" + el).replaceChildren(); }
      G.groups.compare = (G.groups.compare || []).filter((u) => u !== charts[el]);
      charts[el] = G.chart(G.$("#" + el), { height: 280, series, scales, axes: [{ label: "epoch" }, {}] }, data, "compare");
    }
  }
  render();
})();
