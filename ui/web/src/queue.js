// The review queue: the events no reviewer has judged yet, lowest
// confidence first (GET /api/review/queue), of every pair or of a chosen
// dyad and period. One event is current; the keyboard moves through the
// queue and judges it, and a judged event leaves the queue.
import { api, el, showError } from "./api.js";
import { actorInput, resolveInputs } from "./actors.js";
import { eventTable } from "./events.js";
import { eventPanel, docHref } from "./detail.js";

const LIMIT = 50;

// KEYS are the queue's shortcuts, as the page lists them.
const KEYS = [
  [["j", "↓"], "next event"], [["k", "↑"], "previous event"],
  [["c"], "confirm: the event is right"], [["r"], "reject: not an event"],
  [["e"], "edit: correct actors, code, date or place (Enter saves, Esc cancels)"],
  [["d"], "open the sentence in its document, to add a missed event"],
  [["?"], "show or hide this help"],
];

let onKey = null;

export function render(root, params = new URLSearchParams()) {
  const [source, sourceList] = actorInput({ id: "q-source", placeholder: "any, or Russia", size: 12 }, "filter");
  const [target, targetList] = actorInput({ id: "q-target", placeholder: "any", size: 12 }, "filter");
  const from = el("input", { id: "q-from", placeholder: "2024", size: 11 });
  const to = el("input", { id: "q-to", placeholder: "2024-12", size: 11 });
  source.value = params.get("source") || "";
  target.value = params.get("target") || "";
  from.value = params.get("from") || "";
  to.value = params.get("to") || "";
  const status = el("span", { id: "q-status", class: "muted" });
  const tally = el("span", { id: "q-tally", class: "muted" });
  const list = el("div", { id: "q-list" });
  const detail = el("aside", { id: "q-detail", class: "panel" });
  const done = el("ol", { id: "q-done", reversed: "" });
  const help = el("aside", { id: "q-help", class: "panel", hidden: "" },
    el("h3", {}, "Keyboard shortcuts"),
    el("table", { class: "keys" }, el("tbody", {}, ...KEYS.map(([ks, what]) =>
      el("tr", {}, el("td", {}, ...ks.flatMap((k, i) => [i ? " or " : null, el("kbd", {}, k)])), el("td", {}, what))))),
    el("p", { class: "muted" }, "Shortcuts work when no field has the focus."));
  const keys = el("p", { id: "q-keys", class: "keys" }, ...KEYS.flatMap(([ks, what], i) =>
    [i ? " · " : null, el("kbd", {}, ks[0]), " " + what.split(":")[0]]));
  const form = el("form", { class: "controls", onsubmit: (e) => { e.preventDefault(); load(); } },
    el("label", {}, "Source ", source, sourceList), el("label", {}, "Target ", target, targetList),
    el("label", {}, "From ", from), el("label", {}, "To ", to),
    el("button", { type: "submit", id: "q-load" }, "Show queue"),
    el("button", { type: "button", class: "secondary", onclick: () => { help.hidden = !help.hidden; } }, "Shortcuts (?)"));
  root.append(el("h1", {}, "Review queue"),
    el("p", { class: "muted" }, "Events no one has reviewed yet, lowest confidence first: those most likely to be wrong."),
    form, keys, help, el("div", { class: "pager" }, status, " ", tally),
    el("div", { class: "split" }, list, detail),
    el("h3", {}, "Reviewed in this session"), done);

  let rows = [], at = 0, seq = 0, count = 0, more = false;

  async function load() {
    const my = ++seq;
    status.textContent = "Loading…";
    try {
      await resolveInputs([source, target], "filter");
      const p = { source: source.value.trim(), target: target.value.trim(), from: from.value.trim(), to: to.value.trim() };
      const { data, meta } = await api("review/queue", { ...p, limit: LIMIT });
      if (my !== seq) return;
      rows = data || [];
      more = !!meta.next_offset;
      at = 0;
      const q = new URLSearchParams(Object.entries(p).filter(([, v]) => v)).toString();
      history.replaceState(null, "", "#review" + (q ? "?" + q : ""));
      draw();
    } catch (err) {
      if (my !== seq) return;
      rows = [];
      status.textContent = "";
      list.replaceChildren();
      detail.replaceChildren();
      showError(list, err);
    }
  }

  // draw shows the queue with the current event marked, and its detail.
  function draw() {
    status.textContent = rows.length
      ? `${rows.length}${more ? "+" : ""} events to review, lowest confidence first`
      : "nothing left to review here";
    list.replaceChildren(eventTable(rows, { onPick: (id) => go(rows.findIndex((e) => e.id === id)), confidence: true }));
    go(at);
  }

  function go(i) {
    if (!rows.length) {
      detail.replaceChildren(el("p", { class: "muted" }, "No event to review."));
      return;
    }
    at = Math.max(0, Math.min(i, rows.length - 1));
    list.querySelectorAll("tr.current").forEach((tr) => tr.classList.remove("current", "selected"));
    const tr = list.querySelectorAll("tbody tr")[at];
    tr.classList.add("current", "selected");
    tr.scrollIntoView({ block: "nearest" });
    const e = rows[at];
    detail.dataset.id = e.id;
    eventPanel(detail, e, null, { onJudged: (res) => judged(e, res) });
  }

  // judged records a judgement of e; e leaves the queue and the next event
  // becomes current. An empty page asks for the next one.
  function judged(e, { judgement, event }) {
    count++;
    tally.textContent = `· ${count} reviewed in this session`;
    const now = event || e;
    done.prepend(el("li", { "data-id": now.id, "data-verdict": (judgement && judgement.verdict) || "" },
      `${(judgement && judgement.verdict) || "judged"}: `,
      el("a", { href: `#events?event=${encodeURIComponent(now.id)}&rejected=true` },
        `${now.date} ${(now.source && now.source.code) || "–"} → ${(now.target && now.target.code) || "–"} ${now.event.code}`)));
    rows = rows.filter((r) => r.id !== e.id);
    if (!rows.length) {
      load();
      return;
    }
    draw();
  }

  onKey = (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    const click = (sel) => { const b = detail.querySelector(sel); if (b && !b.disabled) b.click(); };
    switch (ev.key) {
      case "j": case "ArrowDown": go(at + 1); break;
      case "k": case "ArrowUp": go(at - 1); break;
      case "c": click(".r-confirm"); break;
      case "r": click(".r-reject"); break;
      case "e": {
        click(".r-edit");
        // The editor's field has the focus now; a browser that still types
        // this key's character would type it there: focus it when the key
        // is up.
        const f = document.activeElement;
        if (f && f !== document.body) {
          f.blur();
          document.addEventListener("keyup", () => f.focus(), { once: true });
        }
        break;
      }
      case "d": if (rows[at]) location.hash = docHref(rows[at]); break;
      case "?": help.hidden = !help.hidden; break;
      case "Escape": help.hidden = true; break;
      default: return;
    }
    ev.preventDefault();
  };
  document.addEventListener("keydown", onKey);
  load();
}

export function destroy() {
  document.removeEventListener("keydown", onKey);
  onKey = null;
}
