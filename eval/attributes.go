package eval

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/dyadhq/dyad"
)

// Attrs are what a gold event says of when, where, how much and which way.
// A nil field is not scored. They are read from the optional fields of
// dyad's gold format:
//
//	{"source":"PRK","target":"RUS","code":"061","when":"2024-03-10",
//	 "where":{"name":"Vostochny","country":"RUS"},
//	 "quantity":{"value":16500,"unit":"container","item":"munition"},
//	 "route":["Najin","Vostochny"]}
type Attrs struct {
	When     *string    `json:"when,omitempty"`
	Where    *GoldPlace `json:"where,omitempty"`
	Quantity *GoldQty   `json:"quantity,omitempty"`
	Route    []string   `json:"route,omitempty"`
}

// GoldPlace is where an event happened: a name and its country ("" for
// waters and other places that are nobody's).
type GoldPlace struct {
	Name    string `json:"name"`
	Country string `json:"country"`
}

// GoldQty is how much an event moved or acted on.
type GoldQty struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Item  string  `json:"item"`
}

func (a Attrs) empty() bool {
	return a.When == nil && a.Where == nil && a.Quantity == nil && a.Route == nil
}

// attribute kinds, in the order results are printed
var attrKinds = []string{"when", "where", "quantity", "route"}

// AttrResult counts, for each kind of attribute, the gold attributes, those
// whose event the coder found (the same source, target and CAMEO root), and
// those it got right; an attribute of an event the coder missed is wrong.
type AttrResult struct {
	Gold, Found, Right map[string]int
	Wrong              []AttrDiff
}

// AttrDiff is an attribute the coder got wrong or did not give.
type AttrDiff struct {
	Case, Event, Kind, Want, Got string
}

// ScoreAttributes codes every case and scores the attributes of its gold
// events. A gold event is found when a coded event has its source and target
// keys and its CAMEO code, else its root, else its quad class (see
// answering for which of several answers for it). names says how the coder
// names places and units, so that a gold file's words as written match the
// coder's canonical ones.
func ScoreAttributes(cases []Case, code func(Case) []dyad.Event, names Names) *AttrResult {
	samePlace := func(a, b string) bool {
		if names.Place != nil {
			a, b = names.Place(a), names.Place(b)
		}
		return samePlaceName(a, b)
	}
	sameUnit := func(a, b string) bool {
		if names.Unit != nil {
			a, b = names.Unit(a), names.Unit(b)
		}
		return sameWord(a, b)
	}
	r := &AttrResult{Gold: map[string]int{}, Found: map[string]int{}, Right: map[string]int{}}
	for _, c := range cases {
		if len(c.Attrs) == 0 {
			continue
		}
		evs := code(c)
		used := map[*dyad.Event]bool{}
		for i, g := range c.Gold {
			if i >= len(c.Attrs) || c.Attrs[i].empty() {
				continue
			}
			a := c.Attrs[i]
			when := ""
			if a.When != nil {
				when = *a.When
			}
			got := answering(evs, g, when, used)
			check := func(kind, want string, ok bool, have string) {
				r.Gold[kind]++
				if got != nil {
					r.Found[kind]++
				}
				if got != nil && ok {
					r.Right[kind]++
					return
				}
				if got == nil {
					have = "(event not coded)"
				}
				r.Wrong = append(r.Wrong, AttrDiff{Case: c.ID, Event: g.String(), Kind: kind, Want: want, Got: have})
			}
			if a.When != nil {
				have := ""
				if got != nil {
					have = got.Date
				}
				check("when", *a.When, sameWhen(have, *a.When), have)
			}
			if a.Where != nil {
				have, ok := "", false
				if got != nil && got.Location != nil && got.Location.Role != "mentioned" {
					have = got.Location.Name + " (" + got.Location.Country + ")"
					ok = samePlace(got.Location.Name, a.Where.Name) && got.Location.Country == a.Where.Country
				}
				check("where", a.Where.Name+" ("+a.Where.Country+")", ok, have)
			}
			if a.Quantity != nil {
				have, ok := "", false
				if got != nil && got.Quantity != nil {
					q := got.Quantity
					have = fmt.Sprintf("%g %s %s", q.Value, q.Unit, q.Item)
					g := a.Quantity
					ok = math.Abs(q.Value-g.Value) <= 0.01*math.Abs(g.Value) &&
						(sameUnit(q.Unit, g.Unit) && (sameWord(lastWord(q.Item), lastWord(g.Item)) || crew(q.Item) && crew(g.Item)) ||
							// "$50 million in aid": a sum of money is its currency, with or without the
							// word for what it pays for
							sameUnit(q.Unit, g.Unit) && currency(names, q.Unit) && (q.Item == "" || g.Item == "") ||
							// "20,000 rounds of ammunition": a count of rounds either way
							g.Unit == "" && q.Item == "" && sameWord(q.Unit, lastWord(g.Item)))
				}
				check("quantity", fmt.Sprintf("%g %s %s", a.Quantity.Value, a.Quantity.Unit, a.Quantity.Item), ok, have)
			}
			if a.Route != nil {
				var names []string
				if got != nil {
					for _, p := range got.Route {
						names = append(names, p.Name)
					}
				}
				ok := len(names) == len(a.Route)
				for k := 0; ok && k < len(names); k++ {
					ok = samePlace(names[k], a.Route[k])
				}
				check("route", strings.Join(a.Route, " > "), ok, strings.Join(names, " > "))
			}
		}
	}
	return r
}

