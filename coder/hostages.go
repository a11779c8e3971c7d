package coder

// hostages gives hostages taken to a place the people the taker attacked,
// not the place: "Hamas fighters attacked Israeli towns, taking 200
// hostages back into Gaza" takes Israel's people (181 against ISR), not
// Gaza's. The place after "into" or "to" is where the hostages were taken,
// their captor's ground, and "hostages" alone says not whose; whose they
// were is told by the force the same source used on another country in the
// sentence. With no such force the event stays as it was.
func hostages(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "181" || !p.hasTgt || !s.destination(p.tgt.start) && !hostageNouns[s.toks[p.tgt.start].Lemma] {
			continue
		}
		for _, q := range ps {
			if q.hasTgt && q.src.code == p.src.code && q.code != "181" && (q.code.Root() == "18" || q.code.Root() == "19") &&
				q.tgt.country != "" && q.tgt.country != p.tgt.country {
				ps[i].tgt = q.tgt
				break
			}
		}
	}
	return ps
}

// hostageNouns name the people taken with no word for whose they are
// ("taking scores of hostages"): their country is only the context's.
var hostageNouns = set(`hostage captive`)

// destination reports whether the mention beginning at token k is where
// something was taken: "into Gaza", "back to Gaza", "to the Gaza Strip"
// (only a hostage-taking asks).
func (s *sentence) destination(k int) bool {
	j := k - 1
	for j >= 0 && determiners[s.toks[j].Lower] {
		j--
	}
	return isWord(s.toks, j, "into") || isWord(s.toks, j, "to")
}
