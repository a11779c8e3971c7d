// Review: confirm, reject or correct an event, add one the coder missed,
// and show what reviewers said of an event. Every act is a judgement posted
// to /api/judgements; the server names the reviewer (from its token, or
// "local" on loopback), so the page never sends a name.
import { api, el, showError } from "./api.js";
import { actorInput, resolveActor } from "./actors.js";

// badge shows an event's review status ("confirmed", "rejected",
// "corrected", "added"), with who and when as its title; null when the
// event was not reviewed.
export function badge(ev) {
  const r = ev && ev.review;
  if (!r || !r.status) return null;
  const when = r.at ? String(r.at).slice(0, 10) : "";
  const title = [r.reviewer, when].filter(Boolean).join(", ") + (r.note ? `: ${r.note}` : "");
  return el("span", { class: "review " + r.status, "data-status": r.status, title }, r.status);
}

// judge posts a judgement and returns {judgement, event}: the event as the
// store now reads it.
export async function judge(body) {
  const { data } = await api("judgements", null, body);
  return data;
}

// actions returns the Confirm, Reject and Edit buttons of an event. onJudged
// receives the server's answer; onEdit is called for Edit.
export function actions(ev, { onJudged, onEdit }) {
  const out = el("p", { class: "muted", role: "status" });
  const act = (verdict) => async () => {
    buttons.forEach((b) => { b.disabled = true; });
    out.textContent = "Saving…";
    try {
      const res = await judge({ event: ev.id, verdict });
      out.textContent = "";
      onJudged(res);
    } catch (err) {
      out.textContent = "";
      showError(out, err);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  };
  const buttons = [
    el("button", { type: "button", class: "r-confirm", onclick: act("confirm"), title: "the event is right (c in the queue)" }, "Confirm"),
    el("button", { type: "button", class: "r-reject secondary", onclick: act("reject"), title: "this is not an event (r in the queue)" }, "Reject"),
    el("button", { type: "button", class: "r-edit secondary", onclick: onEdit, title: "correct the actors, code, date or place (e in the queue)" }, "Edit"),
  ];
  return el("div", { class: "review-actions" }, el("div", { class: "controls" }, ...buttons), out);
}

// codeInput returns an input for a CAMEO code with a list of the
// codebook's codes whose code or label match what is typed (GET
// /api/codes), and a function that returns the code the input stands for:
// a code of the list, or words that match one code's label exactly, or
// the first of those matching them.
export function codeInput(attrs) {
  const list = el("datalist", { id: attrs.id + "-list" });
  const input = el("input", { ...attrs, list: list.id, autocomplete: "off" });
  const search = async (q) => {
    const { data } = await api("codes", { q });
    return (data && data.codes) || data || [];
  };
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return;
    timer = setTimeout(async () => {
      try {
        const codes = await search(q);
        if (input.value.trim() !== q) return; // the user typed on
        list.replaceChildren(...codes.slice(0, 30).map((c) =>
          el("option", { value: c.code, label: `${c.code} ${(c.label || "").trim()}` })));
      } catch { /* the list stays as it was; the code is checked on saving */ }
    }, 120);
  });
  const resolve = async () => {
    const t = input.value.trim();
    if (!t || /^\d{2,4}$/.test(t)) return t;
    const codes = await search(t);
    const lower = t.toLowerCase();
    const hit = codes.find((c) => (c.label || "").trim().toLowerCase() === lower) || codes[0];
    if (!hit) throw new Error(`no CAMEO code matches "${t}": try a code (190) or words of its label`);
    input.value = hit.code;
    return hit.code;
  };
  return [input, list, resolve];
}

