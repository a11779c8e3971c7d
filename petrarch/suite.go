package petrarch

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Record is one sentence of a PETRARCH validation file with what it must
// code.
type Record struct {
	ID, Category, Date, Text string
	Expected                 []Triple // source, target and code only
	NoEvents                 bool
	Error                    string // the error the record must raise
	Options                  Options
}

// ReadSuite reads a PETRARCH validation file (PETR.UnitTest.records.xml):
// its records in order, each with the options its <Config> elements set.
func ReadSuite(r io.Reader) ([]Record, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	opt := DefaultOptions()
	var out []Record
	var cur *Record
	var inText bool
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("validation file: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			attr := func(name string) string {
				for _, a := range t.Attr {
					if a.Name.Local == name {
						return a.Value
					}
				}
				return ""
			}
			switch t.Name.Local {
			case "Config":
				setOption(&opt, attr("option"), attr("value"))
			case "Sentence":
				cur = &Record{ID: attr("id"), Category: category(attr("category")), Date: attr("date"), Options: opt}
			case "EventCoding":
				if cur == nil {
					continue
				}
				switch {
				case attr("noevents") != "":
					cur.NoEvents = true
				case attr("error") != "":
					cur.Error = attr("error")
				default:
					cur.Expected = append(cur.Expected, Triple{Source: unquote(attr("sourcecode")), Target: unquote(attr("targetcode")), Code: attr("eventcode")})
				}
			case "Text":
				inText = true
				text.Reset()
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "Text":
				inText = false
				if cur != nil {
					cur.Text = strings.Join(strings.Fields(text.String()), " ")
				}
			case "Sentence":
				if cur != nil {
					if cur.ID == "" {
						cur.ID = fmt.Sprintf("(record %d)", len(out)+1)
					}
					out = append(out, *cur)
				}
				cur = nil
			}
		}
	}
	return out, nil
}

func unquote(s string) string { return strings.Trim(s, `"`) }

// category folds the suite's variant spellings (AGENTS, COMPOUNDx) into the
// categories PETRARCH reports.
func category(c string) string {
	for _, k := range []string{"DEMO", "SYNSET", "COMPOUND", "PATTERN", "AGENT", "VERB", "DATE", "MODIFY", "ACTOR", "PARSING", "ERROR"} {
		if strings.HasPrefix(strings.ToUpper(c), k) {
			return k
		}
	}
	return strings.ToUpper(c)
}

func setOption(o *Options, name, value string) {
	n, _ := strconv.Atoi(value)
	switch strings.ToLower(name) {
	case "require_dyad":
		o.RequireDyad = strings.EqualFold(value, "true")
	case "new_actor_length":
		o.NewActorLength = n
	case "comma_min":
		o.CommaMin = n
	case "comma_max":
		o.CommaMax = n
	case "comma_bmin":
		o.CommaBMin = n
	case "comma_bmax":
		o.CommaBMax = n
	case "comma_emin":
		o.CommaEMin = n
	case "comma_emax":
		o.CommaEMax = n
	}
}

// Outcome is how one record fared.
type Outcome struct {
	Record *Record
	Coded  []Triple
	Error  string // the error coding raised, if any
	Pass   bool
}

// Score is a validation run: every record's outcome and the counts by
// category.
type Score struct {
	Outcomes   []Outcome
	Passed     int
	ByCategory map[string][2]int // passed, total
}

// Validate codes every record with d and scores it as PETRARCH does: the
// set of coded triples must equal the expected set; a record that expects
// an error must raise it.
func Validate(d *Dict, recs []Record) Score {
	sc := Score{ByCategory: map[string][2]int{}}
	for i := range recs {
		r := &recs[i]
		res := d.Code(r.Text, r.Date, r.Options)
		o := Outcome{Record: r, Coded: res.Events}
		switch {
		case res.Discard != "":
			o.Error = res.Discard + "discard"
		case isDateline(r.Text):
			o.Error = "dateline"
		}
		if r.Error != "" {
			o.Pass = o.Error == r.Error
		} else {
			o.Pass = o.Error == "" && sameSet(o.Coded, r.Expected)
		}
		c := sc.ByCategory[r.Category]
		c[1]++
		if o.Pass {
			c[0]++
			sc.Passed++
		}
		sc.ByCategory[r.Category] = c
		sc.Outcomes = append(sc.Outcomes, o)
	}
	return sc
}

// isDateline reports whether a sentence begins with a news dateline ("CEBU
// CITY: --"): capitals then a colon or a dash.
func isDateline(s string) bool {
	f := strings.Fields(s)
	for i, w := range f {
		if i >= 5 {
			return false
		}
		core := strings.TrimRight(w, ":-")
		if core != "" {
			for _, r := range core {
				if unicode.IsLower(r) {
					return false
				}
			}
		}
		if strings.HasSuffix(w, ":") || w == "--" {
			return i > 0 || core != ""
		}
	}
	return false
}

func key(t Triple) string { return t.Source + "\t" + t.Target + "\t" + t.Code }

func sameSet(a, b []Triple) bool {
	x, y := map[string]bool{}, map[string]bool{}
	for _, t := range a {
		x[key(t)] = true
	}
	for _, t := range b {
		y[key(t)] = true
	}
	if len(x) != len(y) {
		return false
	}
	for k := range x {
		if !y[k] {
			return false
		}
	}
	return true
}

// Report writes the score: failing records, the categories, and the last
// line "records passed: N/T (P%)".
func (sc Score) Report(w io.Writer, failures bool) {
	if failures {
		for _, o := range sc.Outcomes {
			if o.Pass {
				continue
			}
			fmt.Fprintf(w, "FAIL %s [%s] %s\n", o.Record.ID, o.Record.Category, o.Record.Text)
			fmt.Fprintf(w, "  expected: %s\n", describe(o.Record.Expected, o.Record.NoEvents, o.Record.Error))
			fmt.Fprintf(w, "  coded:    %s\n", describe(o.Coded, false, o.Error))
		}
	}
	var cats []string
	for c := range sc.ByCategory {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		n := sc.ByCategory[c]
		fmt.Fprintf(w, "%-9s %3d/%-3d\n", c, n[0], n[1])
	}
	total := len(sc.Outcomes)
	pct := 0.0
	if total > 0 {
		pct = 100 * float64(sc.Passed) / float64(total)
	}
	fmt.Fprintf(w, "records passed: %d/%d (%.1f%%)\n", sc.Passed, total, pct)
}

func describe(ts []Triple, none bool, err string) string {
	if err != "" {
		return "error " + err
	}
	if len(ts) == 0 {
		return "no events"
	}
	var parts []string
	for _, t := range ts {
		parts = append(parts, t.Source+" "+t.Target+" "+t.Code)
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}
