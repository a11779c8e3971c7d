package measure

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
)

// This file finds change points in a series of counts or measures: where the
// level of a dyad's or a flow's series shifts. PoissonChange and
// PermutationTest find and test a single change in a count rate; CUSUM
// watches a series for drift away from a target; BOCPD follows every
// possible change at once, observation by observation. None accepts NaN:
// drop or fill the gaps of Values first.

// PoissonChange returns the maximum-likelihood single change point of a
// Poisson rate in counts: the first k counts have rate before, the others rate
// after. logLikRatio is log L(k, before, after) − log L(rate of all counts),
// the gain of the change over no change (twice it is the likelihood-ratio
// statistic). k runs from 1 to len(counts)−1, the first k of equal
// likelihood winning; with fewer than two counts there is no change: k is 0
// and both rates are the mean.
func PoissonChange(counts []float64) (k int, before, after, logLikRatio float64) {
	n := len(counts)
	var total float64
	for _, c := range counts {
		total += c
	}
	if n < 2 {
		m := total / math.Max(float64(n), 1)
		return 0, m, m, 0
	}
	null := segmentLogLik(total, float64(n))
	best := math.Inf(-1)
	var sum float64
	for j := 1; j < n; j++ {
		sum += counts[j-1]
		l := segmentLogLik(sum, float64(j)) + segmentLogLik(total-sum, float64(n-j)) - null
		if l > best+1e-12 {
			best, k = l, j
			before, after = sum/float64(j), (total-sum)/float64(n-j)
		}
	}
	return k, before, after, math.Max(best, 0)
}

// segmentLogLik is the Poisson log-likelihood of m counts summing to s at
// their maximum-likelihood rate s/m, less the terms that do not depend on the
// rate (they cancel in every ratio).
func segmentLogLik(s, m float64) float64 {
	if s <= 0 {
		return 0
	}
	return s*math.Log(s/m) - s
}

// PermutationTest returns the p-value of PoissonChange's log-likelihood
// ratio: the share of n random orderings of counts whose best single change
// fits at least as well as the observed order's, counting the observed order
// itself ((1 + hits) / (1 + n)), so p is never 0. Under no change every order
// is as likely, which is all the test assumes. The same seed gives the same
// p. With n < 1 it returns 1.
func PermutationTest(counts []float64, n int, seed int64) float64 {
	p, _ := permutationTest(context.Background(), counts, n, seed, func(xs []float64) float64 {
		_, _, _, l := PoissonChange(xs)
		return l
	})
	return p
}

// permutationTest is the share of n shuffles of xs (with a fixed seed)
// whose stat is at least xs's own, counting xs itself; it stops with ctx's
// error when ctx ends.
func permutationTest(ctx context.Context, xs []float64, n int, seed int64, stat func([]float64) float64) (float64, error) {
	if n < 1 {
		return 1, nil
	}
	observed := stat(xs)
	r := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	ys := append([]float64(nil), xs...)
	hits := 0
	for range n {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		r.Shuffle(len(ys), func(i, j int) { ys[i], ys[j] = ys[j], ys[i] })
		if stat(ys) >= observed-1e-9 {
			hits++
		}
	}
	return float64(1+hits) / float64(1+n), nil
}

// Alarm is a shift CUSUM detected.
type Alarm struct {
	At    int  // index of the value at which the cumulative sum passed the threshold
	Start int  // estimated first value of the shift: the one after the sum last stood at zero
	Up    bool // an upward shift (the upper sum alarmed), else a downward one
}

