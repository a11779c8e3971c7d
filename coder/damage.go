package coder

import "strings"

// damageOfForce drops the property destruction (1712) that a participle
// tells as the result of force its source used: "Russian forces attacked
// Kharkiv with guided bombs, damaging apartment blocks", "Turkish jets
// struck militant targets, destroying 29 shelters". The damage is what the
// strike did, as the casualties of ", killing 11 people" are, and the team's
// gold codes the strike alone. Property set ablaze ("setting fire to homes")
// is a deed of its own and stays. It is a recoder, not a dictionary
// exclusion (lexicon/exclude.go): whether ", damaging" tells a result turns
// on another event of the sentence, force by the same source ("rioters
// marched, damaging shops" keeps its damage), which no pattern sees.
func damageOfForce(s *sentence, ps []proto) []proto {
	return without(ps, func(p proto) bool {
		return p.code == "1712" && len(p.words) > 0 && s.resultParticiple(p.words[0]) && forceBy(ps, p)
	})
}

// resultParticiple reports whether the word at k is "damaging" or
// "destroying" right after a comma, or after the "and" of a chain of
// participles (", killing 18 people and damaging the building").
func (s *sentence) resultParticiple(k int) bool {
	w := s.toks[k].Lower
	return k > 0 && (isWord(s.toks, k-1, ",") || isWord(s.toks, k-1, "and")) && strings.HasSuffix(w, "ing") && (s.toks[k].Lemma == "damage" || s.toks[k].Lemma == "destroy")
}

// forceBy reports whether ps has force (18x, 19x) by the source of p.
func forceBy(ps []proto, p proto) bool {
	for _, q := range ps {
		if r := q.code.Root(); (r == "18" || r == "19") && q.src.country == p.src.country && q.src.country != "" {
			return true
		}
	}
	return false
}
