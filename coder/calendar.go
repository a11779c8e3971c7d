package coder

import (
	"fmt"
	"strconv"
	"time"

	"github.com/dyadhq/dyad/text"
)

// Calendar arithmetic the date rules share: numbers read from words, and
// days, weeks, months and years as whens.

// weekend is the latest Saturday and Sunday up to doc, as an interval (the
// Saturday alone when doc is that Saturday).
func weekend(doc time.Time) when {
	back := (int(doc.Weekday()) - int(time.Saturday) + 7) % 7
	sat := doc.AddDate(0, 0, -back)
	if back == 0 {
		return dayOf(sat)
	}
	sun := sat.AddDate(0, 0, 1)
	return daysFrom(sat, sun)
}

// weekdayNear returns the weekday d nearest before doc (step -1, today counts
// as the latest) or after it (step 1, today excluded).
func weekdayNear(doc time.Time, d time.Weekday, step int) time.Time {
	if step > 0 {
		ahead := (int(d) - int(doc.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return doc.AddDate(0, 0, ahead)
	}
	back := (int(doc.Weekday()) - int(d) + 7) % 7
	if step < 0 && back == 0 {
		back = 7 // "last Thursday" written on a Thursday: a week before
	}
	return doc.AddDate(0, 0, -back)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// smallCount returns the count a word or a numeral under 100 says: "two",
// "a", "several", "4".
func smallCount(t *text.Token) (int, bool) {
	if v, ok := numberWords[t.Lower]; ok {
		return v, true
	}
	if v, ok := atoiOK(t.Text); ok && v < 100 {
		return v, true
	}
	return 0, false
}

func atoiOK(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func ymd(y, m, d int) when {
	s := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	return when{iso: s, start: s, year: y}
}

func monthIn(y, m int) when {
	return when{iso: fmt.Sprintf("%04d-%02d", y, m), start: fmt.Sprintf("%04d-%02d-01", y, m), year: y}
}

func monthOf(t time.Time) when { return monthIn(t.Year(), int(t.Month())) }

func yearOf(y int) when {
	return when{iso: strconv.Itoa(y), start: fmt.Sprintf("%d-01-01", y), year: y}
}

// daysFrom is the interval of the days from a to b, both included, dated
// by its first day ("2024-06-14/2024-06-16").
func daysFrom(a, b time.Time) when {
	return when{iso: a.Format("2006-01-02") + "/" + b.Format("2006-01-02"), start: a.Format("2006-01-02"), year: a.Year()}
}

func dayOf(t time.Time) when {
	s := t.Format("2006-01-02")
	return when{iso: s, start: s, year: t.Year()}
}

func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}
