package measure

import (
	"math"
	"sort"
	"strings"

	"github.com/dyadhq/dyad"
)

// Flow is what moved from one actor to another: the sum of the quantities
// that events state, for one item and unit, in one period.
type Flow struct {
	Period string  `json:"period"` // "2024", "2024-06", ...; "" for all time
	Source string  `json:"source"` // actor key
	Target string  `json:"target"`
	Item   string  `json:"item"`
	Unit   string  `json:"unit"`
	Value  float64 `json:"value"`
	Events int     `json:"events"` // the movements summed
	Route  string  `json:"route"`  // "Najin (sea) -> Vostochny (rail)", when the events name one
	Approx bool    `json:"approximate"`
}

// Flows sums the quantities of events with a source, a target and a
// quantity, by period (periodLen leading characters of the event's first day:
// 4 a year, 7 a month, 10 a day, 0 all time), source, target, item, unit and
// route. Each event counts once, however many legs its route has: a flow is
// counted once per movement, not once per leg. Flows are sorted by period,
// then by value, largest first.
func Flows(events []dyad.Event, periodLen int) []Flow {
	type key struct{ period, src, tgt, item, unit, route string }
	sums := map[key]*Flow{}
	for i := range events {
		e := &events[i]
		q := e.Quantity
		if q == nil || e.Source == nil || e.Target == nil {
			continue
		}
		k := key{src: e.Source.Key(), tgt: e.Target.Key(), item: strings.ToLower(q.Item), unit: q.Unit, route: routeName(e.Route)}
		if day := e.Day(); periodLen > 0 && len(day) >= periodLen {
			k.period = day[:periodLen]
		}
		f := sums[k]
		if f == nil {
			f = &Flow{Period: k.period, Source: k.src, Target: k.tgt, Item: k.item, Unit: k.unit, Route: k.route}
			sums[k] = f
		}
		f.Value += q.Value
		f.Events++
		f.Approx = f.Approx || q.Approximate
	}
	out := make([]Flow, 0, len(sums))
	for _, f := range sums {
		out = append(out, *f)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Period != b.Period {
			return a.Period < b.Period
		}
		if a.Value != b.Value {
			return a.Value > b.Value
		}
		return a.Source+a.Target+a.Item < b.Source+b.Target+b.Item
	})
	return out
}

func routeName(r []dyad.Place) string {
	var parts []string
	for _, p := range r {
		if p.Mode != "" {
			parts = append(parts, p.Name+" ("+p.Mode+")")
		} else {
			parts = append(parts, p.Name)
		}
	}
	return strings.Join(parts, " -> ")
}

// FlowSeries is the series of one flow's values as a complete panel of
// period (day, week, month, quarter or year) from from to to (periods; ""
// for the first and last with a flow): the values per period, zero where
// nothing moved. flows must be by day, month or year (Flows with periodLen
// 10, 7 or 4) and at least as fine as period. Values are rounded to whole
// units, as a change-point series of counts needs. Flows of no period a
// panel can place (those of events without a day) are left out, and their
// events counted: unplaced.
func FlowSeries(flows []Flow, period, from, to string) (periods []string, values []float64, unplaced int, err error) {
	var buckets []dyad.Bucket
	for _, f := range flows {
		if _, _, err := parseBucket(f.Period); err != nil {
			unplaced += f.Events
			continue
		}
		buckets = append(buckets, dyad.Bucket{Period: f.Period, Events: int(math.Round(f.Value))})
	}
	pts, err := Panel(buckets, period, from, to)
	if err != nil {
		return nil, nil, unplaced, err
	}
	periods = make([]string, len(pts))
	values = make([]float64, len(pts))
	for i, p := range pts {
		periods[i], values[i] = p.Period, float64(p.Events)
	}
	return periods, values, unplaced, nil
}
