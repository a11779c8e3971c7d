package coder

import "github.com/dyadhq/dyad/text"

// partners adds to each transfer of ps (06x but 060, 07x) and mediation
// (045) the same act by
// the party the sentence says acted jointly with its source: "U.S. planes
// airdropped meals over Gaza in a joint operation with Jordan's air force"
// is Jordan's aid to Gaza too, and so is "flying alongside Jordanian
// aircraft", "together with Egypt", "jointly with France". A partner that
// is the act's source or target, or of their countries, adds nothing
// ("fight alongside Russian troops" for Russia), nor does one of an act
// that already goes both ways.
func (s *sentence) partners(ps []proto) []proto {
	out := ps
	for _, p := range ps {
		mediation := p.code == "045"
		if r := p.code.Root(); r != "06" && r != "07" && !mediation || p.code == "060" || !p.hasTgt || len(p.words) == 0 || !mediation && mutualIn(ps, p) {
			continue
		}
		for mi := range s.ms {
			m := &s.ms[mi]
			if len(m.members) != 1 && !mediation || m.kind == mAgent || m.kind == mPlace || !s.jointWith(m.start) {
				continue
			}
			if s.clause(m.start) != s.clause(p.words[0]) && !s.sameSentenceOpening(m.start, p.words[0]) {
				continue
			}
			for _, x := range m.members {
				// each of several co-mediators: "mediated between the two
				// sides alongside Egypt and the United States"
				if x.code == "" || x.code == p.src.code || x.code == p.tgt.code ||
					x.country != "" && (x.country == p.src.country || x.country == p.tgt.country) || hasCode(out, x, p.tgt, p.code) {
					continue
				}
				q := p
				q.src = x
				q.conf = max(p.conf-0.1, 0.1)
				out = append(out, q)
			}
		}
	}
	return out
}

// mutualIn reports whether ps holds p's act the other way round.
func mutualIn(ps []proto, p proto) bool {
	for _, q := range ps {
		if q.code == p.code && q.src.code == p.tgt.code && q.tgt.code == p.src.code {
			return true
		}
	}
	return false
}

// jointWith reports whether the phrase at token i is named as a partner in
// an act: after "alongside", or after "with" that "joint", "jointly" or
// "together" governs ("in a joint operation with", "together with").
func (s *sentence) jointWith(i int) bool {
	k := i - 1
	for k >= 0 && determiners[s.toks[k].Lower] {
		k--
	}
	if isWord(s.toks, k, "alongside") {
		return true
	}
	if !isWord(s.toks, k, "with") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch s.toks[j].Lower {
		case "joint", "jointly", "together", "coordination", "conjunction":
			return true
		}
		if s.toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// sameSentenceOpening reports whether the phrase at token i opens the
// sentence before the act at token t: "Together with Egypt, Qatar sent".
func (s *sentence) sameSentenceOpening(i, t int) bool {
	for k := 0; k < i; k++ {
		if s.toks[k].Kind == text.Punct {
			return false
		}
	}
	return i < t
}
