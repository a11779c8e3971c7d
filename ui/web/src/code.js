// Code a text: post a text to the coder and show the events it finds.
import { api, el, showError } from "./api.js";
import { eventTable } from "./events.js";

export function render(root) {
  const text = el("textarea", { id: "c-text", rows: 8, placeholder: "Paste a news text…" });
  text.value = "Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday.";
  const date = el("input", { id: "c-date", type: "date", value: today() });
  const out = el("div", { id: "code-result" });
  const form = el("form", { class: "stack", onsubmit: async (e) => {
    e.preventDefault();
    out.replaceChildren(el("p", { class: "muted" }, "Coding…"));
    try {
      const { data } = await api("code", null, { text: text.value, date: date.value });
      const rows = data || [];
      out.replaceChildren(
        el("p", { class: "muted" }, `${rows.length} event${rows.length === 1 ? "" : "s"} coded.`),
        rows.length ? eventTable(rows, { full: true }) : "");
    } catch (err) { showError(out, err); }
  } },
  text, el("div", { class: "controls" }, el("label", {}, "Date ", date),
    el("button", { type: "submit", id: "c-submit" }, "Code")));
  root.append(el("h1", {}, "Code a text"), form, out);
}

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
