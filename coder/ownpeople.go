package coder

// Repression with no one named. "Security forces fired tear gas and live
// bullets in Kampala", "riot police in Minsk fired stun grenades and rubber
// bullets to break up protests": the crowd control a state's own police or
// troops use at home, with no words for whom, is used on its own people
// (175 against the country's civilians), as POLICY §5 codes a curfew or a
// protest that names no one. Not where the sentence names another country
// (the force may be at its border or its people), nor on migrants or
// refugees, who are no people of the state.

// unnamedCrowds gives each violent repression (175) with no target, by a
// state's police, troops or security service of one country, that country's
// people as its target.
func unnamedCrowds(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "175" || p.hasTgt || p.src.country == "" || role(p.src) != "COP" && role(p.src) != "MIL" && role(p.src) != "SPY" {
			continue
		}
		if s.otherCountry(p.src.country) || s.hasWord(strangersAtBorder) {
			continue
		}
		name, _ := s.lx.Name(p.src.country)
		ps[i].tgt = member{code: p.src.country + "CVL", country: p.src.country, name: name, start: -1, end: -1}
		ps[i].hasTgt = true
	}
	return ps
}

// strangersAtBorder are people a state's force meets who are not its own.
var strangersAtBorder = set(`migrant migrants refugee refugees asylum-seekers asylum`)

// otherCountry reports whether the sentence names an actor or a place of a
// country other than c.
func (s *sentence) otherCountry(c string) bool {
	for _, m := range s.ms {
		for _, mb := range m.members {
			if mb.country != "" && mb.country != c {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether a word of the sentence is in ws.
func (s *sentence) hasWord(ws map[string]bool) bool {
	for k := range s.toks {
		if ws[s.toks[k].Lower] {
			return true
		}
	}
	return false
}
