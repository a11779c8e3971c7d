package coder

// ownStateArrest returns the arrest at a, a passive with no agent, no
// reporter and no place ("Former president Pedro Castillo was detained",
// "Russia's opposition leader was jailed for 30 days"), as the act of the
// state whose politician tgt is: a leader, a lawmaker or an opponent whose
// own words name his country, in a sentence that names no other country, is
// held by his own state. Nil when tgt is anyone else (a national, whom a
// state may hold abroad) or another country is named (coerce11).
func (s *sentence) ownStateArrest(a match, tgt int, conf float64) []proto {
	if tgt < 0 || s.ms[tgt].kind != mFull || len(s.ms[tgt].members) != 1 {
		return nil
	}
	y := s.ms[tgt].members[0]
	c := y.country
	if c == "" || !(politicalRoles[role(y)] || len(y.code) == 3 && y.person != nil) {
		return nil
	}
	for mi := range s.ms {
		if mi != tgt && s.ms[mi].usable() {
			for _, m := range s.ms[mi].members {
				if m.country != "" && m.country != c {
					return nil // "an opposition leader was detained, Britain said": perhaps abroad
				}
			}
		}
	}
	src := member{code: c, country: c, name: y.name, start: -1, end: -1}
	return []proto{{src: src, tgt: y, hasTgt: true, code: "173", words: a.words, conf: conf - 0.15, frame: -1}}
}

// politicalRoles are the roles of people whose arrest at home makes news:
// officials, lawmakers, opponents and their parties.
var politicalRoles = set(`GOV OPP PTY LEG`)
