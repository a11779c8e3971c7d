package coder

// noparties: a role word after "after" or "before" whose country only the
// document gives ("weeks after the government banned street protests",
// "before riot police fired tear gas") is left without a source by slots,
// for whose police the sentence does not say ("recalled its ambassador
// after police raided the embassy"). Where the sentence itself names that
// country by an actor of its own ("Guinea's junta leader met ..., weeks
// after the government banned"), the guess is what the sentence is about,
// and the role word is its clause's subject. Only "the government" (or
// "the junta", "the regime"): police or troops after "after" often act in
// another state ("Mexico recalled its ambassador to Ecuador after police
// raided the Mexican embassy"), and rebels or crowds are no state's.

// namesOwnState reports whether the sentence names, by an actor outside a
// preposition, the country that role mention m was given by the document.
func (s *sentence) namesOwnState(m *mention) bool {
	if len(m.members) != 1 || m.members[0].country == "" || m.role != "GOV" {
		return false
	}
	for k := range s.ms {
		o := &s.ms[k]
		if o != m && o.kind == mFull && o.prep == "" && len(o.members) == 1 && o.members[0].country == m.members[0].country {
			return true
		}
	}
	return false
}
