package coder

import "github.com/dyadhq/dyad"

// Forces a state orders into action. "President Daniel Noboa responded by
// ordering the military to neutralise 22 criminal gangs": a head of state
// or government who orders the state's own army or police to act makes no
// demand of another actor (10x, which asks a target to yield); it sends its
// forces, the codebook's mobilisation of armed forces (154) or of the police
// (153), used on its own country where the order names no other, as POLICY
// §5 codes troops a state sends into its own streets. The demanded act
// itself is not yet done, and it must be one of force or of public order:
// an army told to investigate is sent nowhere. An order to another state's forces ("ordered
// Russian troops to leave") stays a demand.

// orderedForces recodes each demand (10x) that a state, its government or
// its head makes of its own country's military or police as that state's
// mobilisation (154 for the military, 153 for the police) against its own
// people.
func orderedForces(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if len(p.code) < 3 || p.code[:2] != "10" || !p.hasTgt || p.src.country == "" || p.tgt.country != p.src.country {
			continue
		}
		if r := role(p.src); r != "GOV" && !(r == "" && p.src.code == p.src.country) {
			continue // a ministry, a court or a party that asks the police is no commander of it
		}
		if !s.forceOrdered(p.tgt) {
			continue // "ordered the army to investigate the killings": no force sent
		}
		code := "154"
		switch role(p.tgt) {
		case "MIL":
			if s.policeWord(p.tgt) {
				code = "153" // "military police" keep order, as police do
			}
		case "COP":
			code = "153"
		default:
			continue
		}
		name, _ := s.lx.Name(p.src.country)
		ps[i].code = dyad.EventCode(code)
		ps[i].tgt = member{code: p.src.country + "CVL", country: p.src.country, name: name, start: -1, end: -1}
	}
	return ps
}

// policeWord reports whether the words that name m say police ("military
// police", "the police").
func (s *sentence) policeWord(m member) bool {
	for k := max(m.start, 0); k < m.end && k < len(s.toks); k++ {
		if s.toks[k].Lower == "police" {
			return true
		}
	}
	return false
}

// forceOrdered reports whether the words right after the forces m name an
// order of force or of public order: "to neutralise", "to clear", "to take
// control".
func (s *sentence) forceOrdered(m member) bool {
	k := m.end
	for k < len(s.toks) && k < m.end+4 && s.toks[k].Lower != "to" {
		k++ // "the military later that day to"
	}
	return k+1 < len(s.toks) && s.toks[k].Lower == "to" && forceVerbs[s.toks[k+1].Lower]
}

// forceVerbs are the acts of force or of public order a state sends its
// army or police to do.
var forceVerbs = set(`crush neutralise neutralize retake recapture clear disperse arrest detain take seize quell suppress fight attack secure patrol hunt pursue regain storm crack enforce guard protect restore confront dismantle eliminate destroy block seal surround break shoot open reinforce deploy`)
