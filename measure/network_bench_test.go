package measure

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkAnalyze measures every balance measure of random signed networks:
// 200 actors at density 0.1, too many to enumerate, so the frustration index
// comes from the heuristic; and 25 actors, dense enough that none is set
// aside, so every bipartition is tried.
func BenchmarkAnalyze(b *testing.B) {
	for _, bc := range []struct {
		name              string
		nodes             int
		density, negative float64
	}{
		{"200 actors heuristic", 200, 0.1, 0.3},
		{"25 actors exact", 25, 0.5, 0.3},
	} {
		b.Run(bc.name, func(b *testing.B) {
			n := NewNetwork(randomSigned(bc.nodes, bc.density, bc.negative, 1))
			var r Report
			for b.Loop() {
				r = Analyze(n)
			}
			b.ReportMetric(float64(r.Frustration), "frustration")
		})
	}
}

// BenchmarkAnalyzeCoW measures all 51 Correlates of War windows, 64 to 155
// actors each.
func BenchmarkAnalyzeCoW(b *testing.B) {
	spells := readSpells(b, "doreian_mrvar_cow_signed_1946_1999_signnet.csv")
	var networks []*Network
	for _, w := range Windows(spells) {
		networks = append(networks, NewNetwork(During(spells, w)))
	}
	for b.Loop() {
		for _, n := range networks {
			Analyze(n)
		}
	}
}

// BenchmarkParts times the costly measures alone on the 200-actor network.
func BenchmarkParts(b *testing.B) {
	n := NewNetwork(randomSigned(200, 0.1, 0.3, 1))
	b.Run("walk balance", func(b *testing.B) {
		for b.Loop() {
			n.walkBalance()
		}
	})
	b.Run("triads", func(b *testing.B) {
		for b.Loop() {
			n.triads()
		}
	})
	b.Run("frustration search", func(b *testing.B) {
		g := wholeGraph(n)
		for b.Loop() {
			g.search(rand.New(rand.NewPCG(1, 1)))
		}
	})
}
