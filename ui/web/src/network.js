// Alignment network: signed ties as a cytoscape graph, with the balance report.
import cytoscape from "cytoscape";
import { api, el, showError, eventsHref } from "./api.js";

const BLOC = ["#1f77b4", "#9467bd", "#8c564b", "#17becf", "#bcbd22"];
let cy = null;

export function render(root) {
  // The time window: two sliders over the years, from the first year of
  // GDELT's record to this year.
  const last = new Date().getFullYear();
  const from = el("input", { id: "n-from", type: "range", min: 1979, max: last, step: 1, value: 2023 });
  const to = el("input", { id: "n-to", type: "range", min: 1979, max: last, step: 1, value: 2024 });
  const window_ = el("strong", { id: "n-window" });
  const graph = el("div", { id: "network-graph" });
  const panel = el("aside", { id: "network-report", class: "panel" });
  const shown = () => { window_.textContent = `${from.value}–${to.value}`; };
  const keepOrder = (moved) => {
    if (+from.value > +to.value) (moved === from ? to : from).value = moved.value;
    shown();
  };
  from.addEventListener("input", () => keepOrder(from));
  to.addEventListener("input", () => keepOrder(to));
  from.addEventListener("change", load);
  to.addEventListener("change", load);
  shown();
  root.append(el("h1", {}, "Alignment network"),
    el("div", { class: "controls" }, el("label", {}, "From ", from), el("label", {}, "To ", to),
      el("span", {}, "Window ", window_)),
    el("p", { class: "muted" }, "Green: allied ties; red dashes: hostile ties; orange halo: a tie in an unbalanced triangle. Click a tie for its events."),
    el("div", { class: "split" }, graph, panel));

  async function load() {
    panel.replaceChildren(el("p", { class: "muted" }, "Loading…"));
    try {
      const { data } = await api("network", { from: from.value, to: to.value, threshold: 5, min_events: 3 });
      if (!graph.isConnected) return; // the user has left the view
      draw(graph, data.ties || [], blocOf(data.report || {}), triangles(data.ties || []),
        { from: from.value, to: to.value });
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

function draw(box, ties, blocs, tris, window_) {
  const unbalanced = new Set(tris.filter((t) => !t.balanced)
    .flatMap(({ nodes: [a, b, c] }) => [a + "|" + b, a + "|" + c, b + "|" + c]));
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
        unbalanced: unbalanced.has([t.from, t.to].sort().join("|")) ? 1 : 0,
      } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", "background-color": "data(color)",
        color: "#fff", "text-valign": "center", "text-halign": "center", "font-size": 13,
        width: 54, height: 54, "font-weight": "bold" } },
      { selector: "edge", style: { width: "data(width)", "curve-style": "straight", opacity: 0.85 } },
      { selector: "edge[sign > 0]", style: { "line-color": "#2e7d32" } },
      { selector: "edge[sign < 0]", style: { "line-color": "#d32f2f", "line-style": "dashed" } },
      { selector: "edge[unbalanced > 0]", style: { "underlay-color": "#ff9800", "underlay-opacity": 0.45, "underlay-padding": 5 } },
    ],
    // Nodes sit on a circle, grouped by bloc, so that allies are neighbours
    // and the layout is the same on every load.
    layout: { name: "preset", fit: true, padding: 50 },
    maxZoom: 2.5, minZoom: 0.3,
  });
  // A tie opens the events it was built from: the pair's, both ways, of
  // the window, one row per event (as the network counts them).
  cy.on("tap", "edge", (evt) => {
    const d = evt.target.data();
    location.hash = eventsHref({ source: d.source, target: d.target, both: 1, from: window_.from, to: window_.to, unique: 1 });
  });
  cy.on("mouseover", "edge", () => { box.style.cursor = "pointer"; });
  cy.on("mouseout", "edge", () => { box.style.cursor = ""; });
  // For tests and the console: the graph is a canvas, so expose its model
  // (window.cy.getElementById("RUS")) and list its node ids on the container.
  window.cy = cy;
  box.dataset.nodes = nodes.join(" ");
}

// triangles lists every triangle of three ties, with its signs and whether it
// is balanced (an even number of negative ties: +++ or +--).
export function triangles(ties) {
  const sign = new Map();
  const adj = new Map();
  for (const t of ties) {
    if (t.from === t.to || !t.sign) continue;
    const [a, b] = [t.from, t.to].sort();
    sign.set(a + "|" + b, t.sign);
    for (const [x, y] of [[a, b], [b, a]]) {
      if (!adj.has(x)) adj.set(x, new Set());
      adj.get(x).add(y);
    }
  }
  const out = [];
  for (const [a, ns] of adj) {
    for (const b of ns) {
      if (b <= a) continue;
      for (const c of adj.get(b)) {
        if (c <= b || !ns.has(c)) continue;
        const signs = [sign.get(a + "|" + b), sign.get(a + "|" + c), sign.get(b + "|" + c)];
        const neg = signs.filter((v) => v < 0).length;
        out.push({ nodes: [a, b, c], signs: "+".repeat(3 - neg) + "-".repeat(neg), balanced: neg % 2 === 0 });
      }
    }
  }
  return out.sort((x, y) => x.nodes.join().localeCompare(y.nodes.join()));
}

function report(panel, r, ties) {
  const fmt = (v) => (typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v ?? "–"));
  const row = (k, v) => [el("dt", {}, k), el("dd", {}, fmt(v))];
  const triads = r.triads || {};
  const blocs = (r.blocs || []).filter((b) => b && b.length);
  const all = triangles(ties);
  const list = (id, title, ts) => {
    const names = ts.map((t) => t.nodes.join(" – "));
    return el("div", { id, "data-triangles": names.join("; ") },
      el("h3", {}, `${title} (${ts.length})`),
      ts.length ? el("ul", {}, ...ts.map((t, i) => el("li", {}, names[i], el("span", { class: "muted" }, ` ${t.signs}`))))
        : el("p", { class: "muted" }, "None."));
  };
  const triBox = list("triangles", "All-positive triangles", all.filter((t) => t.signs === "+++"));
  const unBox = list("unbalanced", "Unbalanced triangles", all.filter((t) => !t.balanced));
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
    unBox,
  ].filter(Boolean));
}

function tieText(t) {
  if (Array.isArray(t)) return t.join(" – ");
  if (t && typeof t === "object") return `${t.from} – ${t.to}`;
  return String(t);
}
