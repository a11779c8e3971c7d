package measure

import (
	"context"
	"encoding/csv"
	"errors"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"testing"
)

// coalFile holds the yearly counts of British coal-mining disasters, 1851 to
// 1961, from Jarrett (1979): the classic test of a single change in a
// Poisson rate. It sits beside the repository, not in it.
const coalFile = "../../shared/data/analytics/coal_mining_disasters_1851_1961.csv"

// coal returns the disaster counts by year from 1851, or skips the test when
// the file is absent (a fresh clone).
func coal(t *testing.T) []float64 {
	t.Helper()
	f, err := os.Open(coalFile)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s is absent: the coal-mining test data lives beside the repository, not in it", coalFile)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 112 || !reflect.DeepEqual(rows[0], []string{"year", "disasters"}) {
		t.Fatalf("%s: want a header year,disasters and 111 years, got %d rows headed %v", coalFile, len(rows), rows[0])
	}
	var xs []float64
	for i, r := range rows[1:] {
		year, err1 := strconv.Atoi(r[0])
		n, err2 := strconv.ParseFloat(r[1], 64)
		if err1 != nil || err2 != nil || year != 1851+i {
			t.Fatalf("%s line %d: %v", coalFile, i+2, r)
		}
		xs = append(xs, n)
	}
	return xs
}

// The maximum-likelihood change comes after 1891: 127 disasters in the 41
// years 1851-1891, 64 in the 70 years 1892-1961.
func TestPoissonChangeCoal(t *testing.T) {
	xs := coal(t)
	k, before, after, llr := PoissonChange(xs)
	if k != 41 || math.Abs(before-127.0/41) > 1e-9 || math.Abs(after-64.0/70) > 1e-9 {
		t.Errorf("got k %d (last year of the first rate %d), rates %.4f and %.4f; want 41 (1891), %.4f and %.4f",
			k, 1850+k, before, after, 127.0/41, 64.0/70)
	}
	// log L ratio = 127 log(127/41) + 64 log(64/70) − 191 log(191/111).
	if want := 127*math.Log(127.0/41) + 64*math.Log(64.0/70) - 191*math.Log(191.0/111); math.Abs(llr-want) > 1e-9 {
		t.Errorf("log-likelihood ratio %v, want %v", llr, want)
	}
	p := PermutationTest(xs, 999, 1)
	if p >= 0.01 {
		t.Errorf("permutation p = %v, want < 0.01", p)
	}
	if q := PermutationTest(xs, 999, 1); q != p {
		t.Errorf("the same seed gave p = %v, then %v", p, q)
	}
}

// CUSUMPoint splits the coal series at the same year, and a CUSUM with the
// first twenty years as its baseline raises its first alarm on the fall
// within ten years of 1891, reckoning the shift began within five years of it.
func TestCUSUMCoal(t *testing.T) {
	xs := coal(t)
	if k := CUSUMPoint(xs); k < 39 || k > 43 {
		t.Errorf("CUSUMPoint = %d (%d), want 41 ± 2", k, 1850+k)
	}
	target, sd := meanSD(xs[:20])
	alarms := CUSUM(xs, target, sd/2, 5*sd)
	if len(alarms) == 0 {
		t.Fatal("no alarm")
	}
	a := alarms[0]
	if a.Up || a.At < 41 || a.At > 51 || a.Start < 36 || a.Start > 46 {
		t.Errorf("first alarm %+v (%d, shift from %d); want a fall alarmed in 1892-1902, starting within 5 years of 1892",
			a, 1851+a.At, 1851+a.Start)
	}
}

// With segments of 100 years expected (hazard 0.01), BOCPD's first change
// point falls within three years of 1891.
func TestBOCPDCoal(t *testing.T) {
	xs := coal(t)
	runs := BOCPD(xs, 0.01, Gamma{})
	cps := ChangePoints(runs)
	if len(cps) == 0 {
		t.Fatal("no change point")
	}
	if k := cps[0]; k < 38 || k > 44 {
		t.Errorf("first change point %d (after %d), want 41 ± 3; all: %v", k, 1850+k, cps)
	}
	for i, r := range runs {
		if r.Length < 1 || r.Length > i+1 || r.Prob <= 0 || r.Prob > 1+1e-12 || r.Change < 0 || r.Change > 1+1e-12 {
			t.Fatalf("step %d: %+v", i, r)
		}
	}
}

// poisson draws n counts at rate lambda (Knuth's method).
func poisson(r *rand.Rand, lambda float64, n int) []float64 {
	xs := make([]float64, n)
	for i := range xs {
		l, p := math.Exp(-lambda), 1.0
		for p *= r.Float64(); p > l; p *= r.Float64() {
			xs[i]++
		}
	}
	return xs
}

// A synthetic series whose rate rises from 2 to 6 after 60 periods.
func TestChangeSynthetic(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	xs := append(poisson(r, 2, 60), poisson(r, 6, 40)...)

	k, before, after, _ := PoissonChange(xs)
	if k < 58 || k > 62 || math.Abs(before-2) > 0.5 || math.Abs(after-6) > 1 {
		t.Errorf("PoissonChange: k %d, rates %.2f and %.2f; want 60 ± 2, 2 and 6", k, before, after)
	}
	if p := PermutationTest(xs, 199, 3); p > 0.01 {
		t.Errorf("permutation p = %v, want ≤ 0.01", p)
	}
	if k := CUSUMPoint(xs); k < 58 || k > 62 {
		t.Errorf("CUSUMPoint %d, want 60 ± 2", k)
	}
	alarms := CUSUM(xs, 2, 1, 5)
	if len(alarms) == 0 || !alarms[0].Up || alarms[0].At < 60 || alarms[0].At > 65 || alarms[0].Start < 58 || alarms[0].Start > 62 {
		t.Errorf("CUSUM alarms %+v; want the first up, at 60-65, from 60 ± 2", alarms)
	}
	if cps := ChangePoints(BOCPD(xs, 0.01, Gamma{Shape: 2, Rate: 1})); len(cps) != 1 || cps[0] < 58 || cps[0] > 62 {
		t.Errorf("BOCPD change points %v, want one at 60 ± 2", cps)
	}
}

