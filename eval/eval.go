// Package eval scores the coder against human-coded gold sentences: dyad's own
// gold format (JSON Lines), PLOVER's gold standard records and the
// Multi-CoPED class-level labels (JSON Lines; see ReadCoped). It compares
// (source, target, action) triples per sentence and reports precision,
// recall and F1 with every miss and every extra, so a reader can see exactly
// where the coder and the coders disagree.
package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dyadhq/dyad"
)

// Case is one gold record: a text, its date, and the events human coders
// found in it.
type Case struct {
	ID   string
	Date string
	Text string
	Gold []Triple
	// Attrs are the attributes of the gold events, index by index, where
	// the format gives them (dyad's gold format; see Attrs).
	Attrs []Attrs
}

// Triple is an event as compared: source and target keys (a country code, or
// an organisation's code) and an action (a CAMEO code or a PLOVER type).
// Target is "" for an event with none.
type Triple struct {
	Source, Target, Action string
}

func (t Triple) String() string {
	tg := t.Target
	if tg == "" {
		tg = "-"
	}
	return t.Source + " " + tg + " " + t.Action
}

// key is the actor key a comparison uses: a country's code, whatever its
// role (dyad.Actor.Key), or an organisation's; the United Nations and its
// organs are one organisation, as a country and its roles are one country,
// since a gold file names "the UN" (IGOUNO, or "UNO" as some coders wrote it)
// where the coder says which organ (IGOUNOSEC, IGOUNOSGN, IGOUNOPKO). The
// European Union is one organisation in the same way: its institutions
// (IGOEUREECCOM, the Commission; IGOEUREECPAR, the Parliament) are
// IGOEUREEC, and so is "IGOEUR", the shorthand some coders wrote for the EU
// (CAMEO has no such organisation; the OSCE, IGOEURSCE, and the Council of
// Europe, IGOEURCOE, stay apart).
//
// NATO is IGOWSTNAT, and "IGONAT", the shorthand some coders wrote for it,
// is NATO too. A bloc with no country (WST, the West; ARB, the Arab states)
// and a role after it ("Western leaders", WSTGOV) is the bloc, as a country
// and its roles are one.
func key(k string) string {
	switch {
	case k == "UNO" || strings.HasPrefix(k, "IGOUNO"):
		return "IGOUNO"
	case k == "IGOEUR" || strings.HasPrefix(k, "IGOEUREEC"):
		return "IGOEUREEC"
	case k == "IGONAT":
		return "IGOWSTNAT"
	case len(k) == 6 && blocRoles[k[3:]] && !strings.HasPrefix(k, "IGO") && !strings.HasPrefix(k, "NGO") && !strings.HasPrefix(k, "IMG"):
		return k[:3]
	}
	return k
}

// blocRoles are the role codes an actor may have after a bloc's code
// (lexicon/data/agents.txt).
var blocRoles = map[string]bool{"AGR": true, "BUS": true, "COP": true, "CRM": true, "CVL": true, "EDU": true, "ENV": true,
	"GOV": true, "HLH": true, "HRI": true, "INS": true, "JUD": true, "LAB": true, "LEG": true, "MED": true, "MIL": true,
	"OPP": true, "PKO": true, "RAD": true, "REB": true, "REF": true, "REL": true, "SEP": true, "SET": true, "SPY": true, "UAF": true}

// Scheme turns a coded event into the triple a gold format compares.
type Scheme struct {
	Name  string
	Gold  func(Triple) Triple      // normalises a gold triple (identity if nil)
	Coded func(*dyad.Event) Triple // the triple of a coded event
}

// Root compares CAMEO roots ("04").
var Root = Scheme{Name: "source country, target country, CAMEO root",
	Gold: func(t Triple) Triple { t.Action = rootOf(t.Action); return t },
	Coded: func(e *dyad.Event) Triple {
		return Triple{key(e.Source.Key()), key(e.Target.Key()), string(e.Action.Root)}
	}}

