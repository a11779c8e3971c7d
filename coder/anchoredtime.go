package coder

import "github.com/dyadhq/dyad/text"

// A time told relative to what the sentence said before ("the day before",
// "the previous day", "that year", "the following year") counts from the
// time of the clause before it, not from the report: "Israel struck Gaza on
// Monday, saying Hamas had fired rockets the day before" fired on Sunday;
// "France withdrew its troops in August 2022, and Mali expelled its
// ambassador later that year" expelled in 2022. With no such time before
// it, the report's and the document's rules stand (dateAt).

// anchoredAt resolves the relative time at token i from the latest time of
// xs before it that dates an act (not a report, a deadline or a period).
func anchoredAt(toks []text.Token, i int, xs []timex) (when, bool) {
	w := toks[i].Lower
	n, unit := 0, dayUnit
	switch {
	case w == "day" && isWord(toks, i-1, "the") && adverbialBefore(toks, i+1):
		n = -1 // "the day before."
	case w == "previous" && isWord(toks, i+1, "day") && isWord(toks, i-1, "the"):
		n = -1
	case w == "that" && isWord(toks, i+1, "year"):
		unit = yearUnit
	case (w == "following" || w == "next" || w == "previous") && isWord(toks, i+1, "year") && isWord(toks, i-1, "the"):
		unit, n = yearUnit, 1
		if w == "previous" {
			n = -1
		}
	default:
		return when{}, false
	}
	var anchor *timex
	for k := range xs {
		if x := &xs[k]; x.pos < i && !x.report && !x.deadline && !x.since && x.noun == 0 && !x.w.unsure && x.w.year > 0 {
			anchor = x
		}
	}
	if anchor == nil {
		return when{}, false
	}
	if unit == yearUnit {
		return yearOf(anchor.w.year + n), true
	}
	if len(anchor.w.iso) != 10 {
		return when{}, false
	}
	return shiftWhen(anchor.w, dayUnit, n)
}

// adverbialBefore reports whether "before" at token k ends its phrase
// ("the day before.", "the day before, and"): an adverb of time, not the
// opening of a clause whose time it counts from ("the day before Russia
// invaded").
func adverbialBefore(toks []text.Token, k int) bool {
	if !isWord(toks, k, "before") {
		return false
	}
	return k+1 >= len(toks) || toks[k+1].Kind == text.Punct || toks[k+1].Lower == "and" || toks[k+1].Lower == "but"
}
