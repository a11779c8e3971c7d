// Entry point: hash routing between the views. A view's hash may carry
// parameters ("#events?source=RUS&target=PRK"), which its render receives.
import * as timeline from "./timeline.js";
import * as network from "./network.js";
import * as map from "./map.js";
import * as events from "./events.js";
import * as code from "./code.js";
import * as review from "./queue.js";
import * as doc from "./doc.js";

const views = { timeline, network, map, events, review, code, doc };
let current = null;

function route() {
  const [path, query = ""] = location.hash.replace(/^#\/?/, "").split("?");
  const name = views[path] ? path : "timeline";
  const view = views[name];
  if (current && current.destroy) current.destroy();
  current = view;
  const root = document.getElementById("view");
  root.replaceChildren();
  root.className = "view-" + name;
  document.querySelectorAll("nav a").forEach((a) =>
    a.classList.toggle("active", a.getAttribute("href") === "#" + name));
  view.render(root, new URLSearchParams(query));
}

window.addEventListener("hashchange", route);
route();
