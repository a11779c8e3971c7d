package main

import (
	"math"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/measure"
)

// reviewMeasures are what the review changes: the yearly series of RUS →
// PRK and RUS → CHN, and the network's net Goldstein of every pair.
type reviewMeasures struct {
	series map[string]map[string]measure.Point // "RUS PRK" → year → point
	ties   map[[2]string]float64
}

func measures(t *testing.T, get func(string, any)) reviewMeasures {
	t.Helper()
	m := reviewMeasures{series: map[string]map[string]measure.Point{}, ties: map[[2]string]float64{}}
	for _, tgt := range []string{"PRK", "CHN"} {
		var pts []measure.Point
		get("dyad?source=RUS&target="+tgt+"&period=year", &pts)
		m.series["RUS "+tgt] = map[string]measure.Point{}
		for _, p := range pts {
			if p.Events > 0 {
				m.series["RUS "+tgt][p.Period] = p
			}
		}
	}
	var net struct {
		Ties []struct {
			From, To string
			Weight   float64
		} `json:"ties"`
	}
	get("network?from=1990&to=2030&threshold=0&min_events=1", &net)
	for _, tie := range net.Ties {
		m.ties[pair(tie.From, tie.To)] = tie.Weight
	}
	return m
}

func pair(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

func (m reviewMeasures) clone() reviewMeasures {
	c := reviewMeasures{series: map[string]map[string]measure.Point{}, ties: map[[2]string]float64{}}
	for k, s := range m.series {
		c.series[k] = map[string]measure.Point{}
		for p, v := range s {
			c.series[k][p] = v
		}
	}
	for k, v := range m.ties {
		c.ties[k] = v
	}
	return c
}

// move counts event e (RUS → its target, or → tgt; of its code, or of
// code) n times more: -1 takes it out, +1 puts it in.
func (m reviewMeasures) move(e dyad.Event, tgt string, code dyad.EventCode, n int) {
	if tgt == "" {
		tgt = e.Target.Key()
	}
	quad, g := e.Action.Quad, e.Action.Goldstein
	if code != "" {
		quad, g = codeQuad[code], codeGoldstein[code]
	}
	year := e.Day()[:4]
	p := m.series["RUS "+tgt][year]
	p.Period = year
	p.Events += n
	p.Quad[quad] += n
	p.Goldstein += float64(n) * g
	m.series["RUS "+tgt][year] = p
	m.ties[pair("RUS", tgt)] += float64(n) * g
}

// The codes the test corrects to, as the codebook has them
// (lexicon/data/cameo.tsv).
var (
	codeQuad      = map[dyad.EventCode]int{"190": 4, "057": 1}
	codeGoldstein = map[dyad.EventCode]float64{"190": -10, "057": 8}
)

// compare checks got against m: the series' counts per quad class and
// Goldstein sums, and every tie's weight (rounded to 0.1 by the API).
func (m reviewMeasures) compare(t *testing.T, when string, got reviewMeasures) {
	t.Helper()
	for k, s := range m.series {
		for p, want := range s {
			g := got.series[k][p]
			if want.Events == 0 && g.Events == 0 {
				continue
			}
			if g.Events != want.Events || g.Quad != want.Quad || math.Abs(g.Goldstein-want.Goldstein) > 1e-6 {
				t.Errorf("%s: %s %s: %d events %v Goldstein %.1f, want %d %v %.1f", when, k, p, g.Events, g.Quad, g.Goldstein, want.Events, want.Quad, want.Goldstein)
			}
		}
		for p, g := range got.series[k] {
			if _, ok := s[p]; !ok {
				t.Errorf("%s: %s %s: %d events, want none", when, k, p, g.Events)
			}
		}
	}
	for k, w := range m.ties {
		if g := got.ties[k]; math.Abs(g-w) > 0.11 {
			t.Errorf("%s: the tie %s–%s weighs %.1f, want %.1f", when, k[0], k[1], g, w)
		}
	}
	for k, g := range got.ties {
		if _, ok := m.ties[k]; !ok && math.Abs(g) > 0.11 {
			t.Errorf("%s: a tie %s–%s of %.1f, want none", when, k[0], k[1], g)
		}
	}
}
