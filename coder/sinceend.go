package coder

import "strings"

// A period told from a day ("since Aug. 14") runs to the report, unless it
// is told as over before it ("had evacuated 123,000 people since Aug. 14",
// "having detained 300 people since June 11") in a sentence whose act that
// ended it names its day ("left Kabul on Monday, ending an airlift in which
// ..."): then it runs to that day.

// sinceEnded returns the period w of the "since" time xs[k] ended on the
// day of the latest time before it in the sentence that dates an act and
// falls within the period, or w.
func (s *sentence) sinceEnded(xs []timex, k int, w when) when {
	a, _, ok := strings.Cut(w.iso, "/")
	if !ok || len(a) != 10 {
		return w
	}
	end := ""
	for _, x := range xs {
		if x.pos < xs[k].pos && !x.report && !x.deadline && !x.since && !x.future && x.noun == 0 && len(x.w.iso) == 10 && x.w.iso > a {
			end = x.w.iso
		}
	}
	if end == "" {
		return w
	}
	w.iso = a + "/" + end
	return w
}
