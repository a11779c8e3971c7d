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
func anchoredAt(toks []text.Token, i int, xs []timex, ctx *docCtx) (when, bool) {
	w := toks[i].Lower
	n, unit := 0, dayUnit
	switch {
	case w == "day" && isWord(toks, i-1, "the") && adverbialBefore(toks, i+1):
		n = -1 // "the day before."
	case w == "previous" && isWord(toks, i+1, "day") && isWord(toks, i-1, "the"):
		n = -1
	case previousNight(toks, i): // when8: the night before the act's day (prevnight.go)
		if anchor := lastAnchor(xs, i); anchor != nil && len(anchor.w.iso) == 10 {
			return nightTo(anchor.w)
		}
		return when{}, false
	case w == "same" && isWord(toks, i+1, "day") && isWord(toks, i-1, "the") && adverbialEnd(toks, i+2):
		// "the same day.": the day named last (doc/POLICY.md); within its
		// sentence an undated clause takes it anyway (earlierTime), so this
		// reads it only from a sentence before
		if !anchorBefore(xs, i) && ctx != nil && ctx.lastDay.iso != "" && ctx.lastDayAt < ctx.sentence {
			return ctx.lastDay, true
		}
		return when{}, false
	case sameDayAt(toks, i): // when8: "later that day", "earlier in the day": the day named last (thatday.go)
		if anchor := lastAnchor(xs, i); anchor != nil && len(anchor.w.iso) == 10 {
			return anchor.w, true
		}
		if ctx != nil && ctx.lastDay.iso != "" && ctx.lastDayAt < ctx.sentence {
			return ctx.lastDay, true
		}
		return when{}, false
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
	anchor := lastAnchor(xs, i)
	if anchor == nil && unit == dayUnit && ctx != nil && ctx.lastDay.iso != "" && ctx.lastDayAt < ctx.sentence {
		// "Iran freed two French citizens on Wednesday. France had released
		// an Iranian engineer the previous day.": the day before the day
		// the text named last, not the day before the report
		return shiftWhen(ctx.lastDay, dayUnit, n)
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

// lastAnchor returns the latest time of xs before token i that dates an act
// (not a report, a deadline or a period), or nil.
func lastAnchor(xs []timex, i int) *timex {
	var anchor *timex
	for k := range xs {
		if x := &xs[k]; x.pos < i && !x.report && !x.deadline && !x.since && x.noun == 0 && !x.w.unsure && x.w.year > 0 {
			anchor = x
		}
	}
	return anchor
}

// anchorBefore reports whether a time of xs before token i may anchor a
// relative one.
func anchorBefore(xs []timex, i int) bool { return lastAnchor(xs, i) != nil }

// adverbialEnd reports whether the phrase of time ends right before token
// k: at the sentence's end, a punctuation mark or "and"/"but" ("the same
// day.", "the same day, and"), not "the same day as the vote".
func adverbialEnd(toks []text.Token, k int) bool {
	return k >= len(toks) || toks[k].Kind == text.Punct || toks[k].Lower == "and" || toks[k].Lower == "but"
}

// eves returns the times of "on the eve of" a day's event: the day before
// the first day the phrase's words name, in the noun ("on the eve of
// Sunday's election"), after it ("the vote on Sunday") or in a relative
// clause on it ("the holy month of Ramadan, which began on Saturday"). Each
// stands at the "on" of its phrase, nearer the act it dates than the day
// it counts from.
func eves(toks []text.Token, xs []timex) []timex {
	var out []timex
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].Lower != "eve" || !isWord(toks, i-1, "the") || !isWord(toks, i+1, "of") || !isWord(toks, i-2, "on") {
			continue
		}
		for _, x := range xs {
			if x.pos <= i || x.pos > i+12 || x.report || x.deadline || x.since || x.future || len(x.w.iso) != 10 {
				continue
			}
			if w, ok := shiftWhen(x.w, dayUnit, -1); ok {
				out = append(out, timex{pos: i - 2, w: w})
			}
			break
		}
	}
	return out
}
