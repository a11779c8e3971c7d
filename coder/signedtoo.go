package coder

// A signing told after a meeting or a visit by the same subject, with no
// party of its own ("met in Singapore and signed a document", "arrived in
// Kyiv and signed agreements on aid"), is signed between the parties of
// that meeting, or between the guest and the host of the visit: an
// agreement takes two, and the clause names no other. A signing that names
// its own party ("signed a deal with Qatar") is the lexicon's.

// signedNouns are what two parties sign together.
var signedNouns = set(`agreement accord deal treaty pact document declaration memorandum`)

// signedToo returns the agreements (057 both ways) that a signing joined by
// "and" or "then" to a meeting or a visit of ps makes with its parties.
func signedToo(s *sentence, ps []proto) []proto {
	if len(ps) == 0 || !s.words["signed"] {
		return nil
	}
	var out []proto
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].Lower != "signed" || !isWord(s.toks, k-1, "and") && !isWord(s.toks, k-1, "then") {
			continue
		}
		n := s.signedNoun(k)
		if n < 0 {
			continue
		}
		p, ok := meetingBefore(ps, k)
		if !ok || hasEvent(ps, "057", p.src, p.tgt) || hasEvent(out, "057", p.src, p.tgt) {
			continue
		}
		for _, pair := range [2][2]member{{p.src, p.tgt}, {p.tgt, p.src}} {
			q := p
			q.src, q.tgt, q.hasTgt, q.code, q.words, q.conf, q.frame = pair[0], pair[1], true, "057", []int{k, n}, max(p.conf-0.1, 0.1), -1
			out = append(out, q)
		}
	}
	return out
}

// signedNoun returns the noun of what the signing at token k signed, within
// four words, when no actor stands there and no "with" or "between" names a
// party after it; or -1.
func (s *sentence) signedNoun(k int) int {
	for n := k + 1; n < len(s.toks) && n <= k+4; n++ {
		if s.in[n] >= 0 || s.boundary[n] {
			return -1
		}
		if !signedNouns[s.toks[n].Lemma] {
			continue
		}
		if j := n + 1; isWord(s.toks, j, "with") || isWord(s.toks, j, "between") {
			return -1
		}
		return n
	}
	return -1
}

// meetingBefore returns the last meeting of two countries (040, 044, 046)
// or visit (042) of ps told before token k.
func meetingBefore(ps []proto, k int) (proto, bool) {
	var best proto
	found := false
	for _, p := range ps {
		switch p.code {
		case "040", "044", "046", "042":
		default:
			continue
		}
		if !p.hasTgt || len(p.words) == 0 || p.words[0] >= k || p.src.country == "" || p.tgt.country == "" || p.src.country == p.tgt.country {
			continue
		}
		if !found || p.words[0] > best.words[0] {
			best, found = p, true
		}
	}
	return best, found
}
