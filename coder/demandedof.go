package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// A demand or an appeal made on a call or at a summons is made of the one
// called: "Blinken called Lavrov to demand the release of an American
// reporter" demands it of Russia, not of the United States, whose reporter
// it is; "called Netanyahu to urge restraint" urges Israel.

// contactVerbs reach someone to whom a purpose clause's demand is then made.
var contactVerbs = set(`call called phone phoned telephone telephoned summon summoned ring rang`)

// madeOfCalled gives a demand or an appeal (10x, 02x) with no target, or
// one of its source's own country, told as the purpose ("to demand", "to
// urge restraint") of a call or a summons, the one called or summoned as
// its target.
func madeOfCalled(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		c := string(p.code)
		if !strings.HasPrefix(c, "10") && !strings.HasPrefix(c, "02") || len(p.words) == 0 || p.src.country == "" ||
			p.hasTgt && p.tgt.country != p.src.country {
			continue
		}
		t := p.words[0]
		if !isWord(s.toks, t-1, "to") {
			continue
		}
		// the contact verb before "to", within the clause, and its object
		for v := t - 2; v >= 0 && v >= t-14 && !s.boundary[v]; v-- {
			if !contactVerbs[s.toks[v].Lower] {
				continue
			}
			k := v + 1
			if isWord(s.toks, k, "in") && s.toks[v].Lemma == "call" {
				k++ // "called in the ambassador to demand" (summons.go)
			}
			for k < t-1 && (determiners[s.toks[k].Lower] || s.time[k]) {
				k++
			}
			mi := s.at[k]
			if mi < 0 || !s.ms[mi].usable() || s.ms[mi].end > t-1 {
				break
			}
			if o := s.ms[mi].members[0]; o.country != "" && o.country != p.src.country {
				p.tgt, p.hasTgt = o, true
			}
			break
		}
	}
	return ps
}

// contacted reports whether mention mi is the object of a contact verb right
// before it ("called Xi Jinping to demand", "summoned the envoy to
// protest"): the one reached, who does not do what the purpose clause after
// it says; "called on Iran to release" is an appeal, whose object does.
func (s *sentence) contacted(mi int) bool {
	k := s.ms[mi].start - 1
	for k >= 0 && determiners[s.toks[k].Lower] {
		k--
	}
	return k >= 0 && (contactVerbs[s.toks[k].Lower] || useVerbs[s.toks[k].Lower])
}

// useVerbs take a tool as their object: "Ukrainian forces used them to
// strike", "Russia used Iranian drones to attack Kyiv" are the users' acts,
// not the tools' or their makers'.
var useVerbs = set(`use used uses using employ employed employs employing`)

// usedTool returns the verb of using right before the tool whose words
// begin the action at token t, across the tool's modifiers ("used Iranian
// drones to attack": "used"), or -1.
func (s *sentence) usedTool(t int) int {
	k := t - 1
	for k >= 0 && k >= t-4 && (s.in[k] >= 0 || determiners[s.toks[k].Lower] || s.toks[k].Kind == text.Number ||
		s.toks[k].Text == "-" || s.toks[k].Kind == text.Word && !s.toks[k].Cap && s.toks[k].Lower == s.toks[k].Lemma && !useVerbs[s.toks[k].Lower]) {
		k--
	}
	if k >= 0 && k < t-1 && useVerbs[s.toks[k].Lower] && t+1 < len(s.toks) && s.infinitiveAfter(t) {
		return k
	}
	return -1
}

// infinitiveAfter reports whether "to" and a verb follow the tool's words
// that begin at token t, within a few words ("drones to attack").
func (s *sentence) infinitiveAfter(t int) bool {
	for k := t + 1; k < len(s.toks) && k <= t+3; k++ {
		if s.toks[k].Lower == "to" {
			return true
		}
		if s.toks[k].Kind != text.Word {
			return false
		}
	}
	return false
}
