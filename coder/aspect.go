package coder

// A frame before an aspect verb (fresh training set 33: "Hezbollah vowed
// to continue its battle against Israel"). "Continue", "keep up" or
// "resume" and a possessive stand between the frame ("vowed to") and the
// act's noun; the frame still governs the act, which is vowed, not done:
// a threat (13x), not a battle fought both ways.

// aspectVerbs go on with an act: "continue its battle", "keep up their
// attacks".
var aspectVerbs = set(`continue keep resume pursue step`)

// aspectFill are the words that may follow an aspect verb before the act.
var aspectFill = set(`up its their his her the`)

// aspectBetween reports whether the tokens [fe, t) are an aspect verb and
// up to two fill words: the frame that ends at fe governs the act at t.
func (s *sentence) aspectBetween(fe, t int) bool {
	if fe < 0 || t-fe < 1 || t-fe > 3 || !aspectVerbs[s.toks[fe].Lower] {
		return false
	}
	for k := fe + 1; k < t; k++ {
		if !aspectFill[s.toks[k].Lower] {
			return false
		}
	}
	return true
}
