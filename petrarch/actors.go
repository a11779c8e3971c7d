package petrarch

import (
	"fmt"
	"strings"
)

// actorEntry is one actor of an actors file: its default codes and the
// codes restricted to periods, shared by all its phrases.
type actorEntry struct {
	phrase string      // the primary phrase, for explanations
	line   int         // 1-based line of the primary phrase
	codes  []string    // default codes ("A/B" gives two)
	dated  []datedCode // in file order: the first that holds wins
}

// datedCode is a code that holds from from to to, inclusive (YYYYMMDD; ""
// when open).
type datedCode struct {
	codes    []string
	from, to string
}

// at returns the codes of e on date (YYYYMMDD; "" for the default).
func (e *actorEntry) at(date string) []string {
	if date != "" {
		for _, d := range e.dated {
			if (d.from == "" || date >= d.from) && (d.to == "" || date <= d.to) {
				return d.codes
			}
		}
	}
	return e.codes
}

// parseActors reads an actors file into add.
func parseActors(file string, lines []line, add func(string, *actorEntry), warn func(error)) {
	var cur *actorEntry
	var pending []string // phrases of cur
	flush := func() {
		if cur != nil {
			for _, p := range pending {
				add(p, cur)
			}
		}
		cur, pending = nil, nil
	}
	for _, l := range lines {
		if l.text == "" {
			continue
		}
		bad := func(format string, args ...any) {
			warn(&ParseError{File: file, Line: l.n, Err: fmt.Errorf(format, args...)})
		}
		codes, rest := brackets(l.text)
		switch {
		case l.indent && rest == "" && len(codes) > 0, strings.HasPrefix(l.text, "[") && cur != nil:
			// a code line of the current entry
			if cur == nil {
				bad("code line outside an entry")
				continue
			}
			for _, c := range codes {
				if err := cur.addCode(c); err != nil {
					bad("%v", err)
				}
			}
		case strings.HasPrefix(rest, "+"):
			if cur == nil {
				bad("synonym outside an entry")
				continue
			}
			ph := strings.TrimPrefix(rest, "+")
			if len(words(ph)) == 0 {
				bad("empty synonym")
				continue
			}
			pending = append(pending, ph)
			for _, c := range codes {
				if err := cur.addCode(c); err != nil {
					bad("%v", err)
				}
			}
		default:
			flush()
			ws := words(rest)
			if len(ws) == 0 {
				bad("want PHRASE [CODE]")
				continue
			}
			cur = &actorEntry{phrase: strings.Join(ws, " "), line: l.n}
			pending = []string{rest}
			for _, c := range codes {
				if err := cur.addCode(c); err != nil {
					bad("%v", err)
				}
			}
		}
	}
	flush()
}

// addCode reads "CODE", "CODE <date", "CODE >date" or "CODE d1-d2".
func (e *actorEntry) addCode(s string) error {
	f := strings.Fields(s)
	if len(f) == 0 {
		return fmt.Errorf("empty code")
	}
	codes := strings.Split(f[0], "/")
	if strings.ContainsAny(f[0], "0123456789") && strings.ContainsAny(f[0], "<>-") {
		return fmt.Errorf("%q: a date restriction needs a code and a space before it", s)
	}
	if len(f) == 1 {
		e.codes = codes
		return nil
	}
	spec := strings.Join(f[1:], "")
	d := datedCode{codes: codes}
	var err error
	switch {
	case strings.HasPrefix(spec, "<"):
		d.to, err = fullDate(spec[1:])
	case strings.HasPrefix(spec, ">"):
		d.from, err = fullDate(spec[1:])
	default:
		a, b, ok := strings.Cut(spec, "-")
		if !ok {
			return fmt.Errorf("date restriction %q: want <date, >date or date-date", s)
		}
		if d.from, err = fullDate(a); err == nil {
			d.to, err = fullDate(b)
		}
	}
	if err != nil {
		return fmt.Errorf("code %s: %v", f[0], err)
	}
	e.dated = append(e.dated, d)
	return nil
}

// fullDate turns YYMMDD or YYYYMMDD into YYYYMMDD. Two-digit years below 30
// are 20YY, as in TABARI.
func fullDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, c := range s {
		if c < '0' || c > '9' {
			return "", fmt.Errorf("bad date %q", s)
		}
	}
	switch len(s) {
	case 8:
		return s, nil
	case 6:
		if s[:2] < "30" {
			return "20" + s, nil
		}
		return "19" + s, nil
	}
	return "", fmt.Errorf("bad date %q: want YYMMDD or YYYYMMDD", s)
}

// Actor is one entry of an actors file as written: its phrases (the primary
// phrase first, then the "+" synonyms, with their "_" connectors and
// parentheses), its default codes and its dated codes.
type Actor struct {
	Phrases []string
	Codes   []string // default codes; several for "[A/B]"
	Dated   []DatedCode
	Line    int // line of the primary phrase
}

// DatedCode is a code restricted to a period, From to To inclusive
// (YYYYMMDD; "" for an open end).
type DatedCode struct {
	Codes    []string
	From, To string
}

// ReadActors reads an actors file into its entries, in file order, for
// tools that convert PETRARCH dictionaries. Malformed lines come back as
// *ParseError warnings and are skipped; err is set only when the file cannot
// be read.
func ReadActors(path string) (entries []Actor, warnings []error, err error) {
	ls, err := readLines(path)
	if err != nil {
		return nil, nil, err
	}
	index := map[*actorEntry]int{}
	parseActors(path, ls, func(ph string, e *actorEntry) {
		i, ok := index[e]
		if !ok {
			i = len(entries)
			index[e] = i
			a := Actor{Codes: e.codes, Line: e.line}
			for _, d := range e.dated {
				a.Dated = append(a.Dated, DatedCode{Codes: d.codes, From: d.from, To: d.to})
			}
			entries = append(entries, a)
		}
		entries[i].Phrases = append(entries[i].Phrases, ph)
	}, func(e error) { warnings = append(warnings, e) })
	return entries, warnings, nil
}
