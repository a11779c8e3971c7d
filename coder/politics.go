package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// outlawed recodes the ban of an organisation as terrorist or extremist:
// outlawing a group that is no party or opposition movement restricts
// political freedoms (1721), as the codebook's own example for 1721 has
// it ("outlawed the largest Protestant extremist organization"):
// "Britain banned Palestine Action as a terrorist organisation",
// "parliament designated the Tigray People's Liberation Front a terrorist
// organisation"; a party or an opposition movement so banned keeps 1722
// ("Russia banned the Anti-Corruption Foundation as an extremist
// organisation").
func outlawed(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "1722" || !p.hasTgt || p.tgt.person != nil || len(p.words) == 0 {
			continue
		}
		if r := role(p.tgt); r == "OPP" || r == "PTY" {
			continue
		}
		// the words the pattern spans, its "..." too: "outlawed a far-right
		// extremist group" (coerce)
		for k := p.words[0]; k <= p.words[len(p.words)-1] && k < len(s.toks); k++ {
			if w := s.toks[k].Lemma; w == "terrorist" || w == "terror" || w == "extremist" {
				ps[i].code = "1721"
				break
			}
		}
	}
	return ps
}

// participlePlace returns, for a participle set off by a comma or "and"
// whose property is its first object ("killed 132 people in the village of
// Solhan, setting fire to homes"), the last place its clause named before
// it, whose country's property the act destroyed, or -1; not a target far
// in its object ("destroying 29 sites including caves and shelters" are
// the strike's targets).
func (s *sentence) participlePlace(a match, not int) (int, how) {
	trig := a.trig
	if trig < 2 || s.toks[trig-1].Lower != "," && s.toks[trig-1].Lower != "and" || !strings.HasSuffix(s.toks[trig].Lower, "ing") ||
		a.words[len(a.words)-1]-trig > 4 {
		return -1, after
	}
	for k := trig - 2; k >= 0; k-- {
		mi := s.at[k]
		if mi < 0 || mi == not {
			continue
		}
		m := &s.ms[mi]
		if len(m.members) > 0 && (m.kind == mPlace || m.kind == mFull && len(m.members[0].code) == 3) &&
			(m.prep == "in" || m.prep == "of" || m.prep == "near" || m.prep == "on") {
			return mi, earlier
		}
	}
	return -1, after
}

// seizedThings recodes a seizure read as territory taken (192) whose
// object, right after the verb, is a thing someone owns as confiscated
// property (1711): "seizing their catch", "seizing their computers and
// phones", "seized the group's equipment" take property, not ground; a
// place or post someone holds ("seized their positions", "the rebels'
// stronghold") stays 192 and people stay captives (capture.go).
func seizedThings(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "192" || len(p.words) == 0 {
			continue
		}
		switch s.toks[p.words[0]].Lemma {
		case "seize", "confiscate", "grab", "impound":
		default:
			continue
		}
		if s.ownerBefore(p) {
			ps[i].code = "1711" // coerce11: "Venezuela's assets in the United States were seized" (seizedowner.go)
			continue
		}
		k := p.words[0] + 1
		switch {
		case k < len(s.toks) && s.at[k] >= 0 && s.ms[s.at[k]].kind == mPronoun:
			k = s.ms[s.at[k]].end // "their"
		case isWord(s.toks, k, "their") || isWord(s.toks, k, "its") || isWord(s.toks, k, "his") || isWord(s.toks, k, "her"):
			k++
		default:
			continue // "seized the village", "seized Kherson"
		}
		if k >= len(s.toks) || s.toks[k].Kind != text.Word || s.toks[k].Cap || closedClass(s.toks[k].Lower) || s.at[k] >= 0 {
			continue
		}
		if w := s.toks[k].Lemma; heldSites[w] || territoryNouns[w] || captiveNouns[w] || personNouns[s.toks[k].Lower] {
			continue
		}
		ps[i].code = "1711"
	}
	return ps
}

// territoryNouns are places beyond heldSites whose seizure takes ground.
var territoryNouns = set(`position positions territory land island islands province district area region ground control border crossing checkpoint`)

// raids recodes a state's forces entering a mission by force as the raid
// the codebook codes under 1711: "Ecuadorean police forced their way into
// the Mexican embassy", "police raided the Mexican embassy in Quito" (a
// crowd that forces its way in riots, 145; armed men's raids on people or
// posts stay force).
// (Police who storm or force their way into any building are recoded in
// riots, protest.go; this pass is for every state body and "raided".)
func raids(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "145" && p.code != "190" || len(p.words) == 0 || !stateBodies[role(p.src)] {
			continue
		}
		if v := s.toks[p.words[0]].Lemma; v != "force" && v != "raid" && v != "storm" {
			continue
		}
		last := p.words[len(p.words)-1]
		if p.hasTgt && p.tgt.end > last {
			last = p.tgt.end - 1
		}
		for k := p.words[0]; k <= last && k < len(s.toks); k++ {
			if w := s.toks[k].Lemma; w == "embassy" || w == "consulate" {
				ps[i].code = "1711"
				break
			}
		}
	}
	return ps
}

// hijacked recodes the seizure of a vehicle with people aboard as the
// hijacking the codebook's 181 names ("forcibly seize control of an
// aircraft, car, bus"): "separatists seized a passenger train", "a bus
// seized by gunmen" are 181, not territory taken (192). A ship seized is
// hijacked too, by anyone (seizedships.go, POLICY section 14).
func hijacked(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "192" || len(p.words) == 0 || s.toks[p.words[0]].Lemma != "seize" || stateBodies[role(p.src)] {
			continue // a state's forces that seize a plane impound it
		}
		t := p.words[0]
		for k := t - 3; k <= t+4 && k < len(s.toks); k++ {
			if k < 0 || k == t || k < t && s.boundary[k] {
				continue
			}
			if k > t && s.boundary[k] {
				break
			}
			if hijackNouns[s.toks[k].Lemma] {
				ps[i].code = "181"
				break
			}
		}
	}
	return ps
}

// hijackNouns are the vehicles whose seizure is a hijacking.
var hijackNouns = set(`train bus plane airliner aircraft jet flight coach minibus`)
