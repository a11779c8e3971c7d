// Events: filters (read from the page's hash, so that the other views link
// here with theirs), paging, a de-duplicated view, the rows shown as CSV, and
// a detail panel with the highlighted sentence, where the event can be
// confirmed, rejected or corrected. Rejected events are shown on request.
import { api, el, showError, highlight, actor, truncate, extras, num, label, firstDay, eventsHref, QUAD, ROOTS } from "./api.js";
import { actorInput, resolveInputs } from "./actors.js";
import { eventPanel } from "./detail.js";
import { badge } from "./review.js";

const LIMIT = 50;

// The text filters, named as the API and the page's hash name them.
const FIELDS = ["source", "target", "actor", "code", "quad", "place", "from", "to", "text"];

export function render(root, params = new URLSearchParams()) {
  const [source, sourceList] = actorInput({ id: "e-source", placeholder: "Russia or RUS", size: 12 }, "filter");
  const [target, targetList] = actorInput({ id: "e-target", placeholder: "name or code", size: 12 }, "filter");
  const [either, eitherList] = actorInput({ id: "e-actor", placeholder: "name or code", size: 12 }, "filter");
  const f = {
    source, target, actor: either,
    code: el("input", { id: "e-code", placeholder: "04 or 042", size: 8, list: "e-code-list", autocomplete: "off" }),
    quad: el("select", { id: "e-quad" }, el("option", { value: "" }, "any"),
      ...QUAD.map((d) => el("option", { value: d.q }, `${d.q} ${d.name}`))),
    place: el("input", { id: "e-place", placeholder: "Pyongyang or PRK", size: 15 }),
    from: el("input", { id: "e-from", placeholder: "2024 or 2024-06-01", size: 11 }),
    to: el("input", { id: "e-to", placeholder: "2024", size: 11 }),
    text: el("input", { id: "e-text", placeholder: "words", size: 14 }),
  };
  const both = el("input", { id: "e-both", type: "checkbox" });
  const unique = el("input", { id: "e-unique", type: "checkbox" });
  const rejected = el("input", { id: "e-rejected", type: "checkbox" });
  for (const k of FIELDS) f[k].value = params.get(k) || "";
  both.checked = params.get("both") === "1";
  unique.checked = params.get("unique") === "1";
  rejected.checked = params.get("rejected") === "true";
  let pick = params.get("event"); // an event to show once the page has loaded

  const prev = el("button", { type: "button", id: "e-prev", disabled: "" }, "← Previous");
  const next = el("button", { type: "button", id: "e-next", disabled: "" }, "Next →");
  const csvButton = el("button", { type: "button", id: "e-csv", disabled: "" }, "Download CSV");
  const status = el("span", { id: "e-status", class: "muted" });
  const resolved = el("span", { id: "e-resolved", class: "muted" });
  const table = el("div", { id: "events-table" });
  const detail = el("aside", { id: "detail", class: "panel" });
  const form = el("form", { class: "controls", onsubmit: (e) => { e.preventDefault(); load(0); } },
    el("label", {}, "Source ", f.source, sourceList), el("label", {}, "Target ", f.target, targetList),
    el("label", { title: "events from the source to the target and from the target to the source" }, both, " both directions"),
    el("label", {}, "Either side ", f.actor, eitherList),
    el("label", {}, "Code ", f.code, el("datalist", { id: "e-code-list" },
      ...ROOTS.map(([c, n]) => el("option", { value: c, label: n })))),
    el("label", {}, "Quad ", f.quad), el("label", {}, "Place ", f.place),
    el("label", {}, "From ", f.from), el("label", {}, "To ", f.to), el("label", {}, "Words ", f.text),
    el("label", { title: "one row per event, its first report, with the number of reports (mentions)" }, unique, " one row per event"),
    el("label", { title: "events a reviewer rejected (not events), left out of every count" }, rejected, " show rejected"),
    el("button", { type: "submit" }, "Filter"));
  root.append(el("h1", {}, "Events"), form,
    el("div", { class: "pager" }, prev, next, csvButton, status, resolved),
    el("div", { class: "split" }, table, detail));
  clearDetail(detail);

  let offset = 0, nextOffset = null, rows = [], seq = 0, shownUnique = false, picked = null;
  // After a judgement the page is read again; the detail shows the event
  // as it now is, even when it has left the list (a rejection).
  const judged = ({ event: e }, doc) => {
    picked = e.id;
    showJudged(detail, e, doc, judged);
    load(offset, true);
  };
  const showEvent = (id) => { picked = id; showDetail(detail, id, judged); };
  rejected.addEventListener("change", () => load(0));
  prev.addEventListener("click", () => load(Math.max(0, offset - LIMIT)));
  next.addEventListener("click", () => nextOffset != null && load(nextOffset));
  csvButton.addEventListener("click", () => download("dyad-events.csv", csv(rows, shownUnique)));

  // filters reads the form as the API's parameters.
  function filters() {
    const p = {};
    for (const k of FIELDS) p[k] = f[k].value.trim();
    return { ...p, both: both.checked ? 1 : "", unique: unique.checked ? 1 : "", rejected: rejected.checked ? "true" : "" };
  }

  // load reads the page of events at offset at; keep leaves the detail as
  // it is.
  async function load(at, keep = false) {
    const my = ++seq;
    status.textContent = "Loading…";
    try {
      const notes = await resolveInputs([f.source, f.target, f.actor], "filter");
      const p = filters();
      const page = await fetchPage(p, at);
      if (my !== seq) return; // a later request is under way
      ({ rows } = page);
      offset = at;
      nextOffset = page.next;
      shownUnique = !!p.unique;
      prev.disabled = offset === 0;
      next.disabled = nextOffset == null;
      csvButton.disabled = rows.length === 0;
      csvButton.textContent = rows.length ? `Download these ${rows.length} as CSV` : "Download CSV";
      status.textContent = rows.length ? `${p.unique ? "unique events" : "events"} ${offset + 1}–${offset + rows.length}` : "no events";
      resolved.textContent = notes.length ? `(${notes.join(", ")})` : "";
      table.replaceChildren(eventTable(rows, { onPick: showEvent, mentions: !!p.unique, review: true }));
      history.replaceState(null, "", eventsHref({ ...p, event: pick }));
      // The event asked for by the address is shown; one shown before stays
      // only while its row does.
      const tr = (id) => id && table.querySelector(`tr[data-id="${CSS.escape(id)}"]`);
      if (pick) {
        if (tr(pick)) { select(tr(pick)); tr(pick).scrollIntoView({ block: "nearest" }); }
        showEvent(pick);
        pick = null;
      } else if (tr(picked)) {
        select(tr(picked));
      } else if (!keep) {
        picked = null;
        clearDetail(detail);
      }
    } catch (err) {
      if (my !== seq) return;
      // Nothing of the previous result may stay: it would pass for this one's.
      rows = [];
      nextOffset = null;
      prev.disabled = next.disabled = csvButton.disabled = true;
      csvButton.textContent = "Download CSV";
      status.textContent = "";
      resolved.textContent = "";
      picked = null;
      clearDetail(detail);
      showError(table, err);
    }
  }
  load(0);
}

