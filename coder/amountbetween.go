package coder

import "github.com/dyadhq/dyad/text"

// amountWords may stand in the amount that opens an act's noun phrase: "a 50
// billion euro package", "a $2 billion loan".
var amountWords = set(`a an the billion million trillion thousand euro euros dollar dollars pound pounds yen yuan $ € £ -`)

// amountBetween reports whether the tokens from k up to the action's
// trigger t are only an amount ("agreed to a 50 billion euro package of
// loans for Ukraine"): the frame that ends at k governs the action, as it
// does across "a" alone.
func (s *sentence) amountBetween(k, t int) bool {
	if t-k < 2 || t-k > 6 {
		return false
	}
	number := false
	for j := k; j < t; j++ {
		switch {
		case s.toks[j].Kind == text.Number:
			number = true
		case amountWords[s.toks[j].Lower] && s.in[j] < 0:
		default:
			return false
		}
	}
	return number
}
