package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
)

// Statements: what a speaker says to or of others (CAMEO 01, 10-13) where
// the pattern that found it says too much: an order a government gives its
// own organs, a remark to its own audience, an accusation of an attack that
// was no military act.

// orderVerbs give orders; an order is a demand (100) only to another.
var orderVerbs = set(`order instruct command direct`)

// ownOrders drops the bare demand (100) of an order that a state or its
// leader gives a body or a people of its own country ("Prigozhin ordered
// his fighters to halt", "the Taliban ordered universities to bar women",
// "a judge ordered the critic jailed", "Trump ordered National Guard troops
// to Los Angeles"): a command within a state is how it acts, not a demand
// on another party, and the act ordered, where a pattern finds it, is the
// event. So is an order whose object is an act ("had ordered the attack"):
// the act is ordered, not an addressee. An order to another state's people
// or forces ("ordered 1,000 U.S. troops to leave") keeps the code its
// pattern gives.
func ownOrders(s *sentence, protos []proto) []proto {
	out := protos[:0:0]
	for _, p := range protos {
		if p.code == "100" && p.hasTgt && len(p.words) > 0 && orderVerbs[s.toks[p.words[0]].Lemma] && (sameCountry(p) || s.actNoun(p.tgt)) {
			continue
		}
		out = append(out, p)
	}
	if len(out) == len(protos) {
		return protos
	}
	return out
}

// sameCountry reports whether p's source and target are of one country.
func sameCountry(p proto) bool {
	return p.hasTgt && p.src.country != "" && p.src.country == p.tgt.country
}

// actNoun reports whether member m was found through a reference to an
// earlier act ("the attack", "the strike").
func (s *sentence) actNoun(m member) bool {
	if m.start < 0 || m.start >= len(s.toks) {
		return false
	}
	mi := s.in[m.start]
	return mi >= 0 && s.ms[mi].kind == mEvent
}

// ownAudience drops a bare statement (010) a speaker makes to people or
// officials of its own country: "told military pilots at an air base",
// "telling pilgrims in St. Peter's Square", "prompting the government to tell
// residents to take cover", "told President Putin that". What is said at home
// is the statement's content, coded where a pattern finds it, not an event
// between the speaker and its listeners. A statement to the press or to a
// legislature ("told reporters", "addressed parliament") is the public
// statement 010 is for, and one to another country ("told the Security
// Council") stays.
func ownAudience(protos []proto) []proto {
	out := protos[:0:0]
	for _, p := range protos {
		if p.code == "010" && sameCountry(p) && !publicAudience(p.tgt) {
			continue
		}
		out = append(out, p)
	}
	if len(out) == len(protos) {
		return protos
	}
	return out
}

// publicAudience reports whether m is the press or a legislature.
func publicAudience(m member) bool {
	role := strings.TrimPrefix(m.code, m.country)
	return strings.HasPrefix(role, "MED") || strings.HasPrefix(role, "LEG")
}

// saidAct reports whether code is a demand, a disapproval, a rejection or a
// threat (10-13): after "after" and a gerund ("days after threatening to
// target Israeli ships", "hours after accusing Kigali of backing the
// rebels") it is an act of its own, done at its own time, as a material act
// there is (afterGerund), not a complement of the clause's act.
func saidAct(code dyad.EventCode) bool {
	r := code.Root()
	return r >= "10" && r <= "13"
}

// retaliateWords name a response to what was done.
var retaliateWords = set(`retaliate retaliation avenge revenge respond response reprisal`)

// forceAnswered makes a vowed or threatened retaliation (130) against a side
// the sentence has told used force on the speaker's country a threat of
// force (138): "Pakistani jets bombed hideouts in Afghanistan, a Taliban
// spokesman said, vowing to retaliate", "Hezbollah vowed to respond to the
// strike". What answers force is force; a vow to answer sanctions or words
// stays 130.
func forceAnswered(s *sentence, protos []proto) []proto {
	for i := range protos {
		p := &protos[i]
		if p.code != "130" || !p.hasTgt || !s.saysRetaliation(p.words) {
			continue
		}
		for _, q := range protos[:i] {
			if r := q.code.Root(); (r == "18" || r == "19" || r == "20") && q.hasTgt && q.src.country == p.tgt.country && q.tgt.country == p.src.country && p.src.country != "" {
				p.code = "138"
				break
			}
		}
	}
	return protos
}

// saysRetaliation reports whether one of the words at ws names a response.
func (s *sentence) saysRetaliation(ws []int) bool {
	for _, w := range ws {
		if retaliateWords[s.toks[w].Lemma] || retaliateWords[s.toks[w].Lower] {
			return true
		}
	}
	return false
}

// statements applies the passes of this file.
func statements(s *sentence, protos []proto) []proto {
	return forceAnswered(s, ownAudience(ownOrders(s, protos)))
}
