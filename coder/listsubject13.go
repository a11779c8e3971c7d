package coder

import "github.com/dyadhq/dyad/text"

// new13a: "Israel halted aid into Gaza, and Egypt and Qatar accused it of
// using starvation": a singular "it" that is the object of a verb whose
// subject is a list of several ("Egypt and Qatar") is none of the list's
// members, as the list itself is "they": it stands for an actor named
// before the list. Before this the bound subject was only the list's last
// member, and "it" fell to the member before it (QAT accused EGY).

// listSubjectOf returns the indices of the mentions of the list that is the
// subject of the verb whose object the pronoun "it" at token i is ("Egypt
// and Qatar condemned it", "Britain and France fired on it"), or nil when
// that subject is no list.
func listSubjectOf(toks []text.Token, ms []mention, i int) []int {
	if toks[i].Lower != "it" || i < 3 {
		return nil
	}
	v := i - 1
	if prepositions[toks[v].Lower] && toks[v].Lower != "of" {
		v-- // "fired on it"
	}
	if i >= 6 && verbIng(&toks[i-1]) && (isWord(toks, i-2, "of") || isWord(toks, i-2, "for")) &&
		(isWord(toks, i-4, "each") && isWord(toks, i-3, "other") || isWord(toks, i-4, "one") && isWord(toks, i-3, "another")) {
		v = i - 5 // "Kyiv and Moscow accused each other of destroying it": the dam, neither of them
	}
	t := &toks[v]
	if t.Kind != text.Word || t.Cap || !pastForm(t) || reportWords[t.Lower] || reportVerbs[t.Lower] {
		return nil
	}
	if i+1 < len(toks) && (bindAux[toks[i+1].Lower] || pastForm(&toks[i+1])) {
		return nil // "said it had": the subject of a clause of its own
	}
	k := v - 1
	for k >= 0 && (bindAux[toks[k].Lower] || verbAdverbs[toks[k].Lower]) {
		k--
	}
	last := -1
	for j := range ms {
		if ms[j].end == k+1 && ms[j].usable() && ms[j].kind != mPlace {
			last = j
		}
	}
	if last < 0 {
		return nil
	}
	chain := []int{last}
	for cur := last; ; {
		prev := -1
		for j := range ms {
			if p := &ms[j]; p.end < ms[cur].start && p.usable() && p.kind != mPlace && joins(toks, p.end, ms[cur].start) {
				prev = j
			}
		}
		if prev < 0 {
			break
		}
		chain, cur = append(chain, prev), prev
	}
	if len(chain) < 2 || !hasConj(toks, ms[chain[1]].end, ms[chain[0]].start) {
		return nil
	}
	return chain
}
