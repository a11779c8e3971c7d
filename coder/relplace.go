package coder

// A place in a relative clause on the target that tells an act of its own
// ("arrested an opposition lawmaker who had led protests in Gulu") is where
// that act was; where the source's own words put it ("Police in Kampala")
// says better where the act on the target was. Such a place, which locate
// takes as a party's when the clause names no other, yields to the
// source's; with no place in the source's words it stays.

// ofTargetRelative reports whether the site st stands in a relative clause
// on the target of p while the source's words name a place of their own.
func (s *sentence) ofTargetRelative(sites []site, st *site, p proto) bool {
	return p.hasTgt && relativeAbout(s, st.start, p.tgt) && sourcePlace(s, sites, p.src) != nil
}
