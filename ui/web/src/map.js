// Map: located events as circles and routed flows as polylines on a world
// map, and the flows with a route as a table. A dot, a route or a row opens
// the events behind it.
import * as d3 from "d3";
import { feature, mesh } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { api, el, showError, QUAD, actor, truncate, label, num, firstDay, eventsHref } from "./api.js";

const W = 960, H = 500;

export function render(root) {
  const box = el("div", { id: "map-chart", class: "chart" });
  const info = el("p", { class: "muted" }, "Loading events…");
  const legend = el("div", { class: "legend" },
    ...QUAD.map((d) => el("span", {}, el("i", { class: "dot", style: `background:${d.color}` }), d.name)),
    el("span", {}, el("i", { class: "route" }), "route (width ∝ √quantity)"));
  const flows = el("div", { id: "flows" });
  const zoomRoutes = el("button", { type: "button", id: "m-zoom-routes", disabled: "" }, "Zoom to routes");
  const zoomWorld = el("button", { type: "button", id: "m-zoom-world" }, "Whole world");
  root.append(el("h1", {}, "Map of events and flows"), legend,
    el("div", { class: "controls pager" }, zoomWorld, zoomRoutes, info), box, flows);

  const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [W - 8, H - 8]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const svg = d3.select(box).append("svg").attr("viewBox", `0 0 ${W} ${H}`).attr("width", "100%");
  const g = svg.append("g");
  g.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  g.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));
  g.append("g").selectAll("path").data(feature(world, world.objects.countries).features).join("path")
    .attr("class", "country").attr("d", path)
    .append("title").text((d) => d.properties.name);
  g.append("path").attr("class", "borders")
    .attr("d", path(mesh(world, world.objects.countries, (a, b) => a !== b)));
  const routes = g.append("g").attr("class", "routes");
  const dots = g.append("g").attr("class", "dots");

  const zoom = d3.zoom().scaleExtent([1, 16]).translateExtent([[0, 0], [W, H]]).on("zoom", (e) => {
    g.attr("transform", e.transform);
    dots.selectAll("circle").attr("r", 3.5 / Math.pow(e.transform.k, 0.8));
  });
  svg.call(zoom);
  zoomWorld.addEventListener("click", () => svg.transition().call(zoom.transform, d3.zoomIdentity));
  let routeBounds = null;
  zoomRoutes.addEventListener("click", () => {
    if (!routeBounds) return;
    const [[x0, y0], [x1, y1]] = routeBounds;
    const k = Math.min(8, 0.5 / Math.max((x1 - x0) / W, (y1 - y0) / H, 1e-3));
    const t = d3.zoomIdentity.translate(W / 2, H / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    svg.transition().duration(600).call(zoom.transform, t);
  });

  api("events", { limit: 2000 }).then(({ data }) => {
    const evs = data || [];
    const located = evs.filter((e) => e.location && isFinite(e.location.lat) && isFinite(e.location.lon));
    const routed = evs.filter((e) => Array.isArray(e.route) && e.route.length >= 2);
    info.textContent = `${located.length} located events and ${routed.length} routes among ${evs.length} events. Scroll to zoom, drag to pan.`;

    const vmax = d3.max(routed, (e) => (e.quantity && e.quantity.value) || 0) || 1;
    const width = d3.scaleSqrt().domain([0, vmax]).range([1.5, 8]);
    routed.forEach((e) => { e.width = width((e.quantity && e.quantity.value) || 0); });
    if (routed.length) {
      routeBounds = path.bounds({ type: "MultiLineString",
        coordinates: routed.map((e) => e.route.map((p) => [p.lon, p.lat])) });
      zoomRoutes.disabled = false;
    }
    // A route opens its event among those of its pair that day; a dot, the
    // events at its place that day, its own shown.
    routes.selectAll("a").data(routed).join("a")
      .attr("href", (e) => eventsHref({ source: actor(e.source), target: actor(e.target),
        from: firstDay(e.date), to: firstDay(e.date), event: e.id }))
      .append("path")
      .attr("class", "route")
      .attr("data-route", (e) => e.route.map((p) => p.name).join(" -> ")).attr("data-id", (e) => e.id)
      .attr("d", (e) => path({ type: "LineString", coordinates: e.route.map((p) => [p.lon, p.lat]) }))
      .attr("stroke-width", (e) => e.width)
      .append("title").text((e) => routeTitle(e));

    dots.selectAll("a").data(located).join("a")
      .attr("href", (e) => eventsHref({ place: e.location.name, from: firstDay(e.date), to: firstDay(e.date), event: e.id }))
      .append("circle")
      .attr("cx", (e) => projection([e.location.lon, e.location.lat])[0])
      .attr("cy", (e) => projection([e.location.lon, e.location.lat])[1])
      .attr("r", 3.5).attr("fill", (e) => (QUAD[e.event.quad - 1] || {}).color || "#607d8b")
      // a place the gazetteer lacks stands at its region's or country's
      // point: drawn hollow, and its title says so
      .classed("approximate", (e) => !!e.location.precision)
      .attr("data-place", (e) => e.location.name).attr("data-id", (e) => e.id)
      .append("title").text((e) =>
        `${e.location.name}${e.location.precision ? ` (approximate: at its ${e.location.precision}'s point)` : ""} (${e.date})\n${actor(e.source)} → ${actor(e.target)}: ${label(e)}\n${truncate(e.text, 160)}`);
  }).catch((err) => showError(info, err));

  api("flows", { period: "year" }).then(({ data }) => {
    const rows = (data || []).filter((f) => f.route);
    if (!rows.length) return;
    // a row opens the events of its pair and year that name its item
    const href = (f) => eventsHref({ source: f.source, target: f.target, from: f.period, to: f.period, text: f.item });
    flows.append(el("h3", {}, "Flows with a route"), el("table", {},
      el("thead", {}, el("tr", {}, ...["Year", "From", "To", "Item", "Value", "Route"].map((h) => el("th", {}, h)))),
      el("tbody", {}, ...rows.map((f) => el("tr", { class: "pick", "data-flow": `${f.source} -> ${f.target} ${f.item}`, onclick: () => { location.hash = href(f); } },
        el("td", {}, el("a", { href: href(f) }, f.period)), el("td", {}, f.source), el("td", {}, f.target), el("td", {}, f.item || ""),
        el("td", { class: "num" }, `${f.approximate ? "≈ " : ""}${num(f.value)} ${f.unit || ""}`.trim()),
        el("td", {}, f.route))))));
  }).catch((err) => showError(flows, err));
}

function routeTitle(e) {
  const q = e.quantity;
  const what = q ? `${q.approximate ? "≈ " : ""}${num(q.value)} ${q.unit || ""} ${q.item || ""}`.replace(/\s+/g, " ").trim() : "";
  const stops = e.route.map((p) => p.name + (p.mode ? ` (${p.mode})` : "")).join(" -> ");
  return `${stops}\n${actor(e.source)} → ${actor(e.target)}${what ? ": " + what : ""} (${e.date})`;
}
