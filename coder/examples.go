package coder

import "github.com/dyadhq/dyad/text"

// examples returns how many tokens the word introducing examples of the
// noun before it spans at token k ("including", "like", "such as"), or 0.
// The noun may be an actor that names no country ("Western partners such
// as Japan").
func (s *sentence) examples(k int) int {
	if k == 0 {
		return 0
	}
	n := exampleWords(s.toks, k) // first: most words introduce nothing
	if n == 0 || s.toks[k-1].Kind != text.Word || s.countryAt(k-1) || closedClass(s.toks[k-1].Lower) {
		return 0
	}
	return n
}

// countryAt reports whether token k is in a mention that names a country or
// names no actor.
func (s *sentence) countryAt(k int) bool {
	mi := s.in[k]
	return mi >= 0 && (len(s.ms[mi].members) == 0 || s.ms[mi].members[0].country != "")
}

// examplesAfter returns where the examples begin when the words from token
// k, at most three that name no country, end a noun phrase with words
// introducing them ("countries including Iran", "seven Latin American
// countries, among them Chile"), or -1.
func (s *sentence) examplesAfter(k int) int {
	for j := k; j < len(s.toks) && j < k+3; j++ {
		t := &s.toks[j]
		if t.Kind != text.Word || s.boundary[j] || closedClass(t.Lower) || s.countryAt(j) {
			return -1
		}
		if n := exampleWords(s.toks, j+1); n > 0 {
			return j + 1 + n
		}
	}
	return -1
}

// exampleWords returns how many tokens "including", "like", "such as" or
// "among them", after a comma or not, span at token k, or 0.
func exampleWords(toks []text.Token, k int) int {
	comma := 0
	if isWord(toks, k, ",") {
		comma, k = 1, k+1
	}
	switch {
	case isWord(toks, k, "including") || isWord(toks, k, "like"):
		return comma + 1
	case isWord(toks, k, "such") && isWord(toks, k+1, "as"), isWord(toks, k, "among") && isWord(toks, k+1, "them"):
		return comma + 2
	}
	return 0
}
