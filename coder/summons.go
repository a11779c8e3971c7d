package coder

// A summons told with its purpose ("summoned the Ukrainian envoy to demand
// that Kyiv stop the attacks", "called in the ambassador to demand an
// explanation") is two acts: the summons (114, as the codebook codes a
// summons to complain) and the demand it was made to put, to the envoy's
// state (madeOfCalled, demandedof.go). Calling an envoy in is no phone call.

// summonWords are the forms of summoning; "call" summons only with "in".
var summonWords = set(`summon summoned summons summoning`)

// summonPurpose reports whether trigger t is the verb of a purpose
// infinitive ("to demand") after a summons in its clause, which is an act
// of its own, not a complement of the summons.
func (s *sentence) summonPurpose(t int) bool {
	return s.summonVerb(t) >= 0
}

// summonVerb returns the verb of the summons in the clause of trigger t
// that "to" right before t tells the purpose of, or -1.
func (s *sentence) summonVerb(t int) int {
	if t < 3 || !isWord(s.toks, t-1, "to") {
		return -1
	}
	for v := t - 2; v >= 0 && v >= t-14 && !s.boundary[v]; v-- {
		if summonWords[s.toks[v].Lower] || s.toks[v].Lemma == "call" && isWord(s.toks, v+1, "in") {
			return v
		}
	}
	return -1
}

// summoned returns the mention of whom the summons before trigger t's
// "to" summoned ("called in the Russian ambassador on Monday to demand"),
// or -1.
func (s *sentence) summoned(t int) int {
	v := s.summonVerb(t)
	if v < 0 {
		return -1
	}
	k := v + 1
	if isWord(s.toks, k, "in") {
		k++
	}
	for k < t-1 && determiners[s.toks[k].Lower] {
		k++
	}
	if mi := s.at[k]; mi >= 0 && s.ms[mi].usable() && s.ms[mi].end <= t-1 {
		return mi
	}
	return -1
}
