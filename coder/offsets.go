package coder

import (
	"strings"
	"time"

	"github.com/dyadhq/dyad/text"
)

// Relative times ("the day after", "two days before", "six hours later")
// date their clause from the time of the clause before it.

// offsets dates the clause after "the day after", "two days before",
// "hours after" from the time of the clause before it: "arrived in Hanoi on
// Thursday, the day after he and Kim signed a pact" signed on Wednesday.
// The time stands at the first word after "after" or "before", in the
// clause it dates; the anchor is the latest time expression before it that
// is not a report's, else the report's day, else the document's date, and
// must name a day. "Six hours later", "a week earlier", "the next day" date
// their own clause the same way, where they stand: six hours after a
// declaration late on Tuesday is Wednesday.
func offsets(toks []text.Token, xs []timex, ctx *docCtx) []timex {
	var out []timex
	for i := 1; i+1 < len(toks); i++ {
		dir, pos, rel := 0, i+1, false
		switch toks[i].Lower {
		case "after":
			dir = -1
		case "before":
			if adverbialBefore(toks, i) {
				continue // "the day before.": its own clause's time (anchoredtime.go)
			}
			dir = 1
		case "later":
			dir, rel = 1, true
		case "earlier":
			dir, rel = -1, true
		case "day", "morning", "afternoon", "evening", "night": // when8: "the next morning" is the next day's (nextmorning.go)
			if i >= 2 && toks[i-2].Lower == "the" && (toks[i-1].Lower == "next" || toks[i-1].Lower == "following") || nextPart(toks, i) { // when8: nextPart
				// "the next day", "the following day"
				if w, ok := offsetDay(xs, i-2, 1, dayUnit, false, false, true, ctx); ok {
					out = append(out, timex{pos: i - 2, w: w, rel: i})
				}
			}
			continue
		}
		if dir == 0 {
			continue
		}
		n, ok, count, unit, hours := 0, false, 0, dayUnit, false
		switch u := toks[i-1].Lemma; {
		case u == "hour" || toks[i-1].Lower == "hours":
			n, ok, hours = 0, true, true // "hours after": the same day
			if i >= 2 {
				count, _ = smallCount(&toks[i-2])
			}
		case u == "day" || toks[i-1].Lower == "days":
			if i >= 2 && toks[i-2].Lower == "the" && !rel {
				n, ok = 1, true
			} else if i >= 2 {
				n, ok = smallCount(&toks[i-2])
			}
		case u == "week" || toks[i-1].Lower == "weeks":
			// "two weeks after", "a week before": whole weeks of days
			if i >= 2 && toks[i-2].Lower != "the" {
				n, ok = smallCount(&toks[i-2])
				n *= 7
			}
		case u == "month" || toks[i-1].Lower == "months", u == "year" || toks[i-1].Lower == "years":
			// "a month after", "two years before": the month or the year
			// that many before or after, no day of it ("several months" says
			// no number)
			unit = monthUnit
			if u == "year" || toks[i-1].Lower == "years" {
				unit = yearUnit
			}
			if i >= 2 && toks[i-2].Lower != "several" && toks[i-2].Lower != "few" {
				n, ok = smallCount(&toks[i-2])
			}
		}
		if !ok {
			continue
		}
		if forSpan(toks, i) {
			continue // when12: "cut tariffs for 90 days after talks": how long, not when
		}
		if k := afterTime(toks, xs, i); !rel && k >= 0 && !anchored(xs, i-2) {
			// "freed him hours after seizing him on Thursday": with no time
			// of its own before, the clause before is dated from the one
			// after, which has its own
			if w, ok := shiftWhen(xs[k].w, unit, -dir*n); ok {
				out = append(out, timex{pos: i - 1, w: w})
			}
			continue
		}
		if !rel && timedAfter(toks, xs, i) {
			// "a year after police arrested him in March 2023", "hours after
			// Hamas freed three hostages on Sunday": its own time dates it
			// more closely than a count from the clause before
			continue
		}
		before := i - 2 // the anchor of "the day after" is before its own words
		if rel {
			pos = i - 1 // "hours later"
			if i >= 2 && (count > 0 || n > 0) {
				pos = i - 2 // "six hours later", "a week earlier"
			}
			before = pos
		}
		if w, ok := offsetDay(xs, before, dir*n, unit, rel && dir > 0 && count >= 3, hours && dir < 0 && !rel, rel, ctx); ok {
			x := timex{pos: pos, w: w}
			if rel {
				x.rel = i
			} else {
				x.after = i
			}
			out = append(out, x)
		}
	}
	return out
}

// anchored reports whether a time expression before token pos may anchor
// a time relative to it: one that dates no report, deadline or period.
func anchored(xs []timex, pos int) bool {
	for _, x := range xs {
		if x.pos < pos && !x.report && !x.deadline && !x.since && x.noun == 0 && !x.w.unsure {
			return true
		}
	}
	return false
}