// Code compares full CAMEO codes ("042").
var Code = Scheme{Name: "source country, target country, full CAMEO code",
	Coded: func(e *dyad.Event) Triple {
		return Triple{key(e.Source.Key()), key(e.Target.Key()), string(e.Action.Code)}
	}}

func rootOf(c string) string {
	if len(c) > 2 {
		return c[:2]
	}
	return c
}

// Diff is a triple that one side has and the other lacks, with its record
// and, where the format gives one, a note for a reader (the text, the words
// the coders marked).
type Diff struct {
	Case   string
	Triple Triple
	Note   string
}

// Result is the score of one scheme over a set of cases.
type Result struct {
	Scheme         string
	Cases          int
	TP, FP, FN     int
	Misses, Extras []Diff
}

// Precision is TP / (TP + FP).
func (r *Result) Precision() float64 { return ratio(r.TP, r.TP+r.FP) }

// Recall is TP / (TP + FN).
func (r *Result) Recall() float64 { return ratio(r.TP, r.TP+r.FN) }

// F1 is the harmonic mean of precision and recall.
func (r *Result) F1() float64 {
	p, q := r.Precision(), r.Recall()
	if p+q == 0 {
		return 0
	}
	return 2 * p * q / (p + q)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score codes every case with code and compares its triples with the gold
// ones under each scheme.
func Score(cases []Case, code func(Case) []dyad.Event, schemes ...Scheme) []*Result {
	res := make([]*Result, len(schemes))
	for i, s := range schemes {
		res[i] = &Result{Scheme: s.Name, Cases: len(cases)}
	}
	for _, c := range cases {
		evs := code(c)
		for i, s := range schemes {
			gold := map[Triple]bool{}
			for _, g := range c.Gold {
				if s.Gold != nil {
					g = s.Gold(g)
				}
				gold[g] = true
			}
			got := map[Triple]bool{}
			for k := range evs {
				got[s.Coded(&evs[k])] = true
			}
			r := res[i]
			for _, t := range sorted(gold) {
				if got[t] {
					r.TP++
				} else {
					r.FN++
					r.Misses = append(r.Misses, Diff{Case: c.ID, Triple: t})
				}
			}
			for _, t := range sorted(got) {
				if !gold[t] {
					r.FP++
					r.Extras = append(r.Extras, Diff{Case: c.ID, Triple: t})
				}
			}
		}
	}
	return res
}

func sorted(m map[Triple]bool) []Triple {
	out := make([]Triple, 0, len(m))
	for t := range m {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

// Write prints r: the scores, then (unless brief) every miss and extra.
// Add adds o's counts, misses and extras to r's, for a total over several
// gold files scored on one scheme.
func (r *Result) Add(o *Result) {
	if r.Scheme == "" {
		r.Scheme = o.Scheme
	}
	r.Cases += o.Cases
	r.TP, r.FP, r.FN = r.TP+o.TP, r.FP+o.FP, r.FN+o.FN
	r.Misses = append(r.Misses, o.Misses...)
	r.Extras = append(r.Extras, o.Extras...)
}

func (r *Result) Write(w io.Writer, brief bool) {
	fmt.Fprintf(w, "%s (%d records)\n", r.Scheme, r.Cases)
	fmt.Fprintf(w, "  precision %.3f  recall %.3f  F1 %.3f  (TP %d, FP %d, FN %d)\n",
		r.Precision(), r.Recall(), r.F1(), r.TP, r.FP, r.FN)
	if brief {
		return
	}
	for _, d := range r.Misses {
		d.write(w, "miss")
	}
	for _, d := range r.Extras {
		d.write(w, "extra")
	}
}

func (d *Diff) write(w io.Writer, kind string) {
	fmt.Fprintf(w, "  %-6s %-28s %s\n", kind, d.Case, d.Triple)
	if d.Note != "" {
		for _, l := range strings.Split(d.Note, "\n") {
			fmt.Fprintf(w, "         %s\n", l)
		}
	}
}
