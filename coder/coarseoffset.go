package coder

// coarseOffset is the time a few days or weeks from an anchor the text
// dates only by its month ("eased sanctions earlier this month, a day
// after the government and the opposition signed an agreement": signed
// this month; "recalled its ambassador in March, two days after"): the
// anchor's own month, the closest the words tell, rather than no time at
// all, which would leave the clause to the report's day. Hours counted
// from a month, a count of months, of more than four weeks, or from a
// year date nothing.
func coarseOffset(w when, unit, n int) (when, bool) {
	if unit != dayUnit || n == 0 || n < -28 || n > 28 {
		return when{}, false
	}
	if len(w.iso) != 7 { // "2024-05"
		return when{}, false
	}
	w.explict = true
	return w, true
}
