package coder

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dyadhq/dyad/text"
)

var monthNames = map[string]int{}

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

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// when is a resolved time expression.
type when struct {
	iso   string // ISO 8601 at the precision the text supports, or an interval
	start string // the first day it covers, YYYY-MM-DD, for role look-ups
	year  int    // the year it names, for "the same year" later
}

// dateOf finds the first time expression of a sentence and resolves it
// against the document date (ctx.doc) and earlier sentences. It returns false
// when the sentence has none.
func dateOf(toks []text.Token, ctx *docCtx) (when, bool) {
	for i := range toks {
		if w, ok := dateAt(toks, i, ctx); ok {
			return w, true
		}
	}
	return when{}, false
}

func dateAt(toks []text.Token, i int, ctx *docCtx) (when, bool) {
	w := toks[i].Lower
	doc := ctx.doc
	switch {
	case w == "between" || w == "from":
		// "between September 2023 and September 2024"
		a, n1, ok1 := monthYear(toks, i+1, ctx)
		k := i + 1 + n1
		if ok1 && (isWord(toks, k, "and") || isWord(toks, k, "to") || isWord(toks, k, "until")) {
			b, _, ok2 := monthYear(toks, k+1, ctx)
			if ok2 {
				return when{iso: a.iso + "/" + b.iso, start: a.start, year: b.year}, true
			}
		}
	case monthNames[w] > 0 && (toks[i].Cap || strings.HasSuffix(w, ".")):
		if w == "may" && !(isWord(toks, i-1, "in") || (i+1 < len(toks) && toks[i+1].Kind == text.Number)) {
			return when{}, false // the modal verb
		}
		if d, ok := dayBefore(toks, i); ok && isMonthContext(toks, i) {
			m, _, _ := monthYear(toks, i, ctx)
			return ymd(m.year, monthNames[w], d), true
		}
		m, _, ok := monthYear(toks, i, ctx)
		return m, ok
	case isYear(toks[i]) && i > 0 && yearPreps[toks[i-1].Lower]:
		y, _ := strconv.Atoi(w)
		return when{iso: w, start: w + "-01-01", year: y}, true
	case w == "same" && isWord(toks, i-1, "the") && isWord(toks, i+1, "year") && ctx.lastYear > 0:
		y := strconv.Itoa(ctx.lastYear)
		return when{iso: y, start: y + "-01-01", year: ctx.lastYear}, true
	case (w == "last" || w == "next" || w == "this") && i+1 < len(toks) && !ctx.doc.IsZero():
		step := map[string]int{"last": -1, "next": 1, "this": 0}[w]
		switch toks[i+1].Lower {
		case "year":
			y := doc.Year() + step
			return when{iso: strconv.Itoa(y), start: fmt.Sprintf("%d-01-01", y), year: y}, true
		case "month":
			t := doc.AddDate(0, step, 0)
			return when{iso: t.Format("2006-01"), start: t.Format("2006-01") + "-01", year: t.Year()}, true
		case "week":
			t := doc.AddDate(0, 0, 7*step)
			return when{iso: isoWeek(t), start: t.Format("2006-01-02"), year: t.Year()}, true
		}
	case (w == "yesterday" || w == "today") && !ctx.doc.IsZero():
		t := doc
		if w == "yesterday" {
			t = doc.AddDate(0, 0, -1)
		}
		return dayOf(t), true
	case weekdayAt(toks, i) && !ctx.doc.IsZero():
		// "on Tuesday": the latest such day up to the document date
		back := (int(doc.Weekday()) - int(weekdays[w]) + 7) % 7
		return dayOf(doc.AddDate(0, 0, -back)), true
	}
	return when{}, false
}

var yearPreps = set(`in since during by of until before after from early late mid end throughout`)

func weekdayAt(toks []text.Token, i int) bool {
	_, ok := weekdays[toks[i].Lower]
	return ok && toks[i].Cap
}

func isYear(t text.Token) bool {
	if t.Kind != text.Number || len(t.Text) != 4 {
		return false
	}
	y, err := strconv.Atoi(t.Text)
	return err == nil && y >= 1900 && y <= 2100
}

// monthYear reads "September 2023", "June", "Jan. 5, 2024" at toks[i]: the
// month (with its year when the text gives it, else the latest such month up
// to the document date) and the tokens it used.
func monthYear(toks []text.Token, i int, ctx *docCtx) (when, int, bool) {
	if i >= len(toks) {
		return when{}, 0, false
	}
	m := monthNames[toks[i].Lower]
	if m == 0 {
		return when{}, 0, false
	}
	n := 1
	day := 0
	if i+1 < len(toks) && toks[i+1].Kind == text.Number && !isYear(toks[i+1]) {
		if d, err := strconv.Atoi(toks[i+1].Text); err == nil && d >= 1 && d <= 31 {
			day, n = d, 2
			if isWord(toks, i+2, ",") {
				n = 3
			}
		}
	}
	year := 0
	if i+n < len(toks) && isYear(toks[i+n]) {
		year, _ = strconv.Atoi(toks[i+n].Text)
		n++
	} else if day > 0 && n == 3 {
		n = 2 // the comma was not followed by a year
	}
	if year == 0 {
		if ctx.doc.IsZero() {
			return when{}, 0, false
		}
		year = ctx.doc.Year()
		if m > int(ctx.doc.Month()) {
			year-- // a month after the document's: last year's
		}
	}
	if day > 0 {
		return ymd(year, m, day), n, true
	}
	return when{iso: fmt.Sprintf("%04d-%02d", year, m), start: fmt.Sprintf("%04d-%02d-01", year, m), year: year}, n, true
}

func dayBefore(toks []text.Token, i int) (int, bool) {
	if i == 0 || toks[i-1].Kind != text.Number {
		return 0, false
	}
	d, err := strconv.Atoi(strings.TrimSuffix(toks[i-1].Text, "th"))
	return d, err == nil && d >= 1 && d <= 31
}

func isMonthContext(toks []text.Token, i int) bool {
	return i+1 >= len(toks) || toks[i+1].Kind != text.Number || isYear(toks[i+1])
}

func ymd(y, m, d int) when {
	s := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	return when{iso: s, start: s, year: y}
}

func dayOf(t time.Time) when {
	s := t.Format("2006-01-02")
	return when{iso: s, start: s, year: t.Year()}
}

func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}
