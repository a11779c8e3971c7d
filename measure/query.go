package measure

import (
	"context"
	"math"
	"sort"
	"strings"

	"github.com/dyadhq/dyad"
)

// DyadQuery asks for a pair's series.
type DyadQuery struct {
	Source, Target string     // actor keys; "" for any
	Scope          dyad.Scope // international, domestic or all ("")
	Undirected     bool       // both directions of the pair
	Period         string     // day, week, month, quarter or year
	From, To       string     // periods; "" for the first and last with events

	// MaxPeriods bounds the series: a longer one is an EINVALID error,
	// found before it is built. 0 for no bound.
	MaxPeriods int
}

// Dyad reads a pair's series from a store's rollups as a complete panel.
// Events stored with no date a period can place (an empty or malformed
// one) are left out and counted: unplaced.
func Dyad(ctx context.Context, s dyad.Store, q DyadQuery) (pts []Point, unplaced int, err error) {
	grain := map[string]string{"day": "day", "week": "day", "month": "month", "quarter": "month", "year": "year"}[q.Period]
	if grain == "" {
		return nil, 0, dyad.Errorf(dyad.EINVALID, "period %q: want day, week, month, quarter or year", q.Period)
	}
	sq := dyad.SeriesQuery{Source: strings.ToUpper(q.Source), Target: strings.ToUpper(q.Target), Scope: q.Scope,
		Period: grain, From: dyad.FirstDay(q.From), To: q.To}
	if strings.ContainsAny(q.From, "WQ") || strings.ContainsAny(q.To, "WQ") {
		sq.From, sq.To = "", "" // weeks and quarters: the panel trims
	}
	buckets, err := s.Series(ctx, sq)
	if err != nil {
		return nil, 0, err
	}
	if q.Undirected {
		sq.Source, sq.Target = sq.Target, sq.Source
		back, err := s.Series(ctx, sq)
		if err != nil {
			return nil, 0, err
		}
		buckets = Undirected(buckets, back)
	}
	buckets, unplaced = Placed(buckets)
	if len(buckets) == 0 && (q.From == "" || q.To == "") {
		return nil, unplaced, nil
	}
	pts, err = panel(buckets, q.Period, q.From, q.To, q.MaxPeriods)
	return pts, unplaced, err
}

// EventTies turns events into signed ties between countries: the net
// Goldstein of each unordered pair over both directions; a pair with at
// least minEvents events and a net of at least threshold is a positive tie,
// at most -threshold a negative one, its weight the net Goldstein. Only
// international events between two countries count: a domestic event (one
// country on both sides) would be a tie of a country with itself, and an
// event without a target or with an organisation on a side joins no pair.
func EventTies(events []dyad.Event, threshold float64, minEvents int) []Tie {
	var s TieSum
	for i := range events {
		s.Add(&events[i])
	}
	return s.Ties(threshold, minEvents)
}

// TieSum adds events into the sums of EventTies one at a time, so that a
// network over a whole store holds its pairs of countries in memory, not
// its events. The zero TieSum is empty and ready.
type TieSum struct {
	pairs map[[2]string]*pairSum
}

type pairSum struct {
	g float64
	n int
}

// Add counts e in its pair, when it joins one.
func (s *TieSum) Add(e *dyad.Event) {
	if e.Source == nil || e.Target == nil || e.Source.Country == "" || e.Target.Country == "" {
		return
	}
	a, b := e.Source.Country, e.Target.Country
	if a == b {
		return
	}
	if a > b {
		a, b = b, a
	}
	if s.pairs == nil {
		s.pairs = map[[2]string]*pairSum{}
	}
	p := s.pairs[[2]string{a, b}]
	if p == nil {
		p = &pairSum{}
		s.pairs[[2]string{a, b}] = p
	}
	p.g += e.Action.Goldstein
	p.n++
}

// PairTies turns the sums of events by pair of countries that a store
// gives (dyad.Store.Pairs) into the ties EventTies would make of those
// events, without reading them.
func PairTies(pairs []dyad.PairSum, threshold float64, minEvents int) []Tie {
	var s TieSum
	for _, p := range pairs {
		s.AddPair(p)
	}
	return s.Ties(threshold, minEvents)
}

// AddPair counts the events p sums in their pair, as Add would count each
// of them; a pair of one country with itself, or without one, joins none.
func (s *TieSum) AddPair(p dyad.PairSum) {
	a, b := p.A, p.B
	if a == "" || b == "" || a == b {
		return
	}
	if a > b {
		a, b = b, a
	}
	if s.pairs == nil {
		s.pairs = map[[2]string]*pairSum{}
	}
	ps := s.pairs[[2]string{a, b}]
	if ps == nil {
		ps = &pairSum{}
		s.pairs[[2]string{a, b}] = ps
	}
	ps.g += p.Goldstein
	ps.n += p.Events
}

