package coder

// whereempty8: a diplomat's post or the town he is sent from, at the
// source's home.
//
// "China summoned the Japanese ambassador to Beijing", "Russia expelled two
// Estonian diplomats from Moscow": a town of the source's own country that
// "to" or "from" joins to the diplomats the act is done to is where the
// act was done, at the source's home. A town of another country ("recalled
// its ambassador from Paris") is the diplomat's post abroad, no place of
// the act.

// envoyPost returns the town of p's source's country that "to" or "from"
// names right after p's target, or nil.
func (s *sentence) envoyPost(sites []site, p proto) *site {
	if !p.hasTgt || p.tgt.start < 0 || p.src.country == "" || p.tgt.country == p.src.country {
		return nil
	}
	for k := range sites {
		st := &sites[k]
		if st.country || st.within || st.g.Country != p.src.country || st.prep != "to" && st.prep != "from" {
			continue
		}
		if st.start >= 2 && st.start-2 == p.tgt.end-1 && (isWord(s.toks, st.start-1, "to") || isWord(s.toks, st.start-1, "from")) {
			return st
		}
	}
	return nil
}
