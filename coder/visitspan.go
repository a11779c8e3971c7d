package coder

import (
	"strconv"
	"time"

	"github.com/dyadhq/dyad/text"
)

// A visit or talks of several days ("a three-day visit", "two-day talks")
// cover those days, where the words say which day the date is: the first
// ("began a three-day visit to Japan on Monday"), the last ("ended a
// three-day visit on Friday") or one counted ("on Tuesday, the second day
// of a three-day state visit"). A visit told with no such word keeps its
// one day, and so does an arrival ("arrived on Monday for a three-day
// visit", "at the start of a 10-day tour": the arrival is the event, as
// the team's sets date it).

// spanNouns are the multi-day meetings the span is read for.
var spanNouns = set(`visit trip tour talks summit meeting negotiations`)

// spanStarts and spanEnds say the date is the visit's first or last day.
var (
	spanStarts = set(`began begins started starts opened opens kicked`)
	spanEnds   = set(`ended ends concluded concludes wrapped wraps closed`)
)

// visitSpan gives a meeting or visit event p (04x) dated to the day w the
// span its "N-day" phrase and the words around it give, or w.
func (s *sentence) visitSpan(p proto, w when) when {
	if len(w.iso) != 10 || p.code.Root() != "04" || len(p.words) == 0 || !s.words["day"] {
		return w
	}
	for k := 2; k+1 < len(s.toks); k++ {
		if s.toks[k].Lower != "day" || s.toks[k-1].Lower != "-" || s.boundary[k] {
			continue
		}
		n := 0
		if t := &s.toks[k-2]; t.Kind == text.Number {
			n, _ = strconv.Atoi(t.Lower)
		} else {
			n = numberWords[t.Lower]
		}
		noun := s.spanNounAfter(k)
		if n < 2 || n > 14 || noun == "" {
			continue
		}
		if visit := tripNouns[noun]; visit != (p.code == "042" || p.code == "043") {
			continue // "held talks on Tuesday, the second day of a three-day visit": the talks keep their day
		}
		first := -1 // which day of the span the date is, from 0
		switch {
		case k >= 6 && isWord(s.toks, k-4, "of") && isWord(s.toks, k-5, "day") && ordinals[s.toks[k-6].Lower] > 0:
			first = ordinals[s.toks[k-6].Lower] - 1 // "the second day of a three-day visit"
		case k >= 6 && isWord(s.toks, k-4, "of") && isWord(s.toks, k-5, "day") && (isWord(s.toks, k-6, "last") || isWord(s.toks, k-6, "final")):
			first = n - 1
		case s.spanVerb(k, spanStarts):
			first = 0
		case s.spanVerb(k, spanEnds):
			first = n - 1
		}
		if first < 0 || first >= n {
			return w
		}
		d, err := time.Parse("2006-01-02", w.iso)
		if err != nil {
			return w
		}
		start := d.AddDate(0, 0, -first)
		end := start.AddDate(0, 0, n-1)
		w.start = start.Format("2006-01-02")
		w.iso = w.start + "/" + end.Format("2006-01-02")
		return w
	}
	return w
}

// tripNouns span a visit (042, 043); the other spanNouns span talks.
var tripNouns = set(`visit trip tour`)

// spanNounAfter returns the noun of spanNouns that follows the "day" of
// "N-day" at token k within three words ("a three-day state visit"), or "".
func (s *sentence) spanNounAfter(k int) string {
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		if spanNouns[s.toks[j].Lower] {
			return s.toks[j].Lower
		}
		if s.toks[j].Kind != text.Word {
			return ""
		}
	}
	return ""
}

// spanVerb reports whether a verb of set vs stands before the "N-day"
// phrase at token k within eight words of its clause ("began a
// three-day visit", "wrapped up a two-day trip").
func (s *sentence) spanVerb(k int, vs map[string]bool) bool {
	for j := k - 3; j >= 0 && j >= k-11; j-- {
		if s.boundary[j] || s.toks[j].Lower == "," {
			return false
		}
		if vs[s.toks[j].Lower] {
			return true
		}
	}
	return false
}
