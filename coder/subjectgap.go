package coder

// complements9: the subject of a clause that "after" or "before" opens
// need not touch its verb.
//
// A time between the subject and its past verb is the clause's own: in
// "expelled the ambassador on Monday, after the French foreign minister last
// week branded the junta illegitimate" the branding is France's act of its
// own, not a complement of the expulsion ("after Iran on Saturday fired").

// timeGap returns the token after the time words that begin at k (none: k).
func (s *sentence) timeGap(k int) int {
	for k < len(s.toks) && s.time[k] && !pastForm(&s.toks[k]) {
		k++
	}
	return k
}
