package coder

import "github.com/dyadhq/dyad/text"

// nextPart reports whether token i ends "the next morning", "the following
// evening", "the next afternoon" or "the following night": a part of the day
// after the one the text named before it, dated as "the next day" is
// ("shelled the camp on Sunday, and Chad closed its border the next
// morning" closed it on Monday).
func nextPart(toks []text.Token, i int) bool {
	return i >= 2 && dayParts[toks[i].Lower] && toks[i-2].Lower == "the" &&
		(toks[i-1].Lower == "next" || toks[i-1].Lower == "following")
}
