package coder

import "github.com/dyadhq/dyad/text"

// Titles in apposition to names no dictionary knows (moved from match.go).

// appositive returns the actor of the title in apposition to a name at
// token k that no dictionary knows ("Abu Khalil, a senior Hamas commander",
// "X, the Islamic State group's leader in Southeast Asia"): the first actor
// of the noun phrase after the name's comma and its article, before the
// phrase ends; or -1.
func (s *sentence) appositive(k int) int {
	j := k
	for j < len(s.toks) && j < k+4 && s.toks[j].Cap && s.toks[j].Kind == text.Word && s.in[j] < 0 {
		j++
	}
	if j == k || !isWord(s.toks, j, ",") || j+1 >= len(s.toks) {
		return -1
	}
	from := j + 2
	if isWord(s.toks, j+1, "one") && isWord(s.toks, j+2, "of") {
		from = j + 3 // "Pham Doan Trang, one of Vietnam's best-known dissident journalists"
	} else if !articles[s.toks[j+1].Lower] {
		return -1
	}
	owned := false // after a country's possessive: "Vietnam's ... journalists"
	for i := from; i < len(s.toks) && i < from+7; i++ {
		if mi := s.at[i]; mi >= 0 {
			m := &s.ms[mi]
			if (m.kind == mFull || m.kind == mAgent) && m.usable() && (m.prep == "" || from == j+3 && m.prep == "of") && !m.poss {
				return mi
			}
			if owned && m.kind == mImplied && m.usable() {
				return mi // the role word of the possessive's country
			}
			if m.kind == mFull && m.poss && i == from && from == j+3 {
				owned = true
				i = m.end // past "'s"
				continue
			}
			if m.kind != mWeak {
				return -1
			}
			i = m.end - 1 // "a Somali al Shabaab commander": past the adjective
			continue
		}
		if s.toks[i].Lower == "-" && owned {
			continue // "best-known"
		}
		if s.toks[i].Kind != text.Word || prepositions[s.toks[i].Lower] || s.boundary[i] {
			return -1
		}
	}
	return -1
}

// articles open a noun phrase in apposition.
var articles = set(`a an the`)
