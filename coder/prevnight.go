package coder

import "github.com/dyadhq/dyad/text"

// previousNight reports whether "night" at token i ends "the previous
// night" or an adverbial "the night before" ("the night before.", "the
// night before, and"): the night before the day the text dates its clause
// from, which is "overnight" told from that day (doc/POLICY.md §19), its two
// days ("Israel said on Monday its jets had struck Hezbollah targets the
// previous night" struck them on Sunday and Monday). "The night before the
// vote" counts from the vote, and is not this.
func previousNight(toks []text.Token, i int) bool {
	if !isWord(toks, i, "night") || !isWord(toks, i-1, "the") && !isWord(toks, i-2, "the") {
		return false
	}
	return isWord(toks, i-1, "previous") && isWord(toks, i-2, "the") || isWord(toks, i-1, "the") && adverbialBefore(toks, i+1)
}

// nightTo is the night before day: its two days, the day before and day.
func nightTo(day when) (when, bool) {
	d, ok := shiftWhen(day, dayUnit, -1)
	if !ok {
		return when{}, false
	}
	return when{iso: d.iso + "/" + day.iso, start: d.start, year: d.year, explict: true}, true
}
