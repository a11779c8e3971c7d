package coder

// An act of two or more parties "at a ceremony hosted by" someone is an act
// "at a ceremony with" its host (POLICY §4): the host receives each party
// (043) and each party visits it (042), not only the clause's subject, which
// is all the passive's slot gives: "Israel signed accords with the UAE and
// Bahrain at a ceremony hosted by the US president" has the UAE and Bahrain
// at the ceremony too. Talks a state hosts stay no visit to it (hostedThing).

// ceremonyNouns are the occasions a host holds for guests who come to it.
var ceremonyNouns = set(`ceremony reception banquet`)

// ceremonyHostedBy adds, for the hosting of a ceremony (043, "a ceremony
// hosted by X"), the hosting of the other parties of the acts its guest did
// with them, and each party's visit to the host.
func ceremonyHostedBy(s *sentence, ps []proto) []proto {
	out := ps
	for _, p := range ps {
		if p.code != "043" || !p.hasTgt || len(p.words) == 0 || p.src.country == "" {
			continue
		}
		t := p.words[0]
		if s.toks[t].Lower != "hosted" || t < 1 || !ceremonyNouns[s.toks[t-1].Lemma] || s.elsewhere(p.src.country, t) {
			continue
		}
		guests := []member{p.tgt}
		for _, q := range ps {
			if q.code == "042" || q.code == "043" || !q.hasTgt || q.src.code != p.tgt.code || len(q.words) == 0 || q.words[0] > t {
				continue
			}
			guests = append(guests, q.tgt)
		}
		for _, g := range guests {
			if g.code == "" || g.country == "" || g.country == p.src.country {
				continue
			}
			if !hasEvent(out, "043", p.src, g) {
				h := p
				h.tgt = g
				out = append(out, h)
			}
			if !hasVisit(out, g, p.src) {
				v := linked(p, "042")
				v.src = g
				out = append(out, v)
			}
		}
	}
	return out
}

// hasEvent reports whether ps holds code from x to y.
func hasEvent(ps []proto, code string, x, y member) bool {
	for _, p := range ps {
		if string(p.code) == code && p.src.code == x.code && p.tgt.code == y.code {
			return true
		}
	}
	return false
}
