// The playground: draw a grid from a run's checkpoint, click a sample for its
// nearest training images, two samples for an interpolation.
"use strict";
(async () => {
  const id = G.runID();
  const enc = G.enc(id);
  G.header({ links: [["/", "Runs"], ["/run/" + enc, "Dashboard"], ["/playground/" + enc, "Playground", true]] }, id);
  document.title = "gogan · playground · " + id;
  const showErr = (msg) => G.$("#err").replaceChildren(...(msg ? [G.el("div", { class: "error" }, msg)] : []));

  let detail;
  try { detail = await G.json(G.api(id)); } catch (e) { showErr(e.message); return; }
  const cfg = detail.config || {};
  const size = G.setting(cfg, "model", "img_size", 28);
  const hasEMA = detail.files["generator_ema.safetensors"];
  const hasRaw = detail.files["generator.safetensors"];
  G.setLive(detail.info.state === "running", detail.info.state);

  const opts = { bn: "running", weights: hasEMA ? "ema" : "raw" };
  for (const segId of ["bn", "weights"]) {
    const seg = G.$("#" + segId);
    for (const b of seg.querySelectorAll("button")) {
      b.classList.toggle("on", b.dataset.v === opts[segId]);
      if (segId === "weights" && b.dataset.v === "ema" && !hasEMA) { b.disabled = true; b.title = "this run has no EMA weights (trained without --ema)"; }
      b.onclick = () => {
        opts[segId] = b.dataset.v;
        for (const o of seg.querySelectorAll("button")) o.classList.toggle("on", o === b);
        draw();
      };
    }
  }
  if (!hasRaw && !hasEMA) showErr("This run has no checkpoint yet: training writes generator.safetensors at the end of each epoch.");

  let cur = null; // the parameters of the grid shown
  let sel = [];   // selected sample indices, at most two
  const q = (extra) => {
    const p = new URLSearchParams({ seed: cur.seed, n: cur.n, nrow: cur.nrow, bn: cur.bn, weights: cur.weights });
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    return p.toString();
  };

  async function load(img, url) {
    // Fetch first so an error's JSON message can be shown.
    const r = await fetch(url, { cache: "no-store" });
    if (!r.ok) {
      let msg = "HTTP " + r.status;
      try { msg = (await r.json()).error || msg; } catch (e) { }
      throw new Error(msg);
    }
    const blob = await r.blob();
    if (img.src.startsWith("blob:")) URL.revokeObjectURL(img.src);
    await new Promise((res, rej) => { img.onload = res; img.onerror = () => rej(new Error("bad image")); img.src = URL.createObjectURL(blob); });
    img.hidden = false;
  }
  // Whole multiples keep pixels square; small pictures may grow by less.
  const scaleTo = (img, maxw) => {
    let s = Math.min(4, maxw / img.naturalWidth);
    s = s >= 2 ? Math.floor(s) : Math.max(1, s);
    img.width = img.naturalWidth * s;
    img.height = img.naturalHeight * s;
    return s;
  };

  async function draw() {
    const n = Math.max(1, Math.min(1024, Number(G.$("#n").value) || 64));
    const nrow = Math.max(1, Math.min(64, Number(G.$("#nrow").value) || 8));
    cur = { seed: G.$("#seed").value || "1", n, nrow, bn: opts.bn, weights: opts.weights };
    sel = [];
    marks();
    G.$("#gridinfo").replaceChildren(G.el("span", { class: "spin" }));
    const t0 = performance.now();
    try {
      await load(G.$("#grid"), G.api(id) + "/sample?" + q());
      const box = G.$("#pg").parentElement.getBoundingClientRect().width - 40;
      cur.scale = scaleTo(G.$("#grid"), Math.min(box, 760));
      showErr("");
      G.$("#gridinfo").textContent = `${n} samples, seed ${cur.seed}, ${cur.weights} weights, BatchNorm ${cur.bn} · ${Math.round(performance.now() - t0)} ms`;
      G.$("#dlpng").href = G.api(id) + "/sample?" + q({ download: 1 });
      G.$("#dlnpy").href = G.api(id) + "/sample?" + q({ format: "npy", download: 1 });
      G.$("#grid").dataset.ready = "1";
    } catch (e) {
      showErr(e.message);
      G.$("#gridinfo").textContent = "";
    }
    if (sel.length === 0) { G.$("#nninfo").textContent = "click a sample"; G.$("#ipinfo").textContent = "click two samples"; }
  }

  // Where sample i sits in the grid: torchvision's layout, 2 px padding,
  // a single image alone without padding.
  function cell(i) {
    const pad = cur.n === 1 ? 0 : 2, cols = Math.min(cur.nrow, cur.n);
    return { x: pad + (i % cols) * (size + pad), y: pad + Math.floor(i / cols) * (size + pad), cols, pad };
  }
  function indexAt(ev) {
    const img = G.$("#grid");
    const r = img.getBoundingClientRect();
    const x = (ev.clientX - r.left) / cur.scale, y = (ev.clientY - r.top) / cur.scale;
    const { pad, cols } = cell(0);
    const c = Math.floor((x - pad) / (size + pad)), rr = Math.floor((y - pad) / (size + pad));
    if (c < 0 || c >= cols || rr < 0) return -1;
    const i = rr * cols + c;
    return i < cur.n ? i : -1;
  }
  function marks() {
    for (const m of G.$("#pg").querySelectorAll(".mark")) m.remove();
    sel.forEach((i, k) => {
      const { x, y } = cell(i);
      const m = G.el("div", { class: "mark" + (k === 1 ? " b" : "") }, G.el("span", {}, k ? "B" : "A"));
      Object.assign(m.style, { left: (x * cur.scale - 2) + "px", top: (y * cur.scale - 2) + "px", width: (size * cur.scale + 4) + "px", height: (size * cur.scale + 4) + "px" });
      G.$("#pg").append(m);
    });
    for (const k of ["#ippng", "#ipnpy", "#clear"]) G.$(k).hidden = sel.length < 2 && k !== "#clear" || sel.length === 0;
  }

  async function nearest(i) {
    G.$("#nninfo").replaceChildren(G.el("span", { class: "spin" }));
    try {
      const d = await G.json(G.api(id) + "/nearest?" + q({ index: i, k: 8 }));
      await load(G.$("#nnimg"), G.api(id) + "/nearest?" + q({ index: i, k: 8, format: "png" }));
      scaleTo(G.$("#nnimg"), 560);
      G.$("#nninfo").textContent = `sample ${i} (left), then its ${d.neighbours.length} nearest of ${d.training_images.toLocaleString()} training images (${d.training_set})`;
      G.$("#nnlist").replaceChildren(...d.neighbours.map((nb, k) => G.el("span", { class: "mono" },
        `#${k + 1}: image ${nb.index}` + (nb.label !== undefined ? ` (a ${nb.label})` : "") + `, L2 ${nb.distance.toFixed(2)}`)));
    } catch (e) {
      G.$("#nninfo").textContent = e.message;
    }
  }
  async function interpolate() {
    if (sel.length < 2) return;
    const steps = G.$("#steps").value;
    const p = { a: sel[0], b: sel[1], steps };
    G.$("#ipinfo").replaceChildren(G.el("span", { class: "spin" }));
    try {
      await load(G.$("#ipimg"), G.api(id) + "/interpolate?" + q(p));
      scaleTo(G.$("#ipimg"), 560);
      G.$("#ipinfo").textContent = `A = sample ${sel[0]} → B = sample ${sel[1]}, ${steps} steps along the line in z`;
      G.$("#ippng").href = G.api(id) + "/interpolate?" + q(Object.assign({ download: 1 }, p));
      G.$("#ipnpy").href = G.api(id) + "/interpolate?" + q(Object.assign({ download: 1, format: "npy" }, p));
    } catch (e) {
      G.$("#ipinfo").textContent = e.message;
    }
  }

  G.$("#pg").onclick = (ev) => {
    if (!cur || !cur.scale) return;
    const i = indexAt(ev);
    if (i < 0) return;
    sel = sel.length < 2 ? sel.concat([i]) : [sel[1], i];
    if (sel.length === 2 && sel[0] === sel[1]) sel = [i];
    marks();
    nearest(i);
    interpolate();
  };
  G.$("#steps").oninput = () => { G.$("#stepsv").textContent = G.$("#steps").value; };
  G.$("#steps").onchange = interpolate;
  G.$("#clear").onclick = () => { sel = []; marks(); G.$("#ipimg").hidden = true; G.$("#nnimg").hidden = true; G.$("#nnlist").replaceChildren(); G.$("#nninfo").textContent = "click a sample"; G.$("#ipinfo").textContent = "click two samples"; };
  G.$("#draw").onclick = draw;
  G.$("#dice").onclick = () => { G.$("#seed").value = Math.floor(Math.random() * 1e9); draw(); };
  for (const k of ["#seed", "#n", "#nrow"]) G.$(k).onkeydown = (e) => { if (e.key === "Enter") draw(); };
  if (hasRaw || hasEMA) draw();
})();
