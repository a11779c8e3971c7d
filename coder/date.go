package coder

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dyadhq/dyad/text"
)

func init() {
	for i, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"} {
		monthNames[m] = i + 1
		if len(m) > 3 {
			monthNames[m[:3]+"."] = i + 1
		}
	}
	monthNames["sept."] = 9
}

// when is a resolved time expression.
type when struct {
	iso     string // ISO 8601 at the precision the text supports, or an interval
	start   string // the first day it covers, YYYY-MM-DD, for role look-ups
	year    int    // the year it names, for "the same year" later
	unsure  bool   // resolved by fallback ("since the war began"): lower confidence
	explict bool   // named by the text, not the document date
}

func dateAt(toks []text.Token, i int, ctx *docCtx, future bool) (when, bool) {
	w := toks[i].Lower
	doc := ctx.doc
	known := !doc.IsZero()
	switch {
	case (w == "between" || w == "from") && i+1 < len(toks):
		if r, _, ok := rangeAt(toks, i, ctx, future); ok {
			return r, true
		}
	case isISODate(toks, i):
		y, _ := strconv.Atoi(toks[i].Text)
		m, _ := strconv.Atoi(toks[i+2].Text)
		d, _ := strconv.Atoi(toks[i+4].Text)
		return ymd(y, m, d), true
	case monthNames[w] > 0 && (toks[i].Cap || strings.HasSuffix(w, ".")):
		if w == "may" && !mayMonth(toks, i) {
			return when{}, false // the modal verb
		}
		if w == "march" && !toks[i].Cap {
			return when{}, false
		}
		d, ok := dayBefore(toks, i)
		if !ok && isWord(toks, i-1, "of") {
			d, ok = dayBefore(toks, i-1) // "the 3rd of March"
		}
		if ok {
			m, _, _ := monthYear(toks, i, ctx, future)
			if d0, ok := dayBefore(toks, i-2); ok && (isWord(toks, i-2, "-") || isWord(toks, i-2, "to")) && d0 < d ||
				ok && isWord(toks, i-2, "and") && d0 == d-1 {
				// "on 11 and 12 June", "the night of 15 to 16 June" too
				// "on 3-4 March": both days
				a, b := ymd(m.year, monthNames[w], d0), ymd(m.year, monthNames[w], d)
				return when{iso: a.iso + "/" + b.iso, start: a.start, year: a.year}, true
			}
			return ymd(m.year, monthNames[w], d), true
		}
		m, _, ok := monthYear(toks, i, ctx, future)
		return weekOfMonth(toks, i, m), ok // when8: "the first week of May" (weekofmonth.go)
	case isYear(toks[i]) && i > 0 && (yearPreps[toks[i-1].Lower] || isWord(toks, i-1, "-") && isWord(toks, i-2, "mid")):
		if yearOfEvent(toks, i) {
			return when{}, false // new13a: "the mass protests of 2020" name their own year (pastspan.go)
		}
		return yearOf(atoi(w)), true
	case isDecade(toks[i]) && isWord(toks, i-1, "the"):
		y := atoi(w[:4])
		return when{iso: fmt.Sprintf("%d/%d", y, y+9), start: fmt.Sprintf("%d-01-01", y), year: y}, true
	case (w == "same" || w == "that") && isWord(toks, i+1, "year") && ctx.lastYear > 0 && (w == "that" || isWord(toks, i-1, "the")):
		return yearOf(ctx.lastYear), true
	case (w == "previous" || w == "following") && isWord(toks, i+1, "year") && isWord(toks, i-1, "the") && ctx.lastYear > 0:
		if w == "previous" {
			return yearOf(ctx.lastYear - 1), true
		}
		return yearOf(ctx.lastYear + 1), true
	case ordinals[w] > 0 && isWord(toks, i+1, "quarter") && isWord(toks, i-1, "the") && known:
		// "the fourth quarter (of 2024)"
		y := doc.Year()
		if isWord(toks, i+2, "of") && i+3 < len(toks) && isYear(toks[i+3]) {
			y = atoi(toks[i+3].Text)
		}
		q := ordinals[w]
		return when{iso: fmt.Sprintf("%04d-%02d/%04d-%02d", y, 3*q-2, y, 3*q), start: fmt.Sprintf("%04d-%02d-01", y, 3*q-2), year: y}, true
	case (w == "first" || w == "last") && i+4 < len(toks) && strings.HasPrefix(toks[i+2].Lower, "month") && isWord(toks, i+3, "of") && known:
		// "in the first four months of the year", "the last six months of 2023"
		n, ok := numberWords[toks[i+1].Lower]
		if !ok {
			n, ok = atoiOK(toks[i+1].Text)
		}
		y := 0
		switch {
		case isYear(toks[i+4]):
			y = atoi(toks[i+4].Text)
		case (toks[i+4].Lower == "the" || toks[i+4].Lower == "this") && isWord(toks, i+5, "year"):
			y = doc.Year()
		}
		if !ok || y == 0 || n < 1 || n > 12 {
			break
		}
		m0, m1 := 1, n
		if w == "last" {
			m0, m1 = 13-n, 12
		}
		a, b := monthIn(y, m0), monthIn(y, m1)
		return when{iso: a.iso + "/" + b.iso, start: a.start, year: y}, true
	case (w == "last" || w == "next" || w == "this" || w == "past" || w == "coming") && i+1 < len(toks) && known &&
		!(isWord(toks, i-1, "the") && isWord(toks, i+1, "week") && isWord(toks, i+2, "of")): // when8: "the last week of April" is April's (weekofmonth.go)
		step := map[string]int{"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[w]
		if p, ok := pastSpan(toks, i, doc); ok { // new13a: "over the past three days"
			return p, true
		}
		switch n := toks[i+1].Lower; {
		case n == "year":
			return yearOf(doc.Year() + step), true
		case n == "month":
			return monthOf(doc.AddDate(0, step, 0)), true
		case n == "week":
			if w == "past" { // "in the past week": the seven days to the document date
				return when{iso: doc.AddDate(0, 0, -7).Format("2006-01-02") + "/" + doc.Format("2006-01-02"),
					start: doc.AddDate(0, 0, -7).Format("2006-01-02"), year: doc.Year()}, true
			}
			t := doc.AddDate(0, 0, 7*step)
			return when{iso: isoWeek(t), start: t.Format("2006-01-02"), year: t.Year()}, true
		case n == "weekend":
			return weekend(doc), true
		case n == "night" && w == "last":
			// "last night": the night before the report, the two days it spans
			d := doc.AddDate(0, 0, -1)
			return daysFrom(d, doc), true
		case weekdays[n] != 0 || n == "sunday":
			return dayOf(weekdayNear(doc, weekdays[n], step)), true
		case monthNames[n] > 0 && toks[i+1].Cap:
			y := doc.Year() + step
			if step == 0 {
				y = doc.Year()
			}
			return monthIn(y, monthNames[n]), true
		}
	case (w == "earlier" || w == "later") && (isWord(toks, i+1, "this") || inThe(toks, i+1)) && i+2 < len(toks) && known: // when12: inThe
		// "earlier this month", "later this year", "earlier in the week"
		unit := toks[i+2].Lower
		if inThe(toks, i+1) {
			unit = toks[i+3].Lower
		}
		switch unit {
		case "month":
			return monthOf(doc), true
		case "year":
			return yearOf(doc.Year()), true
		case "week":
			return when{iso: isoWeek(doc), start: doc.Format("2006-01-02"), year: doc.Year()}, true
		}
	case w == "ago" && i > 1 && known:
		// "two weeks ago", "a year ago", "3 days ago"
		n, ok := numberWords[toks[i-2].Lower]
		if !ok {
			n, ok = atoiOK(toks[i-2].Text)
		}
		if ok && isWord(toks, i+1, "today") {
			// "two years ago today": that very day
			switch strings.TrimSuffix(toks[i-1].Lower, "s") {
			case "year":
				return dayOf(doc.AddDate(-n, 0, 0)), true
			case "month":
				return dayOf(doc.AddDate(0, -n, 0)), true
			case "week":
				return dayOf(doc.AddDate(0, 0, -7*n)), true
			}
		}
		if ok {
			switch strings.TrimSuffix(toks[i-1].Lower, "s") {
			case "day":
				return dayOf(doc.AddDate(0, 0, -n)), true
			case "week":
				t := doc.AddDate(0, 0, -7*n)
				return when{iso: isoWeek(t), start: t.Format("2006-01-02"), year: t.Year()}, true
			case "month":
				return monthOf(doc.AddDate(0, -n, 0)), true
			case "year":
				return yearOf(doc.Year() - n), true
			}
		}
	case (w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow" || w == "overnight") && known:
		switch w {
		case "overnight":
			if i+1 < len(toks) && modifies(&toks[i+1]) && !overnightIncident(toks, i) {
				return when{}, false // "imposed overnight curfews", "after overnight talks": a kind, not a time
			}
			// the night before the report, or before the day it names
			// ("overnight into Wednesday", "overnight on Monday"): the two
			// days it spans
			end := doc
			if k := overnightDay(toks, i); k >= 0 {
				if w, ok := dateAt(toks, k, ctx, future); ok {
					end, _ = time.Parse("2006-01-02", w.iso)
				}
			}
			d := end.AddDate(0, 0, -1)
			return daysFrom(d, end), true
		case "yesterday":
			return dayOf(doc.AddDate(0, 0, -1)), true
		case "tomorrow":
			return dayOf(doc.AddDate(0, 0, 1)), true
		}
		return dayOf(doc), true
	case w == "night" && known && isWord(toks, i-1, "the") && (isWord(toks, i-2, "during") || isWord(toks, i-2, "in")) && !isWord(toks, i+1, "of") && !isWord(toks, i+1, "to") && !isWord(toks, i+1, "into") && !isWord(toks, i+1, "before"):
		// attrs7: "during the night", with no day named, is "overnight": the two days of the night before the report
		d := doc.AddDate(0, 0, -1)
		return daysFrom(d, doc), true
	case w == "night" && known && previousNight(toks, i): // when8: "the previous night", "the night before." (prevnight.go)
		return nightTo(dayOf(doc))
	case w == "night" && known && nthNight(toks, i):
		// "rioted for a fourth straight night", with no day named: the
		// night before the report, its two days (doc/POLICY.md §19)
		d := doc.AddDate(0, 0, -1)
		return daysFrom(d, doc), true
	case w == "weekend" && (isWord(toks, i-1, "the") && (isWord(toks, i-2, "over") || isWord(toks, i-2, "at") || isWord(toks, i-2, "during") || isWord(toks, i-2, "on") || isWord(toks, i-2, "through") || isWord(toks, i-2, "throughout"))) && known: // when8: "on the weekend", "through the weekend" too
		return weekend(doc), true
	case w == "weekend" && known && !future && weekendNoun(toks, i): // when12: "after weekend talks" (when12.go)
		return weekend(doc), true
	case weekdayAt(toks, i) && known:
		// "on Tuesday": the latest such day up to the document date, or the
		// next one in a sentence about the future
		step := -1
		if future {
			step = 1
		}
		t := weekdayNear(doc, weekdays[w], step)
		if t.Weekday() == doc.Weekday() {
			t = doc
		}
		end := i
		if k := nextDayAnd(toks, i); k > 0 {
			end = k
		}
		if isWord(toks, end+1, "night") || isWord(toks, end+1, "morning") || isWord(toks, end+1, "evening") {
			end++
		}
		lastWeek := !future && isWord(toks, end+1, "last") && isWord(toks, end+2, "week")
		if lastWeek {
			// "on Monday last week", "on Wednesday and Thursday last week":
			// that day of the week before the report's (weeks start on
			// Monday, as ISO weeks do)
			monday := doc.AddDate(0, 0, -((int(doc.Weekday()) + 6) % 7))
			t = monday.AddDate(0, 0, -7+(int(weekdays[w])+6)%7)
		}
		if k := nextDayAnd(toks, i); k > 0 && !future && (!t.Equal(doc) || lastWeek) {
			// "on Saturday and Sunday", "on Monday night and early Tuesday":
			// both days
			return daysFrom(t, t.AddDate(0, 0, 1)), true
		}
		return dayOf(t), true
	case w == "day" && isWord(toks, i-1, "the") && isWord(toks, i+1, "before") && isWord(toks, i+2, "yesterday") && known:
		return dayOf(doc.AddDate(0, 0, -2)), true // "the day before yesterday"
	case (w == "previous" || w == "day" || w == "evening") && known && (w == "previous" && isWord(toks, i+1, "day") && isWord(toks, i-1, "the") ||
		(w == "day" || w == "evening") && isWord(toks, i-1, "the") && isWord(toks, i+1, "before") && !(i+2 < len(toks) && toks[i+2].Kind == text.Word && !clauseWords[toks[i+2].Lower] && toks[i+2].Lower != "and")):
		// "the previous day", "the day before", "the evening before": the
		// day before the report
		return dayOf(doc.AddDate(0, 0, -1)), true
	case w == "new" && isWord(toks, i+1, "year") && isWord(toks, i+2, "'s") && known:
		// "on New Year's Eve", "on New Year's Day", "at New Year"
		if isWord(toks, i+3, "eve") {
			return fixedDay(12, 31, ctx, future), true
		}
		return fixedDay(1, 1, ctx, future), true
	case w == "christmas" && known && (isWord(toks, i+1, "day") || isWord(toks, i+1, "eve") || i > 0 && christmasLead[toks[i-1].Lower]):
		// "on Christmas Day", "over Christmas"; not "a Christmas tree"
		if isWord(toks, i+1, "eve") {
			return fixedDay(12, 24, ctx, future), true
		}
		return fixedDay(12, 25, ctx, future), true
	case known && toks[i].Kind == text.Number && isWord(toks, i-1, "the") && isWord(toks, i-2, "on") && ordinalDay(w) > 0 &&
		(i+1 == len(toks) || toks[i+1].Kind == text.Punct || prepositions[toks[i+1].Lower] && toks[i+1].Lower != "of" ||
			clauseWords[toks[i+1].Lower] || toks[i+1].Lower == "and"):
		// "on the 14th": that day of the document's month, or of the month
		// before when the day is still to come (after, in a sentence about
		// the future); not "on the 14th of March", "on the 14th day"
		d := ordinalDay(w)
		t := time.Date(doc.Year(), doc.Month(), d, 0, 0, 0, 0, time.UTC)
		switch {
		case !future && d > doc.Day():
			t = time.Date(doc.Year(), doc.Month()-1, d, 0, 0, 0, 0, time.UTC)
		case future && d < doc.Day():
			t = time.Date(doc.Year(), doc.Month()+1, d, 0, 0, 0, 0, time.UTC)
		}
		if t.Day() != d {
			break // "on the 31st" of a month of 30 days
		}
		return dayOf(t), true
	case known && !future && daysOf(toks, i) > 0:
		// "arrested during two days of protests": the days up to the
		// report, its own the last
		n := daysOf(toks, i)
		a := dayOf(doc.AddDate(0, 0, 1-n))
		return when{iso: a.iso + "/" + doc.Format("2006-01-02"), start: a.start, year: a.year}, true
	case w == "since" && i+1 < len(toks) && !isYear(toks[i+1]) && monthNames[toks[i+1].Lower] == 0 && known && !datedAhead(toks, i+1, ctx):
		// "since the war began": a start the text does not date
		m := monthOf(doc)
		m.unsure = true
		return m, true
	}
	return when{}, false
}

// rangeAt reads an interval after "between" or "from" at token i and
// returns it with the index of its last token: "between September 2023 and
// September 2024", "from 2020 to 2022", "from Monday to Wednesday", and the
// days of one month written once, "between Oct. 8 and 13", "from 8 to 13
// October".
func rangeAt(toks []text.Token, i int, ctx *docCtx, future bool) (when, int, bool) {
	joins := func(k int) bool {
		return isWord(toks, k, "and") || isWord(toks, k, "to") || isWord(toks, k, "until") || isWord(toks, k, "-")
	}
	if d0, ok := dayAt(toks, i+1); ok && joins(i+2) {
		// "between 8 and 13 October": the first day takes the second's month
		d1, ok := dayAt(toks, i+3)
		if !ok || d1 <= d0 {
			return when{}, 0, false
		}
		m, n, ok := monthYear(toks, i+4, ctx, future)
		if !ok || len(m.iso) != 7 {
			return when{}, 0, false
		}
		a, b := ymd(m.year, atoi(m.iso[5:]), d0), ymd(m.year, atoi(m.iso[5:]), d1)
		return when{iso: a.iso + "/" + b.iso, start: a.start, year: m.year}, i + 3 + n, true
	}
	lead := partOf(toks, i+1) // "between early September and Oct. 1"
	a, n1, ok := periodAt(toks, i+1+lead, ctx, future)
	k := i + 1 + lead + n1
	if ok && len(a.iso) == 10 && k < len(toks) && dayParts[toks[k].Lower] {
		k++ // "from Friday evening to Monday morning": the days the span runs over
	}
	if !ok || !joins(k) {
		return when{}, 0, false
	}
	if d1, ok := dayAt(toks, k+1); ok && len(a.iso) == 10 && d1 > atoi(a.iso[8:]) && !(k+2 < len(toks) && monthNames[toks[k+2].Lower] > 0) {
		// "between Oct. 8 and 13": the second day is of the first's month
		b := ymd(a.year, atoi(a.iso[5:7]), d1)
		return when{iso: a.iso + "/" + b.iso, start: a.start, year: a.year}, k + 1, true
	}
	lead = partOf(toks, k+1) // "from June to late August"
	b, n2, ok := periodAt(toks, k+1+lead, ctx, future)
	if !ok {
		return when{}, 0, false
	}
	end := k + lead + n2
	if len(b.iso) == 10 && end+1 < len(toks) && dayParts[toks[end+1].Lower] {
		end++
	}
	last := isWord(toks, end+1, "last") && isWord(toks, end+2, "week")
	if last {
		end += 2 // "between Monday and Wednesday last week"
	}
	if len(a.iso) == 7 && len(b.iso) >= 7 && a.start > b.start {
		// "between March and May 2023": the first month is of the
		// second's year, or of the year before it
		m := atoi(a.iso[5:])
		if a = monthIn(b.year, m); a.start > b.start {
			a = monthIn(b.year-1, m)
		}
	}
	a, b = dayRange(a, b, last, ctx.doc)
	return when{iso: a.iso + "/" + b.iso, start: a.start, year: b.year}, end, true
}

// partOf returns how many words at token i name a part of the month or the
// year after them ("early", "late", "mid -"), which a range's ends may
// have: the range covers the whole month.
func partOf(toks []text.Token, i int) int {
	switch {
	case isWord(toks, i, "early") || isWord(toks, i, "late"):
		if i+1 < len(toks) && (monthNames[toks[i+1].Lower] > 0 && toks[i+1].Cap || isYear(toks[i+1])) {
			return 1
		}
	case isWord(toks, i, "mid") && isWord(toks, i+1, "-"):
		return 2
	}
	return 0
}

// dayAt reads a day of the month written alone at token i ("13" of "between
// Oct. 8 and 13"): a numeral from 1 to 31 that no noun follows.
func dayAt(toks []text.Token, i int) (int, bool) {
	if i >= len(toks) || toks[i].Kind != text.Number {
		return 0, false
	}
	d, ok := atoiOK(toks[i].Text)
	if !ok || d < 1 || d > 31 {
		return 0, false
	}
	if k := i + 1; k < len(toks) && toks[k].Kind == text.Word && !toks[k].Cap && monthNames[toks[k].Lower] == 0 &&
		!prepositions[toks[k].Lower] && !clauseWords[toks[k].Lower] && toks[k].Lower != "and" && toks[k].Lower != "to" {
		return 0, false // "between 8 and 13 people"
	}
	return d, true
}

// mayMonth reports whether "May" at token i is the month, not the modal
// verb: a day or a year beside it ("5 May", "May 2024"), or a word that
// leads a time before it ("in May", "since May", "in early May",
// "mid-May", "last May").
func mayMonth(toks []text.Token, i int) bool {
	switch {
	case i+1 < len(toks) && toks[i+1].Kind == text.Number, i > 0 && toks[i-1].Kind == text.Number:
		return true
	case isWord(toks, i-1, "-"):
		return isWord(toks, i-2, "mid")
	}
	return i > 0 && (timeLead[toks[i-1].Lower] || toks[i-1].Lower == "of" || toks[i-1].Lower == "before" || toks[i-1].Lower == "after")
}

// nextDayAnd returns the token of the day of the week after the one at
// token i that "and" joins to it ("Saturday and Sunday", "Monday night and
// early Tuesday"), or a night joins to it ("on Saturday night into Sunday",
// "on the night of Saturday to Sunday", doc/POLICY.md §19), or 0: the act
// ran over both.
func nextDayAnd(toks []text.Token, i int) int {
	k := i + 1
	night := isWord(toks, i-1, "of") && isWord(toks, i-2, "night")
	if k < len(toks) && dayParts[toks[k].Lower] {
		night = night || toks[k].Lower == "night"
		k++
	}
	if !isWord(toks, k, "and") && !(night && (isWord(toks, k, "into") || isWord(toks, k, "to"))) {
		return 0
	}
	k++
	if isWord(toks, k, "early") || isWord(toks, k, "late") || isWord(toks, k, "on") {
		k++
	}
	if isWord(toks, k, "on") && (isWord(toks, k-1, "early") || isWord(toks, k-1, "late")) {
		k++ // when12: "late on Sunday and early on Monday"
	}
	if k >= len(toks) || !weekdayAt(toks, k) || (weekdays[toks[i].Lower]+1)%7 != weekdays[toks[k].Lower] {
		return 0
	}
	return k
}

// dayRange orders a range of two days of the week ("between Monday and
// Wednesday"): each is the latest such day up to the document's date, so a
// start after the end is the week before, unless the start is the
// document's own day ("from Friday to Monday" on a Friday runs ahead); "between Monday and Wednesday
// last week" is in the week before the document's. Other ranges are left
// as they are.
func dayRange(a, b when, lastWeek bool, doc time.Time) (when, when) {
	ta, err1 := time.Parse("2006-01-02", a.iso)
	tb, err2 := time.Parse("2006-01-02", b.iso)
	if err1 != nil || err2 != nil {
		return a, b
	}
	if lastWeek {
		mon := doc.AddDate(0, 0, -(int(doc.Weekday())+6)%7-7) // the Monday of the week before
		ta = mon.AddDate(0, 0, (int(ta.Weekday())+6)%7)
		tb = mon.AddDate(0, 0, (int(tb.Weekday())+6)%7)
	}
	switch {
	case ta.After(tb) && !lastWeek && ta.Equal(doc.Truncate(24*time.Hour)) && tb.Before(ta):
		tb = tb.AddDate(0, 0, 7) // "from Friday to Monday" written on a Friday: from today on
	case ta.After(tb):
		ta = ta.AddDate(0, 0, -7)
	}
	return dayOf(ta), dayOf(tb)
}

// overnightDay returns the day of the week that "overnight" at token i
// ends on ("overnight into Wednesday", "overnight on Monday", "overnight
// Sunday"), or -1.
func overnightDay(toks []text.Token, i int) int {
	k := i + 1
	if isWord(toks, k, "into") || isWord(toks, k, "on") || isWord(toks, k, "to") {
		k++
	}
	if k < len(toks) && weekdayAt(toks, k) {
		return k
	}
	return -1
}

// overnightIncident reports whether "overnight" at token i, before its
// noun, is the time of the clause's own act: an incident the act happened
// in ("killed 30 villagers in an overnight raid", "during overnight
// strikes"), not a kind of thing ("imposed overnight curfews") or another
// event ("after overnight talks").
func overnightIncident(toks []text.Token, i int) bool {
	if i+1 >= len(toks) || !incidentNouns[toks[i+1].Lower] {
		return false
	}
	k := i - 1
	if isWord(toks, k, "an") || isWord(toks, k, "the") {
		k--
	}
	return isWord(toks, k, "in") || isWord(toks, k, "during")
}

// daysOf returns the count of "two days of protests" at token i when a
// preposition of time spent leads it ("killed in three days of rioting",
// "during two days of protests"), or 0. After "after" the days are another
// event's ("agreed after four days of talks").
func daysOf(toks []text.Token, i int) int {
	if !isWord(toks, i+1, "days") || !isWord(toks, i+2, "of") || !(isWord(toks, i-1, "in") || isWord(toks, i-1, "during") || isWord(toks, i-1, "over")) {
		return 0
	}
	n, ok := smallCount(&toks[i])
	if !ok || n < 2 || n > 31 {
		return 0
	}
	return n
}

// christmasLead are the words before "Christmas" that make it a date.
var christmasLead = set(`on at over by before after until since during this last`)

// fixedDay is the day of the year with month m and day d nearest the
// document date: the latest up to it, or the next one in a sentence about
// the future ("on New Year's Eve", written on 3 January, is 31 December of
// the year before).
func fixedDay(m, d int, ctx *docCtx, future bool) when {
	doc := ctx.doc
	t := time.Date(doc.Year(), time.Month(m), d, 0, 0, 0, 0, time.UTC)
	switch {
	case future && t.Before(doc):
		t = t.AddDate(1, 0, 0)
	case !future && t.After(doc):
		t = t.AddDate(-1, 0, 0)
	}
	return dayOf(t)
}

// datedAhead reports whether a time expression the text dates starts
// within sinceSpan words after token i, in the same stretch of text: "since
// launching their incursion on Aug. 6" runs from Aug. 6.
func datedAhead(toks []text.Token, i int, ctx *docCtx) bool {
	for k := i; k < len(toks) && k <= i+sinceSpan; k++ {
		if toks[k].Kind == text.Punct || clauseWords[toks[k].Lower] {
			return false
		}
		if toks[k].Lower == "since" {
			continue
		}
		if w, ok := dateAt(toks, k, ctx, false); ok && !w.unsure {
			return true
		}
	}
	return false
}

// sinceSpan is how many words "since" may stand before the time it governs,
// within one stretch of text: enough for a clause of its own ("since
// protests broke out over the collapse of a station roof in Novi Sad last
// Tuesday").
const sinceSpan = 20

// sinceBefore reports whether "since" governs the time expression at token
// i: right before it ("since October") or a few words before, across a
// verb phrase or a clause with no time of its own ("since launching their
// incursion on Aug. 6").
func sinceBefore(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-sinceSpan; k-- {
		w := toks[k].Lower
		if w == "since" {
			return true
		}
		if toks[k].Kind == text.Punct || clauseWords[w] || w == "and" || w == "after" || w == "before" || w == "until" {
			return false
		}
	}
	return false
}

func weekdayAt(toks []text.Token, i int) bool {
	if !toks[i].Cap {
		return false // speed7: before the look-up
	}
	_, ok := weekdays[toks[i].Lower]
	return ok && !isWord(toks, i-1, "last") && !isWord(toks, i-1, "next") && !isWord(toks, i-1, "this")
}

func isYear(t text.Token) bool {
	if t.Kind != text.Number || len(t.Text) != 4 {
		return false
	}
	y, err := strconv.Atoi(t.Text)
	return err == nil && y >= 1900 && y <= 2100
}

func isDecade(t text.Token) bool {
	return len(t.Text) == 5 && t.Text[4] == 's' && t.Text[3] == '0' && atoi(t.Text[:4]) >= 1900
}

// isISODate reports whether toks[i:] is YYYY - MM - DD.
func isISODate(toks []text.Token, i int) bool {
	if i+4 >= len(toks) || !isYear(toks[i]) || !isWord(toks, i+1, "-") || !isWord(toks, i+3, "-") {
		return false
	}
	m, ok1 := atoiOK(toks[i+2].Text)
	d, ok2 := atoiOK(toks[i+4].Text)
	return ok1 && ok2 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// periodAt reads a month, a year or a day of the week at toks[i]
// ("September 2023", "2020", "Monday").
func periodAt(toks []text.Token, i int, ctx *docCtx, future bool) (when, int, bool) {
	if i < len(toks) && isYear(toks[i]) {
		return yearOf(atoi(toks[i].Text)), 1, true
	}
	if i < len(toks) && weekdayAt(toks, i) && ctx.known() {
		w, _ := dateAt(toks, i, ctx, future)
		return w, 1, true
	}
	return monthYear(toks, i, ctx, future)
}

// monthYear reads "September 2023", "June", "Jan. 5, 2024" at toks[i]: the
// month (with its year when the text gives it, else the latest such month up
// to the document date, or the next one in a sentence about the future) and
// the tokens it used.
func monthYear(toks []text.Token, i int, ctx *docCtx, future bool) (when, int, bool) {
	if i >= len(toks) {
		return when{}, 0, false
	}
	m := monthNames[toks[i].Lower]
	if m == 0 {
		return when{}, 0, false
	}
	n := 1
	day, day2 := 0, 0
	if i+1 < len(toks) && toks[i+1].Kind == text.Number && !isYear(toks[i+1]) {
		if d, ok := atoiOK(strings.TrimRight(toks[i+1].Text, "stndrh")); ok && d >= 1 && d <= 31 {
			day, n = d, 2
			if isWord(toks, i+2, "-") && i+3 < len(toks) {
				// "on the night of March 3-4": both days
				if d2, ok := atoiOK(toks[i+3].Text); ok && d2 > day && d2 <= 31 {
					day2, n = d2, 4
				}
			} else if d2, k := nextDateDay(toks, i+2, m, day); d2 > 0 {
				day2, n = d2, k-i // "on June 11 and 12", "the night of June 15 to 16", "June 11 and June 12"
			}
			if isWord(toks, i+n, ",") {
				n++
			}
		}
	}
	year := 0
	if i+n < len(toks) && isYear(toks[i+n]) {
		year = atoi(toks[i+n].Text)
		n++
	} else if isWord(toks, i+n, "of") && i+n+1 < len(toks) && isYear(toks[i+n+1]) {
		year = atoi(toks[i+n+1].Text)
		n += 2
	} else if day > 0 && isWord(toks, i+n-1, ",") {
		n-- // the comma was not followed by a year
	}
	if year == 0 {
		if ctx.doc.IsZero() {
			return when{}, 0, false
		}
		year = ctx.doc.Year()
		switch {
		case future && m < int(ctx.doc.Month()):
			year++ // a month before the document's, in the future: next year's
		case !future && m > int(ctx.doc.Month()):
			year-- // a month after the document's, in the past: last year's
		}
	}
	if day2 > 0 {
		a, b := ymd(year, m, day), ymd(year, m, day2)
		return when{iso: a.iso + "/" + b.iso, start: a.start, year: year}, n, true
	}
	if day > 0 {
		return ymd(year, m, day), n, true
	}
	return monthIn(year, m), n, true
}

// nextDateDay reads, at token k after "MONTH DAY", the next day of the same
// month joined to it: "and 12" or "and June 12" for the day after, "to 16"
// for a later one (a night's two days) - the act ran over both. It returns
// the day and the token after it, or 0. A number that counts what follows
// ("on June 11 and 12 people died") is no day.
func nextDateDay(toks []text.Token, k, m, day int) (int, int) {
	and := isWord(toks, k, "and")
	if !and && !isWord(toks, k, "to") {
		return 0, 0
	}
	k++
	if monthNames[toks[min(k, len(toks)-1)].Lower] == m && k < len(toks) && toks[k].Cap {
		k++ // "June 11 and June 12"
	}
	if k >= len(toks) || toks[k].Kind != text.Number || isYear(toks[k]) {
		return 0, 0
	}
	d2, ok := atoiOK(strings.TrimRight(toks[k].Text, "stndrh"))
	if !ok || d2 <= day || d2 > 31 || and && d2 != day+1 {
		return 0, 0
	}
	if n := k + 1; n < len(toks) && toks[n].Kind == text.Word && !toks[n].Cap && !timeLead[toks[n].Lower] && !clauseWords[toks[n].Lower] &&
		toks[n].Lower != "and" && toks[n].Lower != "but" && toks[n].Lower != "at" {
		return 0, 0
	}
	return d2, k + 1
}

// ordinalDay returns the day of the month an ordinal numeral names ("14th",
// "1st", "22nd"), or 0.
func ordinalDay(w string) int {
	if len(w) < 3 {
		return 0
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
	default:
		return 0
	}
	d, ok := atoiOK(w[:len(w)-2])
	if !ok || d < 1 || d > 31 {
		return 0
	}
	return d
}

func dayBefore(toks []text.Token, i int) (int, bool) {
	if i == 0 || toks[i-1].Kind != text.Number {
		return 0, false
	}
	d, ok := atoiOK(strings.TrimRight(toks[i-1].Text, "stndrh"))
	return d, ok && d >= 1 && d <= 31
}

// timeTokens marks the tokens of time phrases ("on Wednesday", "in June
// 2024", "last week", "yesterday") that patterns may pass over.
func timeTokens(toks []text.Token) []bool {
	mark := make([]bool, len(toks))
	for i, t := range toks {
		core := 0
		switch {
		case weekdayAt(toks, i) || (t.Cap && monthNames[t.Lower] > 0 && t.Lower != "may"):
			core = 1
		case t.Lower == "yesterday" || t.Lower == "today" || t.Lower == "tonight" || t.Lower == "overnight":
			core = 1
		case (t.Lower == "last" || t.Lower == "next" || t.Lower == "this") && i+1 < len(toks) &&
			(toks[i+1].Lower == "week" || toks[i+1].Lower == "month" || toks[i+1].Lower == "year"):
			core = 2
		}
		if core == 0 {
			continue
		}
		a, b := i, i+core
		if a > 0 && timeLead[toks[a-1].Lower] {
			a--
		}
		for b < len(toks) && (toks[b].Kind == text.Number || isWord(toks, b, ",") && b+1 < len(toks) && isYear(toks[b+1])) {
			b++
		}
		for k := a; k < b; k++ {
			mark[k] = true
		}
	}
	return mark
}

// nightOrdinals count nights in a row: "for a fourth straight night".
var nightOrdinals = set(`second third fourth fifth sixth seventh eighth ninth tenth`)

// nthNight reports whether "night" at token i ends "for a fourth (straight,
// consecutive) night" or "in a third night of" in a sentence that names no
// day but a report's: the latest night of a run, told by a report the
// morning after. "For a third night running, police ... on Saturday" is
// that Saturday's.
func nthNight(toks []text.Token, i int) bool {
	k := i - 1
	if isWord(toks, k, "straight") || isWord(toks, k, "consecutive") || isWord(toks, k, "successive") {
		k--
	}
	if k < 2 || !nightOrdinals[toks[k].Lower] || !(isWord(toks, k-1, "a") || isWord(toks, k-1, "the")) ||
		!(isWord(toks, k-2, "for") || isWord(toks, k-2, "in") || isWord(toks, k-2, "during")) {
		return false
	}
	for j := range toks {
		if (weekdayAt(toks, j) || toks[j].Lower == "overnight" || toks[j].Lower == "yesterday" || toks[j].Lower == "today") &&
			!(j > 1 && toks[j-1].Lower == "on" && reportWords[toks[j-2].Lower]) {
			return false // a day of its own, not a report's ("said on Saturday")
		}
	}
	return true
}