// fetchPage reads the page of events at offset at. Both directions of a
// pair are two queries, merged in the store's order (day, then id): each is
// read from its start to the end of this page.
async function fetchPage(p, at) {
  const q = { ...p, both: undefined };
  if (!(p.both && p.source && p.target)) {
    const { data, meta } = await api("events", { ...q, limit: LIMIT, offset: at });
    return { rows: data || [], next: meta.next_offset ?? null };
  }
  const n = at + LIMIT + 1;
  const [ab, ba] = await Promise.all([api("events", { ...q, limit: n }),
    api("events", { ...q, source: p.target, target: p.source, limit: n })]);
  const seen = new Set();
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const all = [...(ab.data || []), ...(ba.data || [])].filter((e) => !seen.has(e.id) && seen.add(e.id))
    .sort((x, y) => cmp(firstDay(x.date), firstDay(y.date)) || cmp(x.id, y.id));
  return { rows: all.slice(at, at + LIMIT), next: all.length > at + LIMIT ? at + LIMIT : null };
}

// eventTable renders events as rows with data-id. onPick, when given, is
// called with an event's id when its row is clicked; mentions adds the
// number of reports of each event; full shows whole sentences, with each
// event's quad class, Goldstein value and confidence; review adds each
// event's review status (and a row class, "rev-rejected"); confidence adds
// each event's confidence to a table that is not full.
export function eventTable(rows, { onPick = null, mentions = false, full = false, review = false, confidence = false } = {}) {
  const conf = full || confidence;
  const heads = ["Date", "Source", "Target", "Code", ...(mentions ? ["Mentions"] : []),
    ...(full ? ["Quad", "Goldstein"] : []), ...(conf ? ["Confidence"] : []), ...(review ? ["Review"] : []), "Sentence"];
  return el("table", { class: "events" },
    el("thead", {}, el("tr", {}, ...heads.map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows.map((e) => el("tr", {
      "data-id": e.id,
      class: [onPick ? "pick" : "", e.review && e.review.status ? "rev-" + e.review.status : ""].filter(Boolean).join(" ") || null,
      onclick: onPick ? (ev) => { select(ev.currentTarget); onPick(e.id); } : null,
    },
    el("td", { class: "nowrap" }, e.date || ""),
    el("td", { title: e.source && e.source.name }, actor(e.source)),
    el("td", { title: e.target && e.target.name }, actor(e.target)),
    el("td", {}, el("span", { class: `code q${e.event.quad}` }, e.event.code), " ", label(e)),
    mentions ? el("td", { class: "num mentions" }, String(e.mentions || 1)) : null,
    full ? el("td", { class: "quad" }, (QUAD[e.event.quad - 1] || {}).name || "–") : null,
    full ? el("td", { class: "num goldstein" }, num(e.event.goldstein, 1)) : null,
    conf ? el("td", { class: "num confidence" }, num(e.confidence)) : null,
    review ? el("td", { class: "review-cell" }, badge(e)) : null,
    el("td", {}, full ? el("div", {}, highlight(e), extras(e)) : truncate(e.text, 110))))));
}

// The columns of `dyad export --format csv` (cmd/dyad/flat.go): the browser
// has no document URL or source, so those two stay empty.
const COLUMNS = ["id", "doc", "sentence", "date", "source_code", "source_country", "source_text",
  "target_code", "target_country", "target_text", "code", "root", "quad", "goldstein", "plover",
  "action_text", "confidence", "text", "day", "place", "place_country", "lat", "lon", "quantity",
  "unit", "item", "mentions", "doc_url", "doc_source"];

// csv renders events as CSV (RFC 4180, as Go's encoding/csv writes it), in
// the columns of `dyad export --format csv`; mentions are given in the
// de-duplicated view.
export function csv(rows, mentions) {
  const cell = (v) => {
    const s = v === undefined || v === null ? "" : String(v);
    return /[",\r\n]/.test(s) || s.startsWith(" ") ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const line = (e) => {
    const s = e.source || {}, t = e.target || {}, a = e.event || {}, l = e.location || {}, q = e.quantity || {};
    const f = [e.id, e.doc, e.sentence, e.date, s.code, s.country, s.text, t.code, t.country, t.text,
      a.code, a.root, a.quad, a.goldstein, a.plover, a.text, e.confidence, e.text, firstDay(e.date),
      l.name, l.country, l.lat, l.lon, q.value, q.unit, q.item, mentions ? (e.mentions || 1) : e.mentions, "", ""];
    return f.map(cell).join(",");
  };
  return [COLUMNS.join(","), ...rows.map(line)].join("\n") + "\n";
}

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function select(tr) {
  tr.parentNode.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
  tr.classList.add("selected");
}

// detailSeq tells the latest request for the detail panel from earlier
// ones, and from a clearing that came after them.
let detailSeq = 0;

function clearDetail(box) {
  detailSeq++;
  box.replaceChildren(el("p", { class: "muted" }, "Click a row to see the event."));
}

async function showDetail(box, id, onJudged) {
  const my = ++detailSeq;
  box.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try {
    const { data } = await api("events/" + encodeURIComponent(id));
    if (my !== detailSeq) return;
    eventPanel(box, data.event, data.document, { onJudged: (res) => onJudged(res, data.document) });
  } catch (err) {
    if (my === detailSeq) showError(box, err);
  }
}

// showJudged shows an event as a judgement left it (the server's answer:
// a rejected event may no longer be listed, nor read by its id).
function showJudged(box, e, doc, onJudged) {
  detailSeq++;
  eventPanel(box, e, doc, { onJudged: (res) => onJudged(res, doc) });
}
