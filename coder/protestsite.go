package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// protestSites adds the demonstration that force against a gathering tells
// (doc/POLICY.md §5: force used against demonstrators tells that they
// demonstrated): "riot police stormed the protest camp", "broke up a rally
// in Minsk", "security forces cleared a sit-in outside the army
// headquarters" is the police's repression (175) and the protest of the
// people gathered (141), as "fired tear gas at protesters" is. The crowd is
// the people of the repressing state; addressee gives them their target.
// Only repression (175) by the state's police, army or government on its own people; a
// camp named for no protest ("a refugee camp", "a rebel camp") tells none.
func protestSites(s *sentence, ps []proto) []proto {
	out := ps
	for _, p := range ps {
		if len(p.words) == 0 || p.code != "175" {
			continue // repression; a battle for a site ("stormed the camp outside the ministry", 190) tells no rally
		}
		c := p.src.country
		if c == "" || p.hasTgt && p.tgt.country != c || !repressionRoles[role(p.src)] {
			continue // a crackdown with no target yet is on the crowd addressee will name
		}
		k := s.gatheringAfter(p.words[0])
		if k < 0 {
			continue
		}
		dup := false
		for _, o := range out {
			// a crowd already told protesting; or the crackdown told again
			// with its victims ("killed 30 people as they dispersed a
			// protest camp"), whose repression the first names
			dup = dup || o.code.Root() == "14" && o.src.country == c || !p.hasTgt && o.hasTgt && o.src.code == p.src.code && o.code.Root() >= "17"
		}
		if dup {
			continue
		}
		src := member{code: c + "CVL", country: c, start: k, end: k + 1}
		if p.hasTgt && (crowdRoles[role(p.tgt)] || role(p.tgt) == "CVL") {
			src = p.tgt // "stormed a protest camp of opposition supporters": theirs
		}
		out = append(out, proto{src: src, code: dyad.EventCode("141"), words: []int{k}, conf: p.conf - 0.1, frame: -1})
	}
	return out
}

// monthMarch reports whether the word at token i is the month March, not a
// march: capitalised, with a day, a year or a word that leads a time beside
// it ("killed 40 bandits in March 2023").
func monthMarch(toks []text.Token, i int) bool {
	return toks[i].Lower == "march" && toks[i].Cap && mayMonth(toks, i)
}

// gatheringNouns are a demonstration gathered in one place; campNouns are
// one only after a word of protest ("the protest camp", "the protesters'
// camp", "a student encampment" is none).
var (
	gatheringNouns = set(`rally rallies sit-in sit-ins demonstration demonstrations protest protests march marches vigil vigils`)
	campNouns      = set(`camp camps encampment encampments`)
	campProtest    = set(`protest protester protesters demonstrator demonstrators`)
)

// gatheringAfter returns the noun of a gathering that is the object of the
// verb at t ("stormed the protest camp", "dispersed an opposition rally",
// "cleared a sit-in"): within four words of it, in its clause, before any
// preposition; or -1.
func (s *sentence) gatheringAfter(t int) int {
	for k := t + 1; k < len(s.toks) && k <= t+5; k++ {
		w := &s.toks[k]
		if s.boundary[k] || w.Lower == "," || prepositions[w.Lower] && w.Lower != "up" {
			return -1
		}
		if w.Lower == "sit" && isWord(s.toks, k+1, "-") && isWord(s.toks, k+2, "in") {
			return k // "a sit-in", as the tokenizer splits it
		}
		if gatheringNouns[w.Lower] && !monthMarch(s.toks, k) {
			return k
		}
		if campNouns[w.Lower] && k > 0 {
			prev := s.toks[k-1].Lower
			if prev == "'" && k > 1 {
				prev = s.toks[k-2].Lower // "the protesters' camp"
			}
			if campProtest[prev] {
				return k
			}
		}
	}
	return -1
}

// crowdDemandFirst reports whether an act of protest (14), or a crowd's
// force (18, 19, which riots makes a riot), follows, in its clause, a demand
// (10) the clause reported first: "protesters demanding the premier's
// resignation stormed his office" is the crowd's protest, its verb the
// clause's own; the demand before it, a participle on the crowd, says what
// the protest is for (demonstrationDemands), and is no act that makes the
// protest its complement.
func crowdDemandFirst(code dyad.EventCode, first string, src member) bool {
	if r := role(src); r == "" || stateBodies[r] {
		return false // "authorities pressured lecturers to cancel the strike": the strike is what they demand
	}
	r := code.Root()
	return strings.HasPrefix(first, "10") && (r == "14" || (r == "18" || r == "19") && crowdRoles[role(src)])
}

// participleDemands merges into a crowd's protest (14, a riot that riots
// made of a crowd's force among them) the demand told by a participle on
// the crowd before its verb: "protesters demanding the premier's
// resignation stormed his office" is a riot for a change of leadership
// (1451), not a demand and a riot, as demonstrationDemands merges a demand
// told after the protest ("marched through Algiers, demanding that ...").
func participleDemands(_ *sentence, ps []proto) []proto {
	return mergeDemands(ps, func(p, d proto) bool {
		return crowdParticiple(d, p) && !(p.hasTgt && p.tgt.country != d.tgt.country)
	})
}

// crowdParticiple reports whether the demand d is a participle right after
// the words of the crowd that protests in p ("protesters demanding the
// premier's resignation stormed"): what the protest demands, told before
// its verb.
func crowdParticiple(d, p proto) bool {
	return d.src.code == p.src.code && d.src.end > 0 && (d.src.end == d.words[0] || d.frame >= 0 && d.src.end == d.frame) /* complements8: or its frame ('demanding that both men quit') */ && d.words[0] < p.words[0]
}
