// The runs page: every run with its progress and state; pick several to compare.
"use strict";
(() => {
  G.header({ links: [["/", "Runs", true]] });
  const selected = new Set();
  const tbody = G.$("#runs tbody");
  const btn = G.$("#compare");
  btn.onclick = () => {
    location.href = "/compare?" + [...selected].map((id) => "run=" + G.enc(id)).join("&");
  };

  function row(r) {
    const ev = r.last_eval, last = r.last;
    const cb = G.el("input", { type: "checkbox", "data-id": r.id, onchange: (e) => {
      e.target.checked ? selected.add(r.id) : selected.delete(r.id);
      btn.disabled = selected.size < 2;
      btn.textContent = selected.size >= 2 ? `Compare ${selected.size} runs` : "Compare selected";
    } });
    cb.checked = selected.has(r.id);
    return G.el("tr", { "data-run": r.id },
      G.el("td", {}, cb),
      G.el("td", {}, G.el("a", { href: "/run/" + G.enc(r.id), class: "mono" }, r.id),
        r.error ? G.el("div", { class: "muted", title: r.error }, "⚠ " + r.error.slice(0, 80)) : null),
      G.el("td", {}, G.el("span", { class: "chip" }, r.preset || "?")),
      G.el("td", {}, G.badge(r.state, r.state_detail)),
      G.el("td", {}, G.progress(r)),
      G.el("td", { class: "num" }, `${Math.floor(r.epochs_done)} / ${r.epochs}`),
      G.el("td", { class: "num" }, last ? G.fmt(last.d_loss) : "–"),
      G.el("td", { class: "num" }, last ? G.fmt(last.g_loss) : "–"),
      G.el("td", { class: "num", title: ev ? "epoch " + ev.epoch : "" }, ev ? G.fmt(ev.fid, 1) : "–"),
      G.el("td", { class: "num" }, ev ? G.pct(ev.largest_class_share) : "–"),
      G.el("td", { class: "num" }, ev ? G.pct(ev.smallest_class_share) : "–"),
      G.el("td", { class: "muted" }, G.when(r.started)),
      G.el("td", { class: "muted" }, G.ago(r.updated)));
  }

  async function refresh() {
    try {
      const d = await G.json("/api/runs");
      G.$("#err").textContent = "";
      tbody.replaceChildren(...d.runs.map(row));
      G.$("#empty").hidden = d.runs.length > 0;
      const n = d.runs.filter((r) => r.state === "running").length;
      G.setLive(n > 0, n ? `${n} running` : `${d.runs.length} runs`);
    } catch (e) {
      G.$("#err").replaceChildren(G.el("div", { class: "error" }, e.message));
      G.setLive(false, "offline");
    }
  }
  refresh();
  setInterval(refresh, 3000);
})();
