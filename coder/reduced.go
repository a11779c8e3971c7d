package coder

// A participle phrase on a clause's subject, before the clause's own verb:
// "students angered by a rise in tuition fees clashed with police". The
// participle tells the subject's state ("angered by", "backed by", "led
// by"), and the verb after its phrase is the subject's own act: a pattern
// read from the participle ("&UNHAPPY ... with $T") may not run on past
// that verb to take its object ("with police") as its own, which would
// hide the clash. relativeSubjects does the same for a relative clause
// with "who".

// statePreps are the prepositions of what a state of mind (stanceWords,
// stance.go) after the noun it tells of is about: "farmers angry at the new
// fuel tax", "students opposed to the bill".
var statePreps = set(`at over about with by to`)

// reducedRelatives ends each participle phrase with "by", and each phrase
// of a state of mind (stanceWords), on a clause's subject before the clause's main verb: the first past verb after it
// that no auxiliary, determiner, preposition, "and" or number ties to
// what comes before, with no comma or clause boundary between.
func (s *sentence) reducedRelatives() {
	for mi := range s.ms {
		m := &s.ms[mi]
		k := m.end
		if len(m.members) == 0 || k+3 >= len(s.toks) || s.toks[k].Cap ||
			!(pastForm(&s.toks[k]) && isWord(s.toks, k+1, "by") || stanceWords[s.toks[k].Lower] && statePreps[s.toks[k+1].Lower]) {
			continue
		}
		j := m.start - 1
		for j >= 0 && determiners[s.toks[j].Lower] {
			j--
		}
		if j >= 0 && !s.boundary[j] {
			continue // not a clause's subject: "fired at protesters angered by"
		}
		if j := s.verbAfterPhrase(k+3, min(len(s.toks), k+15)); j >= 0 {
			s.boundary[j-1] = true
			s.mainAt = append(s.mainAt, j-1)
		}
	}
}
