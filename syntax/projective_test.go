package syntax

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestProjectivize(t *testing.T) {
	tests := []struct {
		name  string
		heads []int // CoNLL-U: 1-based, 0 the root
		want  []int
	}{
		{"projective", []int{2, 0, 2}, []int{2, 0, 2}},
		// "A hearing is scheduled on the issue today": "on" hangs from
		// "hearing" across "is scheduled"; lifted to "scheduled".
		{"crossing", []int{2, 4, 4, 0, 2, 7, 5, 4}, []int{2, 4, 4, 0, 4, 7, 5, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := projectivize(goldHeads(tt.heads...))
			if want := goldHeads(tt.want...); !slices.Equal(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

// Lifting keeps a tree, and the static oracle derives every lifted tree.
func TestProjectivizeRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		n := 1 + r.IntN(10)
		g := make([]int, n)
		perm := r.Perm(n) // a random tree: each word hangs from an earlier one in perm
		g[perm[0]] = n
		for k := 1; k < n; k++ {
			g[perm[k]] = perm[r.IntN(k)]
		}
		p := projectivize(g)
		c := newConfig(n)
		for steps := 0; !c.terminal(); steps++ {
			if steps > 2*n {
				t.Fatalf("tree %v lifted to %v: no derivation", g, p)
			}
			c.apply(c.staticOracle(p, goldLabelsOf(p)))
		}
		if !slices.Equal(c.heads, p) {
			t.Fatalf("tree %v lifted to %v, derived %v", g, p, c.heads)
		}
	}
}
