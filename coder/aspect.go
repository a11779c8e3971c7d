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

// performVerbs only say that an act is done, which the noun after them
// names: "threatened to carry out suicide bombings", "vowed to stage more
// car bombings". The frame before them governs that act: a threatened act
// is a threat (POLICY §2), not the act.
var performVerbs = set(`carry conduct stage mount commit perpetrate unleash wage`)

// performFill are the words that may follow a verb of performing before
// the act.
var performFill = set(`out more new further fresh similar such its their his her the a an`)

// aspectBetween reports whether the tokens [fe, t) are an aspect verb and
// up to two fill words, or a verb of performing and up to two of its fill
// words: the frame that ends at fe governs the act at t.
func (s *sentence) aspectBetween(fe, t int) bool {
	if fe < 0 || t-fe < 1 || t-fe > 3 {
		return false
	}
	fill := aspectFill
	switch w := s.toks[fe].Lower; {
	case aspectVerbs[w]:
	case performVerbs[w]:
		fill = performFill
	default:
		return false
	}
	for k := fe + 1; k < t; k++ {
		if !fill[s.toks[k].Lower] {
			return false
		}
	}
	return true
}
