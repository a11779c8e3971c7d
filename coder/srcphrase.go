package coder

// A place in a phrase right after the source's noun, before the act's
// verb, says where the source is or whose it is: "the leader of Hamas in
// Gaza met Egyptian officials in Cairo" met them in Cairo. Such a place
// yields to one the act's own clause names after the verb, as a place of
// another verb does (locate's prior); with none after, it stays where the
// act was ("Protesters in Tbilisi rallied outside parliament"). Force has
// its own rule (fromParty in locate).

// ofSourcePhrase reports whether the site st stands in a phrase right after
// a party of p that comes before the act's first word a: its source, or
// the target of a reciprocal act the words tell from the other side.
func (s *sentence) ofSourcePhrase(st *site, p proto, a int) bool {
	if st.end > a || !eventPreps[st.prep] {
		return false
	}
	if p.src.start >= 0 && p.src.end < a && phraseAfter(s.toks, p.src.end, st.start) {
		return true
	}
	return p.hasTgt && p.tgt.start >= 0 && p.tgt.end < a && phraseAfter(s.toks, p.tgt.end, st.start)
}
