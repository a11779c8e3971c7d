// Shared helpers: the API client, colours and sentence highlighting.

export const QUAD = [
  { q: 1, name: "Verbal cooperation", color: "#4caf50" },
  { q: 2, name: "Material cooperation", color: "#00897b" },
  { q: 3, name: "Verbal conflict", color: "#fb8c00" },
  { q: 4, name: "Material conflict", color: "#e53935" },
];

// CAMEO's twenty event families (root codes), for the code filter.
export const ROOTS = [
  ["01", "Make public statement"], ["02", "Appeal"], ["03", "Express intent to cooperate"], ["04", "Consult"],
  ["05", "Engage in diplomatic cooperation"], ["06", "Engage in material cooperation"], ["07", "Provide aid"],
  ["08", "Yield"], ["09", "Investigate"], ["10", "Demand"], ["11", "Disapprove"], ["12", "Reject"], ["13", "Threaten"],
  ["14", "Protest"], ["15", "Exhibit force posture"], ["16", "Reduce relations"], ["17", "Coerce"], ["18", "Assault"],
  ["19", "Fight"], ["20", "Use unconventional mass violence"],
];

// api fetches a path relative to the page and returns {data, meta}; it throws on error.
// A body makes it a JSON POST. A write the server refuses for want of its
// token (401, when it listens beyond loopback) asks the user for the token
// once, keeps it for this tab's session and sends the write again with it.
export async function api(path, params, body) {
  let url = "api/" + path;
  if (params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && v !== "" && v !== false) q.set(k, v);
    }
    const s = q.toString();
    if (s) url += "?" + s;
  }
  for (let asked = false; ; asked = true) {
    const init = body === undefined ? {} : {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    };
    const token = body === undefined ? "" : sessionStorage.getItem(TOKEN);
    if (token) init.headers.Authorization = "Bearer " + token;
    const res = await fetch(url, init);
    if (res.status === 401 && body !== undefined && !asked) {
      const t = prompt("This server needs a token for changes. Token:");
      if (t) {
        sessionStorage.setItem(TOKEN, t.trim());
        continue;
      }
    }
    let json;
    try { json = await res.json(); } catch { throw new Error(`${res.status} ${res.statusText}`); }
    if (!res.ok || (json.error && json.error.message)) {
      if (res.status === 401) sessionStorage.removeItem(TOKEN);
      throw new Error(json.error ? `${json.error.code}: ${json.error.message}` : `${res.status}`);
    }
    return { data: json.data, meta: json.meta || {} };
  }
}

const TOKEN = "dyad-token";

// el creates an element with attributes and children.
export function el(tag, attrs = {}, ...kids) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === "class") n.className = v;
    else if (k.startsWith("on")) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v);
  }
  for (const k of kids.flat()) if (k !== null && k !== undefined) n.append(k);
  return n;
}

export function showError(box, err) {
  box.replaceChildren(el("p", { class: "error" }, String(err.message || err)));
}

const enc = new TextEncoder();
const dec = new TextDecoder();

// highlight returns a fragment of the sentence with the source, target and event
// spans (UTF-8 byte offsets) wrapped in <mark class="src|tgt|evt">, and the
// words of its quantity and places in <mark class="qty|loc">.
export function highlight(ev) {
  const bytes = enc.encode(ev.text || "");
  const spans = [];
  const add = (part, cls) => {
    if (part && Array.isArray(part.span) && part.span[1] > part.span[0] && part.span[0] < bytes.length) {
      spans.push({ a: part.span[0], b: Math.min(part.span[1], bytes.length), cls });
    }
  };
  add(ev.event, "evt");
  add(ev.source, "src");
  add(ev.target, "tgt");
  // Quantities and places carry words, not offsets: mark where they occur.
  const words = (w, cls) => {
    const i = w ? (ev.text || "").indexOf(w) : -1;
    if (i >= 0) {
      const a = enc.encode(ev.text.slice(0, i)).length;
      add({ span: [a, a + enc.encode(w).length] }, cls);
    }
  };
  if (ev.quantity) words(ev.quantity.text, "qty");
  if (ev.location) words(ev.location.name, "loc");
  for (const p of ev.route || []) words(p.name, "loc");
  return nest(bytes, 0, bytes.length, spans);
}

