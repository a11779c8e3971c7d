package coder

// An expulsion, or a cut in relations, that tells its target to leave a
// place was done there: the envoy is sent out of the town where it served.

// toLeave returns the place an expulsion or a cut in relations tells its
// target to leave, or nil: "ordered the French ambassador to leave Bamako
// within 72 hours", "gave the envoys 48 hours to leave Niamey", "expelled
// two diplomats, ordering them to leave Moscow" were done there. Only "to
// leave" within sixteen words after the act's first word counts.
func (s *sentence) toLeave(sites []site, p proto) *site {
	if r := p.code.Root(); r != "16" && p.code != "174" || len(p.words) == 0 {
		return nil
	}
	a := p.words[0]
	for k := range sites {
		st := &sites[k]
		if st.start <= a || st.start > a+16 || st.country || st.within || st.g.Country == "" ||
			!isWord(s.toks, st.start-1, "leave") || !isWord(s.toks, st.start-2, "to") {
			continue
		}
		if p.hasTgt && st.g.Country == p.tgt.country {
			continue // "told its own envoy to leave Paris": the target's country is where it goes home from, told elsewhere
		}
		return st
	}
	return nil
}
