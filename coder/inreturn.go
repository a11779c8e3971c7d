package coder

import "github.com/dyadhq/dyad/text"

// A sentence with no time of its own that tells the other side's part of
// an exchange the sentence before it dated: "Hamas freed 13 hostages on
// Friday. Israel released 39 prisoners in return." The act answers the one
// before it in the same swap, so it is dated by that sentence's day rather
// than by the report's.

// returnedDay returns the day of the sentence right before the one being
// coded, when that sentence was dated to a day and toks says "in return"
// or "in exchange" (not "in exchange for", which names what is given).
func returnedDay(toks []text.Token, ctx *docCtx) (when, bool) {
	if ctx.lastDay.iso == "" || ctx.lastDayAt != ctx.sentence-1 {
		return when{}, false
	}
	for j := 0; j+1 < len(toks); j++ {
		if toks[j].Lower != "in" || !swapNouns[toks[j+1].Lower] || isWord(toks, j+2, "for") {
			continue
		}
		return ctx.lastDay, true
	}
	return when{}, false
}

// swapNouns make with "in" an adverb of one side's part in an exchange.
var swapNouns = set(`return exchange`)
