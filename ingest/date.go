package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dyadhq/dyad"
)

var months = map[string]time.Month{}

// dateRE finds full dates: "June 19, 2024", "Jun. 19 2024", "19 June 2024",
// "19th of June, 2024", "2024-06-19"; dateline finds a leading dateline
// with or without its year ("PYONGYANG, June 19 (Reuters) -").
var dateRE, datelineRE *regexp.Regexp

func init() {
	var names []string
	for m := time.January; m <= time.December; m++ {
		full := m.String()
		for _, n := range []string{full, full[:3], strings.ToUpper(full), strings.ToUpper(full[:3])} {
			if _, ok := months[n]; !ok {
				months[n] = m
				names = append(names, n)
			}
		}
	}
	for n, m := range map[string]time.Month{"Sept": time.September, "SEPT": time.September} {
		months[n] = m
		names = append(names, n)
	}
	month := `(` + strings.Join(names, "|") + `)\.?`
	day := `(\d{1,2})(?:st|nd|rd|th)?`
	dateRE = regexp.MustCompile(`\b(?:` + month + `\s+` + day + `,?\s+(\d{4})\b` +
		`|` + day + `\s+(?:of\s+)?` + month + `,?\s+(\d{4})\b` +
		`|(\d{4})-(\d{2})-(\d{2})(?:\b|T))`)
	datelineRE = regexp.MustCompile(`^\s*[A-Z][A-Za-z .'-]{1,40},\s+` + month + `\s+` + day + `\b(?:,?\s+(\d{4})\b)?`)
}

// FindDate returns the date a text gives itself, YYYY-MM-DD, and where it
// found it: its dateline ("MOSCOW, June 19, 2024"; a dateline without a
// year takes the year that puts it last on or before ref, and only when
// ref is set), else its first full date ("June 19, 2024", "19 June 2024",
// "2024-06-19"). It returns "" when the text states none.
func FindDate(text string, ref time.Time) (date, where string) {
	head := text[:min(len(text), 200)]
	if m := datelineRE.FindStringSubmatch(head); m != nil {
		if m[3] != "" {
			if d := ymd(m[3], months[m[1]], m[2]); d != "" {
				return d, "dateline"
			}
		} else if !ref.IsZero() {
			y := ref.Year()
			d := ymd(strconv.Itoa(y), months[m[1]], m[2])
			if d > ref.Format("2006-01-02") {
				d = ymd(strconv.Itoa(y-1), months[m[1]], m[2])
			}
			if d != "" {
				return d, "dateline, in the year of the file's modification time"
			}
		}
	}
	for _, loc := range dateRE.FindAllStringSubmatchIndex(text, -1) {
		g := func(i int) string {
			if loc[2*i] < 0 {
				return ""
			}
			return text[loc[2*i]:loc[2*i+1]]
		}
		var d string
		switch {
		case g(1) != "":
			d = ymd(g(3), months[g(1)], g(2))
		case g(5) != "":
			d = ymd(g(6), months[g(5)], g(4))
		default:
			if n, err := strconv.Atoi(g(8)); err == nil {
				d = ymd(g(7), time.Month(n), g(9))
			}
		}
		if d != "" {
			return d, "text"
		}
	}
	return "", ""
}

// ymd returns the calendar day as YYYY-MM-DD, or "" when there is no such
// day or the year is implausible for news.
func ymd(year string, m time.Month, day string) string {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || y < 1900 || y > 2200 || m < time.January || m > time.December {
		return ""
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return ""
	}
	return t.Format("2006-01-02")
}

// dated gives d a date when it has none and rd finds dates (FindDates):
// the date its text states, else the day of ModTime, and reports which as
// a Problem at line (0 for the whole file); about is what d is ("" for the
// file, "item 3: " for an item of a feed).
func (rd *Reader) dated(d *dyad.Document, line int, about string, problem func(*Problem)) {
	if d.Date != "" || !rd.FindDates {
		return
	}
	missing := "no --date"
	if line > 0 || about != "" {
		missing = "no date and no --date"
	}
	note := func(format string, args ...any) {
		problem(&Problem{File: rd.Name, Line: line, Err: fmt.Errorf(about+missing+format, args...)})
	}
	if date, where := FindDate(d.Text, rd.ModTime); date != "" {
		d.Date = date
		note("; dated %s from its %s", date, where)
		return
	}
	if !rd.ModTime.IsZero() {
		d.Date = rd.ModTime.Format("2006-01-02")
		note(" and none in its text; dated %s from the file's modification time", d.Date)
		return
	}
	note(" and none in its text: its events are undated")
}