// CUSUM runs a two-sided tabular CUSUM over xs and returns its alarms. The
// upper sum S⁺ᵢ = max(0, S⁺ᵢ₋₁ + xᵢ − target − slack) gathers evidence that
// the level rose above target, the lower sum S⁻ᵢ = max(0, S⁻ᵢ₋₁ + target −
// slack − xᵢ) that it fell; an alarm is raised when either exceeds threshold,
// and both then restart from zero. Deviations within slack are ignored.
// The target stays put, so a lasting shift alarms again and again: the first
// alarm marks it, and a caller who wants the next one re-targets after it. The usual choice is target the in-control mean
// (of a baseline period), slack half the shift worth detecting (often half a
// standard deviation) and threshold four or five standard deviations: the
// larger the threshold, the fewer false alarms and the later true ones.
func CUSUM(xs []float64, target, slack, threshold float64) []Alarm {
	var alarms []Alarm
	var hi, lo float64
	hiZero, loZero := -1, -1 // last index at which each sum was zero
	for i, x := range xs {
		hi = math.Max(0, hi+x-target-slack)
		lo = math.Max(0, lo+target-slack-x)
		if hi == 0 {
			hiZero = i
		}
		if lo == 0 {
			loZero = i
		}
		switch {
		case hi > threshold && hi >= lo:
			alarms = append(alarms, Alarm{At: i, Start: hiZero + 1, Up: true})
		case lo > threshold:
			alarms = append(alarms, Alarm{At: i, Start: loZero + 1})
		default:
			continue
		}
		hi, lo, hiZero, loZero = 0, 0, i, i
	}
	return alarms
}

// CUSUMPoint returns the k that maximises |Σᵢ<ₖ (xᵢ − x̄)|, the cumulative
// deviation from the mean: the split of xs into a first k values and the
// rest whose means differ the most, weighed by their lengths. It needs no
// parameters and no distribution. k runs from 1 to len(xs)−1, and is 0 for
// fewer than two values.
func CUSUMPoint(xs []float64) int {
	if len(xs) < 2 {
		return 0
	}
	var mean float64
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	k, best, c := 0, -1.0, 0.0
	for j := 1; j < len(xs); j++ {
		c += xs[j-1] - mean
		if math.Abs(c) > best+1e-12 {
			k, best = j, math.Abs(c)
		}
	}
	return k
}

// Gamma is a gamma distribution of a Poisson rate, with mean Shape/Rate: the
// prior of BOCPD. Shape and Rate act as a count total and a number of
// periods already seen.
type Gamma struct {
	Shape, Rate float64
}

// RunLength is BOCPD's belief after one observation. The run length is the
// number of observations since the last change, the current one included.
type RunLength struct {
	Length int     // the most probable run length
	Prob   float64 // its posterior probability
	Change float64 // the probability that this observation is the first after a change (run length 1)
}

// BOCPD is Bayesian online change-point detection (Adams and MacKay 2007)
// for counts: within a segment, counts are Poisson with a rate drawn from
// prior, so the predictive of the next count given the segment so far is
// negative binomial; a new segment starts before each observation with
// probability hazard (constant, so segments last 1/hazard observations on
// average). It returns, for each observation, the posterior of the run
// length given the observations so far: it never looks ahead, so a change
// shows only after a few observations, as a fall of the most probable run
// length (see ChangePoints).
//
// A zero prior stands for Gamma{Shape: mean of xs, Rate: 1}: centred on the
// series' mean and worth one observation. Counts need not be integers (a
// normalised series), but must be non-negative. BOCPD keeps every run length,
// so it takes time quadratic in len(xs). It panics unless 0 < hazard < 1 and
// the prior's shape and rate are positive.
func BOCPD(xs []float64, hazard float64, prior Gamma) []RunLength {
	runs, _ := bocpd(context.Background(), xs, hazard, prior)
	return runs
}