// answering returns the coded event that answers for gold event g, whose
// date is when: one with its source and target keys and its CAMEO code,
// else its root ("seized a tanker and detained its crew" gives 1711 and
// 173, both of root 17, and each answers for its own), else one of the same
// quad class (shipping munitions may be coded 061 or 072, and its date and
// quantity are the same), or nil. Among equals, one of the gold's date
// wins ("fired 90 shells on Sunday after 200 on Friday" is two events),
// and one that answers for no other gold event of the case (used) before
// one that does.
func answering(evs []dyad.Event, g Triple, when string, used map[*dyad.Event]bool) *dyad.Event {
	quad := dyad.EventCode(g.Action).Quad()
	var best *dyad.Event
	bestRank := 0
	for k := range evs {
		e := &evs[k]
		if key(e.Source.Key()) != g.Source || key(e.Target.Key()) != g.Target {
			continue
		}
		var rank int
		switch {
		case string(e.Action.Code) == g.Action:
			rank = 0
		case string(e.Action.Root) == rootOf(g.Action):
			rank = 4
		case e.Action.Quad == quad:
			rank = 8
		default:
			continue
		}
		if used[e] {
			rank += 2
		}
		if when != "" && !sameWhen(when, e.Date) {
			rank++
		}
		if best == nil || rank < bestRank {
			best, bestRank = e, rank
		}
	}
	if best != nil {
		used[best] = true
	}
	return best
}

// Names turn the words a gold file uses into the coder's: a place as its
// gazetteer names it ("Rajin" is "Najin"), a unit by its code ("tonnes" is
// "t"). A nil function keeps the words as they are.
type Names struct {
	Place, Unit func(string) string
}

// sameWhen compares two ISO 8601 dates or intervals by the days they cover:
// "2024-W03" is "2024-01-15/2024-01-21", "2024-10" is
// "2024-10-01/2024-10-31".
func sameWhen(a, b string) bool {
	if a == b {
		return true
	}
	a0, a1, ok1 := span(a)
	b0, b1, ok2 := span(b)
	return ok1 && ok2 && a0.Equal(b0) && a1.Equal(b1)
}

// span returns the first and last days an ISO 8601 date, week or interval
// covers.
func span(s string) (first, last time.Time, ok bool) {
	if a, b, found := strings.Cut(s, "/"); found {
		f, _, ok1 := span(a)
		_, l, ok2 := span(b)
		return f, l, ok1 && ok2
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, t, true
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return t, t.AddDate(0, 1, -1), true
	}
	if t, err := time.Parse("2006", s); err == nil {
		return t, t.AddDate(1, 0, -1), true
	}
	if d := dyad.FirstDay(s); len(s) == 8 && s[4:6] == "-W" && d != "" {
		t, err := time.Parse("2006-01-02", d)
		return t, t.AddDate(0, 0, 6), err == nil
	}
	return time.Time{}, time.Time{}, false
}

