// gogan dashboard: helpers shared by the pages. Plain JS, no build step.
"use strict";

const G = {};

G.colors = {
  d_loss: "#e4572e", g_loss: "#2e6fd8", d_real: "#1f9d55", d_fake: "#9c27b0",
  fid: "#d1495b", class_score: "#00798c", largest: "#e0a100", smallest: "#2a9d8f",
  palette: ["#2e6fd8", "#e4572e", "#1f9d55", "#9c27b0", "#e0a100", "#00798c", "#d1495b", "#6d597a", "#5c7cfa", "#8d6e63"],
};

G.$ = (sel, el) => (el || document).querySelector(sel);

G.el = (tag, attrs, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v);
  }
  for (const k of kids.flat()) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : String(k));
  return e;
};

// The run ID is the path segment after /run/ or /playground/.
G.runID = () => decodeURIComponent(location.pathname.split("/")[2] || "");
G.enc = (id) => encodeURIComponent(id);
G.api = (id) => "/api/runs/" + G.enc(id);
G.file = (id, p) => "/files/" + G.enc(id) + "/" + p;

G.json = async (url) => {
  const r = await fetch(url, { cache: "no-store" });
  let body;
  try { body = await r.json(); } catch (e) { throw new Error(url + ": HTTP " + r.status); }
  if (!r.ok) throw new Error(body.error || "HTTP " + r.status);
  return body;
};

G.fmt = (v, d = 3) => (v === null || v === undefined || Number.isNaN(v)) ? "–" : Number(v).toFixed(d);
G.pct = (v, d = 1) => (v === null || v === undefined) ? "–" : (100 * v).toFixed(d) + "%";
G.ago = (t) => {
  if (!t) return "–";
  const s = (Date.now() - new Date(t).getTime()) / 1000;
  if (s < 60) return Math.max(0, Math.round(s)) + " s ago";
  if (s < 3600) return Math.round(s / 60) + " min ago";
  if (s < 86400) return (s / 3600).toFixed(1) + " h ago";
  return new Date(t).toLocaleDateString();
};
G.when = (t) => t ? new Date(t).toLocaleString([], { dateStyle: "medium", timeStyle: "short" }) : "–";
G.dur = (s) => {
  if (!isFinite(s) || s < 0) return "–";
  if (s < 90) return Math.round(s) + " s";
  if (s < 5400) return Math.round(s / 60) + " min";
  return (s / 3600).toFixed(1) + " h";
};

G.badge = (state, title) => G.el("span", { class: "badge " + state, title: title || "" }, state);

G.progress = (info) => {
  const frac = info.epochs ? Math.min(1, info.epochs_done / info.epochs) : 0;
  const bar = G.el("div", { class: "progress " + info.state, title: (100 * frac).toFixed(1) + "%" }, G.el("div"));
  bar.firstChild.style.width = (100 * frac).toFixed(2) + "%";
  return bar;
};

G.header = (active, crumb) => {
  const h = G.el("header", { class: "top" },
    G.el("a", { class: "brand", href: "/" }, "go", G.el("span", {}, "gan")),
    G.el("nav", {}, ...active.links.map(([href, text, on]) => G.el("a", { href, class: on ? "active" : "" }, text))),
    crumb ? G.el("span", { class: "crumb" }, crumb) : null,
    G.el("span", { class: "live", id: "live" }, G.el("span", { class: "dot", id: "livedot" }), G.el("span", { id: "livetext" }, "")));
  document.body.prepend(h);
};

G.setLive = (on, text) => {
  const d = G.$("#livedot"), t = G.$("#livetext");
  if (d) d.className = "dot" + (on ? " on" : "");
  if (t) t.textContent = text;
};

// TensorBoard's smoothing: an exponential moving average, debiased so the
// first points are not pulled towards 0. Nulls stay null.
G.smooth = (ys, w) => {
  if (!w) return ys;
  const out = new Array(ys.length);
  let last = 0, n = 0;
  for (let i = 0; i < ys.length; i++) {
    const v = ys[i];
    if (v === null || v === undefined || !isFinite(v)) { out[i] = null; continue; }
    last = last * w + (1 - w) * v;
    n++;
    out[i] = last / (1 - Math.pow(w, n));
  }
  return out;
};

G.width = (el) => Math.max(280, Math.floor(el.getBoundingClientRect().width || el.clientWidth || 600));

// Charts in one group share the cursor and the x zoom: drag to zoom,
// double-click to reset.
G.groups = {};
G.chart = (el, opts, data, group) => {
  const o = Object.assign({
    width: G.width(el), height: 260,
    cursor: { drag: { x: true, y: false }, sync: group ? { key: group } : undefined },
    legend: { live: true },
  }, opts);
  o.scales = Object.assign({ x: { time: false } }, opts.scales || {});
  o.hooks = Object.assign({}, opts.hooks);
  if (group) {
    o.hooks.setScale = [(u, key) => {
      if (key !== "x" || u._syncing) return;
      for (const v of G.groups[group] || []) {
        if (v === u || !v.data || !v.data[0] || !v.data[0].length) continue;
        v._syncing = true;
        v.setScale("x", { min: u.scales.x.min, max: u.scales.x.max });
        v._syncing = false;
      }
    }];
  }
  const u = new uPlot(o, data, el);
  if (group) (G.groups[group] = G.groups[group] || []).push(u);
  new ResizeObserver(() => { const w = G.width(el); if (Math.abs(w - u.width) > 4) u.setSize({ width: w, height: u.height }); }).observe(el);
  return u;
};

// zoomed says whether the user has narrowed u's x range, so new data
// should not reset it.
G.zoomed = (u) => {
  const xs = u.data && u.data[0];
  if (!xs || xs.length < 2) return false;
  const s = u.scales.x;
  return s.min > xs[0] + 1e-9 || s.max < xs[xs.length - 1] - 1e-9;
};

G.hideLegend = (u, idx) => {
  const rows = u.root.querySelectorAll(".u-legend .u-series");
  for (const i of idx) if (rows[i]) rows[i].style.display = "none";
};

// setting reads config.json's value of name: in its group (model, train,
// run) as gogan writes it now, or at the top as gogan 0.1.0 did.
G.setting = (cfg, group, name, def) => {
  const g = cfg && cfg[group];
  if (g && g[name] !== undefined) return g[name];
  return cfg && cfg[name] !== undefined ? cfg[name] : def;
};

// flatConfig lists config.json's settings as [name, value], groups as
// "group.name".
G.flatConfig = (cfg) => Object.entries(cfg || {}).flatMap(([k, v]) =>
  v && typeof v === "object" && !Array.isArray(v) ? Object.entries(v).map(([k2, v2]) => [k + "." + k2, v2]) : [[k, v]]);

G.alpha = (hex, a) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${a})`;
};
