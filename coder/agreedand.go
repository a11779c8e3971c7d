package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Acts agreed together.
//
// What parties agree to is their intention (03x), and so is each act the
// agreement lists: "Israel and Hamas agreed to a ceasefire and an exchange
// of hostages for prisoners" is a truce (0871, POLICY §16) and their intent
// to release people (0353), not a release done. The verbs pattern that reads
// "agreed to a ceasefire" spans the agreement, so the act joined to it by
// "and" has no frame of its own; agreedTogether gives it the agreement's.

// agreedTogether turns into intentions (the INTENT map) the nominal acts of
// ps joined by "and" to what the same parties agreed, pledged or promised
// to in the same clause.
func (c *Coder) agreedTogether(s *sentence, ps []proto) []proto {
	if !s.words["and"] {
		return ps
	}
	m := c.lx.Map("INTENT")
	if m == nil {
		return ps
	}
	for k := range ps {
		p := &ps[k]
		if p.frame >= 0 || len(p.words) == 0 || !cooperativeAct(p.code) {
			continue
		}
		t := p.words[0]
		j := t - 1
		if j < 1 || !determiners[s.toks[j].Lower] && s.toks[j].Lower != "to" || s.toks[j-1].Lower != "and" {
			continue // a noun phrase joined by "and": "and an exchange of", "and the release of"; or an infinitive: "and to exchange"
		}
		// an infinitive joins the one before it across a relative clause
		// on its noun: "agreed to a ceasefire that will take effect on
		// Sunday and to exchange hostages"
		inf := s.toks[j].Lower == "to"
		j--
		for _, q := range ps {
			if len(q.words) == 0 || q.words[0] >= j || q.src.code != p.src.code || !inf && s.clause(q.words[0]) != s.clause(t) || commaBetween(s.toks, q.words[0], j) {
				continue
			}
			if a := agreeingWord(s, q); a >= 0 {
				p.code, p.frame = m.Apply(p.code), a
				break
			}
		}
	}
	return ps
}

// agreeingWord returns the verb of agreeing that act q is told through
// ("agreed to a ceasefire", "pledged to hold talks"), or -1.
func agreeingWord(s *sentence, q proto) int {
	if q.frame >= 0 && agreeVerbs[s.toks[q.frame].Lemma] {
		return q.frame
	}
	w := q.words[0]
	if agreeVerbs[s.toks[w].Lemma] && isWord(s.toks, w+1, "to") {
		return w
	}
	return -1
}

// cooperativeAct reports whether code is an act of cooperation done (04-08)
// that an agreement can promise.
func cooperativeAct(code dyad.EventCode) bool {
	r := code.Root()
	return r >= "04" && r <= "08"
}

// commaBetween reports whether a comma lies between tokens i and j: "agreed
// to a truce, and the exchange of prisoners followed" joins a clause.
func commaBetween(toks []text.Token, i, j int) bool {
	for k := i + 1; k < j && k < len(toks); k++ {
		if toks[k].Lower == "," {
			return true
		}
	}
	return false
}

var agreeVerbs = set(`agree pledge promise commit vow`)
