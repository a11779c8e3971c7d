package coder

import "github.com/dyadhq/dyad/lexicon"

// smuggledFrom reads whose the things seized were when a clause about the
// craft they were taken from names where it brought them from: "seized
// 1,500 rifles from a dhow that was smuggling them from Iran to Yemen" is
// a confiscation of Iran's property (1711 against Iran), as the shipment's
// own event (Iran's military aid to Yemen) already has it. A seizure with
// no target of its own, or only the seizer's own ("smuggling them" read
// as the seizer's), takes the sender the smuggling clause names, when that
// is one actor named right after "from".
func smuggledFrom(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if p.code != "1711" || p.hasTgt && p.tgt.country != p.src.country || len(p.words) == 0 {
			continue
		}
		if mb, ok := s.sender(p.words[0], p.words[len(p.words)-1]); ok && mb.country != p.src.country {
			p.tgt, p.hasTgt = mb, true
		}
	}
	return ps
}

// sender returns the one actor named right after "from" that follows a
// verb of shipping ("smuggling them from Iran") within the seizure's words
// (from a to b) or the craft's clause after them, or false.
func (s *sentence) sender(a, b int) (member, bool) {
	for k := a + 1; k < len(s.toks) && k <= b+2*lexicon.MaxGap; k++ {
		if w := s.toks[k].Lower; w == ";" || w == ":" || w == "," && k > b {
			break // the craft's clause ends
		}
		if !shippingVerbs[s.toks[k].Lemma] {
			continue
		}
		if !s.armsBetween(a, k) {
			return member{}, false // drugs or ivory from a place: nobody's property named
		}
		for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
			if s.toks[j].Lower != "from" {
				continue
			}
			if mi := s.at[j+1]; j+1 < len(s.toks) && mi >= 0 && s.ms[mi].kind == mFull && len(s.ms[mi].members) == 1 {
				return s.ms[mi].members[0], true
			}
			return member{}, false
		}
		return member{}, false
	}
	return member{}, false
}

// shippingVerbs carry goods from one place to another.
var shippingVerbs = set(`smuggle ship ferry transport carry traffic`)

// armsNouns name the arms a state ships to its allies, whose sender owns
// them.
var armsNouns = set(`weapon arm arms rifle gun missile rocket ammunition munition explosive drone component grenade launcher mortar`)

// armsBetween reports whether a word of arms lies between tokens a and b.
func (s *sentence) armsBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if armsNouns[s.toks[k].Lemma] || armsNouns[s.toks[k].Lower] {
			return true
		}
	}
	return false
}
