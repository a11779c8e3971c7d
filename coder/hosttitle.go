package coder

// A place that only qualifies a party's title ("the Taliban governor of
// Kandahar", "the mayor of Odesa") says whose office it is, not where a
// visit was: "The Taliban governor of Kandahar met a Pakistani delegation
// in Kabul" hosted it in Kabul. When the act's clause names a place of the
// same country after "in", "at" or "near", outside the party's words, the
// visit and its hosting are there.

// beyondTitle returns the venue the act's clause names instead of the site
// st, a place after "of" in or right after the words of the party m, or
// nil.
func (s *sentence) beyondTitle(sites []site, st *site, m member, p proto) *site {
	if len(p.words) == 0 || st.start < m.start || !isWord(s.toks, st.start-1, "of") {
		return nil
	}
	end := max(m.end, st.end) // "governor of Kandahar": the title's place may follow the party's words
	cl := s.placeClause(p.words[0])
	for k := range sites {
		o := &sites[k]
		if o != st && eventPreps[o.prep] && !o.within && !o.country && o.g.Country == st.g.Country &&
			(o.start >= end || o.end <= m.start) && s.placeClause(o.start) == cl {
			return o
		}
	}
	return nil
}
