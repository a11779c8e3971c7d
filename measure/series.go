package measure

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/dyadhq/dyad"
)

// Point is one period of a dyad series: the store's counts and the measures
// derived from them.
type Point struct {
	// Period labels the period: "2024-06-19", "2024-W07", "2024-06",
	// "2024-Q2" or "2024".
	Period string `json:"period"`

	// Events counts the dyad's events in the period, of every quad class.
	Events int `json:"events"`

	// Quad counts events per quad class, index 1 to 4 as in dyad.Bucket:
	// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
	// 4 material conflict. Index 0 is unused.
	Quad [5]int `json:"quad"`

	// Goldstein is the sum of the events' Goldstein values, GoldsteinMean
	// that sum over Events (0 for an empty period).
	Goldstein     float64 `json:"goldstein"`
	GoldsteinMean float64 `json:"goldstein_mean"`

	// NetCoop is (Q1+Q2) − (Q3+Q4): cooperative events less conflictual
	// ones. MaterialNetCoop counts deeds only: Q2 − Q4.
	NetCoop         float64 `json:"net_coop"`
	MaterialNetCoop float64 `json:"material_net_coop"`

	// ConflictShare is (Q3+Q4) / Events, 0 for an empty period.
	ConflictShare float64 `json:"conflict_share"`

	// Covered is false for a period the sources do not cover, where zero
	// events mean "unknown", not "nothing happened". Panel marks every
	// period covered; MarkCoverage and Normalise say otherwise.
	Covered bool `json:"covered"`

	// Share is Events over all events stored for the period (every dyad),
	// set by Normalise; 0 until then and in uncovered periods.
	Share float64 `json:"share"`
}

// derive computes the measures of p from its counts.
func (p *Point) derive() {
	q := p.Quad
	p.NetCoop = float64(q[1] + q[2] - q[3] - q[4])
	p.MaterialNetCoop = float64(q[2] - q[4])
	p.GoldsteinMean, p.ConflictShare = 0, 0
	if p.Events > 0 {
		p.GoldsteinMean = p.Goldstein / float64(p.Events)
		p.ConflictShare = float64(q[3]+q[4]) / float64(p.Events)
	}
}

// Panel returns the complete series of buckets over [from, to] at period
// ("day", "week", "month", "quarter" or "year"): one Point for every period
// from the one holding from to the one holding to, in order, the periods no
// bucket falls in being zeros. Weeks are ISO weeks ("2024-W07", Monday to
// Sunday); quarters are "2024-Q2".
//
// from and to are a day, a month or a year ("2024-06-19", "2024-06", "2024"),
// an ISO week ("2024-W07") or a quarter ("2024-Q2"); to is inclusive, so "to
// 2024" runs to December 31st. An empty from or to is taken from the first or
// last bucket; with no buckets and a bound missing the panel is empty.
//
// The store returns buckets of a day, a month or a year (dyad.SeriesQuery),
// which Panel adds up into coarser periods. A bucket cannot be split, so each
// must be at least as fine as period: days for weeks, days or months for
// months and quarters, anything for years; a coarser bucket is an EINVALID
// error that says which to ask the store for. Buckets in periods outside the
// panel are left out. Buckets need not be ordered, and buckets with the same
// period are added together.
func Panel(buckets []dyad.Bucket, period, from, to string) ([]Point, error) {
	return panel(buckets, period, from, to, 0)
}

// panel is Panel, refusing a panel of more than max periods (0 for no
// bound) before it is built.
func panel(buckets []dyad.Bucket, period, from, to string, max int) ([]Point, error) {
	if _, ok := finest[period]; !ok {
		return nil, dyad.Errorf(dyad.EINVALID, "period %q: want day, week, month, quarter or year", period)
	}
	// Where each bucket goes, checked before anything is built.
	starts := make([]time.Time, len(buckets))
	var first, last time.Time
	for i, b := range buckets {
		t, g, err := parseBucket(b.Period)
		if err != nil {
			return nil, err
		}
		if rank[g] > rank[finest[period]] {
			return nil, dyad.Errorf(dyad.EINVALID,
				"bucket %q (a %s) does not fit in a %s: buckets must be at least as fine as the period; ask the store for %ss",
				b.Period, g, period, finest[period])
		}
		starts[i] = start(t, period)
		if i == 0 || starts[i].Before(first) {
			first = starts[i]
		}
		if i == 0 || starts[i].After(last) {
			last = starts[i]
		}
	}
	if from != "" {
		t, _, err := parseBound(from)
		if err != nil {
			return nil, err
		}
		first = start(t, period)
	}
	if to != "" {
		_, end, err := parseBound(to)
		if err != nil {
			return nil, err
		}
		last = start(end, period)
	}
	if len(buckets) == 0 && (from == "" || to == "") {
		return nil, nil
	}
	if first.After(last) {
		return nil, dyad.Errorf(dyad.EINVALID, "panel from %s to %s: from is after to", label(first, period), label(last, period))
	}

	if n := periods(first, last, period); max > 0 && n > max {
		return nil, dyad.Errorf(dyad.EINVALID, "a %s series from %s to %s has %d periods, over the bound of %d: narrow the range (from, to) or choose a longer period",
			period, label(first, period), label(last, period), n, max)
	}
	var out []Point
	at := map[string]int{}
	for t := first; !t.After(last); t = next(t, period) {
		at[label(t, period)] = len(out)
		out = append(out, Point{Period: label(t, period), Covered: true})
	}
	for i, b := range buckets {
		j, ok := at[label(starts[i], period)]
		if !ok {
			continue
		}
		p := &out[j]
		p.Events += b.Events
		for q := 1; q <= 4; q++ {
			p.Quad[q] += b.Quad[q]
		}
		p.Goldstein += b.Goldstein
	}
	for i := range out {
		out[i].derive()
	}
	return out, nil
}

