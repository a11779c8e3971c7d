// Alignment network: signed ties as a cytoscape graph, with the balance report.
import cytoscape from "cytoscape";
import { api, el, showError } from "./api.js";

const BLOC = ["#1f77b4", "#9467bd", "#8c564b", "#17becf", "#bcbd22"];
let cy = null;

export function render(root) {
  const from = el("input", { id: "n-from", type: "number", min: 2000, max: 2100, value: 2023 });
  const to = el("input", { id: "n-to", type: "number", min: 2000, max: 2100, value: 2024 });
  const graph = el("div", { id: "network-graph" });
  const panel = el("aside", { id: "network-report", class: "panel" });
  const form = el("form", { class: "controls", onsubmit: (e) => { e.preventDefault(); load(); } },
    el("label", {}, "From ", from), el("label", {}, "To ", to), el("button", { type: "submit" }, "Reload"));
  from.addEventListener("change", load);
  to.addEventListener("change", load);
  root.append(el("h1", {}, "Alignment network"), form,
    el("div", { class: "split" }, graph, panel));

  async function load() {
    panel.replaceChildren(el("p", { class: "muted" }, "Loading…"));
    try {
      const { data } = await api("network", { from: from.value, to: to.value, threshold: 5, min_events: 3 });
      if (!graph.isConnected) return; // the user has left the view
      draw(graph, data.ties || [], blocOf(data.report || {}));
      report(panel, data.report || {}, data.ties || []);
    } catch (err) { showError(panel, err); }
  }
  load();
}

// destroy releases the graph when leaving the view.
export function destroy() {
  if (cy) { cy.destroy(); cy = null; }
  window.cy = undefined;
}

function blocOf(report) {
  const m = new Map();
  (report.blocs || []).forEach((b, i) => b.forEach((c) => m.set(c, i)));
  return m;
}

function draw(box, ties, blocs) {
  destroy();
  const nodes = [...new Set(ties.flatMap((t) => [t.from, t.to]))]
    .sort((a, b) => (blocs.get(a) ?? 99) - (blocs.get(b) ?? 99) || a.localeCompare(b));
  const R = 40 * nodes.length;
  const at = (i) => ({ x: R * Math.cos((2 * Math.PI * i) / nodes.length), y: R * Math.sin((2 * Math.PI * i) / nodes.length) });
  const maxW = Math.max(1, ...ties.map((t) => Math.abs(t.weight)));
  cy = cytoscape({
    container: box,
    elements: [
      ...nodes.map((c, i) => ({ position: at(i), data: { id: c, label: c, color: BLOC[blocs.get(c) ?? -1] || "#78909c" } })),
      ...ties.map((t) => ({ data: {
        id: `${t.from}-${t.to}`, source: t.from, target: t.to, sign: t.sign,
        weight: t.weight, width: 1.5 + 6 * Math.sqrt(Math.abs(t.weight) / maxW),
      } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", "background-color": "data(color)",
        color: "#fff", "text-valign": "center", "text-halign": "center", "font-size": 13,
        width: 54, height: 54, "font-weight": "bold" } },
      { selector: "edge", style: { width: "data(width)", "curve-style": "straight", opacity: 0.85 } },
      { selector: "edge[sign > 0]", style: { "line-color": "#2e7d32" } },
      { selector: "edge[sign < 0]", style: { "line-color": "#d32f2f", "line-style": "dashed" } },
    ],
    // Nodes sit on a circle, grouped by bloc, so that allies are neighbours
    // and the layout is the same on every load.
    layout: { name: "preset", fit: true, padding: 50 },
    maxZoom: 2.5, minZoom: 0.3,
  });
  // For tests and the console: the graph is a canvas, so expose its model
  // (window.cy.getElementById("RUS")) and list its node ids on the container.
  window.cy = cy;
  box.dataset.nodes = nodes.join(" ");
}

// positiveTriangles lists the triangles whose three ties are all positive.
export function positiveTriangles(ties) {
  const pos = new Set();
  const adj = new Map();
  for (const t of ties) {
    if (t.sign <= 0 || t.from === t.to) continue;
    const [a, b] = [t.from, t.to].sort();
    pos.add(a + "|" + b);
    if (!adj.has(a)) adj.set(a, new Set());
    adj.get(a).add(b);
  }
  const out = [];
  for (const [a, bs] of adj) {
    for (const b of bs) {
      for (const c of adj.get(b) || []) {
        if (bs.has(c)) out.push([a, b, c]);
      }
    }
  }
  return out.map((t) => t.sort()).sort((x, y) => x.join().localeCompare(y.join()));
}

function report(panel, r, ties) {
  const fmt = (v) => (typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v ?? "–"));
  const row = (k, v) => [el("dt", {}, k), el("dd", {}, fmt(v))];
  const triads = r.triads || {};
  const blocs = (r.blocs || []).filter((b) => b && b.length);
  const tris = positiveTriangles(ties).map((t) => t.join(" – "));
  const triBox = el("div", { id: "triangles", "data-triangles": tris.join("; ") },
    el("h3", {}, `All-positive triangles (${tris.length})`),
    tris.length ? el("ul", {}, ...tris.map((t) => el("li", {}, t))) : el("p", { class: "muted" }, "None."));
  panel.replaceChildren(...[
    ties.length ? null : el("p", { class: "muted" }, "No ties in this window."),
    el("h3", {}, "Balance report"),
    el("dl", { class: "measures" },
      row("Nodes", r.nodes), row("Ties", `${r.ties} (${r.positive} +, ${r.negative} −)`),
      row("Triangles", r.triangles), row("Balance ratio", r.balance_ratio),
      row("Walk balance", r.walk_balance),
      row("Frustration", `${fmt(r.frustration)}${r.frustration_exact ? "" : " (approx.)"}`),
      row("Normalised frustration", r.normalised_frustration),
      row("Balanced", r.balanced ? "yes" : "no"), row("Clusterable", r.clusterable ? "yes" : "no")),
    el("h3", {}, "Triads"),
    el("dl", { class: "measures" }, ...["+++", "++-", "+--", "---"].map((k) => row(k, triads[k] ?? 0))),
    el("h3", {}, "Blocs"),
    blocs.length
      ? el("ul", { class: "blocs" }, ...blocs.map((b, i) =>
        el("li", {}, el("i", { style: `background:${BLOC[i] || "#78909c"}` }), b.join(", "))))
      : el("p", { class: "muted" }, "None."),
    (r.frustrated_ties || []).length
      ? el("p", {}, "Frustrated ties: ", (r.frustrated_ties || []).map(tieText).join("; ")) : null,
    triBox,
  ].filter(Boolean));
}

function tieText(t) {
  if (Array.isArray(t)) return t.join(" – ");
  if (t && typeof t === "object") return `${t.from} – ${t.to}`;
  return String(t);
}
