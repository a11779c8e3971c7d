package coder

import "github.com/dyadhq/dyad"

// priorObject binds the object pronoun of an act that shares its clause's
// subject with the act before it: "Ghana's navy seized a Panamanian-flagged
// trawler, accusing it of fishing illegally", "Somalia broke off relations
// with Kenya, accusing its neighbour of interfering". A pronoun object is
// never the subject it shares (that would be "itself"), nor is "its
// neighbour" the subject's own; both stand for the party the act before
// struck. The pronoun's own resolution takes the nearest earlier name,
// which is often the subject's place or country, and then the act has no
// dyad and is lost. So when an act after a comma or "and", with no subject
// of its own, finds no participants and its target slot is such an object,
// it takes the source and the target of the latest event of its sentence
// that has both. Cheap: it runs only on acts that coded nothing.
func (s *sentence) priorObject(a match, code dyad.EventCode, out []proto) []proto {
	if a.target < 0 || a.source >= 0 || a.trig < 2 || len(out) == 0 {
		return nil
	}
	if !s.participial(a.trig) && !isWord(s.toks, a.trig-1, "and") {
		return nil
	}
	if s.toks[a.trig].Lemma == "suspect" {
		return nil // "seized the tanker, suspecting it of sabotage": a suspicion the seizure acts on, no accusation
	}
	if s.participial(a.trig) && a.trig >= 3 && reportVerbs[s.toks[a.trig-2].Lower] {
		return nil // ", the mission said, calling it a violation": the speaker's, of the act told
	}
	m := s.ms[a.target]
	w := s.toks[m.start].Lower
	if m.end < len(s.toks) && (auxWords[s.toks[m.end].Lower] || modals[s.toks[m.end].Lower] || pastForm(&s.toks[m.end])) {
		return nil // "saying it had entered Iranian airspace": the subject of what is said, which may be anyone
	}
	switch {
	case w == "it" || w == "them":
		if m.end != m.start+1 {
			return nil
		}
	case w == "its" || w == "their":
		if m.end != m.start+1 || m.end >= len(s.toks) || !otherParty[s.toks[m.end].Lower] {
			return nil
		}
	default:
		return nil
	}
	for k := len(out) - 1; k >= 0; k-- {
		p := out[k]
		if !p.hasTgt || len(p.words) == 0 || p.words[0] >= a.trig || p.src.country == p.tgt.country {
			continue
		}
		if s.clause(p.words[0]) != s.clause(a.trig) && !s.participial(a.trig) {
			return nil // "and" after a clause of its own: the subject may differ
		}
		return []proto{{src: p.src, tgt: p.tgt, hasTgt: true, code: code, words: a.words, conf: p.conf - 0.1, frame: -1}}
	}
	return nil
}

// otherParty are the nouns that after "its" or "their" name the other side
// of a dispute, not the subject's own.
var otherParty = set(`neighbour neighbor neighbours neighbors rival rivals foe foes adversary adversaries`)