// bocpd is BOCPD, stopping with ctx's error when ctx ends.
func bocpd(ctx context.Context, xs []float64, hazard float64, prior Gamma) ([]RunLength, error) {
	if !(hazard > 0 && hazard < 1) {
		panic(fmt.Sprintf("measure: BOCPD hazard %v outside (0, 1)", hazard))
	}
	if prior == (Gamma{}) {
		var mean float64
		for _, x := range xs {
			mean += x
		}
		prior = Gamma{Shape: mean / math.Max(float64(len(xs)), 1), Rate: 1}
		if prior.Shape <= 0 {
			prior.Shape = 1
		}
	}
	if !(prior.Shape > 0 && prior.Rate > 0) {
		panic(fmt.Sprintf("measure: BOCPD prior %+v: shape and rate must be positive", prior))
	}
	logH, log1H := math.Log(hazard), math.Log1p(-hazard)

	out := make([]RunLength, len(xs))
	// The segment starting at index s (run length t−s+1 after x_t) has log
	// posterior logP[s] and a rate posterior of shape[s] and prior.Rate plus
	// its length: indexing by start lets every run grow in place. lgShape
	// caches log Γ(shape[s]), and logOdds[n] and logRate1[n] the terms of a
	// posterior rate after n counts, which every segment shares.
	logP := make([]float64, 0, len(xs))
	shape := make([]float64, 0, len(xs))
	lgShape := make([]float64, 0, len(xs))
	logOdds := make([]float64, 0, len(xs))
	logRate1 := make([]float64, 0, len(xs))
	lgPrior, _ := math.Lgamma(prior.Shape)
	for t, x := range xs {
		if t%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		rate := prior.Rate + float64(t)
		logOdds = append(logOdds, math.Log(rate/(rate+1)))
		logRate1 = append(logRate1, math.Log1p(rate))
		lgX, _ := math.Lgamma(x + 1)
		// The negative binomial predictive of x under a Gamma(a, b) rate:
		// Γ(a+x) / (Γ(a) x!) · (b/(b+1))^a · (b+1)^−x.
		pred := func(a, lga float64, n int) (float64, float64) {
			lgax, _ := math.Lgamma(a + x)
			return lgax - lga - lgX + a*logOdds[n] - x*logRate1[n], lgax
		}
		// Either a new segment starts with x, whatever the run length was
		// (so the old posterior sums to 1), or every run grows by one.
		for s := range logP {
			p, lg := pred(shape[s], lgShape[s], t-s)
			logP[s] += log1H + p
			shape[s] += x
			lgShape[s] = lg
		}
		p, lg := pred(prior.Shape, lgPrior, 0)
		if t == 0 {
			p = 0
		} else {
			p += logH
		}
		logP = append(logP, p)
		shape = append(shape, prior.Shape+x)
		lgShape = append(lgShape, lg)

		z := logSumExp(logP)
		best := t
		for s := range logP {
			logP[s] -= z
			if logP[s] > logP[best] {
				best = s
			}
		}
		out[t] = RunLength{Length: t - best + 1, Prob: math.Exp(logP[best]), Change: math.Exp(logP[t])}
	}
	return out, nil
}

// logSumExp returns log Σ exp(xs) without overflow.
func logSumExp(xs []float64) float64 {
	m := math.Inf(-1)
	for _, x := range xs {
		m = math.Max(m, x)
	}
	if math.IsInf(m, -1) {
		return m
	}
	var s float64
	for _, x := range xs {
		s += math.Exp(x - m)
	}
	return m + math.Log(s)
}

// ChangePoints returns the change points BOCPD's runs imply: wherever the
// most probable run length falls, the segment it now believes in started at
// index t − length + 1, the number of observations before the change (as k
// of PoissonChange). Points are in the order they were found, each once.
func ChangePoints(runs []RunLength) []int {
	var out []int
	seen := map[int]bool{}
	for t := 1; t < len(runs); t++ {
		if runs[t].Length >= runs[t-1].Length {
			continue
		}
		if s := t - runs[t].Length + 1; !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// MeanShift finds the single change in level of a series of amounts (tonnes,
// containers, dollars: sums of values, not counts of events) by least
// squares: k is the number of periods before the change, before and after
// the means on each side, and reduction the share of the series' squared
// deviation the split explains (0 to 1).
func MeanShift(xs []float64) (k int, before, after, reduction float64) {
	n := len(xs)
	var total, sq float64
	for _, x := range xs {
		total += x
		sq += x * x
	}
	ss := sq - total*total/float64(n) // squared deviation about one mean
	best := -1.0
	left := 0.0
	for i := 1; i < n; i++ {
		left += xs[i-1]
		right := total - left
		// what the split removes: the between-groups sum of squares
		gain := left*left/float64(i) + right*right/float64(n-i) - total*total/float64(n)
		if gain > best {
			best, k, before, after = gain, i, left/float64(i), right/float64(n-i)
		}
	}
	if ss > 0 {
		reduction = best / ss
	}
	return k, before, after, reduction
}

// MeanShiftPermutationTest is the share of n shuffles of xs (with a fixed
// seed) whose best split explains at least as much as the series' own: small
// when the change in level is unlikely to be chance.
func MeanShiftPermutationTest(xs []float64, n int, seed int64) float64 {
	p, _ := permutationTest(context.Background(), xs, n, seed, meanShiftGain)
	return p
}

func meanShiftGain(xs []float64) float64 {
	_, _, _, g := MeanShift(xs)
	return g
}
