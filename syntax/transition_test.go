package syntax

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// Labels in these tests: 0 is root, 1 dep.
const testRoot, testDep = 0, 1

// tree builds gold heads (n for the root) from CoNLL-U style 1-based heads.
func goldHeads(heads ...int) []int {
	n := len(heads)
	g := make([]int, n)
	for i, h := range heads {
		g[i] = h - 1
		if h == 0 {
			g[i] = n
		}
	}
	return g
}

func goldLabelsOf(g []int) []int {
	l := make([]int, len(g))
	for i, h := range g {
		if h == len(g) {
			l[i] = testRoot
		} else {
			l[i] = testDep
		}
	}
	return l
}

func moveName(m int) string {
	kind, l := moveLabel(m)
	return [...]string{"S", "L", "R"}[kind] + map[bool]string{true: "", false: fmt.Sprint(l)}[kind == 0]
}

// The static oracle derives hand-made trees, projective ones exactly.
func TestStaticOracle(t *testing.T) {
	tests := []struct {
		name  string
		heads []int // CoNLL-U: 1-based, 0 the root
		moves string
	}{
		{"one word", []int{0}, "S L0"},
		// Russia sent troops to Syria .
		{"sentence", []int{2, 0, 2, 5, 2, 2}, "S L1 S S R1 S L1 S R1 S R1 L0"},
		{"left chain", []int{2, 3, 0}, "S L1 S L1 S L0"},
		{"right chain", []int{0, 1, 2}, "S S S R1 R1 L0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := goldHeads(tt.heads...)
			gl := goldLabelsOf(g)
			c := newConfig(len(g))
			var moves []string
			for !c.terminal() && len(moves) < 4*len(g) {
				m := c.staticOracle(g, gl)
				if !c.legal(m, testRoot) {
					t.Fatalf("illegal move %s after %v", moveName(m), moves)
				}
				if cost := kindCost(c, g, m); cost != 0 {
					t.Errorf("oracle move %s costs %d", moveName(m), cost)
				}
				moves = append(moves, moveName(m))
				c.apply(m)
			}
			if got := strings.Join(moves, " "); got != tt.moves {
				t.Errorf("moves %q, want %q", got, tt.moves)
			}
			if !slices.Equal(c.heads, g) || !slices.Equal(c.labels, gl) {
				t.Errorf("heads %v labels %v, want %v %v", c.heads, c.labels, g, gl)
			}
		})
	}
}

// kindCost is the unlabelled cost of move m.
func kindCost(c *config, g []int, m int) int {
	kind, _ := moveLabel(m)
	s, l, r := c.costs(g)
	return [...]int{s, l, r}[kind]
}

func (c *config) clone() *config {
	d := newConfig(c.n)
	d.stack = append(d.stack, c.stack...)
	d.b = c.b
	copy(d.heads, c.heads)
	copy(d.labels, c.labels)
	return d
}

// minLoss is the fewest words with a wrong head that any sequence of moves
// from c can end with, found by trying them all.
func minLoss(c *config, g []int, memo map[string]int) int {
	if c.terminal() {
		loss := 0
		for i, h := range c.heads {
			if h != g[i] {
				loss++
			}
		}
		return loss
	}
	k := fmt.Sprint(c.stack, c.b, c.heads)
	if v, ok := memo[k]; ok {
		return v
	}
	best := 1 << 30
	for _, m := range []int{shift, leftMove(testRoot), leftMove(testDep), rightMove(testDep)} {
		if c.legal(m, testRoot) {
			d := c.clone()
			d.apply(m)
			best = min(best, minLoss(d, g, memo))
		}
	}
	memo[k] = best
	return best
}

// randomProjective returns the gold heads (n for the root) of a random
// projective tree over n words: each span picks its head, whose left and
// right parts are split into subtrees the same way.
func randomProjective(r *rand.Rand, n int) []int {
	g := make([]int, n)
	var build func(lo, hi, head int)
	build = func(lo, hi, head int) { // words lo..hi-1 hang from head as subtrees
		for lo < hi {
			end := lo + 1 + r.IntN(hi-lo) // a subtree spans lo..end-1
			h := lo + r.IntN(end-lo)
			g[h] = head
			build(lo, h, h)
			build(h+1, end, h)
			lo = end
		}
	}
	root := r.IntN(n)
	g[root] = n
	build(0, root, root)
	build(root+1, n, root)
	return g
}

// The dynamic oracle's costs equal what exhaustive search loses, on every
// configuration of random walks over random projective trees.
func TestDynamicOracleCosts(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	checked := 0
	for trial := 0; trial < 300; trial++ {
		n := 1 + r.IntN(7)
		g := randomProjective(r, n)
		c := newConfig(n)
		memo := map[string]int{}
		for !c.terminal() {
			base := minLoss(c, g, memo)
			var legal []int
			for _, m := range []int{shift, leftMove(testRoot), leftMove(testDep), rightMove(testDep)} {
				if !c.legal(m, testRoot) {
					continue
				}
				legal = append(legal, m)
				d := c.clone()
				d.apply(m)
				if want, got := minLoss(d, g, memo)-base, kindCost(c, g, m); got != want {
					t.Fatalf("tree %v, stack %v, b0 %d, heads %v: %s costs %d, exhaustive search loses %d",
						g, c.stack, c.b, c.heads, moveName(m), got, want)
				}
				checked++
			}
			c.apply(legal[r.IntN(len(legal))])
		}
	}
	t.Logf("%d moves checked", checked)
}
