// Dyad explorer: quad classes per period as stacked bars, Goldstein sum as a line.
import * as d3 from "d3";
import { api, el, showError, QUAD } from "./api.js";

export function render(root) {
  const src = el("input", { id: "t-source", value: "RUS", size: 8 });
  const tgt = el("input", { id: "t-target", value: "PRK", size: 8 });
  const period = el("select", { id: "t-period" },
    ...["month", "quarter", "year"].map((p) => el("option", { value: p }, p)));
  period.value = "quarter";
  const both = el("input", { id: "t-both", type: "checkbox" });
  const chart = el("div", { id: "timeline-chart", class: "chart" });
  const legend = el("div", { class: "legend" },
    ...QUAD.map((d) => el("span", {}, el("i", { style: `background:${d.color}` }), d.name)),
    el("span", {}, el("i", { class: "line" }), "Goldstein sum (right axis)"));
  const form = el("form", { class: "controls", onsubmit: (e) => { e.preventDefault(); load(); } },
    el("label", {}, "Source ", src), el("label", {}, "Target ", tgt),
    el("label", {}, "Period ", period), el("label", {}, both, " both directions"),
    el("button", { type: "submit" }, "Show"));
  root.append(el("h1", {}, "Dyad explorer"), form, legend, chart);
  period.addEventListener("change", load);
  both.addEventListener("change", load);

  async function load() {
    chart.replaceChildren(el("p", { class: "muted" }, "Loading…"));
    try {
      const { data } = await api("dyad", {
        source: src.value.trim().toUpperCase(), target: tgt.value.trim().toUpperCase(),
        period: period.value, undirected: both.checked ? "true" : "",
      });
      draw(chart, data || []);
    } catch (err) { showError(chart, err); }
  }
  load();
}

function draw(box, rows) {
  box.replaceChildren();
  if (!rows.length) { box.append(el("p", { class: "muted" }, "No events for this dyad.")); return; }
  const W = Math.max(640, box.clientWidth || 900), H = 380;
  const m = { top: 16, right: 56, bottom: 56, left: 48 };
  const data = rows.map((r) => ({ period: r.period, g: r.goldstein || 0,
    q1: r.quad[1] || 0, q2: r.quad[2] || 0, q3: r.quad[3] || 0, q4: r.quad[4] || 0, n: r.events }));
  const keys = ["q1", "q2", "q3", "q4"];
  const stack = d3.stack().keys(keys)(data);
  const x = d3.scaleBand().domain(data.map((d) => d.period)).range([m.left, W - m.right]).padding(0.15);
  const y = d3.scaleLinear().domain([0, d3.max(data, (d) => d.q1 + d.q2 + d.q3 + d.q4) || 1]).nice()
    .range([H - m.bottom, m.top]);
  const gext = d3.extent(data, (d) => d.g);
  const y2 = d3.scaleLinear().domain([Math.min(0, gext[0]), Math.max(0, gext[1])]).nice()
    .range([H - m.bottom, m.top]);

  const svg = d3.select(box).append("svg").attr("viewBox", `0 0 ${W} ${H}`).attr("width", "100%");
  svg.append("g").selectAll("g").data(stack).join("g")
    .attr("fill", (s, i) => QUAD[i].color)
    .selectAll("rect").data((s) => s.map((v) => Object.assign(v, { key: s.key }))).join("rect")
    .attr("x", (v) => x(v.data.period)).attr("width", x.bandwidth())
    .attr("y", (v) => y(v[1])).attr("height", (v) => y(v[0]) - y(v[1]))
    .append("title").text((v) => `${v.data.period}: ${v[1] - v[0]} ${QUAD[+v.key[1] - 1].name.toLowerCase()}`);

  const every = Math.ceil(data.length / 24);
  svg.append("g").attr("transform", `translate(0,${H - m.bottom})`)
    .call(d3.axisBottom(x).tickValues(x.domain().filter((_, i) => i % every === 0)))
    .selectAll("text").attr("transform", "rotate(-40)").style("text-anchor", "end");
  svg.append("g").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(6))
    .append("text").attr("class", "axis-label").attr("x", -m.left + 4).attr("y", m.top - 4).text("events");
  svg.append("g").attr("transform", `translate(${W - m.right},0)`).call(d3.axisRight(y2).ticks(6))
    .append("text").attr("class", "axis-label").attr("x", 4).attr("y", m.top - 4).text("Goldstein");
  svg.append("line").attr("class", "zero").attr("x1", m.left).attr("x2", W - m.right)
    .attr("y1", y2(0)).attr("y2", y2(0));
  const cx = (d) => x(d.period) + x.bandwidth() / 2;
  svg.append("path").datum(data).attr("class", "gline")
    .attr("d", d3.line().x(cx).y((d) => y2(d.g)));
  svg.append("g").selectAll("circle").data(data).join("circle").attr("class", "gdot")
    .attr("cx", cx).attr("cy", (d) => y2(d.g)).attr("r", 3)
    .append("title").text((d) => `${d.period}: ${d.n} events, Goldstein ${d.g.toFixed(1)}`);
}
