package measure

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// bkt is a bucket with the given quad counts; Goldstein is one per event.
func bkt(period string, q1, q2, q3, q4 int) dyad.Bucket {
	n := q1 + q2 + q3 + q4
	return dyad.Bucket{Period: period, Events: n, Quad: [5]int{0, q1, q2, q3, q4}, Goldstein: float64(n)}
}

// panelEvents returns the periods of a panel and their event counts.
func panelEvents(ps []Point) ([]string, []int) {
	var periods []string
	var ns []int
	for _, p := range ps {
		periods = append(periods, p.Period)
		ns = append(ns, p.Events)
	}
	return periods, ns
}

func TestPanel(t *testing.T) {
	tests := []struct {
		name             string
		buckets          []dyad.Bucket
		period, from, to string
		periods          []string
		events           []int
	}{
		{
			name:    "months with gaps are zeros",
			buckets: []dyad.Bucket{bkt("2024-01", 1, 0, 0, 0), bkt("2024-03", 0, 2, 1, 0)},
			period:  "month", from: "2024-01", to: "2024-04",
			periods: []string{"2024-01", "2024-02", "2024-03", "2024-04"},
			events:  []int{1, 0, 3, 0},
		},
		{
			name:    "days add up into months",
			buckets: []dyad.Bucket{bkt("2024-01-31", 1, 0, 0, 0), bkt("2024-02-01", 1, 0, 0, 0), bkt("2024-02-29", 0, 0, 0, 2)},
			period:  "month", from: "2024-01-01", to: "2024-03-31",
			periods: []string{"2024-01", "2024-02", "2024-03"},
			events:  []int{1, 3, 0},
		},
		{
			name: "days add up into ISO weeks across a new year",
			buckets: []dyad.Bucket{bkt("2024-12-29", 1, 0, 0, 0), bkt("2024-12-30", 1, 0, 0, 0),
				bkt("2025-01-05", 0, 1, 0, 0), bkt("2025-01-13", 0, 0, 1, 0)},
			period: "week", from: "2024-12-23", to: "2025-01-19",
			periods: []string{"2024-W52", "2025-W01", "2025-W02", "2025-W03"},
			events:  []int{1, 2, 0, 1},
		},
		{
			name:    "bounds as weeks",
			buckets: []dyad.Bucket{bkt("2024-02-14", 1, 0, 0, 0)},
			period:  "week", from: "2024-W06", to: "2024-W08",
			periods: []string{"2024-W06", "2024-W07", "2024-W08"},
			events:  []int{0, 1, 0},
		},
		{
			name:    "months add up into quarters",
			buckets: []dyad.Bucket{bkt("2024-01", 1, 0, 0, 0), bkt("2024-03", 1, 0, 0, 0), bkt("2024-07", 0, 0, 0, 5)},
			period:  "quarter", from: "2024-Q1", to: "2024-Q3",
			periods: []string{"2024-Q1", "2024-Q2", "2024-Q3"},
			events:  []int{2, 0, 5},
		},
		{
			name:    "a year as bounds spans its quarters",
			buckets: []dyad.Bucket{bkt("2023-11-30", 1, 0, 0, 0)},
			period:  "quarter", from: "2023", to: "2023",
			periods: []string{"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"},
			events:  []int{0, 0, 0, 1},
		},
		{
			name:    "years from days, months and years",
			buckets: []dyad.Bucket{bkt("2022-05-01", 1, 0, 0, 0), bkt("2022-06", 1, 0, 0, 0), bkt("2024", 0, 1, 0, 0)},
			period:  "year", from: "2021", to: "2024",
			periods: []string{"2021", "2022", "2023", "2024"},
			events:  []int{0, 2, 0, 1},
		},
		{
			name:    "days inside a day panel",
			buckets: []dyad.Bucket{bkt("2024-02-29", 1, 0, 0, 0)},
			period:  "day", from: "2024-02-28", to: "2024-03-01",
			periods: []string{"2024-02-28", "2024-02-29", "2024-03-01"},
			events:  []int{0, 1, 0},
		},
		{
			name:    "no bounds: the buckets' span, unordered and repeated buckets",
			buckets: []dyad.Bucket{bkt("2024-05", 1, 0, 0, 0), bkt("2024-02", 1, 0, 0, 0), bkt("2024-05", 0, 1, 0, 0)},
			period:  "month",
			periods: []string{"2024-02", "2024-03", "2024-04", "2024-05"},
			events:  []int{1, 0, 0, 2},
		},
		{
			name:    "buckets outside the panel are left out",
			buckets: []dyad.Bucket{bkt("2023-12", 1, 0, 0, 0), bkt("2024-01", 1, 0, 0, 0), bkt("2024-03", 1, 0, 0, 0)},
			period:  "month", from: "2024-01", to: "2024-02",
			periods: []string{"2024-01", "2024-02"},
			events:  []int{1, 0},
		},
		{
			name:   "no buckets and no bounds",
			period: "month",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := Panel(tt.buckets, tt.period, tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			periods, ns := panelEvents(ps)
			if !reflect.DeepEqual(periods, tt.periods) || !reflect.DeepEqual(ns, tt.events) {
				t.Errorf("got %v %v, want %v %v", periods, ns, tt.periods, tt.events)
			}
			for _, p := range ps {
				if !p.Covered {
					t.Errorf("%s not covered", p.Period)
				}
			}
		})
	}
}

