package coder

import "github.com/dyadhq/dyad/text"

// includedEased drops the nominal acts that an ", including" phrase lists as
// parts of what an easing of the same sentence eased: "lifted most of the
// sanctions it imposed on Niger, including border closures and a freeze on
// the central bank's assets" lifts the freeze; it imposes none. The phrase
// names the parts of the object, not acts of their own.
func includedEased(s *sentence, ps []proto) []proto {
	if !s.words["including"] {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		if len(p.words) > 0 && p.code.Root() != "08" && easedPart(s, ps, p.words[0]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// easedPart reports whether token t stands in an ", including" phrase, with
// no verb of its own before it, after the words of an easing (08x) of ps.
func easedPart(s *sentence, ps []proto, t int) bool {
	for k := t - 1; k >= 1 && k >= t-12; k-- {
		if s.boundary[k] || s.in[k] < 0 && s.toks[k].Kind == text.Word && pastForm(&s.toks[k]) {
			return false
		}
		if s.toks[k].Lower != "including" || s.toks[k-1].Lower != "," {
			continue
		}
		for _, q := range ps {
			if q.code.Root() == "08" && len(q.words) > 0 && q.words[len(q.words)-1] < k {
				return true
			}
		}
		return false
	}
	return false
}