// editor returns a form to correct ev, or, when ev is null, to add an
// event the coder missed in sentence `at` ({doc, sentence, date}) of a
// document. Names typed for actors are resolved to codes (China → CHN), a
// label's words to its code. Only what the reviewer changed is sent.
// onJudged receives the server's answer; onCancel closes the form.
export function editor(ev, at, { onJudged, onCancel }) {
  const adding = !ev;
  const p = adding ? "r-add" : "r-edit";
  const [source, sourceList] = actorInput({ id: p + "-source", placeholder: "Russia or RUSGOV", size: 14 }, "filter");
  const [target, targetList] = actorInput({ id: p + "-target", placeholder: "name or code", size: 14 }, "filter");
  const [code, codeList, resolveCode] = codeInput({ id: p + "-code", placeholder: "190 or fight", size: 14 });
  const date = el("input", { id: p + "-date", placeholder: "2024-06-19", size: 11 });
  const place = el("input", { id: p + "-place", placeholder: "Kyiv", size: 14 });
  const note = el("input", { id: p + "-note", placeholder: "why (optional)", size: 24 });
  const was = adding ? { date: at.date || "" } : {
    source: (ev.source && ev.source.code) || "", target: (ev.target && ev.target.code) || "",
    code: ev.event.code, date: ev.date || "", location: (ev.location && ev.location.name) || "",
  };
  source.value = was.source || "";
  target.value = was.target || "";
  code.value = was.code || "";
  date.value = was.date || "";
  place.value = was.location || "";
  const out = el("div", { class: "r-message" });
  const save = el("button", { type: "submit", class: "r-save" }, adding ? "Add event" : "Save correction");
  const cancel = el("button", { type: "button", class: "secondary", onclick: () => onCancel() }, "Cancel");

  const form = el("form", {
    class: "review-editor " + p, onsubmit: async (e) => {
      e.preventDefault();
      save.disabled = true;
      out.replaceChildren(el("p", { class: "muted" }, "Saving…"));
      try {
        const now = {};
        for (const [k, input] of [["source", source], ["target", target]]) {
          const { key } = await resolveActor(input.value, "filter");
          input.value = key;
          if (key !== (was[k] || "")) now[k] = key;
        }
        const c = await resolveCode();
        if (c !== (was.code || "")) now.code = c;
        if (date.value.trim() !== (was.date || "")) now.date = date.value.trim();
        if (place.value.trim() !== (was.location || "")) now.location = place.value.trim();
        let body;
        if (adding) {
          if (!now.source || !now.code) throw new Error("an event needs at least a source and a code");
          body = { verdict: "add", doc: at.doc, sentence: at.sentence, now };
        } else {
          if (!Object.keys(now).length) throw new Error("nothing was changed: to say the event is right, confirm it");
          body = { event: ev.id, verdict: "correct", now };
        }
        if (note.value.trim()) body.note = note.value.trim();
        const res = await judge(body);
        out.replaceChildren();
        onJudged(res);
      } catch (err) {
        showError(out, err);
      } finally {
        save.disabled = false;
      }
    },
  },
  el("div", { class: "fields" },
    el("label", {}, "Source ", source, sourceList), el("label", {}, "Target ", target, targetList),
    el("label", {}, "Code ", code, codeList), el("label", {}, "Date ", date),
    el("label", {}, "Place ", place), el("label", {}, "Note ", note)),
  el("div", { class: "controls" }, save, cancel), out);
  // Escape leaves the form without saving, wherever the focus is in it.
  form.addEventListener("keydown", (e) => {
    if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); onCancel(); }
  });
  form.focusFirst = () => (adding ? source : code).focus();
  return form;
}

// history lists the judgements of an event, newest first, in box.
export async function history(box, id) {
  try {
    const { data } = await api("judgements", { event: id, limit: 20 });
    const js = (data && data.judgements) || data || [];
    if (!js.length) return;
    box.replaceChildren(el("h4", {}, "Reviews"), el("ul", { class: "r-history" }, ...js.map((j) =>
      el("li", { "data-verdict": j.verdict }, `${verdictText(j.verdict)} by ${j.reviewer} on ${String(j.at).slice(0, 16).replace("T", " ")}`,
        changes(j), j.note ? el("span", { class: "muted" }, ` — ${j.note}`) : null))));
  } catch (err) {
    showError(box, err);
  }
}

function verdictText(v) {
  return { confirm: "Confirmed", reject: "Rejected", correct: "Corrected", add: "Added" }[v] || v;
}

// changes describes what a correction changed: "code 042 → 190".
function changes(j) {
  if (!j.now) return null;
  const was = j.was || {}, now = j.now;
  const pick = {
    source: (e) => (e.source && (e.source.code || e.source)) || "",
    target: (e) => (e.target && (e.target.code || e.target)) || "",
    code: (e) => (e.event && e.event.code) || e.code || "",
    date: (e) => e.date || "",
    location: (e) => (e.location && (e.location.name || e.location)) || "",
  };
  const parts = [];
  for (const [k, f] of Object.entries(pick)) {
    const a = f(was), b = f(now);
    if (b && typeof b === "string" && a !== b) parts.push(`${k} ${a ? a + " → " : ""}${b}`);
  }
  return parts.length ? `: ${parts.join(", ")}` : null;
}
