package measure

import (
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Network is an undirected signed network: balance does not depend on who
// named the tie. Build one with NewNetwork; it is not modified afterwards and
// is safe for concurrent reads.
type Network struct {
	names []string // sorted; a node is its index here
	ties  []Tie    // one per pair, From < To
	adj   [][]arc
}

// arc is one end of a tie, seen from the other end.
type arc struct {
	to   int
	sign int
}

// NewNetwork builds the network of ties. Ties in both directions or repeated
// between one pair combine into one tie whose sign is the sign of the sum of
// their signs, each tie one vote, and whose weight is the total weight of the
// ties of that sign; a pair whose signs cancel has no tie. Ties from an actor
// to itself are dropped. Every actor named is a node, even when its ties
// cancel or are dropped.
func NewNetwork(ties []Tie) *Network {
	type pair struct{ a, b string }
	type sum struct {
		sign     int
		pos, neg float64
	}
	sums := map[pair]*sum{}
	names := map[string]bool{}
	for _, t := range ties {
		names[t.From], names[t.To] = true, true
		if t.From == t.To || t.Sign == 0 {
			continue
		}
		p := pair{t.From, t.To}
		if p.b < p.a {
			p.a, p.b = p.b, p.a
		}
		s := sums[p]
		if s == nil {
			s = &sum{}
			sums[p] = s
		}
		if t.Sign > 0 {
			s.sign++
			s.pos += t.Weight
		} else {
			s.sign--
			s.neg += t.Weight
		}
	}
	n := &Network{}
	for name := range names {
		n.names = append(n.names, name)
	}
	slices.Sort(n.names)
	index := make(map[string]int, len(n.names))
	for i, name := range n.names {
		index[name] = i
	}
	n.adj = make([][]arc, len(n.names))
	for p, s := range sums {
		t := Tie{From: p.a, To: p.b, Sign: 1, Weight: s.pos}
		switch {
		case s.sign == 0:
			continue
		case s.sign < 0:
			t.Sign, t.Weight = -1, s.neg
		}
		n.ties = append(n.ties, t)
		a, b := index[p.a], index[p.b]
		n.adj[a] = append(n.adj[a], arc{b, t.Sign})
		n.adj[b] = append(n.adj[b], arc{a, t.Sign})
	}
	slices.SortFunc(n.ties, compareTies)
	for _, arcs := range n.adj {
		slices.SortFunc(arcs, func(x, y arc) int { return x.to - y.to })
	}
	return n
}

func compareTies(x, y Tie) int {
	if c := strings.Compare(x.From, y.From); c != 0 {
		return c
	}
	return strings.Compare(x.To, y.To)
}

// Nodes returns the actors in sorted order. The caller must not modify it.
func (n *Network) Nodes() []string { return n.names }

// Ties returns the combined ties, From < To, sorted. The caller must not
// modify it.
func (n *Network) Ties() []Tie { return n.ties }

// The heuristic's effort: random starts, perturbations per node and start,
// and the odds against a perturbation moving a domain rather than a few
// nodes.
const (
	searchStarts     = 8
	searchRounds     = 5
	searchDomainOdds = 4
)

// ExactLimit is the largest group of actors whose frustration Analyze finds by
// trying every bipartition: 2^(ExactLimit-1) of them, about a tenth of a
// second.
const ExactLimit = 25

// Report is what Analyze measures of a signed network.
type Report struct {
	Nodes, Ties, Positive, Negative int

	// Triads counts the triangles by their number of negative ties:
	// +++, ++-, +-- and ---. Triangles is their sum.
	Triads    [4]int
	Triangles int
	// BalanceRatio is the share of triangles that are balanced (+++ and
	// +--); NaN when there are none.
	BalanceRatio float64
	// WalkBalance is Estrada's walk-based balance, the ratio of the traces of
	// exp(A) for the signed and for the unsigned adjacency matrix: closed
	// walks of every length weighted by 1/length!, the unbalanced ones
	// counting against. 1 for a balanced network. It is signnet's
	// balance_score(method = "walk").
	WalkBalance float64

	// Frustration is the least number of ties whose sign must change for the
	// network to split into two blocs with only positive ties inside and only
	// negative ties between them. It is exact when Exact is true and an upper
	// bound otherwise (see Analyze).
	Frustration int
	Exact       bool
	// NormalisedFrustration is 1 - Frustration/(Ties/2), between 0 and 1
	// since some bipartition always frustrates at most half the ties: 1 for
	// a balanced network; NaN without ties.
	NormalisedFrustration float64
	// Balanced reports strong (Cartwright–Harary) balance: Frustration is 0.
	Balanced bool
	// Blocs is the bipartition that attains Frustration, each sorted, the
	// first holding the first actor. Where the network falls apart into
	// disconnected pieces, which side of each piece joins which bloc is
	// arbitrary: each piece puts its first actor in the first bloc.
	Blocs [2][]string
	// Frustrated is the ties that Blocs frustrates: positive between the
	// blocs or negative inside one.
	Frustrated []Tie

	// Clusters is Davis's clustering: the groups joined by positive ties,
	// each sorted, in order of their first actor. The network is clusterable
	// (weakly balanced) when no negative tie falls inside a cluster;
	// Unclustered lists those that do.
	Clusters    [][]string
	Clusterable bool
	Unclustered []Tie
}

// Analyze measures the balance of n.
//
// The frustration index is exact for every connected piece of the network
// that is balanced or, once actors with a single tie are set aside (each can
// side with its one partner), has at most ExactLimit actors: every
// bipartition is tried. A larger piece is searched by iterated local search:
// from each of several random bipartitions, actors move to the other bloc one
// at a time, and domains (groups on one side joined by positive ties, such as
// an alliance) move whole, while that removes frustration; then the result is
// repeatedly perturbed, by moving a random domain or a few random actors, and
// improved again, the perturbation kept when the frustration is no worse. The
// random source has a fixed seed, so a network always gets the same answer.
// The frustration is then the best found, an upper bound marked by Exact
// false. On the Correlates of War networks (up to 155 actors) it equals the
// best that searches ten times as long find, in a few tens of milliseconds.
func Analyze(n *Network) Report {
	r := Report{Nodes: len(n.names), Ties: len(n.ties)}
	for _, t := range n.ties {
		if t.Sign > 0 {
			r.Positive++
		} else {
			r.Negative++
		}
	}
	r.Triads = n.triads()
	for _, c := range r.Triads {
		r.Triangles += c
	}
	r.BalanceRatio = float64(r.Triads[0]+r.Triads[2]) / float64(r.Triangles)
	r.WalkBalance = n.walkBalance()

	side, exact := n.bipartition()
	r.Exact = exact
	for v, name := range n.names {
		r.Blocs[side[v]] = append(r.Blocs[side[v]], name)
	}
	for a, arcs := range n.adj {
		for _, e := range arcs {
			if a < e.to && (side[a] == side[e.to]) != (e.sign > 0) {
				r.Frustrated = append(r.Frustrated, n.tie(a, e.to))
			}
		}
	}
	r.Frustration = len(r.Frustrated)
	r.Balanced = r.Frustration == 0
	r.NormalisedFrustration = 1 - float64(r.Frustration)/(float64(r.Ties)/2)

	cluster := n.components(func(_ int, e arc) bool { return e.sign > 0 })
	for v, c := range cluster {
		if c == len(r.Clusters) {
			r.Clusters = append(r.Clusters, nil)
		}
		r.Clusters[c] = append(r.Clusters[c], n.names[v])
	}
	for a, arcs := range n.adj {
		for _, e := range arcs {
			if a < e.to && e.sign < 0 && cluster[a] == cluster[e.to] {
				r.Unclustered = append(r.Unclustered, n.tie(a, e.to))
			}
		}
	}
	r.Clusterable = len(r.Unclustered) == 0
	return r
}

// tie returns the combined tie between nodes a < b.
func (n *Network) tie(a, b int) Tie {
	i, _ := slices.BinarySearchFunc(n.ties, Tie{From: n.names[a], To: n.names[b]}, compareTies)
	return n.ties[i]
}

// components labels each node with its component under the arcs that follow
// accepts, numbering components from 0 in order of their first node.
func (n *Network) components(follow func(from int, e arc) bool) []int {
	comp := make([]int, len(n.names))
	for i := range comp {
		comp[i] = -1
	}
	count := 0
	var stack []int
	for v := range comp {
		if comp[v] >= 0 {
			continue
		}
		comp[v] = count
		stack = append(stack[:0], v)
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, e := range n.adj[u] {
				if comp[e.to] < 0 && follow(u, e) {
					comp[e.to] = count
					stack = append(stack, e.to)
				}
			}
		}
		count++
	}
	return comp
}