// Ties returns the ties of the events added so far, as EventTies does.
func (s *TieSum) Ties(threshold float64, minEvents int) []Tie {
	var ties []Tie
	for k, p := range s.pairs {
		if p.n < minEvents || math.Abs(p.g) < threshold {
			continue
		}
		sign := 1
		if p.g < 0 {
			sign = -1
		}
		ties = append(ties, Tie{From: k[0], To: k[1], Sign: sign, Weight: math.Round(p.g*10) / 10})
	}
	sort.Slice(ties, func(i, j int) bool {
		return ties[i].From < ties[j].From || ties[i].From == ties[j].From && ties[i].To < ties[j].To
	})
	return ties
}

// Changes is what the change-point methods find in one series. A series of
// counts (events) is read with the Poisson model and Bayesian online
// detection; a series of amounts (a flow's tonnes or dollars) with a
// least-squares change in mean, MeanAfter and its permutation test filled
// instead, and no Poisson or BOCPD fields.
type Changes struct {
	Series       string   `json:"series"` // "counts" or "amounts"
	Periods      int      `json:"periods"`
	MeanAfter    string   `json:"mean_after,omitempty"` // amounts: the last period before the change in level
	MeanBefore   float64  `json:"mean_before,omitempty"`
	MeanAfterVal float64  `json:"mean_after_value,omitempty"`
	Explained    float64  `json:"explained,omitempty"` // amounts: the share of variation the split explains
	PoissonAfter string   `json:"poisson_after"`       // the last period before the change
	K            int      `json:"k"`
	RateBefore   float64  `json:"rate_before"`
	RateAfter    float64  `json:"rate_after"`
	LogLikRatio  float64  `json:"log_likelihood_ratio"`
	PermutationP float64  `json:"permutation_p"`
	Permutations int      `json:"permutations"`
	CUSUMAfter   string   `json:"cusum_after"`
	BOCPDAfter   []string `json:"bocpd_after"`
	BOCPDHazard  float64  `json:"bocpd_hazard"`
}

// FindChanges runs every change-point method on a series of counts labelled
// by periods (at least three). It stops with ctx's error when ctx ends: the
// permutation test and BOCPD take time in proportion to permutations times
// periods and to the square of periods.
func FindChanges(ctx context.Context, periods []string, xs []float64, hazard float64, permutations int) (Changes, error) {
	if len(xs) < 3 || len(periods) != len(xs) {
		return Changes{}, dyad.Errorf(dyad.EINVALID, "a series of %d periods is too short for change points", len(xs))
	}
	if !(hazard > 0 && hazard < 1) {
		return Changes{}, dyad.Errorf(dyad.EINVALID, "hazard %v: want a probability between 0 and 1", hazard)
	}
	c := Changes{Series: "counts", Periods: len(xs), Permutations: permutations, BOCPDHazard: hazard}
	c.K, c.RateBefore, c.RateAfter, c.LogLikRatio = PoissonChange(xs)
	c.PoissonAfter = periods[c.K-1]
	var err error
	c.PermutationP, err = permutationTest(ctx, xs, permutations, 1, func(xs []float64) float64 {
		_, _, _, l := PoissonChange(xs)
		return l
	})
	if err != nil {
		return Changes{}, err
	}
	c.CUSUMAfter = periods[CUSUMPoint(xs)-1]
	runs, err := bocpd(ctx, xs, hazard, Gamma{})
	if err != nil {
		return Changes{}, err
	}
	c.BOCPDAfter = []string{}
	for _, i := range ChangePoints(runs) {
		c.BOCPDAfter = append(c.BOCPDAfter, periods[i-1])
	}
	return c, nil
}

// FindAmountChanges finds where a series of amounts (a flow's tonnes,
// containers or dollars per period) changes level: the least-squares change
// in mean with a permutation test, and CUSUM. Amounts are not counts, so no
// Poisson model applies. It stops with ctx's error when ctx ends.
func FindAmountChanges(ctx context.Context, periods []string, xs []float64, permutations int) (Changes, error) {
	if len(xs) < 3 || len(periods) != len(xs) {
		return Changes{}, dyad.Errorf(dyad.EINVALID, "a series of %d periods is too short for change points", len(xs))
	}
	c := Changes{Series: "amounts", Periods: len(xs), Permutations: permutations, BOCPDAfter: []string{}}
	c.K, c.MeanBefore, c.MeanAfterVal, c.Explained = MeanShift(xs)
	c.MeanAfter = periods[c.K-1]
	var err error
	if c.PermutationP, err = permutationTest(ctx, xs, permutations, 1, meanShiftGain); err != nil {
		return Changes{}, err
	}
	c.CUSUMAfter = periods[CUSUMPoint(xs)-1]
	return c, nil
}
