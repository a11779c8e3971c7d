package coder

import "github.com/dyadhq/dyad/text"

// bind8: a count with "of" before whom an act reaches is a part of them,
// as "dozens of" is (partitives, words.go): "Israeli strikes killed two of
// its fighters" kills Hezbollah's, "Turkish jets killed 5 of its militants"
// the PKK's. The count's "of" no longer stops the pattern's reach before
// its target.

// countOf reports whether token k is the "of" of a count ("two of", "20
// of"), not of "a" or "an", before a possessive or an actor named ("injuring
// six of them" leaves the pronoun to the rules of objects).
func (s *sentence) countOf(k int) bool {
	if k < 1 || k+1 >= len(s.toks) || s.toks[k].Lower != "of" {
		return false
	}
	c := &s.toks[k-1]
	if !(c.Kind == text.Number || numberWords[c.Lower] > 1) || s.in[k-1] >= 0 {
		return false
	}
	n := s.toks[k+1].Lower
	return n == "its" || n == "their" || n == "his" || n == "her" || n == "the" || s.in[k+1] >= 0 && s.ms[s.in[k+1]].kind != mPronoun
}
