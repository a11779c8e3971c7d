package coder

import (
	"slices"
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Absolute clauses that name who did an act no actor did: "Donors pledged
// $2 billion for Sudan, with Germany promising 200 million euros". The
// amounts and remnants are read as ellipsis.go reads a gapped clause's.

// absolutes adds the acts that an absolute clause after an act of no actor
// tells of the parties it names with their amounts, and its remnants':
// "Donors pledged $2 billion for Sudan, with Germany promising 200 million
// euros, France 100 million euros and Italy 50 million euros" is each
// country's pledge to Sudan, as the act is.
func absolutes(s *sentence, acts, frames []match, ps []proto) []proto {
	for _, a := range acts {
		if a.target < 0 || a.p.Recip || len(s.ms[a.target].members) != 1 || slices.ContainsFunc(ps, func(p proto) bool { return len(p.words) > 0 && p.words[0] == a.trig }) ||
			slices.ContainsFunc(frames, func(f match) bool { return f.frameEnd == a.trig || f.frameEnd == a.trig-1 }) ||
			slices.ContainsFunc(s.toks[max(0, a.trig-3):a.trig], func(t text.Token) bool { return negations[t.Lower] }) {
			continue
		}
		k := a.end
		for k < len(s.toks) && k < a.end+12 && !isWord(s.toks, k, "with") && s.toks[k].Lower != ";" {
			k++
		}
		if !isWord(s.toks, k, "with") || !isWord(s.toks, k-1, ",") {
			continue
		}
		party, ok := s.partyAt(k + 1)
		v := party.end
		if !ok || v >= len(s.toks) || !strings.HasSuffix(s.toks[v].Lower, "ing") || s.toks[v].Cap ||
			speechParticiples[s.toks[v].Lower] || reportParticiples[s.toks[v].Lower] {
			continue
		}
		num, end, ok := s.amountAt(v + 1)
		tgt := s.ms[a.target].members[0]
		if !ok || party.country == tgt.country {
			continue
		}
		p := proto{src: party, tgt: tgt, hasTgt: true, code: a.p.Code, words: a.words, conf: 0.7, frame: -1, amount: num + 1}
		ps = append(ps, p)
		for _, r := range s.remnants(end, p) {
			if !r.target && r.num >= 0 && r.party.country != tgt.country {
				q := p
				q.src, q.amount = r.party, r.num+1
				ps = append(ps, q)
			}
		}
	}
	return ps
}