func TestPanelErrors(t *testing.T) {
	tests := []struct {
		name             string
		buckets          []dyad.Bucket
		period, from, to string
		want             string // in the message
	}{
		{"months cannot make weeks", []dyad.Bucket{bkt("2024-06", 1, 0, 0, 0)}, "week", "", "", "ask the store for days"},
		{"years cannot make quarters", []dyad.Bucket{bkt("2024", 1, 0, 0, 0)}, "quarter", "", "", "ask the store for months"},
		{"months cannot make days", []dyad.Bucket{bkt("2024-06", 1, 0, 0, 0)}, "day", "2024-06-01", "2024-06-30", "ask the store for days"},
		{"unknown period", nil, "fortnight", "2024", "2024", `period "fortnight"`},
		{"malformed bucket", []dyad.Bucket{bkt("2024/06", 1, 0, 0, 0)}, "month", "", "", `bucket period "2024/06"`},
		{"malformed from", nil, "month", "June 2024", "2024-12", `date "June 2024"`},
		{"no week 53 in 2023", nil, "week", "2023-W50", "2023-W53", `date "2023-W53"`},
		{"no fifth quarter", nil, "quarter", "2024-Q1", "2024-Q5", `date "2024-Q5"`},
		{"from after to", nil, "month", "2024-06", "2024-05", "from is after to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Panel(tt.buckets, tt.period, tt.from, tt.to)
			if err == nil {
				t.Fatal("no error")
			}
			if dyad.ErrorCode(err) != dyad.EINVALID || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %s error %q, want invalid with %q", dyad.ErrorCode(err), err, tt.want)
			}
		})
	}
	// 2020 has 53 ISO weeks.
	if _, err := Panel(nil, "week", "2020-W53", "2020-W53"); err != nil {
		t.Errorf("2020-W53: %v", err)
	}
}

func TestPanelMeasures(t *testing.T) {
	bk := dyad.Bucket{Period: "2024-06", Events: 8, Quad: [5]int{0, 3, 1, 2, 1}, Goldstein: 14}
	ps, err := Panel([]dyad.Bucket{bk}, "month", "2024-06", "2024-07")
	if err != nil {
		t.Fatal(err)
	}
	// Events counts one event of no quad class (an uncoded code) too.
	want := []Point{
		{Period: "2024-06", Events: 8, Quad: [5]int{0, 3, 1, 2, 1}, Goldstein: 14, GoldsteinMean: 1.75,
			NetCoop: 1, MaterialNetCoop: 0, ConflictShare: 3.0 / 8, Covered: true},
		{Period: "2024-07", Covered: true},
	}
	if !reflect.DeepEqual(ps, want) {
		t.Errorf("got\n%+v\nwant\n%+v", ps, want)
	}
}

