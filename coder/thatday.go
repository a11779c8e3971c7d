package coder

import "github.com/dyadhq/dyad/text"

// sameDayAt reports whether the words at token i name the day the text
// named last, with no count from it: "that day", "later that day", "earlier
// that day", "later in the day", "earlier in the day" ("Russian missiles
// struck Kyiv on Monday, officials said on Wednesday, and Poland scrambled
// jets later that day": the Monday). "That day" must stand as a phrase of
// time: after "later", "earlier" or "on", or ending its phrase ("protested
// that day."), not "said that day-long talks" nor "by that day", a deadline.
func sameDayAt(toks []text.Token, i int) bool {
	switch toks[i].Lower {
	case "that":
		if !isWord(toks, i+1, "day") || isWord(toks, i+2, "'s") || isWord(toks, i+2, "-") || isWord(toks, i-1, "by") || isWord(toks, i-1, "until") {
			return false
		}
		return isWord(toks, i-1, "later") || isWord(toks, i-1, "earlier") || isWord(toks, i-1, "on") || adverbialEnd(toks, i+2)
	case "later", "earlier":
		return isWord(toks, i+1, "in") && isWord(toks, i+2, "the") && isWord(toks, i+3, "day")
	}
	return false
}
