package coder

import "github.com/dyadhq/dyad/text"

// supporters makes the office holder whose "supporters" or "followers" a
// sentence names stand for them, no longer for the office:
// "police fired tear gas at supporters of ousted president Pedro Castillo"
// targets a crowd of Peru's people (CVL), not its government, and the
// crowd's protest is then coded as any crowd's (demonstrations). The
// leader's words keep their country.
func supporters(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if p.hasTgt && s.supportersOf(p.tgt) {
			p.tgt.code, p.tgt.person = p.tgt.country+"CVL", nil
		}
		if s.supportersOf(p.src) {
			p.src.code, p.src.person = p.src.country+"CVL", nil
		}
	}
	return ps
}

// supportersOf reports whether m is a named holder of a state office right
// after "supporters of" and the words of a title ("supporters of ousted
// president Pedro Castillo"). An opposition leader's code, or a former
// leader's country alone, already stands for the people.
func (s *sentence) supportersOf(m member) bool {
	if m.country == "" || m.end <= m.start || !s.toks[m.end-1].Cap || !stateBodies[role(m)] {
		return false
	}
	for k := m.start - 1; k >= 1 && k >= m.start-6; k-- {
		t := &s.toks[k]
		if t.Lower == "of" {
			return supporterNouns[s.toks[k-1].Lower]
		}
		if t.Kind != text.Word || s.boundary[k] {
			return false
		}
	}
	return false
}

// supporterNouns are a leader's crowd.
var supporterNouns = set(`supporters followers loyalists backers partisans`)
