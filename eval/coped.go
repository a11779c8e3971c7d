package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dyadhq/dyad"
)

// ClassCase is a Multi-CoPED record. Its Case carries the text to code (its
// Gold is unused: the gold events are Events).
type ClassCase struct {
	Case
	Class  string
	Events []ClassEvent
	Spans  []SpanWords
}

// ClassEvent is a gold event of a ClassCase: source and target keys ("*" for
// any), the CAMEO roots the label allows, and whether it is the optional
// half of a reciprocal pair.
type ClassEvent struct {
	Source, Target string
	Roots          []string
	Optional       bool
}

// SpanWords are the words an annotator marked as a source (S), target (T) or
// party to a reciprocal event (R); they are kept for reading misses.
type SpanWords struct {
	Role string `json:"role"`
	Text string `json:"text"`
}

// Known reports whether every required event of c names both its parties.
func (c *ClassCase) Known() bool {
	for _, g := range c.Events {
		if !g.Optional && (g.Source == "*" || g.Target == "*") {
			return false
		}
	}
	return true
}

type copedRecord struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Text   string `json:"text"`
	Class  string `json:"class"`
	Events []struct {
		Source   string   `json:"source"`
		Target   string   `json:"target"`
		Roots    []string `json:"roots"`
		Optional bool     `json:"optional"`
	} `json:"events"`
	Spans []SpanWords `json:"spans"`
}

// IsCoped reports whether line, the first record of a JSON Lines gold file,
// is a Multi-CoPED record (it has a class or an event with roots) rather than
// one of dyad's gold format.
func IsCoped(line []byte) bool {
	var rec copedRecord
	if json.Unmarshal(line, &rec) != nil {
		return false
	}
	if rec.Class != "" {
		return true
	}
	for _, e := range rec.Events {
		if len(e.Roots) > 0 {
			return true
		}
	}
	return false
}

// ReadCoped reads the Multi-CoPED format. The format (Parolin et al., AIES 2022, as distributed from
// ../shared/data/conflibert) labels each sentence with one of CAMEO's five
// classes and the parties the annotators marked, one record a line:
//
//	{"id":"c1","date":"2018-06-30","text":"Ruritania shelled border posts of Freedonia.",
//	 "class":"material_conflict",
//	 "events":[{"source":"RUR","target":"FRE","roots":["14","15","16","17","18","19","20"],"optional":false}],
//	 "spans":[{"role":"S","text":"Ruritania"},{"role":"T","text":"border posts of Freedonia"}]}
//
// A coded event matches a gold event when its root is one of the roots and
// each of its actors matches the gold key: "*" (no party marked) matches any
// actor and none; a country key matches an actor of that country; an
// organisation key (UNO, EU, NATO, AFU, ASN, ICC, OPC) matches dyad's codes for
// that organisation and its bodies (see copedOrgs). A reciprocal pair
// gives X→Y required and Y→X optional: coding Y→X is neither credited nor
// counted against the coder.
//
// Malformed lines, and events with a missing party or a root outside 01-20,
// are returned as problems and skipped.
func ReadCoped(name string, r io.Reader) ([]ClassCase, []error) {
	var cases []ClassCase
	probs := eachLine(name, r, func(line int, rec *copedRecord, problem func(error)) {
		if rec.ID == "" {
			rec.ID = fmt.Sprintf("%s:%d", name, line)
		}
		c := ClassCase{Case: Case{ID: rec.ID, Date: rec.Date, Text: rec.Text}, Class: rec.Class, Spans: rec.Spans}
	events:
		for _, e := range rec.Events {
			if e.Source == "" || e.Target == "" {
				problem(errors.New(`an event without a source or target ("*" for any)`))
				continue
			}
			if len(e.Roots) == 0 {
				problem(errors.New("an event without roots"))
				continue
			}
			for _, root := range e.Roots {
				if err := dyad.EventCode(root).Validate(); err != nil || len(root) != 2 {
					problem(fmt.Errorf("root %q: want two digits 01 to 20", root))
					continue events
				}
			}
			c.Events = append(c.Events, ClassEvent{e.Source, e.Target, e.Roots, e.Optional})
		}
		if len(c.Events) == 0 {
			problem(errors.New("no usable event"))
			return
		}
		cases = append(cases, c)
	})
	return cases, probs
}

// copedOrgs maps dyad's organisation codes to the organisation keys of the
// Multi-CoPED file, by prefix so that an organisation's bodies and agencies
// (IGOUNOSEC, IGOUNOKID, IGOEUREECCOM) count as the organisation, as the
// annotators counted them (UNICEF is UNO, the European Commission EU). The
// keys are those the dev file uses; AFU, ASN, ICC and OPC are CAMEO's
// organisation segments. Organisations not listed keep their dyad code and
// match only "*".
var copedOrgs = []struct{ prefix, key string }{
	{"IGOUNO", "UNO"},   // the UN system
	{"IGOEUREEC", "EU"}, // the EU and its institutions
	{"IGOWSTNAT", "NATO"},
	{"IGOAFRAFU", "AFU"}, // the African Union (AMISOM is its mission)
	{"IGOSEAASN", "ASN"}, // ASEAN
	{"IGOJUDICC", "ICC"}, // the International Criminal Court
	{"IGOBUSOPC", "OPC"}, // OPEC
}