func TestUndirected(t *testing.T) {
	ab := []dyad.Bucket{bkt("2024-01", 1, 0, 0, 0), bkt("2024-03", 0, 0, 2, 0)}
	ba := []dyad.Bucket{bkt("2024-02", 0, 1, 0, 0), bkt("2024-03", 0, 0, 0, 1)}
	got := Undirected(ab, ba)
	want := []dyad.Bucket{bkt("2024-01", 1, 0, 0, 0), bkt("2024-02", 0, 1, 0, 0), bkt("2024-03", 0, 0, 2, 1)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if got := Undirected(nil, nil); len(got) != 0 {
		t.Errorf("empty: got %+v", got)
	}
}

func TestNormaliseAndCoverage(t *testing.T) {
	dyadic, _ := Panel([]dyad.Bucket{bkt("2024-01", 2, 0, 0, 0), bkt("2024-02", 1, 0, 0, 0)}, "month", "2024-01", "2024-03")
	totals, _ := Panel([]dyad.Bucket{bkt("2024-01", 8, 0, 0, 0), bkt("2024-02", 4, 0, 0, 0)}, "month", "2024-01", "2024-03")
	Normalise(dyadic, totals)
	var shares []float64
	var covered []bool
	for _, p := range dyadic {
		shares = append(shares, p.Share)
		covered = append(covered, p.Covered)
	}
	if want := []float64{0.25, 0.25, 0}; !reflect.DeepEqual(shares, want) {
		t.Errorf("shares %v, want %v", shares, want)
	}
	if want := []bool{true, true, false}; !reflect.DeepEqual(covered, want) {
		t.Errorf("covered %v, want %v (March has no events at all)", covered, want)
	}
	count := func(p Point) float64 { return float64(p.Events) }
	if got, want := Values(dyadic, count), []float64{2, 1, math.NaN()}; !sameValues(got, want) {
		t.Errorf("values %v, want %v", got, want)
	}

	MarkCoverage(dyadic, func(period string) bool { return period != "2024-02" })
	if got, want := Values(dyadic, count), []float64{2, math.NaN(), 0}; !sameValues(got, want) {
		t.Errorf("after MarkCoverage: values %v, want %v", got, want)
	}
}

func TestTrailingMean(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name   string
		xs     []float64
		window int
		want   []float64
	}{
		{"window 3", []float64{1, 2, 3, 4, 5}, 3, []float64{1, 1.5, 2, 3, 4}},
		{"window 1 is the series", []float64{4, 2, 7}, 1, []float64{4, 2, 7}},
		{"window 0 is taken as 1", []float64{4, 2}, 0, []float64{4, 2}},
		{"window longer than the series", []float64{2, 4, 9}, 10, []float64{2, 3, 5}},
		{"NaN are left out", []float64{1, nan, 3, 5}, 2, []float64{1, 1, 3, 4}},
		{"a window of NaN only", []float64{nan, nan, 2}, 1, []float64{nan, nan, 2}},
		{"empty", nil, 3, []float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrailingMean(tt.xs, tt.window); !sameValues(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEWMA(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name  string
		xs    []float64
		alpha float64
		want  []float64
	}{
		{"alpha 0.5", []float64{1, 2, 3}, 0.5, []float64{1, 1.5, 2.25}},
		{"alpha 0.25", []float64{4, 0, 8}, 0.25, []float64{4, 3, 4.25}},
		{"alpha 1 is the series", []float64{3, 1, 4}, 1, []float64{3, 1, 4}},
		{"NaN keep the average", []float64{nan, 2, nan, 4}, 0.5, []float64{nan, 2, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := EWMA(tt.xs, tt.alpha); !sameValues(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	for _, alpha := range []float64{0, -0.1, 1.5, nan} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("alpha %v: no panic", alpha)
				}
			}()
			EWMA([]float64{1}, alpha)
		}()
	}
}

// sameValues reports whether a and b hold the same values to 1e-12, NaN matching NaN.
func sameValues(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.IsNaN(a[i]) != math.IsNaN(b[i]) || !math.IsNaN(a[i]) && math.Abs(a[i]-b[i]) > 1e-12 {
			return false
		}
	}
	return true
}

// A store may hold events with no date a period can place (an empty or a
// malformed one): a series leaves them out and counts them.
func TestPlaced(t *testing.T) {
	placed, unplaced := Placed([]dyad.Bucket{bkt("", 3, 0, 0, 0), bkt("2024-06", 1, 0, 0, 0), bkt("2024/06", 2, 0, 0, 0), bkt("2024", 1, 0, 0, 0)})
	if len(placed) != 2 || placed[0].Period != "2024-06" || placed[1].Period != "2024" || unplaced != 5 {
		t.Errorf("Placed = %v, %d; want the month and the year, 5 events unplaced", placed, unplaced)
	}
}
