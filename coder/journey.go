package coder

// journeyEnd reports whether mention mi ends a journey's "from A to B"
// ("a jet flying from Athens to Vilnius to land in Minsk"): B is where the
// craft was going, a place, not the one made to do the infinitive's action
// after it (subject), as with "between A and B" (placePreps).
func (s *sentence) journeyEnd(mi int) bool {
	m := &s.ms[mi]
	if m.prep != "to" || m.start < 2 {
		return false
	}
	j := m.start - 2 // the word before "to"
	return s.in[j] >= 0 && s.ms[s.in[j]].prep == "from"
}