// afterTime returns the index in xs of the day that dates the clause after
// "after" or "before" at token i ("hours after seizing him on Thursday"),
// before any comma or other clause, or -1.
func afterTime(toks []text.Token, xs []timex, i int) int {
	end := i + 1
	for end < len(toks) && toks[end].Lower != "," && !clauseWords[toks[end].Lower] {
		end++
	}
	for k, x := range xs {
		if x.pos > i && x.pos < end && !x.report && !x.deadline && !x.since && len(x.w.iso) == 10 {
			return k
		}
	}
	return -1
}

// timedAfter reports whether the clause after "after" or "before" at token
// i has a time expression of its own, at any precision, before any comma
// or other clause.
func timedAfter(toks []text.Token, xs []timex, i int) bool {
	end := i + 1
	for end < len(toks) && toks[end].Lower != "," && !clauseWords[toks[end].Lower] {
		end++
	}
	for _, x := range xs {
		if x.pos > i && x.pos < end && !x.report && !x.deadline && !x.since && x.noun == 0 && !x.w.unsure && !x.future && !purposeBefore(toks, i, x.pos) {
			return true
		}
	}
	return false
}

// addDays returns the day n days from w, which must name a day.
func addDays(w when, n int) (when, bool) {
	if len(w.iso) != 10 {
		return when{}, false
	}
	day, err := time.Parse("2006-01-02", w.iso)
	if err != nil {
		return when{}, false
	}
	d := dayOf(day.AddDate(0, 0, n))
	d.explict = true
	return d, true
}

// offsetDay is the time n units (days, months or years) from the anchor of a relative time: the
// latest time expression before token pos that is not a report's, else the
// report's day, else (for a time relative to what was told before: "the
// following day", "two days later") the day of the latest sentence dated to
// one, else the document's date. The anchor must name a day. With late,
// hours counted from a time late in its day ("late on Tuesday", "on Tuesday
// night") end on the day after; with early, hours counted back from a time
// early in its day ("early on Monday, hours after") start on the day before.
func offsetDay(xs []timex, pos, n, unit int, late, early, told bool, ctx *docCtx) (when, bool) {
	var anchor *timex
	for k := range xs {
		if xs[k].pos < pos && !xs[k].report && !xs[k].deadline && !xs[k].since && xs[k].noun == 0 && !xs[k].w.unsure {
			// not "last week's bombing", whose time is the bombing's alone,
			// nor the fallback of "the first since the end of military
			// rule", which names no day
			anchor = &xs[k]
		}
	}
	if anchor == nil {
		for k := range xs {
			if xs[k].report {
				anchor = &xs[k]
				break
			}
		}
	}
	w := ctx.docWhen
	switch {
	case anchor != nil:
		w = anchor.w
		if late && anchor.late {
			n++
		}
		if early && anchor.early {
			n-- // "freed them early on Monday, hours after Hamas handed over three hostages": the Sunday
		}
	case told && ctx.lastDay.iso != "":
		w = ctx.lastDay
	case !ctx.known():
		return when{}, false
	}
	if a, b, ok := strings.Cut(w.iso, "/"); ok && len(a) == 10 && len(b) == 10 {
		// a span of days: "imposed a curfew from Friday to Monday, two days
		// after shelling killed 21" counts back from its first day, "a day
		// before" ahead from its last
		w.iso = a
		if n > 0 {
			w.iso = b
		}
	}
	if c, ok := coarseOffset(w, unit, n); ok && anchor != nil { // when8: a day after a time of a month or a year is in it (coarseoffset.go)
		return c, true
	}
	return shiftWhen(w, unit, n)
}

// units of a relative time's count
const (
	dayUnit = iota
	monthUnit
	yearUnit
)

// shiftWhen returns the time n units from w, which must name a day: a day
// for days, the month for months ("a month after June 16" is "2024-05"),
// the year for years.
func shiftWhen(w when, unit, n int) (when, bool) {
	if unit == dayUnit {
		return addDays(w, n)
	}
	if len(w.iso) != 10 {
		return when{}, false
	}
	day, err := time.Parse("2006-01-02", w.iso)
	if err != nil {
		return when{}, false
	}
	var out when
	if unit == monthUnit {
		out = monthOf(time.Date(day.Year(), day.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC))
	} else {
		out = yearOf(day.Year() + n)
	}
	out.explict = true
	return out, true
}

// spanBefore reports whether "before" at token k follows a span of time
// ("a day before Tuesday's vote", "two weeks before June 30"): the time
// after it anchors a count back, it is no deadline.
func spanBefore(toks []text.Token, k int) bool {
	if k < 1 {
		return false
	}
	switch toks[k-1].Lower {
	case "day", "days", "hours", "hour", "week", "weeks", "month", "months", "year", "years":
		return true
	}
	return false
}
