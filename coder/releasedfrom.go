package coder

// whereempty8: where the freed left from.
//
// "Iran released the tanker on Friday, allowing it to sail from Bandar
// Abbas", "five Americans freed in a swap flew out of Tehran": a release
// (0841 people, 0842 property) by a state is done where what it freed left
// its territory, a town of the releasing side's country that a verb of
// flying or sailing off says it left, in any clause of the sentence, when
// the act names no place of its own.

// releasedFrom returns the town of p's source's country that the freed
// flew or sailed from, or nil.
func (s *sentence) releasedFrom(sites []site, p proto) *site {
	if p.code != "0841" && p.code != "0842" || p.src.country == "" {
		return nil
	}
	for k := range sites {
		st := &sites[k]
		if st.within || st.country || st.g.Country != p.src.country || st.g.Kind == "country" ||
			st.prep != "from" && st.prep != "of" {
			continue
		}
		if leftBy(s, st.start) || sailedFrom(s, st.start) {
			return st
		}
	}
	return nil
}

// sailedFrom reports whether the place at token i follows "sail from" or
// "sailed from", with "the" between at most.
func sailedFrom(s *sentence, i int) bool {
	k := i - 1
	if k >= 0 && s.toks[k].Lower == "the" {
		k--
	}
	return k >= 1 && s.toks[k].Lower == "from" && s.toks[k-1].Lemma == "sail"
}