// Without a change, the permutation test finds nothing and BOCPD no point.
func TestNoChange(t *testing.T) {
	flat := []float64{3, 3, 3, 3, 3, 3, 3, 3}
	if k, before, after, llr := PoissonChange(flat); before != 3 || after != 3 || llr != 0 || k != 1 {
		t.Errorf("flat: k %d, rates %v %v, llr %v", k, before, after, llr)
	}
	if p := PermutationTest(flat, 99, 1); p != 1 {
		t.Errorf("flat: p = %v, want 1", p)
	}
	if cps := ChangePoints(BOCPD(flat, 0.05, Gamma{})); len(cps) != 0 {
		t.Errorf("flat: change points %v", cps)
	}
	if alarms := CUSUM(flat, 3, 0.5, 2); len(alarms) != 0 {
		t.Errorf("flat: alarms %+v", alarms)
	}
	r := rand.New(rand.NewPCG(1, 2))
	if cps := ChangePoints(BOCPD(poisson(r, 4, 200), 0.01, Gamma{})); len(cps) != 0 {
		t.Errorf("steady rate 4: change points %v", cps)
	}
}

func TestChangeShortSeries(t *testing.T) {
	if k, before, after, llr := PoissonChange(nil); k != 0 || before != 0 || after != 0 || llr != 0 {
		t.Errorf("empty: %d %v %v %v", k, before, after, llr)
	}
	if k, before, after, _ := PoissonChange([]float64{5}); k != 0 || before != 5 || after != 5 {
		t.Errorf("one count: %d %v %v", k, before, after)
	}
	if k := CUSUMPoint([]float64{1}); k != 0 {
		t.Errorf("CUSUMPoint of one value: %d", k)
	}
	if runs := BOCPD(nil, 0.1, Gamma{}); len(runs) != 0 {
		t.Errorf("BOCPD of nothing: %+v", runs)
	}
	if runs := BOCPD([]float64{0, 0}, 0.1, Gamma{}); runs[0].Length != 1 || runs[1].Length < 1 {
		t.Errorf("BOCPD of zeros: %+v", runs)
	}
	if p := PermutationTest([]float64{1, 9}, 0, 1); p != 1 {
		t.Errorf("no permutations: p = %v", p)
	}
}

// The tabular CUSUM by hand: target 0, slack 1, threshold 3.
func TestCUSUMByHand(t *testing.T) {
	xs := []float64{0, 2, 3, 1, 0, -2, -3, -1}
	// S⁺: 0, 1, 3, 3, 2, 0, 0, 0 — never above 3.
	// S⁻: 0, 0, 0, 0, 0, 1, 3, 3 — never above 3 either.
	if got := CUSUM(xs, 0, 1, 3); len(got) != 0 {
		t.Errorf("threshold 3: %+v", got)
	}
	// Threshold 2.5: S⁺ passes at index 2 (last zero at 0), then both restart;
	// S⁻ passes at index 6 (1 at index 5, zero at 4).
	want := []Alarm{{At: 2, Start: 1, Up: true}, {At: 6, Start: 5}}
	if got := CUSUM(xs, 0, 1, 2.5); !reflect.DeepEqual(got, want) {
		t.Errorf("threshold 2.5: got %+v, want %+v", got, want)
	}
}

func TestBOCPDPanics(t *testing.T) {
	for _, tt := range []struct {
		name   string
		hazard float64
		prior  Gamma
	}{{"hazard 0", 0, Gamma{}}, {"hazard 1", 1, Gamma{}}, {"negative shape", 0.1, Gamma{Shape: -1, Rate: 1}}} {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			BOCPD([]float64{1, 2}, tt.hazard, tt.prior)
		})
	}
}

// meanSD returns the mean and the standard deviation of xs.
func meanSD(xs []float64) (mean, sd float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(sd / float64(len(xs)))
}

// BOCPD keeps every run length: ten years of days.
func BenchmarkBOCPD(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	xs := append(poisson(r, 3, 1825), poisson(r, 5, 1825)...)
	for b.Loop() {
		BOCPD(xs, 0.001, Gamma{})
	}
}

// TestMeanShift: a series of amounts that steps from about 1,000 to about
// 10,000 a month changes after the third period, and the split explains
// nearly all of its variation; a flat series has no such change.
func TestMeanShift(t *testing.T) {
	xs := []float64{900, 1100, 1000, 9800, 10200, 10000}
	k, before, after, explained := MeanShift(xs)
	if k != 3 || math.Abs(before-1000) > 1e-9 || math.Abs(after-10000) > 1e-9 || explained < 0.99 {
		t.Errorf("MeanShift = %d, %g, %g, %g", k, before, after, explained)
	}
	if p := MeanShiftPermutationTest(xs, 199, 1); p > 0.2 {
		t.Errorf("permutation p %g for a clear step", p)
	}
	flat := []float64{5, 5, 5, 5, 5}
	if _, _, _, e := MeanShift(flat); e != 0 {
		t.Errorf("a flat series explains %g", e)
	}
	c, err := FindAmountChanges(context.Background(), []string{"a", "b", "c", "d", "e", "f"}, xs, 99)
	if err != nil || c.Series != "amounts" || c.MeanAfter != "c" || c.RateBefore != 0 {
		t.Errorf("FindAmountChanges = %+v, %v", c, err)
	}
}