// triads counts triangles by their number of negative ties. Each triangle
// a < b < c is found once, from a through b.
func (n *Network) triads() [4]int {
	var census [4]int
	mark := make([]int, len(n.names)) // sign of the tie to a, 0 for none
	for a, arcs := range n.adj {
		for _, e := range arcs {
			mark[e.to] = e.sign
		}
		for _, ab := range arcs {
			if ab.to < a {
				continue
			}
			for _, bc := range n.adj[ab.to] {
				if bc.to > ab.to && mark[bc.to] != 0 {
					neg := 0
					for _, s := range [3]int{ab.sign, bc.sign, mark[bc.to]} {
						if s < 0 {
							neg++
						}
					}
					census[neg]++
				}
			}
		}
		for _, e := range arcs {
			mark[e.to] = 0
		}
	}
	return census
}

// walkBalance returns trace(exp(A))/trace(exp(|A|)) from the eigenvalues of
// the signed adjacency matrix A and of |A|. Both sums are scaled by the
// largest eigenvalue of |A|, which bounds those of A, so that dense networks
// do not overflow.
func (n *Network) walkBalance() float64 {
	k := len(n.names)
	if k == 0 {
		return math.NaN()
	}
	signed, unsigned := make([][]float64, k), make([][]float64, k)
	for a, arcs := range n.adj {
		signed[a], unsigned[a] = make([]float64, k), make([]float64, k)
		for _, e := range arcs {
			signed[a][e.to] = float64(e.sign)
			unsigned[a][e.to] = 1
		}
	}
	ls, lu := symmetricEigenvalues(signed), symmetricEigenvalues(unsigned)
	top := slices.Max(lu)
	var s, u float64
	for i := range ls {
		s += math.Exp(ls[i] - top)
		u += math.Exp(lu[i] - top)
	}
	return s / u
}

