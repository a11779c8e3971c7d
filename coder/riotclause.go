package coder

// A riot or a protest named by a noun after "after", "before" or
// "following" is the subject of a clause of its own when a past verb
// follows its phrase: "declared a state of emergency after rioting in Port
// Moresby killed 15 people", "imposed a curfew after protests in Dakar
// turned violent". The clause tells one more event (doc/POLICY.md, section
// 7: a clause that dates the sentence's own event is an event), held by the
// people of the place its phrase names (section 5), not by the subject of
// the main clause; "stayed in office despite weeks of protests in Lima",
// with no verb of its own, stays background.

// clausePreps open such a clause.
var clausePreps = set(`after before following`)

// riotClauseSite returns the place of the riot or protest noun of action a
// that opens a clause after a word of clausePreps, or -1.
func (s *sentence) riotClauseSite(a match) int {
	t := a.trig
	k := t - 1
	for k >= 0 && k >= t-3 && determiners[s.toks[k].Lower] && s.in[k] < 0 {
		k--
	}
	if k < 0 || !clausePreps[s.toks[k].Lower] {
		return -1
	}
	w := &s.toks[t]
	if !protestVerbs[w.Lemma] || w.Lower == w.Lemma && w.Lower != "rioting" && !(t > 0 && determiners[s.toks[t-1].Lower]) || s.modifierNoun(t) {
		return -1 // a noun: "protests", "the rally", "rioting"; not "protested", nor "a protest camp"
	}
	pl := s.siteAfter(t, true)
	if pl < 0 {
		return -1
	}
	if j := s.verbAfterPhrase(s.ms[pl].end, len(s.toks)); j < 0 || j > s.ms[pl].end+6 {
		return -1 // "after protests in Dakar, police ...": no verb of the protest's own
	}
	return pl
}
