package measure

import (
	"math"
	"sort"
	"strings"

	"github.com/dyadhq/dyad"
)

// Flow is what moved from one actor to another, for one item and unit, in
// one period: the sum of the amounts delivered, or, for amounts promised
// (Status pledged), their sum kept apart, or, where the text gives running
// totals (Status total), the latest total.
type Flow struct {
	Period string  `json:"period"` // "2024", "2024-06", ...; "" for all time
	Source string  `json:"source"` // actor key
	Target string  `json:"target"`
	Item   string  `json:"item"`
	Unit   string  `json:"unit"`
	Status string  `json:"status"` // delivered, pledged or total (dyad.FlowDelivered...)
	Value  float64 `json:"value"`
	Events int     `json:"events"` // the movements summed (for a total: the reports of it)
	Route  string  `json:"route"`  // "Najin (sea) -> Vostochny (rail)", when the events name one
	Approx bool    `json:"approximate"`

	latest string // for a total: the day of the total kept
}

// Flows sums the amounts of transfers, by period (periodLen leading
// characters of the event's first day: 4 a year, 7 a month, 10 a day, 0 all
// time), source, target, item, unit, status and route. Only amounts the coder
// read as a transfer's count (a dyad.Quantity with a Status): a number of
// ministers at a meeting or of companies under sanctions is no flow.
// Delivered amounts are summed; pledged ones are summed apart; a running
// total ("20,000 containers since September") is not added to anything: the
// flow keeps the latest total of its period. Each event counts once, however
// many legs its route has. Flows are sorted by period, then by value,
// largest first.
func Flows(events []dyad.Event, periodLen int) []Flow {
	s := FlowSum{PeriodLen: periodLen}
	for i := range events {
		s.Add(&events[i])
	}
	return s.Flows()
}

// FlowSum adds events into the flows of Flows one at a time, so that the
// flows of a whole store hold their sums in memory, not their events.
type FlowSum struct {
	PeriodLen int // as Flows' periodLen
	sums      map[flowKey]*Flow
}

type flowKey struct{ period, src, tgt, item, unit, status, route string }

// Add counts e in its flow, when it is a transfer's.
func (s *FlowSum) Add(e *dyad.Event) {
	q := e.Quantity
	if q == nil || q.Status == "" || e.Source == nil || e.Target == nil {
		return
	}
	k := flowKey{src: e.Source.Key(), tgt: e.Target.Key(), item: strings.ToLower(q.Item), unit: q.Unit, status: q.Status, route: routeName(e.Route)}
	day := e.Day()
	if s.PeriodLen > 0 && len(day) >= s.PeriodLen {
		k.period = day[:s.PeriodLen]
	}
	if s.sums == nil {
		s.sums = map[flowKey]*Flow{}
	}
	f := s.sums[k]
	if f == nil {
		f = &Flow{Period: k.period, Source: k.src, Target: k.tgt, Item: k.item, Unit: k.unit, Status: k.status, Route: k.route}
		s.sums[k] = f
	}
	f.Events++
	if q.Status == dyad.FlowTotal {
		if day >= f.latest {
			f.Value, f.latest, f.Approx = q.Value, day, q.Approximate
		}
		return
	}
	f.Value += q.Value
	f.Approx = f.Approx || q.Approximate
}

// Flows returns the flows of the events added so far, sorted as Flows
// sorts them.
func (s *FlowSum) Flows() []Flow {
	out := make([]Flow, 0, len(s.sums))
	for _, f := range s.sums {
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
		return a.Source+a.Target+a.Item+a.Status < b.Source+b.Target+b.Item+b.Status
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
