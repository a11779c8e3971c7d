package sqlq

import (
	"encoding/json"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/dyadhq/dyad"
)

// Row is an event as both stores' events tables hold it: the columns that
// filters, clusters and rollups read, and the record as JSON.
type Row struct {
	Event                                                      *dyad.Event
	Day, SrcKey, SrcCode, TgtKey, TgtCode, Place, PlaceCountry string
	Review                                                     string // the review status, "" when not judged
	Record                                                     []byte

	// Countries is whether both sides are actors with a country (those
	// the network counts); Quantity whether the event has a quantity (those
	// flows count).
	Countries, Quantity bool
}

// EventRows returns the rows of events in their order, the first of several
// events with one id only, each with its record encoded (on every core when
// there are many). An event with a NUL byte in a string is stored as a copy
// with each a space (see Clean).
func EventRows(events []dyad.Event) ([]Row, error) {
	rows := make([]Row, 0, len(events))
	seen := make(map[string]struct{}, len(events))
	for i := range events {
		e := &events[i]
		if _, dup := seen[e.ID]; dup {
			continue
		}
		seen[e.ID] = struct{}{}
		rows = append(rows, rowOf(e))
	}
	parts := 1
	if len(rows) >= 2000 {
		parts = min(runtime.GOMAXPROCS(0), 4)
	}
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		part := rows[p*len(rows)/parts : (p+1)*len(rows)/parts]
		wg.Go(func() {
			for i := range part {
				rec, err := json.Marshal(part[i].Event)
				if err != nil {
					errs[p] = fmt.Errorf("event %s: %w", part[i].Event.ID, err)
					return
				}
				part[i].Record = rec
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	for i := range rows {
		e, rec, ok, err := cleanEvent(rows[i].Record)
		if err != nil {
			return nil, fmt.Errorf("event %s: %w", rows[i].Event.ID, err)
		}
		if ok {
			rows[i] = rowOf(e)
			rows[i].Record = rec
		}
	}
	return rows, nil
}

// rowOf returns the columns of e's row, without its record.
func rowOf(e *dyad.Event) Row {
	r := Row{Event: e, Day: e.Day(), SrcKey: e.Source.Key(), TgtKey: e.Target.Key()}
	if e.Source != nil {
		r.SrcCode = string(e.Source.Code)
	}
	if e.Target != nil {
		r.TgtCode = string(e.Target.Code)
	}
	if e.Location != nil {
		r.Place, r.PlaceCountry = e.Location.Name, e.Location.Country
	}
	if e.Review != nil {
		r.Review = e.Review.Status
	}
	r.Countries = e.Source != nil && e.Target != nil && e.Source.Country != "" && e.Target.Country != ""
	r.Quantity = e.Quantity != nil
	return r
}

// Report is what clustering knows of r.
func (r *Row) Report() Report {
	place := r.PlaceCountry
	if place == "" {
		place = r.Place
	}
	return Report{ID: r.Event.ID, Src: r.SrcKey, Tgt: r.TgtKey, Root: string(r.Event.Action.Code.Root()), Day: r.Day, Place: place, Doc: r.Event.Doc}
}

// A Probe asks for the stored founders of clusters that new reports may
// join: those of the dyad Src to Tgt dated Lo to Hi (YYYY-MM-DD,
// inclusive), of any CAMEO family (Cluster tells them apart).
type Probe struct {
	Src, Tgt, Lo, Hi string
}

// Probes returns probes that find every stored founder a report of reports
// may join (none for a report without a source or a day): for each dyad,
// the windows of Window days either side of its reports' days, those that
// overlap merged. An import in time order thus asks for one range of days a
// dyad, not one per event.
func Probes(reports []Report) []Probe {
	type window struct{ lo, hi time.Time }
	type dyad struct{ src, tgt string }
	windows := map[dyad][]window{}
	var order []dyad
	for i := range reports {
		r := &reports[i]
		if r.Src == "" {
			continue
		}
		d, err := time.Parse("2006-01-02", r.Day)
		if err != nil {
			continue
		}
		k := dyad{r.Src, r.Tgt}
		if _, ok := windows[k]; !ok {
			order = append(order, k)
		}
		windows[k] = append(windows[k], window{d.AddDate(0, 0, -Window), d.AddDate(0, 0, Window)})
	}
	var out []Probe
	for _, k := range order {
		ws := windows[k]
		sort.Slice(ws, func(i, j int) bool { return ws[i].lo.Before(ws[j].lo) })
		cur := ws[0]
		for _, w := range ws[1:] {
			if !w.lo.After(cur.hi.AddDate(0, 0, 1)) { // overlapping or adjacent
				if w.hi.After(cur.hi) {
					cur.hi = w.hi
				}
				continue
			}
			out = append(out, Probe{k.src, k.tgt, cur.lo.Format("2006-01-02"), cur.hi.Format("2006-01-02")})
			cur = w
		}
		out = append(out, Probe{k.src, k.tgt, cur.lo.Format("2006-01-02"), cur.hi.Format("2006-01-02")})
	}
	return out
}

// Rollup is a row of the daily rollups: how many events of one code a dyad
// has on one day, their quad class and the sum of their Goldstein values.
type Rollup struct {
	Src, Tgt, Day, Code string
	Quad                int
	N                   int64
	Goldstein           float64
}

// Rollups sums rows into rollup rows, in the order of their key (source,
// target, day, code). An event's quad class follows from its code, so rows
// of one key share it; should they not, the least is kept. Rejected events
// count in none.
func Rollups(rows []Row) []Rollup {
	type key struct{ src, tgt, day, code string }
	at := make(map[key]int, len(rows))
	var out []Rollup
	for i := range rows {
		r := &rows[i]
		if r.Review == dyad.ReviewRejected {
			continue
		}
		a := &r.Event.Action
		k := key{r.SrcKey, r.TgtKey, r.Day, string(a.Code)}
		j, ok := at[k]
		if !ok {
			j = len(out)
			at[k] = j
			out = append(out, Rollup{Src: k.src, Tgt: k.tgt, Day: k.day, Code: k.code, Quad: a.Quad})
		}
		o := &out[j]
		o.N++
		o.Goldstein += a.Goldstein
		o.Quad = min(o.Quad, a.Quad)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Src != b.Src {
			return a.Src < b.Src
		}
		if a.Tgt != b.Tgt {
			return a.Tgt < b.Tgt
		}
		if a.Day != b.Day {
			return a.Day < b.Day
		}
		return a.Code < b.Code
	})
	return out
}

// Fresh returns the rows whose events are not among the stored ids, in
// order.
func Fresh(rows []Row, stored map[string]bool) []Row {
	out := make([]Row, 0, len(rows)-len(stored))
	for _, r := range rows {
		if !stored[r.Event.ID] {
			out = append(out, r)
		}
	}
	return out
}