// symmetricEigenvalues returns the eigenvalues of the symmetric matrix a,
// which it overwrites: Householder reduction to tridiagonal form, then the QL
// algorithm with implicit shifts (Numerical Recipes' tred2 and tqli), about
// 4k³/3 operations for a k×k matrix.
func symmetricEigenvalues(a [][]float64) []float64 {
	k := len(a)
	d, e := make([]float64, k), make([]float64, k)
	for i := k - 1; i > 0; i-- {
		l := i - 1
		var h, scale float64
		if l > 0 {
			for j := 0; j <= l; j++ {
				scale += math.Abs(a[i][j])
			}
		}
		if l == 0 || scale == 0 {
			e[i] = a[i][l]
			continue
		}
		for j := 0; j <= l; j++ {
			a[i][j] /= scale
			h += a[i][j] * a[i][j]
		}
		f := a[i][l]
		g := math.Sqrt(h)
		if f >= 0 {
			g = -g
		}
		e[i] = scale * g
		h -= f * g
		a[i][l] = f - g
		f = 0
		for j := 0; j <= l; j++ {
			g = 0
			for m := 0; m <= j; m++ {
				g += a[j][m] * a[i][m]
			}
			for m := j + 1; m <= l; m++ {
				g += a[m][j] * a[i][m]
			}
			e[j] = g / h
			f += e[j] * a[i][j]
		}
		hh := f / (h + h)
		for j := 0; j <= l; j++ {
			f = a[i][j]
			g = e[j] - hh*f
			e[j] = g
			for m := 0; m <= j; m++ {
				a[j][m] -= f*e[m] + g*a[i][m]
			}
		}
	}
	for i := range d {
		d[i] = a[i][i]
	}

	// QL with implicit shifts on the tridiagonal matrix: diagonal d,
	// subdiagonal e[1:].
	for i := 1; i < k; i++ {
		e[i-1] = e[i]
	}
	if k > 0 {
		e[k-1] = 0
	}
	for l := 0; l < k; l++ {
		for iter := 0; ; iter++ {
			m := l
			for ; m < k-1; m++ {
				if math.Abs(e[m]) <= 0x1p-52*(math.Abs(d[m])+math.Abs(d[m+1])) {
					break
				}
			}
			if m == l || iter == 100 { // 100 iterations never happen in practice
				break
			}
			g := (d[l+1] - d[l]) / (2 * e[l])
			r := math.Hypot(g, 1)
			g = d[m] - d[l] + e[l]/(g+math.Copysign(r, g))
			s, c, p := 1.0, 1.0, 0.0
			i := m - 1
			for ; i >= l; i-- {
				f, b := s*e[i], c*e[i]
				r = math.Hypot(f, g)
				e[i+1] = r
				if r == 0 {
					d[i+1] -= p
					e[m] = 0
					break
				}
				s, c = f/r, g/r
				g = d[i+1] - p
				r = (d[i]-g)*s + 2*c*b
				p = s * r
				d[i+1] = g + p
				g = c*r - b
			}
			if r == 0 && i >= l {
				continue
			}
			d[l] -= p
			e[l] = g
			e[m] = 0
		}
	}
	return d
}

