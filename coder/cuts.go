package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Aid cut told in a relative clause of its resumption: "the United States
// resumed military aid to Ukraine, which it had suspended on March 3",
// "Washington restored aid to Niger that it had cut after the coup". The
// clause tells that the aid was cut before (162x), by the one it names,
// to the one the aid goes to; no pattern reads it, since the aid and its
// recipient come before the verb.

// cutVerbs are the past forms that cut aid in such a clause.
var cutVerbs = set(`suspended halted froze frozen cut withheld paused stopped`)

// relativeCuts returns the aid cuts told by relative clauses "which|that
// it|they|X had suspended" after an aid noun and its recipient.
func (c *Coder) relativeCuts(s *sentence, protos []proto) []proto {
	var out []proto
	for k := 2; k+2 < len(s.toks); k++ {
		if w := s.toks[k].Lower; w != "which" && w != "that" || !isWord(s.toks, k-1, ",") && !isWord(s.toks, k+2, "had") && !isWord(s.toks, k+2, "has") {
			continue
		}
		subj := s.in[k+1]
		if subj < 0 || len(s.ms[subj].members) != 1 {
			continue
		}
		v := s.ms[subj].end
		if isWord(s.toks, v, "had") || isWord(s.toks, v, "has") || isWord(s.toks, v, "have") {
			v++
		}
		if v >= len(s.toks) || !cutVerbs[s.toks[v].Lower] || s.negated(v) || coded(protos, v, v, v+1) {
			continue
		}
		aid, tgt := s.aidBefore(k)
		if aid < 0 || tgt < 0 {
			continue
		}
		src := s.ms[subj].members[0]
		t := s.ms[tgt].members[0]
		if src.code == "" || t.code == "" || src.country != "" && src.country == t.country {
			continue
		}
		out = append(out, proto{src: src, tgt: t, hasTgt: true, code: aidCutCode(s.toks, aid), words: []int{v}, conf: 0.7, frame: -1})
	}
	return out
}

// aidBefore returns, in the words before the relative pronoun at k (across
// its comma, within ten words), the aid noun and the mention of its
// recipient after "to", "for" or "with", or -1s.
func (s *sentence) aidBefore(k int) (int, int) {
	aid, tgt := -1, -1
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if s.boundary[j] && j != k-1 {
			break
		}
		if mi := s.in[j]; mi >= 0 && tgt < 0 && aid < 0 {
			if p := s.ms[mi].prep; (p == "to" || p == "for" || p == "with") && len(s.ms[mi].members) == 1 {
				tgt = mi
			}
		}
		if w := s.toks[j].Lower; (w == "aid" || w == "assistance" || w == "funding") && tgt >= 0 {
			aid = j
			break
		}
	}
	return aid, tgt
}

// aidCutCode is the cut of the aid whose noun is at token j: military
// (1622), economic (1621), humanitarian (1623), or of aid unsaid (162).
func aidCutCode(toks []text.Token, j int) dyad.EventCode {
	if j > 0 {
		switch toks[j-1].Lower {
		case "military", "security", "defence", "defense", "lethal":
			return "1622"
		case "economic", "financial", "development", "budget", "budgetary":
			return "1621"
		case "humanitarian", "food", "relief":
			return "1623"
		}
	}
	return "162"
}
