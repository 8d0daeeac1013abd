// The run page: live loss and quality curves, the sample grids, the class
// histogram and the config, updated from /api/runs/{id}/stream.
"use strict";
(async () => {
  const id = G.runID();
  const enc = G.enc(id);
  G.header({ links: [["/", "Runs"], ["/run/" + enc, "Dashboard", true], ["/playground/" + enc, "Playground"]] }, id);
  document.title = "gogan · " + id;
  G.$("#name").textContent = id;
  G.$("#comparelink").href = "/compare?run=" + enc;
  const showErr = (msg) => G.$("#err").replaceChildren(...(msg ? [G.el("div", { class: "error" }, msg)] : []));

  let detail;
  try {
    detail = await G.json(G.api(id));
  } catch (e) {
    showErr(e.message);
    return;
  }
  let info = detail.info;
  const cfg = detail.config || {};
  const dsteps = G.setting(cfg, "train", "d_steps", 1);
  // Buckets of `every` rows keep a whole run to about 20,000 points.
  const every = Math.max(1, Math.ceil(Math.max(detail.expected_rows, detail.metrics_rows) / 20000));

  // ---- metrics, kept as columns ----
  const M = { gen: 0, next: 0, cols: {}, names: [], tail: null, lastRows: 0 };
  const xOf = (bd) => info.batches_per_epoch ? (bd + 1) / info.batches_per_epoch : bd;

  function series(name, color, raw) {
    return raw
      ? { label: name + " (raw)", stroke: G.alpha(color, 0.28), width: 1, points: { show: false } }
      : { label: name, stroke: color, width: 2, points: { show: false }, value: (u, v) => G.fmt(v, 4) };
  }
  const xAxis = { label: info.batches_per_epoch ? "epoch" : "batches_done" };
  const lossChart = G.chart(G.$("#c-loss"), {
    series: [{ label: "epoch", value: (u, v) => v === null ? "–" : v.toFixed(3) },
      series("D loss", G.colors.d_loss, true), series("G loss", G.colors.g_loss, true),
      series("D loss", G.colors.d_loss), series("G loss", G.colors.g_loss)],
    axes: [xAxis, { label: "loss" }],
  }, [[], [], [], [], []], "train");
  const doutChart = G.chart(G.$("#c-dout"), {
    series: [{ label: "epoch", value: (u, v) => v === null ? "–" : v.toFixed(3) },
      series("D(x)", G.colors.d_real, true), series("D(G(z))", G.colors.d_fake, true),
      series("D(x)", G.colors.d_real), series("D(G(z))", G.colors.d_fake)],
    scales: { y: { range: [0, 1] } },
    axes: [xAxis, { label: "mean output" }],
  }, [[], [], [], [], []], "train");
  G.hideLegend(lossChart, [1, 2]);
  G.hideLegend(doutChart, [1, 2]);

  const smoothEl = G.$("#smooth"), rawEl = G.$("#raw");
  smoothEl.oninput = () => { G.$("#smoothv").textContent = Number(smoothEl.value).toFixed(2); redraw(); };
  rawEl.onchange = () => {
    for (const u of [lossChart, doutChart]) { u.setSeries(1, { show: rawEl.checked }); u.setSeries(2, { show: rawEl.checked }); }
  };

  function column(name) {
    const c = M.cols[name] || [];
    if (!M.tail) return c;
    return c.concat([M.tail[name]]);
  }

  // Redraw when rows arrive, but spend at most about 2% of a core on it
  // (50 times the last redraw's cost between redraws, 250 ms at least), and
  // nothing while the tab is hidden (it catches up when shown): the page
  // shares the machine with the training it watches.
  let pending = false, cost = 0;
  function schedule() {
    if (pending) return;
    pending = true;
    if (document.hidden) return;
    setTimeout(() => {
      pending = false;
      const t0 = performance.now();
      redraw();
      cost = performance.now() - t0;
    }, Math.max(250, 50 * cost));
  }
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden && pending) { pending = false; schedule(); }
  });
  function redraw() {
    const bd = column("batches_done");
    const xs = bd.map(xOf);
    const w = Number(smoothEl.value);
    const put = (u, a, b) => {
      const ya = column(a), yb = column(b);
      const keep = G.zoomed(u);
      const min = u.scales.x.min, max = u.scales.x.max;
      u.setData([xs, ya, yb, G.smooth(ya, w), G.smooth(yb, w)], !keep);
      if (keep) u.setScale("x", { min, max });
    };
    put(lossChart, "d_loss", "g_loss");
    put(doutChart, "d_real", "d_fake");
    G.$("#s-rows").textContent = (M.lastRows || 0).toLocaleString();
    header();
  }

  function onMetrics(p) {
    if (p.reset || (M.gen && p.gen !== M.gen)) { M.cols = {}; M.names = []; }
    M.gen = p.gen;
    if (!M.names.length) { M.names = p.columns; for (const c of p.columns) M.cols[c] = []; }
    p.columns.forEach((c, i) => { const dst = M.cols[c]; for (const v of p.data[i]) dst.push(v); });
    M.next = p.next;
    M.lastRows = p.rows;
    M.tail = p.tail ? Object.fromEntries(p.columns.map((c, i) => [c, p.tail[i]])) : null;
    showErr(p.error ? "metrics.csv: " + p.error : "");
    schedule();
  }

  // ---- header ----
  function speed() {
    const s = column("seconds"), bd = column("batches_done");
    const n = s.length;
    if (n < 2) return null;
    const j = Math.max(0, n - 1 - Math.max(1, Math.ceil(200 / every)));
    const iters = (bd[n - 1] - bd[j]) / dsteps;
    const ms = iters > 0 ? 1000 * (s[n - 1] - s[j]) / iters : 0;
    return ms > 0 ? ms : null;
  }
  function header() {
    G.$("#state").replaceChildren(G.badge(info.state, info.state_detail));
    G.$("#preset").textContent = info.preset || "?";
    G.$("#prog").replaceChildren(G.progress(info));
    G.$("#progtext").textContent = `epoch ${info.epochs_done.toFixed(2)} of ${info.epochs}`;
    G.$("#detail").textContent = `${info.state_detail} · started ${G.when(info.started)}` + (info.checkpoint ? ` · checkpoint at epoch ${info.checkpoint.epoch}, batch ${info.checkpoint.batch}` : "");
    if (info.last) { G.$("#s-d").textContent = G.fmt(info.last.d_loss); G.$("#s-g").textContent = G.fmt(info.last.g_loss); }
    if (info.last_eval) G.$("#s-fid").textContent = G.fmt(info.last_eval.fid, 1);
    const ms = speed();
    G.$("#s-speed").textContent = ms === null ? "–" : ms.toFixed(1);
    if (ms !== null && info.batches_per_epoch && info.state === "running") {
      const left = (info.epochs - info.epochs_done) * info.batches_per_epoch / dsteps;
      G.$("#s-eta").textContent = G.dur(left * ms / 1000);
    } else G.$("#s-eta").textContent = "–";
    G.setLive(info.state === "running", info.state === "running" ? "live" : info.state);
  }

  // ---- quality ----
  const evalSeries = (label, color, fmt) => ({ label, stroke: color, width: 2, points: { show: true, size: 6, fill: color }, value: (u, v) => v === null ? "–" : fmt(v) });
  const fidChart = G.chart(G.$("#c-fid"), {
    height: 220, series: [{ label: "epoch" }, evalSeries("FID", G.colors.fid, (v) => v.toFixed(2))],
    scales: { y: { distr: 3 } }, axes: [{ label: "epoch" }, {}],
  }, [[], []], "quality");
  const csChart = G.chart(G.$("#c-cs"), {
    height: 220, series: [{ label: "epoch" }, evalSeries("class score", G.colors.class_score, (v) => v.toFixed(2))],
    scales: { y: { range: [0, 10] } }, axes: [{ label: "epoch" }, {}],
  }, [[], []], "quality");
  const shareChart = G.chart(G.$("#c-share"), {
    height: 220,
    series: [{ label: "epoch" }, evalSeries("largest", G.colors.largest, (v) => v.toFixed(1) + "%"),
      evalSeries("smallest", G.colors.smallest, (v) => v.toFixed(1) + "%"),
      { label: "even", stroke: "#999", dash: [4, 4], width: 1, points: { show: false } }],
    scales: { y: { range: (u, lo, hi) => [0, Math.max(20, Math.ceil(hi / 10) * 10)] } },
    axes: [{ label: "epoch" }, { values: (u, vs) => vs.map((v) => v + "%") }],
  }, [[], [], [], []], "quality");

  function onEval(p) {
    const col = (n) => { const i = p.columns.indexOf(n); return i < 0 ? [] : p.data[i]; };
    const ep = col("epoch");
    G.$("#quality").hidden = ep.length === 0;
    G.$("#noeval").hidden = ep.length > 0;
    if (!ep.length) return;
    fidChart.setData([ep, col("fid")]);
    csChart.setData([ep, col("class_score")]);
    const pct = (a) => a.map((v) => v === null ? null : 100 * v);
    shareChart.setData([ep, pct(col("largest_class_share")), pct(col("smallest_class_share")), ep.map(() => 10)]);
  }

  // ---- grids ----
  let epochs = detail.epoch_grids || [], samples = detail.sample_grids || [];
  const epochEl = G.$("#epoch"), followEl = G.$("#follow");
  const pad3 = (n) => String(n).padStart(3, "0");
  // Until a grid exists its place holds an empty state, not an <img>
  // without a picture (a broken-image icon).
  function showGrid(img, empty, src) {
    if (src) img.src = src;
    img.hidden = !src;
    G.$(empty).hidden = !!src;
  }
  function showEpoch() {
    if (!epochs.length) { showGrid(G.$("#epochimg"), "#epochempty", ""); return; }
    const e = epochs[Math.min(epochs.length - 1, Number(epochEl.value) - 1)];
    showGrid(G.$("#epochimg"), "#epochempty", G.file(id, "images/epoch_" + pad3(e) + ".png"));
    G.$("#epochcap").textContent = `epoch ${e} of ${epochs[epochs.length - 1]} (BatchNorm running statistics)`;
  }
  function onImages(p) {
    const wasLast = Number(epochEl.value) >= epochs.length;
    epochs = p.epoch_grids || [];
    samples = p.sample_grids || [];
    epochEl.max = Math.max(1, epochs.length);
    if (followEl.checked || wasLast) epochEl.value = epochs.length;
    showEpoch();
    showGrid(G.$("#sampleimg"), "#sampleempty", samples.length ? G.file(id, "images/" + samples[samples.length - 1] + ".png") : "");
    if (samples.length) {
      const b = samples[samples.length - 1];
      const ep = info.batches_per_epoch ? `, epoch ${Math.floor(b / info.batches_per_epoch)}` : "";
      G.$("#samplecap").textContent = `images/${b}.png: batches_done ${b}${ep} (batch statistics, as gan.py)`;
    }
  }
  epochEl.oninput = () => { followEl.checked = Number(epochEl.value) >= epochs.length; showEpoch(); };
  let playing = null;
  G.$("#play").onclick = () => {
    if (playing) { clearInterval(playing); playing = null; G.$("#play").textContent = "▶"; return; }
    followEl.checked = false;
    if (Number(epochEl.value) >= epochs.length) epochEl.value = 1;
    G.$("#play").textContent = "❚❚";
    playing = setInterval(() => {
      if (Number(epochEl.value) >= epochs.length) { G.$("#play").click(); followEl.checked = true; return; }
      epochEl.value = Number(epochEl.value) + 1;
      showEpoch();
    }, 250);
  };
  onImages(detail);

  // ---- class histogram ----
  // The built-in judge: MNIST's classifier for grey digits, CIFAR-10's for
  // colour images, whose class names (from report.json or /classes) label
  // the axis.
  const colour = G.setting(cfg, "model", "channels", 1) === 3;
  let histNames = [];
  function histJudge() { return colour ? "class (built-in CIFAR-10 classifier)" : "class (built-in MNIST classifier)"; }
  const histChart = G.chart(G.$("#c-hist"), {
    height: 240,
    series: [{ label: "class" },
      { label: "share", stroke: G.colors.g_loss, fill: G.alpha(G.colors.g_loss, 0.55), width: 1, paths: uPlot.paths.bars({ size: [0.7, 60] }), points: { show: false }, value: (u, v) => v === null ? "–" : v.toFixed(1) + "%" },
      { label: "even (10%)", stroke: "#999", dash: [4, 4], width: 1, points: { show: false } }],
    scales: { x: { time: false, range: [-0.6, 9.6] }, y: { range: (u, lo, hi) => [0, Math.max(20, Math.ceil(hi / 10) * 10)] } },
    axes: [{ label: histJudge(), values: (u, vs) => vs.map((v) => Number.isInteger(v) ? (histNames[v] ?? v) : ""), incrs: [1], size: 40 }, { values: (u, vs) => vs.map((v) => v + "%") }],
    cursor: { drag: { x: false, y: false } },
  }, [[], [], []]);
  function showHist(counts, src) {
    const total = counts.reduce((a, b) => a + b, 0) || 1;
    const xs = counts.map((_, i) => i);
    histChart.setData([xs, counts.map((c) => 100 * c / total), xs.map(() => 10)]);
    G.$("#histsrc").textContent = src;
  }
  async function classify() {
    const b = G.$("#reclass");
    b.disabled = true;
    G.$("#histsrc").replaceChildren(G.el("span", { class: "spin" }));
    try {
      const d = await G.json(G.api(id) + "/classes?n=1024&seed=" + (1 + Math.floor(Math.random() * 1e6)));
      if (d.class_names && d.judge !== "mnist-mlp") histNames = d.class_names;
      showHist(d.counts, `${d.n} fresh samples from ${d.weights} (seed ${d.seed}), ${d.judge} classifier`);
    } catch (e) {
      G.$("#histsrc").textContent = e.message;
    }
    b.disabled = false;
  }
  G.$("#reclass").onclick = classify;
  const rq = detail.report && detail.report.quality;
  // report.json's keys are snake_case since gogan 0.2, CamelCase before.
  const counts = rq && (rq.counts || rq.Counts);
  if (detail.report && detail.report.class_names && detail.report.judge !== "mnist-mlp") histNames = detail.report.class_names;
  if (counts) showHist(counts, `eval/report.json, ${rq.n || rq.N || "?"} samples`);
  else if (detail.files["generator.safetensors"]) classify();
  else G.$("#histsrc").textContent = "no checkpoint yet (written at the end of each epoch)";

  // ---- config ----
  G.$("#config").replaceChildren(...G.flatConfig(cfg).map(([k, v]) =>
    G.el("div", {}, G.el("span", {}, k), G.el("span", { title: String(v) }, typeof v === "string" ? (v || "\u2014") : JSON.stringify(v)))));

  // ---- live ----
  header();
  const es = new EventSource(G.api(id) + `/stream?since=0&every=${every}`);
  es.addEventListener("metrics", (e) => onMetrics(JSON.parse(e.data)));
  es.addEventListener("eval", (e) => onEval(JSON.parse(e.data)));
  es.addEventListener("images", (e) => onImages(JSON.parse(e.data)));
  es.addEventListener("info", (e) => { info = JSON.parse(e.data); header(); });
  es.onerror = () => G.setLive(false, "reconnecting…");
  window.gogan = { M, charts: { lossChart, doutChart, fidChart, shareChart, histChart } };
})();
