package coder

import "github.com/dyadhq/dyad/text"

// Boarding a vessel (POLICY §4 and §14): "Chinese coast guard vessels boarded
// two Vietnamese fishing boats" takes property by force (1711) from whose the
// boats are. Told with no owner after the verb ("Iranian commandos boarded
// the tanker"), in the passive ("the tanker was boarded by Houthi fighters")
// or in a relative clause on the vessel ("the Greek tanker, which Houthi
// fighters boarded on Sunday"), the bare verb's pattern reads it; it is a
// boarding only when a force or an armed group boards a vessel the clause
// names ("the minister boarded a ship", "passengers boarded the ferry" are
// travel), and its target is whose the vessel is, never where it was ("off
// Somalia") nor the boarders' own people.

// boardings keeps the boardings of vessels and gives each its target.
func boardings(s *sentence, ps []proto) []proto {
	out := ps[:0]
	for _, p := range ps {
		if p.code != "1711" || len(p.words) == 0 || s.toks[p.words[0]].Lemma != "board" {
			out = append(out, p)
			continue
		}
		t := p.words[0]
		v := s.boardedVessel(t)
		if v < 0 {
			continue // "boarded a plane to Paris"
		}
		if s.takenAway(t) {
			p.code = "181" // "boarded the tanker and steered it to Bandar Abbas": seized (POLICY §14)
		}
		own := p.hasTgt && p.tgt.country == p.src.country && role(p.tgt) == "CVL"
		venue := p.hasTgt && p.tgt.start > t && (locatives[sitePrep(s.toks, p.tgt.start)] || sitePrep(s.toks, p.tgt.start) == "off")
		if p.hasTgt && !own && !venue {
			out = append(out, p) // whose the vessel is, as its pattern or the passive's subject said
			continue
		}
		if r := role(p.src); !armedRoles[r] && r != "COP" && !nonState(p.src) {
			continue // "the minister boarded a ship": a passenger
		}
		p.tgt, p.hasTgt = member{}, false
		if mb, ok := s.vesselOwner(v); ok && mb.country != p.src.country {
			p.tgt, p.hasTgt = mb, true // "the Greek tanker, which Houthi fighters boarded"
		}
		out = append(out, p)
	}
	return out
}

// takenAway reports whether the words after the boarding at token t take
// the vessel somewhere: "boarded the tanker and steered it to Bandar Abbas",
// "which pirates boarded on Sunday, was taken to Eyl". A vessel boarded and
// taken is seized, as one boarded and seized is (POLICY §14).
func (s *sentence) takenAway(t int) bool {
	for j := t + 1; j < len(s.toks) && j <= t+15; j++ {
		if !takingVerbs[s.toks[j].Lower] {
			continue
		}
		for k := j + 1; k < len(s.toks) && k <= j+5; k++ {
			if w := s.toks[k].Lower; w == "to" || w == "into" || w == "toward" || w == "towards" {
				return true
			}
		}
	}
	return false
}

// takingVerbs move a vessel somewhere under another's control, in the forms
// that tell it done ("to take part" takes nothing).
var takingVerbs = set(`steered took taken escorted diverted towed redirected forced sailed`)

// boarding reports whether p is a boarding, whose target is a vessel's
// flag or owner, never the boarders' own people (addressee.go).
func boarding(toks []text.Token, p proto) bool {
	return (p.code == "1711" || p.code == "181") && len(p.words) > 0 && toks[p.words[0]].Lemma == "board"
}

// boardedShips are the vessels whose boarding is an act of force; aircraft
// and trains are boarded by their passengers.
var boardedShips = set(`ship vessel tanker supertanker freighter ferry trawler boat carrier yacht dhow barge tugboat`)

// boardedVessel returns the token of the vessel that the verb at token t
// boards: its object within a few words after it, or the vessel noun a
// passive's subject or a relative clause's antecedent names before it; or -1.
func (s *sentence) boardedVessel(t int) int {
	for j := t + 1; j < len(s.toks) && j <= t+6 && !s.boundary[j]; j++ {
		if w := s.toks[j].Lower; w == "from" || w == "of" || w == "with" || w == "," {
			break
		}
		if boardedShips[s.toks[j].Lemma] {
			return j
		}
	}
	for j := t - 1; j >= 0 && j >= t-8; j-- {
		if boardedShips[s.toks[j].Lemma] {
			return j
		}
	}
	return -1
}

// vesselOwner returns the country that a name or an adjective before the
// vessel noun at token v names ("the Greek tanker", "a British-flagged
// ship"), if any.
func (s *sentence) vesselOwner(v int) (member, bool) {
	for j := v - 1; j >= 0 && j >= v-4; j-- {
		if mi := s.in[j]; mi >= 0 {
			m := &s.ms[mi]
			if len(m.members) == 1 && m.members[0].country != "" && (m.kind == mWeak || m.kind == mFull) {
				mb := m.members[0]
				return member{code: mb.country, country: mb.country, name: mb.name, start: mb.start, end: mb.end}, true
			}
			return member{}, false
		}
	}
	return member{}, false
}