// copedCountries maps the file's country keys that are not dyad's to dyad's:
// the file codes Kosovo KSV (CAMEO's code), dyad XKX.
var copedCountries = map[string]string{"KSV": "XKX"}

// copedKey is the key of a coded actor as the file spells it: its country,
// else its organisation's key, else its code; "" for no actor.
func copedKey(a *dyad.Actor) string {
	if a == nil {
		return ""
	}
	if a.Country != "" {
		return a.Country
	}
	for _, o := range copedOrgs {
		if strings.HasPrefix(string(a.Code), o.prefix) {
			return o.key
		}
	}
	return string(a.Code)
}

func (g *ClassEvent) matches(t Triple) bool {
	return keyMatches(g.Source, t.Source) && keyMatches(g.Target, t.Target) && slices.Contains(g.Roots, t.Action)
}

func keyMatches(gold, coded string) bool {
	if c, ok := copedCountries[gold]; ok {
		gold = c
	}
	return gold == "*" || gold == coded
}

// Classes is the name of the comparison ScoreClasses makes.
const Classes = "source, target, CAMEO class roots"

// ScoreClasses codes every case with code and scores the coded events
// against the gold ones twice: over all cases, and over the cases whose
// required events name both parties (Known). A coded event, compared as
// (source key, target key, root), is a true positive when it is matched to a
// required gold event, each gold event matched at most once (a maximum
// matching, so wildcards cannot steal a gold event another coded event
// needs); an unmatched coded event that matches an optional gold event is
// ignored; any other is an extra. Required gold events left unmatched are
// misses.
func ScoreClasses(cases []ClassCase, code func(Case) []dyad.Event) (all, known *Result) {
	all = &Result{Scheme: "Multi-CoPED, all records: " + Classes}
	known = &Result{Scheme: "Multi-CoPED, both parties known: " + Classes}
	for i := range cases {
		c := &cases[i]
		evs := code(c.Case)
		got := map[Triple]bool{}
		for k := range evs {
			e := &evs[k]
			got[Triple{copedKey(e.Source), copedKey(e.Target), string(e.Action.Code.Root())}] = true
		}
		tp, misses, extras := matchClasses(c, sorted(got))
		for _, r := range []*Result{all, known} {
			if r == known && !c.Known() {
				continue
			}
			r.Cases++
			r.TP += tp
			r.FN += len(misses)
			r.FP += len(extras)
			r.Misses = append(r.Misses, misses...)
			r.Extras = append(r.Extras, extras...)
		}
	}
	return all, known
}

// matchClasses matches the coded triples of c (sorted, distinct) with its
// gold events and returns the true positives, the misses and the extras.
func matchClasses(c *ClassCase, got []Triple) (tp int, misses, extras []Diff) {
	var req []*ClassEvent
	for i := range c.Events {
		if !c.Events[i].Optional {
			req = append(req, &c.Events[i])
		}
	}
	// Kuhn's augmenting paths: owner[g] is the coded triple matched to req[g]
	owner := make([]int, len(req))
	for g := range owner {
		owner[g] = -1
	}
	var augment func(t int, seen []bool) bool
	augment = func(t int, seen []bool) bool {
		for g, e := range req {
			if seen[g] || !e.matches(got[t]) {
				continue
			}
			seen[g] = true
			if owner[g] < 0 || augment(owner[g], seen) {
				owner[g] = t
				return true
			}
		}
		return false
	}
	matched := make([]bool, len(got))
	for t := range got {
		matched[t] = augment(t, make([]bool, len(req)))
	}
	note := c.note()
	for g, e := range req {
		if owner[g] >= 0 {
			tp++
			continue
		}
		misses = append(misses, Diff{c.ID, Triple{e.Source, e.Target, c.label(e)}, note})
	}
coded:
	for t, tr := range got {
		if matched[t] {
			continue
		}
		for i := range c.Events {
			if c.Events[i].Optional && c.Events[i].matches(tr) {
				continue coded
			}
		}
		extras = append(extras, Diff{c.ID, tr, note})
	}
	return tp, misses, extras
}

// label names the action of a gold event in a miss: the record's class, or
// its roots when there is none.
func (c *ClassCase) label(e *ClassEvent) string {
	if c.Class != "" {
		return c.Class
	}
	return strings.Join(e.Roots, "|")
}

// note is what a reader needs beside a miss or an extra: the text and the
// words the annotators marked.
func (c *ClassCase) note() string {
	var b strings.Builder
	b.WriteString(c.Text)
	if len(c.Spans) > 0 {
		b.WriteString("\nmarked:")
		for _, s := range c.Spans {
			fmt.Fprintf(&b, " %s %q", s.Role, s.Text)
		}
	}
	return b.String()
}
