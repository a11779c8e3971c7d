package coder

import "github.com/dyadhq/dyad/text"

// A pronoun in the object of a hostile verb is not that verb's subject, which
// would be "itself": "Ukraine said Russia had attacked it with drones" is
// attacked Ukraine. So is the owner "its" of what a hostile act reaches: "Manila said
// Beijing had harassed its coast guard" harasses the Philippines' (a state
// that does it to its own is told with "its own"). "Israel must withdraw its
// forces" keeps its subject: withdrawing is no act on another.

// boundSubject returns the start of the subject of the verb whose object
// (or object's owner) is the pronoun at token i, when that subject cannot
// be the pronoun's antecedent; else -1.
func boundSubject(toks []text.Token, i int) int {
	w := toks[i].Lower
	if w != "it" && w != "its" || i < 2 || isWord(toks, i+1, "own") {
		return -1
	}
	v := i - 1
	if prepositions[toks[v].Lower] && (w == "its" || toks[v].Lower != "of") {
		v-- // "fired on its troops", "opened fire at it"
	}
	t := &toks[v]
	if t.Kind != text.Word || t.Cap || !pastForm(t) || reportWords[t.Lower] || reportVerbs[t.Lower] {
		return -1
	}
	if w == "it" && i+1 < len(toks) && (bindAux[toks[i+1].Lower] || pastForm(&toks[i+1])) {
		return -1 // "said it had", "warned it would": the subject of a clause of its own
	}
	if !hostileLemmas[t.Lemma] {
		return -1 // "Serbia denounced it": "it" may be an act told before, whose doers answer for it
	}
	k := v - 1
	for k >= 0 && (bindAux[toks[k].Lower] || verbAdverbs[toks[k].Lower]) {
		k--
	}
	if k < 0 {
		return -1
	}
	return k
}

// bindAux are the auxiliaries between a subject and its verb.
var bindAux = set(`had has have was were is are been be would will could can may might must should did does do`)

// verbAdverbs may stand between a subject and its verb ("had repeatedly
// harassed").
var verbAdverbs = set(`also again repeatedly reportedly allegedly then later previously deliberately recently just already once twice`)

// hostileLemmas are the verbs of acts on another party, whose object's
// "its" is not the doer's.
var hostileLemmas = set(`attack strike hit shell bomb target raid harass provoke threaten seize capture board ram
	invade violate breach fire shoot kill wound injure detain arrest abduct kidnap expel sanction blockade storm
	intercept jam hack accuse blame insult humiliate`)

// forcesOfSubject returns the opening subject for an "its" that, with a
// noun of armed forces after it, opens a clause joined by "and": "Israel
// banned an aid group and its troops raided the group's offices",
// "Ethiopia accused Eritrea of sending troops, and its forces clashed with
// Eritrean units". Troops are a state's, the one whose clauses these are,
// not an organisation's or the first act's target. Else nil.
func forcesOfSubject(toks []text.Token, ms []mention, i int) *mention {
	if toks[i].Lower != "its" || !isWord(toks, i-1, "and") || i+2 >= len(toks) || !armedNouns[toks[i+1].Lower] {
		return nil
	}
	if n := &toks[i+2]; n.Kind != text.Word || n.Cap || !pastForm(n) && !bindAux[n.Lower] {
		return nil // "the group and its fighters' families": no clause of their own
	}
	m := openingSubject(toks, ms)
	if m == nil || m.end > i || len(m.members) != 1 || m.members[0].country == "" || nonState(m.members[0]) {
		return nil
	}
	return m
}

// armedNouns are the plural nouns of a state's armed forces.
var armedNouns = set(`forces troops soldiers jets warplanes warships aircraft army military navy police`)
