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

// claimTargets gives a claim of responsibility (015) that names no target
// the target of the act of force it claims, told after it by the same
// source: "the Houthis claimed responsibility for a swarm of drones that
// struck two Saudi oil plants" is a claim against Saudi Arabia, as the
// strike is; a bare claim ("claimed responsibility") takes the target of the
// act of force told before it, whoever the sentence says did it.
func claimTargets(s *sentence, ps []proto) []proto {
	for k := range ps {
		p := &ps[k]
		if p.code != "015" || p.hasTgt || len(p.words) == 0 || p.src.code == "" {
			continue
		}
		for _, q := range ps {
			if q.hasTgt && forceRoot(string(q.code)) && q.src.code == p.src.code && len(q.words) > 0 && q.words[0] > p.words[0] {
				p.tgt, p.hasTgt = q.tgt, true
				break
			}
		}
		if !p.hasTgt && bareClaim(s, p) {
			// "gunmen attacked crowds outside Kabul airport, and Islamic
			// State claimed responsibility": the attack told before it
			for _, q := range ps {
				if q.hasTgt && forceRoot(string(q.code)) && len(q.words) > 0 && q.words[0] < p.words[0] && q.tgt.code != p.src.code {
					p.tgt, p.hasTgt = q.tgt, true
					break
				}
			}
		}
	}
	return ps
}

// bareClaim reports whether the claim p names nothing it claims: its words
// end at "responsibility" or "credit" with no "for" after them.
func bareClaim(s *sentence, p *proto) bool {
	e := p.words[len(p.words)-1]
	w := s.toks[e].Lower
	return (w == "responsibility" || w == "credit") && !isWord(s.toks, e+1, "for")
}
