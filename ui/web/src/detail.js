// The detail of one event, as the events page and the review queue show it:
// the sentence with its marks, the actors and the action, the review status,
// the buttons to confirm, reject or correct it, and what reviewers said.
import { el, highlight, actor, num, label, extras } from "./api.js";
import { badge, actions, editor, history } from "./review.js";

// docHref is the link to an event's sentence in its document, where a
// missed event can be added.
export function docHref(e) {
  return `#doc?id=${encodeURIComponent(e.doc)}&sentence=${e.sentence}`;
}

// eventPanel fills box with event e of document doc (may be null). After a
// judgement, onJudged receives the server's answer ({judgement, event}).
export function eventPanel(box, e, doc, { onJudged }) {
  doc = doc || {};
  const hist = el("div", { class: "r-history-box" });
  const review = el("div", { class: "r-box" });
  const showActions = () => review.replaceChildren(actions(e, {
    onJudged, onEdit: () => {
      const form = editor(e, null, { onJudged, onCancel: showActions });
      review.replaceChildren(el("h4", {}, "Correct this event"), form);
      form.focusFirst();
    },
  }));
  showActions();
  const r = e.review;
  box.replaceChildren(...[
    el("h3", {}, doc.title || e.doc),
    el("p", { class: "muted" }, `${e.date} · document ${e.doc}, `,
      el("a", { href: docHref(e), class: "r-doc-link", title: "the sentence in its document, where a missed event can be added" },
        `sentence ${e.sentence + 1}`)),
    el("p", { class: "sentence" }, highlight(e)),
    el("dl", { class: "extras" },
      el("dt", {}, "Source"), e.source
        ? el("dd", {}, el("mark", { class: "src" }, e.source.text), ` ${e.source.name || ""} (${actor(e.source)})`)
        : el("dd", {}, "–"),
      e.target ? el("dt", {}, "Target") : null,
      e.target ? el("dd", {}, el("mark", { class: "tgt" }, e.target.text), ` ${e.target.name || ""} (${actor(e.target)})`) : null,
      el("dt", {}, "Action"), el("dd", {}, e.event.text ? [el("mark", { class: "evt" }, e.event.text), " "] : null,
        `${e.event.code} ${label(e)} · quad ${e.event.quad} · Goldstein ${num(e.event.goldstein, 1)}${e.event.plover ? " · " + e.event.plover : ""}`),
      el("dt", {}, "Confidence"), el("dd", {}, num(e.confidence)),
      el("dt", {}, "Review"), el("dd", { class: "r-status" }, r && r.status
        ? [badge(e), ` by ${r.reviewer || "?"}${r.note ? " — " + r.note : ""}`]
        : el("span", { class: "muted" }, "not reviewed"))),
    extras(e),
    review,
    hist,
  ].filter(Boolean));
  if (r && r.status) history(hist, e.id);
}
