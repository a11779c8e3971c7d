package coder

// Prisoners a state frees are its own people when nothing in the sentence
// says whose they are (POLICY §5: "Belarus freed 14 political prisoners" is
// BLR → BLRCVL 0841); the country the document is mostly about is no word
// of theirs: "Nicaragua freed 222 political prisoners and expelled them to
// the United States, a move U.S. Secretary of State Antony Blinken
// welcomed" frees Nicaraguans, and expels them.

// ownPrisoners gives a release (0841), and an expulsion (174) of the same
// people, whose target is a people only the document's country names the
// country of the state that frees them.
func ownPrisoners(s *sentence, ps []proto) []proto {
	freed := ""
	for i := range ps {
		p := &ps[i]
		if !p.hasTgt || p.src.country == "" || role(p.src) != "" && !stateBodies[role(p.src)] || role(p.tgt) != "CVL" || p.tgt.country == p.src.country {
			continue
		}
		switch {
		case p.code == "0841" && s.documentCountry(p.tgt) && !freesToo(ps, p.tgt.country):
			freed = p.tgt.code
		case p.code == "174" && freed != "" && p.tgt.code == freed:
		default:
			continue
		}
		p.tgt = member{code: p.src.country + role(p.tgt), country: p.src.country, name: p.src.name, start: p.tgt.start, end: p.tgt.end}
	}
	return ps
}

// ownCrowds gives repression (175) by a state's police or troops, whose
// target is a crowd only the document's country names the country of, the
// state's own country: "Iranian police fired tear gas at protesters, and
// the foreign ministry summoned Britain's ambassador over reporting by
// London-based channels" represses Iranians (POLICY §5), and the protest
// it tells of (demonstrations, which runs after it) is theirs.
func ownCrowds(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if p.code != "175" || !p.hasTgt || p.src.country == "" || role(p.src) != "COP" && role(p.src) != "MIL" ||
			role(p.tgt) != "OPP" && role(p.tgt) != "CVL" || p.tgt.country == p.src.country || !s.documentCountry(p.tgt) {
			continue
		}
		p.tgt = member{code: p.src.country + role(p.tgt), country: p.src.country, name: p.src.name, start: p.tgt.start, end: p.tgt.end}
	}
	return ps
}

// documentCountry reports whether member m took its country from the
// document's, not from words of the sentence.
func (s *sentence) documentCountry(m member) bool {
	if m.start < 0 || m.start >= len(s.in) {
		return false
	}
	mi := s.in[m.start]
	return mi >= 0 && s.ms[mi].kind == mImplied && (s.ms[mi].implied == fromDocument || s.ms[mi].implied == fromStory)
}

// freesToo reports whether country frees people in ps too: an exchange of
// prisoners ("Russia and Ukraine each freed 390 prisoners"), whose people
// are each other's.
func freesToo(ps []proto, country string) bool {
	for _, p := range ps {
		if p.code == "0841" && p.src.country == country {
			return true
		}
	}
	return false
}