// nest renders bytes [a, b) with the spans as marks; a span inside another
// (the target within the action words) becomes a mark inside its mark.
function nest(bytes, a, b, spans) {
  const frag = document.createDocumentFragment();
  const text = (x, y) => { if (y > x) frag.append(dec.decode(bytes.subarray(x, y))); };
  const order = [...spans].sort((x, y) => x.a - y.a || (y.b - y.a) - (x.b - x.a));
  let at = a;
  for (const s of order) {
    if (s.a < at) continue; // drawn inside an earlier mark
    text(at, s.a);
    const inner = order.filter((o) => o !== s && o.a < s.b && o.b > s.a)
      .map((o) => ({ a: Math.max(o.a, s.a), b: Math.min(o.b, s.b), cls: o.cls }))
      .filter((o) => !(o.a === s.a && o.b === s.b && o.cls === s.cls));
    frag.append(el("mark", { class: s.cls }, nest(bytes, s.a, s.b, inner)));
    at = s.b;
  }
  text(at, b);
  return frag;
}

export function actor(a) {
  return a ? (a.code || a.text || "") : "";
}

// num renders a number with at most digits decimals and no float noise
// (40.900000000000006 is 40.9); "–" for none.
export function num(x, digits = 2) {
  return typeof x === "number" && isFinite(x) ? x.toLocaleString("en-US", { maximumFractionDigits: digits }) : "–";
}

// label is a CAMEO label without the spaces some codebook entries end with.
export function label(ev) {
  return ((ev.event && ev.event.label) || "").trim();
}

// firstDay is the first day a date (or interval) covers, as the store
// orders and filters events: "2024" is 2024-01-01.
export function firstDay(d) {
  const s = String(d || "").split("/")[0];
  const w = /^(\d{4})-W(\d{2})$/.exec(s); // an ISO week: its Monday
  if (w) {
    const jan4 = Date.UTC(+w[1], 0, 4);
    const dow = (new Date(jan4).getUTCDay() + 6) % 7;
    return new Date(jan4 + ((+w[2] - 1) * 7 - dow) * 864e5).toISOString().slice(0, 10);
  }
  return s.length === 4 ? s + "-01-01" : s.length === 7 ? s + "-01" : s;
}

// eventsHref is the link to the events page with filters p (source, target,
// both, code, quad, place, from, to, text, unique, event).
export function eventsHref(p) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) {
    if (v !== undefined && v !== null && v !== "" && v !== false) q.set(k, v);
  }
  const s = q.toString();
  return s ? "#events?" + s : "#events";
}

export function truncate(s, n) {
  return s && s.length > n ? s.slice(0, n - 1) + "…" : s || "";
}

// extras lists an event's quantity, location and route, if any.
export function extras(ev) {
  const dl = el("dl", { class: "extras" });
  const q = ev.quantity;
  if (q) {
    dl.append(el("dt", {}, "Quantity"), el("dd", {},
      `${q.approximate ? "≈ " : ""}${num(q.value)} ${q.unit || ""} ${q.item || ""}`.replace(/\s+/g, " ").trim()));
  }
  const l = ev.location;
  if (l) {
    dl.append(el("dt", {}, "Location"), el("dd", {},
      `${l.name}${l.country ? " (" + l.country + ")" : ""}${l.role ? ", " + l.role : ""}` +
      (l.precision ? `; not in the gazetteer, placed at its ${l.precision}'s point` : "")));
  }
  if (ev.route && ev.route.length) {
    dl.append(el("dt", {}, "Route"), el("dd", {},
      ev.route.map((p) => p.name + (p.mode ? ` (${p.mode})` : "")).join(" → ")));
  }
  return dl.children.length ? dl : null;
}
