package coder

// evacuatedFrom gives an evacuation of people that names no place they
// leave (073 with no target: "an airlift in which U.S. aircraft had
// evacuated more than 123,000 civilians") the country they left, as the
// team's sets code evacuations from a named place ("evacuated 157 people
// from Port Sudan" is SAU → SDN): the one country other than the
// evacuator's that the sentence names, as a state or by a place of it
// ("left Afghanistan ... from Kabul airport"), also when the people are
// the evacuator's own ("its planes had evacuated 15,000 Britons"). With no
// such country, or several, it keeps what it had.
func evacuatedFrom(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if p.code != "073" || p.src.country == "" || len(p.words) == 0 || s.toks[p.words[0]].Lemma != "evacuate" {
			continue
		}
		if p.hasTgt && !(p.tgt.country == p.src.country && role(p.tgt) == "CVL") {
			continue // (the evacuator's own people are those it takes out, not whence)
		}
		from := -1
		for mi := range s.ms {
			m := &s.ms[mi]
			if m.kind != mFull && m.kind != mPlace || len(m.members) != 1 {
				continue
			}
			b := m.members[0]
			if b.person != nil || b.country == "" || b.country == p.src.country || len(b.code) != 3 {
				continue
			}
			if from >= 0 && s.ms[from].members[0].country != b.country {
				from = -2 // two other countries: which one they left is not said
				break
			}
			from = mi
		}
		if from >= 0 {
			p.tgt, p.hasTgt = s.ms[from].members[0], true
		}
	}
	return ps
}
