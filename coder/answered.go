package coder

import "github.com/dyadhq/dyad"

// A warning that names no one it is addressed to answers what the sentence
// has told was done to the one who warns: "Iran's Revolutionary Guards
// seized a British tanker, and Britain warned of serious consequences if it
// was not released" warns Iran (130), not Britain. The "it" of such a
// condition is the thing taken, of the warner's own country, so a pronoun
// of the warner's country in the target's place is no target either.

// answeredBy returns the mention of the source of the latest act of force
// or coercion (15-20, 17) the sentence binds before token t whose target is
// of the country of the mention src and whose source is of another
// country, or -1.
func (s *sentence) answeredBy(t, src int) int {
	own := ""
	if ms := s.ms[src].members; len(ms) > 0 {
		own = ms[0].country
	}
	if own == "" {
		return -1
	}
	for k := len(s.bound) - 1; k >= 0; k-- {
		p := &s.bound[k]
		if len(p.words) == 0 || p.words[0] >= t || !p.hasTgt || p.tgt.country != own {
			continue
		}
		if r := p.code.Root(); r < "15" || r > "20" || p.src.country == "" || p.src.country == own {
			continue
		}
		if p.src.start < 0 || p.src.start >= len(s.toks) {
			continue
		}
		if mi := s.in[p.src.start]; mi >= 0 && mi != src && len(s.ms[mi].members) > 0 && s.ms[mi].kind != mAgent {
			return mi
		}
	}
	return -1
}

// ownPronoun reports whether the mention tgt is a pronoun of the country of
// the mention src: "if it was not released" after a British ship.
func (s *sentence) ownPronoun(tgt, src int) bool {
	if tgt < 0 || src < 0 || s.ms[tgt].kind != mPronoun || len(s.ms[tgt].members) == 0 || len(s.ms[src].members) == 0 {
		return false
	}
	own := s.ms[src].members[0].country
	for _, mb := range s.ms[tgt].members {
		if mb.country != own {
			return false
		}
	}
	return own != ""
}

// answersForce reports whether e, a threat (13), is made against the side
// that the sentence has told used force on the threatener's country:
// "Turkish jets struck positions in Iraq, and Baghdad said Ankara would pay
// a heavy price" is Iraq's answer, an act of its own, not a complement of
// the strike its clause began with.
func answersForce(code dyad.EventCode, e proto, before []proto) bool {
	if code.Root() != "13" || !e.hasTgt || e.src.country == "" || e.src.country == e.tgt.country {
		return false
	}
	for _, b := range before {
		if r := b.code.Root(); r >= "18" && r <= "20" && b.hasTgt && b.src.country == e.tgt.country && b.tgt.country == e.src.country {
			return true
		}
	}
	return false
}