// Placed returns the buckets whose period Panel can place (a day, a month
// or a year), and the events of those it cannot: a store holds events
// whose date is empty or malformed, which a series skips and counts rather
// than fail on.
func Placed(buckets []dyad.Bucket) (placed []dyad.Bucket, unplaced int) {
	placed = make([]dyad.Bucket, 0, len(buckets))
	for _, b := range buckets {
		if _, _, err := parseBucket(b.Period); err != nil {
			unplaced += b.Events
			continue
		}
		placed = append(placed, b)
	}
	return placed, unplaced
}

// Undirected merges the buckets of A→B and B→A into the buckets of the
// unordered pair, ordered by period. Both should be at the same granularity.
func Undirected(ab, ba []dyad.Bucket) []dyad.Bucket {
	sum := map[string]dyad.Bucket{}
	for _, b := range slices.Concat(ab, ba) {
		m := sum[b.Period]
		m.Period = b.Period
		m.Events += b.Events
		for q := range m.Quad {
			m.Quad[q] += b.Quad[q]
		}
		m.Goldstein += b.Goldstein
		sum[b.Period] = m
	}
	out := slices.Collect(maps.Values(sum))
	slices.SortFunc(out, func(a, b dyad.Bucket) int { return cmp.Compare(a.Period, b.Period) })
	return out
}

// Normalise sets the Share of each point of p: its events over the events of
// the point of totals with the same period, where totals is the panel of all
// stored events (every dyad) at the same period. A period with no events at
// all, or absent from totals, is taken as one the sources do not cover: its
// Covered becomes false and its Share 0.
func Normalise(p []Point, totals []Point) {
	all := make(map[string]int, len(totals))
	for _, t := range totals {
		all[t.Period] += t.Events
	}
	for i := range p {
		n := all[p[i].Period]
		if n == 0 {
			p[i].Covered, p[i].Share = false, 0
			continue
		}
		p[i].Share = float64(p[i].Events) / float64(n)
	}
}

// MarkCoverage sets the Covered of each point of p to covered(period), for a
// caller who knows which periods the sources cover (the years of a dataset,
// the months a feed was read).
func MarkCoverage(p []Point, covered func(period string) bool) {
	for i := range p {
		p[i].Covered = covered(p[i].Period)
	}
}

// Values returns f of each point of p, and NaN for a point not covered, so
// that gaps in coverage stay gaps: TrailingMean and EWMA pass over NaN; the
// change-point functions want no NaN, so drop or fill them first.
func Values(p []Point, f func(Point) float64) []float64 {
	out := make([]float64, len(p))
	for i := range p {
		if !p[i].Covered {
			out[i] = math.NaN()
			continue
		}
		out[i] = f(p[i])
	}
	return out
}

// TrailingMean returns the mean of each value of xs and the window−1 values
// before it. The first values average the shorter window there is, and NaN
// values are left out of every mean (a window of NaN only is NaN). A window
// below 1 is taken as 1.
func TrailingMean(xs []float64, window int) []float64 {
	window = max(window, 1)
	out := make([]float64, len(xs))
	var sum float64
	var n int
	for i, x := range xs {
		if !math.IsNaN(x) {
			sum += x
			n++
		}
		if j := i - window; j >= 0 && !math.IsNaN(xs[j]) {
			sum -= xs[j]
			n--
		}
		if n == 0 {
			out[i] = math.NaN()
			continue
		}
		out[i] = sum / float64(n)
	}
	return out
}

