package coder

// settlers recodes the property settlers burn as the destruction of
// property it is (1712), not a riot (145): "Israeli settlers raided the
// village of Turmus Ayya and set houses and cars on fire". Settlers are no crowd protesting to its own state; their
// arson is done to the people whose town they raid, the country of the
// town or people the sentence names, as the team's gold codes it.
func settlers(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "145" || role(p.src) != "SET" || len(p.words) == 0 || !arsonWords[s.toks[p.words[0]].Lemma] {
			continue
		}
		ps[i].code = "1712"
		if !p.hasTgt {
			if t, ok := s.raidedPeople(p.src); ok {
				ps[i].tgt, ps[i].hasTgt = t, true
			}
		}
	}
	return ps
}

// arsonWords begin the patterns of setting property on fire.
var arsonWords = set(`set torch burn`)

// raidedPeople returns the first actor of the sentence of another country
// than src, the town or people the settlers raided, as a country.
func (s *sentence) raidedPeople(src member) (member, bool) {
	for mi := range s.ms {
		m := &s.ms[mi]
		if len(m.members) != 1 || m.kind == mPronoun || m.kind == mEvent {
			continue
		}
		if c := m.members[0]; c.country != "" && c.country != src.country {
			t := c
			t.code, t.person = c.country, nil
			return t, true
		}
	}
	return member{}, false
}
