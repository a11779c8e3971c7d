package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dyadhq/dyad"
)

// dyadRecord is a line of dyad's gold format:
//
//	{"id":"s1","date":"2024-06-19","text":"Putin visited Pyongyang.",
//	 "events":[{"source":"RUS","target":"PRK","code":"042"}]}
//
// source and target are country codes (or organisation codes such as
// IGOUNO); target is "" or absent for an event with none. A record with no
// events asserts that the text codes to nothing.
type dyadRecord struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Text   string `json:"text"`
	Events []struct {
		Source string `json:"source"`
		Target string `json:"target"`
		Code   string `json:"code"`
		Attrs
	} `json:"events"`
}

// ReadDyad reads dyad's gold format. Malformed lines are returned as
// problems and skipped.
func ReadDyad(name string, r io.Reader) ([]Case, []error) {
	var cases []Case
	probs := eachLine(name, r, func(line int, rec *dyadRecord, problem func(error)) {
		if rec.ID == "" {
			rec.ID = fmt.Sprintf("%s:%d", name, line)
		}
		c := Case{ID: rec.ID, Date: rec.Date, Text: rec.Text}
		for _, e := range rec.Events {
			if err := dyad.EventCode(e.Code).Validate(); err != nil {
				problem(err)
				continue
			}
			if err := goldActor(e.Source, e.Target); err != nil {
				problem(err)
				continue
			}
			c.Gold = append(c.Gold, Triple{key(e.Source), key(e.Target), e.Code})
			if !e.Attrs.empty() {
				for len(c.Attrs) < len(c.Gold)-1 {
					c.Attrs = append(c.Attrs, Attrs{})
				}
				c.Attrs = append(c.Attrs, e.Attrs)
			}
		}
		cases = append(cases, c)
	})
	return cases, probs
}

// goldActor reports an actor code the scoring cannot compare: scores are
// by country (or organisation), so a gold code with a role after the
// country ("VENOPP", "SDNREB") would never equal the coder's key ("VEN")
// and would count as a miss and an extra. Organisation codes (IGO, NGO,
// MNC, IMG) are longer by nature.
func goldActor(codes ...string) error {
	for _, c := range codes {
		if len(c) <= 3 {
			continue
		}
		switch c[:3] {
		case "IGO", "NGO", "MNC", "IMG":
			continue
		}
		return fmt.Errorf("actor %q: gold names the country (%q), not its role", c, c[:3])
	}
	return nil
}

// eachLine decodes every line of r that is neither blank nor a "#" comment
// as a T and calls fn with it and its line number; fn reports a problem of
// the record with problem. Malformed lines and problems are returned, each
// with the file and line.
func eachLine[T any](name string, r io.Reader, fn func(line int, rec *T, problem func(error))) []error {
	var probs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<26)
	for line := 1; sc.Scan(); line++ {
		b := strings.TrimSpace(sc.Text())
		if b == "" || strings.HasPrefix(b, "#") {
			continue
		}
		var rec T
		if err := json.Unmarshal([]byte(b), &rec); err != nil {
			probs = append(probs, fmt.Errorf("%s:%d: %v", name, line, err))
			continue
		}
		fn(line, &rec, func(err error) { probs = append(probs, fmt.Errorf("%s:%d: %v", name, line, err)) })
	}
	if err := sc.Err(); err != nil {
		probs = append(probs, fmt.Errorf("%s: %v", name, err))
	}
	return probs
}

// ploverRecord is a record of PLOVER's gold standard file (a JSON array).
type ploverRecord struct {
	ID     string          `json:"id"`
	Date   string          `json:"date"`
	Text   string          `json:"text"`
	Event  string          `json:"event"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

type ploverActor struct {
	Code string `json:"code"`
}

// ReadPlover reads PLOVER's human-coded gold standard (PLOVER_GSR_CAMEO.txt):
// each record a sentence with its PLOVER event type and the source and target
// actors' codes. Documentation records are skipped.
func ReadPlover(name string, r io.Reader) ([]Case, error) {
	var recs []ploverRecord
	if err := json.NewDecoder(r).Decode(&recs); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	var cases []Case
	for _, rec := range recs {
		if rec.Event == "DOCUMENT" || strings.TrimSpace(rec.Text) == "" {
			continue
		}
		srcs, tgts := actorsOf(rec.Source), actorsOf(rec.Target)
		if len(tgts) == 0 {
			tgts = []string{""}
		}
		c := Case{ID: rec.ID, Date: rec.Date, Text: strings.Trim(strings.TrimSpace(rec.Text), "{}")}
		if len(srcs) >= 2 && tgts[0] == "" && len(tgts) == 1 {
			// PLOVER codes "Jordan and Britain agreed" as a compound source
			// with no target; CAMEO, and dyad, as every ordered pair
			for _, s := range srcs {
				for _, t := range srcs {
					if s != t {
						c.Gold = append(c.Gold, Triple{s, t, rec.Event})
					}
				}
			}
		} else {
			for _, s := range srcs {
				for _, t := range tgts {
					c.Gold = append(c.Gold, Triple{s, t, rec.Event})
				}
			}
		}
		cases = append(cases, c)
	}
	return cases, nil
}

// actorsOf reads a PLOVER source or target: a list of actors, or a string
// where coders left a note instead (treated as no actor).
func actorsOf(raw json.RawMessage) []string {
	var as []ploverActor
	if json.Unmarshal(raw, &as) != nil {
		return nil
	}
	var out []string
	for _, a := range as {
		if c := strings.TrimSpace(a.Code); c != "" {
			c = c[:min(3, len(c))]
			if iso, ok := ploverCountries[c]; ok {
				c = iso
			}
			out = append(out, c)
		}
	}
	return out
}

// ploverCountries maps the few country codes PLOVER's coders wrote that are
// not ISO 3166 alpha-3, the codes CAMEO and dyad use, to those: "JAP" for
// Japan, "ITL" for Italy, "VTN" for Vietnam.
var ploverCountries = map[string]string{"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

// ploverNames maps the event types of PLOVER 0.5, which the gold standard
// uses, to their names in the 2021 CAMEO-to-PLOVER table dyad reports.
var ploverNames = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

// Plover compares (source, target, PLOVER type), actors by their first three
// letters (PLOVER codes organisations "IGO").
var Plover = Scheme{Name: "source, target, PLOVER type",
	Gold: func(t Triple) Triple {
		if n, ok := ploverNames[t.Action]; ok {
			t.Action = n
		}
		return t
	},
	Coded: func(e *dyad.Event) Triple {
		return Triple{prefix3(e.Source), prefix3(e.Target), e.Action.Plover}
	}}

func prefix3(a *dyad.Actor) string {
	k := a.Key()
	return k[:min(3, len(k))]
}
