package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// People that a sentence describes by what they do, in words no dictionary
// holds, as the object of an act done to people: "arrested 23
// volunteers", "abducted dozens of teenagers", "jailed a translator". They
// are civilians: of the country the adjective on them names ("a Dutch
// engineer"), else, as a role word with no country, of the country the
// context gives (doc/POLICY.md §5). Only objects of such acts, and only
// nouns with the endings of a doer ("-er", "-ist"): elsewhere, or without
// them, such a word is as likely a thing.

// peopleActs are the lemmas of the verbs whose object is a person whatever
// words name him.
var peopleActs = set(`arrest detain abduct kidnap execute expel deport jail imprison sentence behead torture
	kill release free beat`)

// personEndings are the endings of English nouns of a person by what he
// does: monitor, volunteer, organiser, herder, pianist, librarian, trainee.
var personEndings = []string{"er", "or", "ist", "ian", "ee"}

// notPersons are nouns with those endings that name no person, and the
// words of a vessel, which are detained as crews are; and adjectives with
// those endings that end a phrase ("the former", "oil majors"); and the titles of
// officials, who are their state's, not civilians ("the Indian high
// commissioner"); and seamen, who are their ship's crew, not the place's.
var notPersons = set(`order paper container computer server chamber quarter headquarter border number letter
	layer tower barrier cylinder trailer power water matter corner river ledger register document
	former major minor
	commissioner director administrator inspector speaker coordinator adviser advisor counsellor counselor
	minister premier chancellor ambassador governor officer commander senator mayor registrar controller
	sailor seafarer`)

// personNoun reports whether the lower-case word w (a plural or not) names a
// person by the ending of its singular: a doer's noun, not one of notPersons.
func personNoun(w string) bool {
	one := strings.TrimSuffix(w, "s")
	if len(one) < 4 || notPersons[one] || vessels[one] || equipment[one] {
		return false
	}
	for _, e := range personEndings {
		if strings.HasSuffix(one, e) {
			return true
		}
	}
	return false
}

// orgActs are the lemmas of the verbs done to organisations: "outlawed an
// environmental organisation", "dissolved a feminist collective". Not
// "raid", whose object is as often a place or a gang's den.
var orgActs = set(`ban outlaw proscribe dissolve deregister liquidate suspend`)

// orgNouns are the nouns of an organisation that civilians form.
var orgNouns = set(`group organisation organization association collective movement network foundation society union`)

// ownerNouns are the nouns an act on an organisation or its people comes
// through: "raided the offices of", "suspended all activities of",
// "arrested 14 members of".
var ownerNouns = set(`offices headquarters premises activities members supporters staff`)

// describedPeople adds, for each act on people or organisations, its
// object when the object is a noun of a person (or, through an owner noun
// or for an act on organisations, of an organisation) that no mention
// covers: a role mention of civilians, which implied then gives the
// context's country, or, when a nationality adjective is on it, a mention
// of that country's civilians (the adjective's mention is dropped).
func describedPeople(toks []text.Token, ms []mention) []mention {
	at := func(k int) int {
		for i := range ms {
			if k >= ms[i].start && k < ms[i].end {
				return i
			}
		}
		return -1
	}
	for v := 0; v+1 < len(toks); v++ {
		t := &toks[v]
		if t.Lower == t.Lemma && t.Lower != "beat" || t.Cap && v > 0 { // speed7: tested before the look-ups
			continue // the verb inflected, as a verb is in news ("arrested", "detaining", "beat"), not the noun "arrest"
		}
		people, orgs := peopleActs[t.Lemma], orgActs[t.Lemma]
		if !people && !orgs || at(v) >= 0 {
			continue
		}
		start, owner := countEnd(toks, v+1), false
		if start+1 < len(toks) && ownerNouns[toks[start].Lower] && toks[start+1].Lower == "of" {
			start, owner = countEnd(toks, start+2), true // "the offices of an election monitoring group"
		}
		adj := -1 // the nationality adjective on the people
		for k := start; k < len(toks) && k < start+4; k++ {
			w := &toks[k]
			if mi := at(k); mi >= 0 {
				if ms[mi].kind != mWeak || adj >= 0 || len(ms[mi].members) != 1 || len(ms[mi].members[0].code) != 3 || ms[mi].end != k+1 {
					break // a named actor, or a role word: not for this rule
				}
				adj = mi
				continue
			}
			if w.Lower == "-" && k > start {
				continue // "pro-democracy"
			}
			if w.Kind != text.Word || w.Cap || closedClass(w.Lower) || prepositions[w.Lower] {
				break
			}
			head := people && personNoun(w.Lower) || (orgs || owner) && (orgNouns[w.Lemma] || orgNouns[strings.TrimSuffix(w.Lower, "s")])
			if !head || isWord(toks, k+1, "of") || k+1 < len(toks) && toks[k+1].Kind == text.Word && (toks[k+1].Cap || !closedClass(toks[k+1].Lower) && !prepositions[toks[k+1].Lower]) {
				continue // a modifier; and not people of someone named after them ("members of Hamas")
			}
			if n := k + 2; isWord(toks, k+1, ",") && (isWord(toks, n, "the") && n+1 < len(toks) && toks[n+1].Cap || n < len(toks) && toks[n].Cap) || isWord(toks, k+1, "(") {
				break // "the two main organisations, the ANC and the PAC": the names that follow say who
			}
			m := mention{start: start, end: k + 1, kind: mAgent, role: "CVL"}
			if adj >= 0 {
				b := ms[adj].members[0]
				b.code, b.start, b.end = b.country+"CVL", start, k+1
				m = mention{start: start, end: k + 1, members: []member{b}}
				ms = append(ms[:adj], ms[adj+1:]...)
			}
			ms = insertMention(ms, m)
			break
		}
	}
	return ms
}

// countEnd returns the token after the count or determiner that starts at
// k, if any: "41", "dozens of", "at least 12", "all the", "an".
func countEnd(toks []text.Token, k int) int {
	from := k
	if isWord(toks, k, "at") && isWord(toks, k+1, "least") {
		k += 2
	}
	for k < len(toks) && (quantifiers[toks[k].Lower] || countWords[toks[k].Lower] || toks[k].Kind == text.Number || toks[k].Lower == "the") {
		k++
	}
	if k > from && crowdWords[toks[k-1].Lower] && isWord(toks, k, "of") {
		k++
	}
	return k
}

// insertMention adds m to ms, which are in sentence order, in its place.
func insertMention(ms []mention, m mention) []mention {
	i := 0
	for i < len(ms) && ms[i].start < m.start {
		i++
	}
	ms = append(ms, mention{})
	copy(ms[i+1:], ms[i:])
	ms[i] = m
	return ms
}
