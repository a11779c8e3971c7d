package coder

// An attack "claimed by" an actor is that actor's attack (the patterns take
// the source from "claimed by $S") and also its claim of responsibility
// (015), as CAMEO codes a claim: "drone strikes on the plant, claimed by the
// Houthis" is the Houthis' air strike and their claim, both against the
// struck side.

// claimedAttacks adds to every act of force whose words hold "claimed by"
// the claim of responsibility of its source against its target.
func claimedAttacks(s *sentence, ps []proto) []proto {
	out := ps
	for _, p := range ps {
		if !p.hasTgt || p.src.code == "" || !forceRoot(string(p.code)) || !claimedIn(s, p.words) || hasEvent(out, "015", p.src, p.tgt) {
			continue
		}
		c := p
		c.code, c.conf, c.frame = "015", max(p.conf-0.1, 0.1), -1
		out = append(out, c)
	}
	return out
}

// forceRoot reports whether code is an act of force a claim owns: an
// unconventional attack (18), a fight (19) or mass violence (20).
func forceRoot(code string) bool {
	return len(code) >= 2 && (code[:2] == "18" || code[:2] == "19" || code[:2] == "20")
}

// claimedIn reports whether the words hold "claimed" right before "by".
func claimedIn(s *sentence, words []int) bool {
	for _, w := range words {
		if s.toks[w].Lower == "claimed" && isWord(s.toks, w+1, "by") {
			return true
		}
	}
	return false
}
