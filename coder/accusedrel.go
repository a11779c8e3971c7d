package coder

import "github.com/dyadhq/dyad"

// accusedRelatives adds the accusation a relative clause on an act's
// object tells: "deported 40 Colombians it accused of smuggling migrants",
// "expelled three diplomats whom it accused of espionage" is the act and
// the source's charge against the people it acted on (112; of a crime 1121, of spying
// or treason 1125), told as "accused them of" would tell it. The clause's "it"
// or "they" is the act's source; an accusation of its own people by a state
// is no dyad (pairs.go).
func accusedRelatives(s *sentence, ps []proto) []proto {
	out := ps
	for _, p := range ps {
		if !p.hasTgt || len(p.words) == 0 || p.code.Root() == "11" || p.src.country == "" || p.tgt.country == "" || p.tgt.country == p.src.country {
			continue
		}
		at := s.accusedAfter(p.tgt.end)
		if at < 0 {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o.code.Root() == "11" && o.src.country == p.src.country && o.tgt.country == p.tgt.country
		}
		if dup {
			continue
		}
		code := dyad.EventCode("112")
		for k := at + 2; k < len(s.toks) && k <= at+6 && !s.boundary[k]; k++ {
			if spyWords[s.toks[k].Lower] {
				code = "1125"
				break
			}
			if crimeWords[s.toks[k].Lemma] {
				code = "1121"
			}
		}
		out = append(out, proto{src: p.src, tgt: p.tgt, hasTgt: true, code: code, words: []int{at}, conf: p.conf - 0.1, frame: -1})
	}
	return out
}

// spyWords charge with espionage or treason (1125); crimeWords with a
// crime (1121).
var (
	spyWords   = set(`spying espionage spy treason`)
	crimeWords = set(`smuggle smuggling traffic trafficking gang terrorism terrorist corruption fraud murder drug drugs crime criminal`)
)

// accusedAfter returns the token of "accused" in a relative clause right
// after token k, the end of an object's words, whose subject is a pronoun
// of the act's source: "Colombians it accused of", "diplomats whom they
// accused of", "men that it had accused of"; or -1.
func (s *sentence) accusedAfter(k int) int {
	if k <= 0 || k >= len(s.toks) {
		return -1
	}
	if w := s.toks[k].Lower; w == "that" || w == "whom" || w == "who" || w == "which" {
		k++
	}
	if !isWord(s.toks, k, "it") && !isWord(s.toks, k, "they") {
		return -1
	}
	k++
	if isWord(s.toks, k, "had") || isWord(s.toks, k, "has") || isWord(s.toks, k, "have") {
		k++
	}
	if k+1 < len(s.toks) && s.toks[k].Lemma == "accuse" && s.toks[k].Lower != "accuse" && s.toks[k+1].Lower == "of" {
		return k
	}
	return -1
}
