// Dyad explorer: quad classes per period as stacked bars, Goldstein sum as a
// line, and the same numbers as a table. A bar or a row opens its events.
import * as d3 from "d3";
import { api, el, showError, num, eventsHref, QUAD } from "./api.js";
import { actorInput, resolveInputs } from "./actors.js";

export function render(root) {
  const [src, srcList] = actorInput({ id: "t-source", value: "RUS", size: 12 }, "dyad");
  const [tgt, tgtList] = actorInput({ id: "t-target", value: "PRK", size: 12 }, "dyad");
  const period = el("select", { id: "t-period" },
    ...["month", "quarter", "year"].map((p) => el("option", { value: p }, p)));
  period.value = "quarter";
  const both = el("input", { id: "t-both", type: "checkbox" });
  const chart = el("div", { id: "timeline-chart", class: "chart" });
  const resolved = el("span", { id: "t-resolved", class: "muted" });
  const table = el("div", { id: "timeline-table" });
  const legend = el("div", { class: "legend" },
    ...QUAD.map((d) => el("span", {}, el("i", { style: `background:${d.color}` }), d.name)),
    el("span", {}, el("i", { class: "line" }), "Goldstein sum (right axis)"));
  const form = el("form", { class: "controls", onsubmit: (e) => { e.preventDefault(); load(); } },
    el("label", {}, "Source ", src, srcList), el("label", {}, "Target ", tgt, tgtList),
    el("label", {}, "Period ", period), el("label", {}, both, " both directions"),
    el("button", { type: "submit" }, "Show"), resolved);
  root.append(el("h1", {}, "Dyad explorer"), form, legend,
    el("p", { class: "muted" }, "Names or codes; \"*\" is any actor. Click a bar or a row for its events."), chart, table);
  period.addEventListener("change", load);
  both.addEventListener("change", load);

  async function load() {
    chart.replaceChildren(el("p", { class: "muted" }, "Loading…"));
    table.replaceChildren();
    resolved.textContent = "";
    try {
      const notes = await resolveInputs([src, tgt], "dyad");
      resolved.textContent = notes.join(", ");
      const pair = { source: src.value, target: tgt.value, both: both.checked };
      const { data } = await api("dyad", {
        source: pair.source, target: pair.target, period: period.value, undirected: both.checked ? "true" : "",
      });
      draw(chart, data || [], pair);
      if ((data || []).length) table.replaceChildren(periodTable(data, pair));
    } catch (err) { showError(chart, err); }
  }
  load();
}

// periodRange is the first and last day (as prefixes) of a series' period:
// "2024-Q2" is 2024-04 to 2024-06, "2024-W07" its Monday to Sunday.
function periodRange(p) {
  let m;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(p))) {
    const q = +m[2], pad = (n) => String(n).padStart(2, "0");
    return [`${m[1]}-${pad(3 * q - 2)}`, `${m[1]}-${pad(3 * q)}`];
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(p))) {
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = new Date(jan4.getTime() + ((+m[2] - 1) * 7 - ((jan4.getUTCDay() + 6) % 7)) * 864e5);
    const day = (d) => d.toISOString().slice(0, 10);
    return [day(monday), day(new Date(monday.getTime() + 6 * 864e5))];
  }
  return [p, p];
}

// eventsOf links to the events of a pair in a period, of one quad class or all.
function eventsOf(pair, period, quad) {
  const [from, to] = periodRange(period);
  const side = (s) => (s === "*" ? "" : s);
  return eventsHref({ source: side(pair.source), target: side(pair.target),
    both: pair.both && side(pair.source) && side(pair.target) ? 1 : "", quad, from, to });
}

// periodTable is the series as a table, a row a period, each row a link to
// its events.
function periodTable(rows, pair) {
  return el("table", { class: "periods" },
    el("thead", {}, el("tr", {}, ...["Period", "Events", ...QUAD.map((d) => d.name), "Goldstein sum"].map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows.filter((r) => r.events > 0).map((r) => el("tr", {
      class: "pick", "data-period": r.period, onclick: () => { location.hash = eventsOf(pair, r.period); },
    },
    el("td", {}, el("a", { href: eventsOf(pair, r.period) }, r.period)),
    el("td", { class: "num" }, String(r.events)),
    ...[1, 2, 3, 4].map((q) => el("td", { class: "num" }, String(r.quad[q] || 0))),
    el("td", { class: "num goldstein" }, num(r.goldstein, 1))))));
}

function draw(box, rows, pair) {
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
  // each bar a link to its events
  svg.append("g").attr("class", "bars").selectAll("g").data(stack).join("g")
    .attr("fill", (s, i) => QUAD[i].color)
    .selectAll("a").data((s) => s.map((v) => Object.assign(v, { key: s.key })).filter((v) => v[1] > v[0])).join("a")
    .attr("href", (v) => eventsOf(pair, v.data.period, +v.key[1]))
    .append("rect")
    .attr("data-period", (v) => v.data.period).attr("data-quad", (v) => v.key[1]).attr("data-n", (v) => v[1] - v[0])
    .attr("x", (v) => x(v.data.period)).attr("width", x.bandwidth())
    .attr("y", (v) => y(v[1])).attr("height", (v) => y(v[0]) - y(v[1]))
    .append("title").text((v) => `${v.data.period}: ${v[1] - v[0]} ${QUAD[+v.key[1] - 1].name.toLowerCase()} (click for the events)`);

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
    .append("title").text((d) => `${d.period}: ${d.n} events, Goldstein ${num(d.g, 1)}`);
}
