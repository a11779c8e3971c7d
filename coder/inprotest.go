package coder

// "In protest": the idiom says why an act was done ("a strike that shut
// down Lagos in protest at fuel prices", "walked out in protest"); the
// protest it names is the act itself, never a protest that the act bans,
// blocks or shuts. A restriction read from a verb of closing and the noun
// of the idiom (1721: "shut ... protest") is dropped.

// inProtest drops each restriction on political freedoms (1721) whose
// last word is the "protest" of "in protest".
func inProtest(s *sentence, ps []proto) []proto {
	return without(ps, func(p proto) bool {
		if p.code != "1721" || len(p.words) == 0 {
			return false
		}
		k := p.words[len(p.words)-1]
		return s.toks[k].Lower == "protest" && isWord(s.toks, k-1, "in")
	})
}