// EWMA returns the exponentially weighted moving average of xs:
// s₀ = x₀, sᵢ = α·xᵢ + (1−α)·sᵢ₋₁. A NaN value leaves the average where it
// was (leading NaN stay NaN). It panics unless 0 < alpha ≤ 1.
func EWMA(xs []float64, alpha float64) []float64 {
	if !(alpha > 0 && alpha <= 1) {
		panic(fmt.Sprintf("measure: EWMA alpha %v outside (0, 1]", alpha))
	}
	out := make([]float64, len(xs))
	s := math.NaN()
	for i, x := range xs {
		switch {
		case math.IsNaN(x):
		case math.IsNaN(s):
			s = x
		default:
			s = alpha*x + (1-alpha)*s
		}
		out[i] = s
	}
	return out
}

// Granularities of buckets and their order.
var (
	rank   = map[string]int{"day": 0, "month": 1, "year": 2}
	finest = map[string]string{"day": "day", "week": "day", "month": "month", "quarter": "month", "year": "year"}
)

// parseBucket returns the first day of a bucket's period and its granularity.
func parseBucket(s string) (time.Time, string, error) {
	for _, f := range []struct{ layout, g string }{{"2006-01-02", "day"}, {"2006-01", "month"}, {"2006", "year"}} {
		if len(s) == len(f.layout) {
			if t, err := time.Parse(f.layout, s); err == nil {
				return t, f.g, nil
			}
		}
	}
	return time.Time{}, "", dyad.Errorf(dyad.EINVALID, "bucket period %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
}

// parseBound returns the first and last day of a day, month, year, ISO week
// or quarter.
func parseBound(s string) (first, last time.Time, err error) {
	if t, g, err := parseBucket(s); err == nil {
		switch g {
		case "day":
			return t, t, nil
		case "month":
			return t, t.AddDate(0, 1, -1), nil
		default:
			return t, t.AddDate(1, 0, -1), nil
		}
	}
	if len(s) == 7 || len(s) == 8 {
		y, yerr := strconv.Atoi(s[:4])
		n, nerr := strconv.Atoi(s[6:])
		switch {
		case yerr != nil || nerr != nil || s[4] != '-':
		case s[5] == 'Q' && len(s) == 7 && n >= 1 && n <= 4:
			t := time.Date(y, time.Month(3*n-2), 1, 0, 0, 0, 0, time.UTC)
			return t, t.AddDate(0, 3, -1), nil
		case s[5] == 'W' && len(s) == 8 && n >= 1 && n <= 53:
			t := isoMonday(y, n)
			if wy, _ := t.ISOWeek(); wy == y { // not W53 of a 52-week year
				return t, t.AddDate(0, 0, 6), nil
			}
		}
	}
	return time.Time{}, time.Time{}, dyad.Errorf(dyad.EINVALID,
		"date %q: want YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or YYYY-Qn", s)
}

// isoMonday returns the Monday of ISO week w of year y.
func isoMonday(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC) // always in week 1
	return jan4.AddDate(0, 0, 7*(w-1)-int((jan4.Weekday()+6)%7))
}

// start returns the first day of the period holding day t.
func start(t time.Time, period string) time.Time {
	y, m, d := t.Date()
	switch period {
	case "week":
		return t.AddDate(0, 0, -int((t.Weekday()+6)%7))
	case "month":
		d = 1
	case "quarter":
		m, d = m-(m-1)%3, 1
	case "year":
		m, d = time.January, 1
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// periods counts the periods from the one starting on first to the one
// starting on last, both included.
func periods(first, last time.Time, period string) int {
	months := (last.Year()-first.Year())*12 + int(last.Month()-first.Month())
	days := int((last.Unix() - first.Unix()) / 86400) // not Sub: a Duration holds 292 years
	switch period {
	case "week":
		return days/7 + 1
	case "month":
		return months + 1
	case "quarter":
		return months/3 + 1
	case "year":
		return last.Year() - first.Year() + 1
	}
	return days + 1
}

// next returns the first day of the period after the one starting on t.
func next(t time.Time, period string) time.Time {
	switch period {
	case "week":
		return t.AddDate(0, 0, 7)
	case "month":
		return t.AddDate(0, 1, 0)
	case "quarter":
		return t.AddDate(0, 3, 0)
	case "year":
		return t.AddDate(1, 0, 0)
	}
	return t.AddDate(0, 0, 1)
}

// label names the period starting on t.
func label(t time.Time, period string) string {
	switch period {
	case "week":
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case "month":
		return t.Format("2006-01")
	case "quarter":
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())+2)/3)
	case "year":
		return t.Format("2006")
	}
	return t.Format("2006-01-02")
}
