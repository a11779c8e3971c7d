// Events table: filters, paging and a detail panel with the highlighted sentence.
import { api, el, showError, highlight, actor, truncate, extras } from "./api.js";

const LIMIT = 50;

export function render(root) {
  const f = {
    actor: el("input", { id: "e-actor", placeholder: "e.g. RUS", size: 8 }),
    code: el("input", { id: "e-code", placeholder: "e.g. 04", size: 5 }),
    from: el("input", { id: "e-from", placeholder: "2024 or 2024-06-01", size: 11 }),
    to: el("input", { id: "e-to", placeholder: "2024", size: 11 }),
    text: el("input", { id: "e-text", placeholder: "words", size: 16 }),
  };
  const prev = el("button", { type: "button", id: "e-prev", disabled: "" }, "← Previous");
  const next = el("button", { type: "button", id: "e-next", disabled: "" }, "Next →");
  const status = el("span", { class: "muted" });
  const table = el("div", { id: "events-table" });
  const detail = el("aside", { id: "detail", class: "panel" },
    el("p", { class: "muted" }, "Click a row to see the event."));
  const form = el("form", { class: "controls", onsubmit: (e) => { e.preventDefault(); load(0); } },
    el("label", {}, "Actor ", f.actor), el("label", {}, "Code ", f.code),
    el("label", {}, "From ", f.from), el("label", {}, "To ", f.to), el("label", {}, "Words ", f.text),
    el("button", { type: "submit" }, "Filter"));
  root.append(el("h1", {}, "Events"), form,
    el("div", { class: "pager" }, prev, next, status),
    el("div", { class: "split" }, table, detail));

  let offset = 0, nextOffset = null;
  prev.addEventListener("click", () => load(Math.max(0, offset - LIMIT)));
  next.addEventListener("click", () => nextOffset != null && load(nextOffset));

  async function load(at) {
    try {
      const { data, meta } = await api("events", {
        limit: LIMIT, offset: at, actor: f.actor.value.trim().toUpperCase(), code: f.code.value.trim(),
        from: f.from.value.trim(), to: f.to.value.trim(), text: f.text.value.trim(),
      });
      offset = at;
      nextOffset = meta.next_offset ?? null;
      prev.disabled = offset === 0;
      next.disabled = nextOffset == null;
      const rows = data || [];
      status.textContent = rows.length ? `events ${offset + 1}–${offset + rows.length}` : "no events";
      table.replaceChildren(eventTable(rows, (id) => showDetail(detail, id)));
    } catch (err) { showError(table, err); }
  }
  load(0);
}

// eventTable renders events as rows with data-id; onPick is called with the id on click.
export function eventTable(rows, onPick, full = false) {
  return el("table", { class: "events" },
    el("thead", {}, el("tr", {}, ...["Date", "Source", "Target", "Code", "Sentence"].map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows.map((e) => el("tr", {
      "data-id": e.id, class: onPick ? "pick" : null,
      onclick: onPick ? (ev) => { select(ev.currentTarget); onPick(e.id); } : null,
    },
    el("td", { class: "nowrap" }, e.date || ""),
    el("td", { title: e.source && e.source.name }, actor(e.source)),
    el("td", { title: e.target && e.target.name }, actor(e.target)),
    el("td", {}, el("span", { class: `code q${e.event.quad}` }, e.event.code), " ", e.event.label || ""),
    el("td", {}, full ? el("div", {}, highlight(e), extras(e)) : truncate(e.text, 110))))));
}

function select(tr) {
  tr.parentNode.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
  tr.classList.add("selected");
}

async function showDetail(box, id) {
  box.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try {
    const { data } = await api("events/" + encodeURIComponent(id));
    const e = data.event, doc = data.document || {};
    box.replaceChildren(...[
      el("h3", {}, doc.title || e.doc),
      el("p", { class: "muted" }, `${e.date} · document ${e.doc}, sentence ${e.sentence + 1}`),
      el("p", { class: "sentence" }, highlight(e)),
      el("dl", { class: "extras" },
        el("dt", {}, "Source"), el("dd", {}, el("mark", { class: "src" }, e.source.text), ` ${e.source.name || ""} (${actor(e.source)})`),
        e.target ? el("dt", {}, "Target") : null,
        e.target ? el("dd", {}, el("mark", { class: "tgt" }, e.target.text), ` ${e.target.name || ""} (${actor(e.target)})`) : null,
        el("dt", {}, "Action"), el("dd", {}, el("mark", { class: "evt" }, e.event.text),
          ` ${e.event.code} ${e.event.label} · quad ${e.event.quad} · Goldstein ${e.event.goldstein}${e.event.plover ? " · " + e.event.plover : ""}`),
        el("dt", {}, "Confidence"), el("dd", {}, String(e.confidence ?? "–"))),
      extras(e),
    ].filter(Boolean));
  } catch (err) { showError(box, err); }
}
