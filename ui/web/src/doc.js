// A document, sentence by sentence, with the events coded from each (the
// rejected ones struck through): the page an event's "sentence" link opens
// ("#doc?id=D&sentence=N"). A reviewer adds here an event the coder missed
// in a sentence.
import { api, el, showError, actor, label, eventsHref } from "./api.js";
import { badge, editor } from "./review.js";

export function render(root, params = new URLSearchParams()) {
  const id = params.get("id") || "";
  const want = params.get("sentence");
  const body = el("div", { id: "doc-view" }, el("p", { class: "muted" }, "Loading…"));
  root.append(body);
  if (!id) {
    showError(body, new Error("no document: this page is opened from an event's sentence"));
    return;
  }
  load();

  async function load(focus = want) {
    try {
      const { data } = await api("documents/" + encodeURIComponent(id), { rejected: "true" });
      show(data.document, data.events || [], focus);
    } catch (err) {
      showError(body, err);
    }
  }

  function show(d, events, focus) {
    const enc = new TextEncoder(), dec = new TextDecoder(), bytes = enc.encode(d.text || "");
    const spans = d.sentences && d.sentences.length ? d.sentences : [[0, bytes.length]];
    const bySentence = new Map();
    for (const e of events) {
      if (!bySentence.has(e.sentence)) bySentence.set(e.sentence, []);
      bySentence.get(e.sentence).push(e);
    }
    const sentences = spans.map(([a, b], i) => {
      const evs = bySentence.get(i) || [];
      const slot = el("div", { class: "r-add-slot" });
      const add = el("button", { type: "button", class: "r-add secondary", title: "an event in this sentence that the coder did not find" },
        "Add a missed event");
      add.addEventListener("click", () => {
        const form = editor(null, { doc: d.id, sentence: i, date: d.date }, {
          onJudged: () => load(String(i)),
          onCancel: () => { slot.replaceChildren(); add.hidden = false; },
        });
        add.hidden = true;
        slot.replaceChildren(el("h4", {}, `Add an event to sentence ${i + 1}`), form);
        form.focusFirst();
      });
      return el("section", { class: "doc-sentence" + (String(i) === focus ? " focus" : ""), "data-sentence": i },
        el("p", {}, el("span", { class: "muted" }, `${i + 1}. `), dec.decode(bytes.subarray(a, b))),
        evs.length ? el("ul", { class: "doc-events" }, ...evs.map((e) => el("li", {
          "data-id": e.id, class: e.review && e.review.status ? "rev-" + e.review.status : null,
        },
          el("a", { href: eventsHref({ event: e.id }) }, `${actor(e.source) || "–"} → ${actor(e.target) || "–"} `,
            el("span", { class: `code q${e.event.quad}` }, e.event.code), ` ${label(e)}`),
          e.review ? [" ", badge(e)] : null))) : null,
        el("div", { class: "controls" }, add), slot);
    });
    body.replaceChildren(
      el("h1", {}, d.title || d.id),
      el("p", { class: "muted" }, [d.date, d.source, `document ${d.id}`].filter(Boolean).join(" · "),
        /^https?:\/\//i.test(d.url || "") ? [" · ", el("a", { href: d.url, rel: "noopener noreferrer" }, "original")] : null),
      ...sentences);
    const f = body.querySelector(".doc-sentence.focus");
    if (f) f.scrollIntoView({ block: "center" });
  }
}