// Write prints the report one measure a line as "name: value", with the names
// nodes, ties, positive, negative, triangles, +++, ++-, +--, ---, balance
// ratio, walk balance, frustration, frustration method (exact or heuristic),
// normalised frustration, balanced, blocs, frustrated ties, clusterable,
// clusters and unclustered ties. Ratios have 7 significant digits; NaN
// stands for a ratio with nothing to count; a list of ties reads
// "A/B (+), C/D (-)", or none.
func (r Report) Write(w io.Writer) error {
	ratio := func(v float64) string { return strconv.FormatFloat(v, 'g', 7, 64) }
	method := "exact"
	if !r.Exact {
		method = "heuristic"
	}
	lines := [][2]string{
		{"nodes", strconv.Itoa(r.Nodes)},
		{"ties", strconv.Itoa(r.Ties)},
		{"positive", strconv.Itoa(r.Positive)},
		{"negative", strconv.Itoa(r.Negative)},
		{"triangles", strconv.Itoa(r.Triangles)},
		{"+++", strconv.Itoa(r.Triads[0])},
		{"++-", strconv.Itoa(r.Triads[1])},
		{"+--", strconv.Itoa(r.Triads[2])},
		{"---", strconv.Itoa(r.Triads[3])},
		{"balance ratio", ratio(r.BalanceRatio)},
		{"walk balance", ratio(r.WalkBalance)},
		{"frustration", strconv.Itoa(r.Frustration)},
		{"frustration method", method},
		{"normalised frustration", ratio(r.NormalisedFrustration)},
		{"balanced", strconv.FormatBool(r.Balanced)},
		{"blocs", "{" + strings.Join(r.Blocs[0], ", ") + "} vs {" + strings.Join(r.Blocs[1], ", ") + "}"},
		{"frustrated ties", tieList(r.Frustrated)},
		{"clusterable", strconv.FormatBool(r.Clusterable)},
		{"clusters", strconv.Itoa(len(r.Clusters))},
		{"unclustered ties", tieList(r.Unclustered)},
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l[0] + ": " + l[1] + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func tieList(ties []Tie) string {
	if len(ties) == 0 {
		return "none"
	}
	parts := make([]string, len(ties))
	for i, t := range ties {
		sign := "+"
		if t.Sign < 0 {
			sign = "-"
		}
		parts[i] = t.From + "/" + t.To + " (" + sign + ")"
	}
	return strings.Join(parts, ", ")
}
