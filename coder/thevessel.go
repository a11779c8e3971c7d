package coder

// "The ship", "the vessel" after a ship named earlier in the sentence is
// that ship, and its seizure is against whose it is: "dropped onto the
// Bahamas-flagged car carrier Galaxy Leader, seizing the ship" is against
// the Bahamas.

// seizedNamedShip gives a ship seized (181) with no target, whose object is
// "the" and a vessel word, the owner of the vessel named before it in the
// sentence, where the words say whose it is.
func seizedNamedShip(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if p.code != "181" || p.hasTgt || len(p.words) == 0 {
			continue
		}
		t := p.words[0]
		if !isWord(s.toks, t+1, "the") || t+2 >= len(s.toks) || !seizedVessels[s.toks[t+2].Lemma] {
			continue
		}
		v := lastVessel(s.toks, t)
		if v < 0 {
			continue
		}
		if owner := shipOwner(s.toks, s.ms, v); len(owner) == 1 && owner[0].country != "" && owner[0].country != p.src.country {
			p.tgt, p.hasTgt = owner[0], true
		}
	}
	return ps
}
