// Actor fields: inputs that take a name ("Russia", "Boko Haram") as well as a
// code, suggest the dictionaries' entries as the user types (GET
// /api/actors), and resolve a typed name to the key the API filters by.
import { api, el } from "./api.js";

// keyOf is what an entry stands for where it is used. Event filters
// ("filter") match a country code or an actor-code prefix, so a group is
// its full code (NGAREBBKH: that group only). Dyad series ("dyad") are kept
// by the store's keys: a country's code, a group's home country (NGA), an
// organisation's code. A person is coded by the role held, here the latest
// one; as the coder does, a person's key is the role's country unless the
// role is in an organisation.
export function keyOf(e, use) {
  const code = e.code || (latestRole(e) || {}).code || "";
  if (use === "dyad") {
    if (e.kind === "person") return code.startsWith("IGO") ? code : code.slice(0, 3);
    return e.country || code;
  }
  return code;
}

function latestRole(e) {
  const roles = e.roles || [];
  return roles.find((r) => !r.to) || [...roles].sort((a, b) => (a.to < b.to ? -1 : 1)).pop();
}

// describe is how an entry is offered: "Russia · country", "Boko Haram ·
// group, NGA", "Vladimir Putin · person, President of Russia".
function describe(e) {
  const more = e.kind === "person" ? (latestRole(e) || {}).title : e.kind === "country" ? "" : e.country;
  return `${e.name} · ${e.kind}${more ? ", " + more : ""}`;
}

// actorInput returns an input (attrs as for el; attrs.id is required) with a
// list of the entries that match what is typed, each offered as its key for
// use ("filter" or "dyad"), the name as its label.
export function actorInput(attrs, use) {
  const list = el("datalist", { id: attrs.id + "-list" });
  const input = el("input", { ...attrs, list: list.id, autocomplete: "off" });
  let timer = null, asked = "";
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2 || q === asked) return;
    timer = setTimeout(async () => {
      asked = q;
      try {
        const { data } = await api("actors", { q, limit: 12 });
        if (input.value.trim() !== q) return; // the user typed on
        const seen = new Set();
        list.replaceChildren(...(data || []).map((e) => {
          const key = keyOf(e, use), text = describe(e);
          if (!key || seen.has(key + text)) return null;
          seen.add(key + text);
          return el("option", { value: key, label: text, "data-name": e.name });
        }).filter(Boolean));
      } catch { /* a server without dictionaries: codes still work */ }
    }, 150);
  });
  return [input, list];
}

// resolveActor turns what the user typed into the key for use: a code the
// dictionaries hold, or a name that one of their entries has, is that
// entry's key; another upper-case code (RUSGOV, a prefix) is kept as it is;
// other words are the best match's key. It throws when nothing matches.
// "*" (any actor) and "" are kept.
export async function resolveActor(text, use) {
  const t = text.trim();
  if (!t || t === "*") return { key: t };
  let hits;
  try {
    hits = (await api("actors", { q: t, limit: 10 })).data || [];
  } catch (err) {
    if (/^not_found/.test(err.message)) return { key: t.toUpperCase() }; // nothing to look names up in
    throw err;
  }
  const lower = t.toLowerCase();
  const exact = hits.find((e) => e.code.toLowerCase() === lower || e.names.some((n) => n.toLowerCase() === lower));
  if (exact) return { key: keyOf(exact, use), name: exact.name };
  if (/^[A-Z0-9]{3,}$/.test(t)) return { key: t };
  if (hits.length && keyOf(hits[0], use)) return { key: keyOf(hits[0], use), name: hits[0].name };
  throw new Error(`no actor matches "${t}": try a name or a code (RUS, IGOUNO)`);
}

// resolveInputs resolves the actor fields in place: each shows its key
// afterwards, with the name it stood for as its title. It returns the
// notes "Russia → RUS" for the names it resolved.
export async function resolveInputs(inputs, use) {
  const notes = [];
  for (const input of inputs) {
    const typed = input.value.trim();
    const { key, name } = await resolveActor(typed, use);
    if (key !== typed) {
      input.value = key;
      notes.push(`${typed} → ${key}`);
    }
    input.title = name || "";
  }
  return notes;
}