// samePlaceName compares place names as written, ignoring case and a leading
// "the" ("the Sea of Japan").
func samePlaceName(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		return strings.TrimPrefix(s, "the ")
	}
	return norm(a) == norm(b)
}

// currency reports whether unit names a currency: its code (the coder's
// units, or a gold file's words by names) is three capital letters, ISO
// 4217's ("USD", "EUR").
func currency(names Names, unit string) bool {
	if names.Unit != nil {
		unit = names.Unit(unit)
	}
	if len(unit) != 3 {
		return false
	}
	for _, r := range unit {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// sameWord compares units and items in the singular, ignoring case.
// Troops counted are soldiers ("2,000 troops"), and a gold file writes the
// word the text has (POLICY section 20): one item, as people are persons.
func sameWord(a, b string) bool {
	sing := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		switch {
		case s == "people" || s == "persons":
			return "person" // the plural English uses for "person"
		case s == "troop" || s == "troops" || s == "soldiers":
			return "soldier"
		case strings.HasSuffix(s, "children"):
			return s[:len(s)-3]
		case strings.HasSuffix(s, "ies"):
			return s[:len(s)-3] + "y"
		case strings.HasSuffix(s, "men"):
			return s[:len(s)-3] + "man" // "fishermen", "crewmen"
		case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss"):
			return s[:len(s)-1]
		}
		return s
	}
	return sing(a) == sing(b)
}

// crew reports whether an item counts a ship's or an aircraft's crew, which
// gold writers and the text name many ways ("23 crew", "crew members",
// "crewmen", "members of its crew"): one item (POLICY section 22), as troops
// are soldiers.
func crew(item string) bool {
	f := strings.Fields(strings.ToLower(item))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "crew", "crewman", "crewmen", "crewmember", "crewmembers": // "members of its crew" too
		return true
	case "member", "members":
		return len(f) > 1 && f[len(f)-2] == "crew"
	}
	return false
}

// lastWord is the head of a noun phrase: "artillery shells" is compared as
// "shells", and "prisoners of war" as "prisoners" (English puts the head
// before an "of" that qualifies it).
func lastWord(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if i > 0 && strings.EqualFold(w, "of") {
			f = f[:i]
			break
		}
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// Total returns the attributes right and the attributes in the gold set.
func (r *AttrResult) Total() (right, gold int) {
	for _, k := range attrKinds {
		right += r.Right[k]
		gold += r.Gold[k]
	}
	return right, gold
}

// Add adds o's counts and wrong attributes to r's, for a total over several
// gold files.
func (r *AttrResult) Add(o *AttrResult) {
	for _, m := range []*map[string]int{&r.Gold, &r.Found, &r.Right} {
		if *m == nil {
			*m = map[string]int{}
		}
	}
	for k, v := range o.Gold {
		r.Gold[k] += v
	}
	for k, v := range o.Found {
		r.Found[k] += v
	}
	for k, v := range o.Right {
		r.Right[k] += v
	}
	r.Wrong = append(r.Wrong, o.Wrong...)
}

// Write prints the share of each kind of attribute that is right, over all
// gold attributes and over those of events the coder found, then (unless
// brief) every attribute it got wrong.
func (r *AttrResult) Write(w io.Writer, brief bool) {
	right, gold := r.Total()
	fmt.Fprintf(w, "event attributes (when, where, quantity, route)\n")
	fmt.Fprintf(w, "  right %d/%d (%.1f%%)", right, gold, 100*ratio(right, gold))
	for _, k := range attrKinds {
		if r.Gold[k] > 0 {
			fmt.Fprintf(w, "  %s %d/%d", k, r.Right[k], r.Gold[k])
		}
	}
	found := 0
	for _, k := range attrKinds {
		found += r.Found[k]
	}
	fmt.Fprintf(w, "  (of events coded: %d/%d)\n", right, found)
	if brief {
		return
	}
	for _, d := range r.Wrong {
		fmt.Fprintf(w, "  wrong  %-10s %-22s %-8s want %s, got %s\n", d.Case, d.Event, d.Kind, d.Want, d.Got)
	}
}
