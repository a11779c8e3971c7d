package coder

import "github.com/dyadhq/dyad/text"

// transitWords are the verbs whose object is a place passed on the way:
// "after transiting the Suez Canal", "traversing the Red Sea".
var transitWords = set(`transit transited transiting transits traverse traversed traversing traverses`)

// transitedAt reports whether the place at token i is what a verb of
// transit takes as its object, past its determiners: "from Kharg Island to
// Syria after transiting the Suez Canal" passes the canal on the way (qty8),
// as "through the Suez Canal" does.
func transitedAt(toks []text.Token, i int) bool {
	k := i - 1
	for k >= 0 && determiners[toks[k].Lower] {
		k--
	}
	return k >= 0 && transitWords[toks[k].Lower]
}
