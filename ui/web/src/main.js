// Entry point: hash routing between the five views.
import * as timeline from "./timeline.js";
import * as network from "./network.js";
import * as map from "./map.js";
import * as events from "./events.js";
import * as code from "./code.js";

const views = { timeline, network, map, events, code };
let current = null;

function route() {
  const name = location.hash.replace(/^#\/?/, "") || "timeline";
  const view = views[name] || timeline;
  if (current && current.destroy) current.destroy();
  current = view;
  const root = document.getElementById("view");
  root.replaceChildren();
  root.className = "view-" + (views[name] ? name : "timeline");
  document.querySelectorAll("nav a").forEach((a) =>
    a.classList.toggle("active", a.getAttribute("href") === "#" + (views[name] ? name : "timeline")));
  view.render(root);
}

window.addEventListener("hashchange", route);
route();
