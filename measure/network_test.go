package measure

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// analytics is where the project's shared test data lives, outside the
// repository.
const analytics = "../../shared/data/analytics"

// readSpells reads a signed edge list from the shared data, skipping the test
// where the data is absent, as on a fresh clone.
func readSpells(tb testing.TB, name string) []Spell {
	tb.Helper()
	f, err := os.Open(filepath.Join(analytics, name))
	if os.IsNotExist(err) {
		tb.Skipf("shared data %s absent (it lives outside the repository, in ../shared/data)", name)
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	spells, err := ReadSignedEdges(f)
	if err != nil {
		tb.Fatal(err)
	}
	return spells
}

// measures returns the report as Write prints it, by measure name.
func measures(t *testing.T, r Report) map[string]string {
	t.Helper()
	var b strings.Builder
	if err := r.Write(&b); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		name, value, ok := strings.Cut(line, ": ")
		if !ok {
			t.Fatalf("line %q is not name: value", line)
		}
		got[name] = value
	}
	return got
}

// checkConsistent checks what any report must satisfy: the blocs cover the
// nodes, and the ties they frustrate are the ones reported.
func checkConsistent(t *testing.T, n *Network, r Report) {
	t.Helper()
	bloc := map[string]int{}
	for b, names := range r.Blocs {
		for _, name := range names {
			bloc[name] = b
		}
	}
	if len(bloc) != r.Nodes {
		t.Errorf("blocs hold %d actors, want %d", len(bloc), r.Nodes)
	}
	var frustrated []Tie
	for _, tie := range n.Ties() {
		if (bloc[tie.From] == bloc[tie.To]) != (tie.Sign > 0) {
			frustrated = append(frustrated, tie)
		}
	}
	if !slices.Equal(frustrated, r.Frustrated) || len(frustrated) != r.Frustration {
		t.Errorf("frustration %d, ties %v; the blocs frustrate %v", r.Frustration, r.Frustrated, frustrated)
	}
}

// TestPublished reproduces published figures for three well-studied signed
// networks.
func TestPublished(t *testing.T) {
	for _, tc := range []struct {
		name    string
		file    string
		select_ func([]Spell) []Tie
		want    map[string]string // by measure name; numbers with a point compare to 1e-6
	}{{
		// Antal, Krapivsky & Redner (2006): on the eve of the war the
		// Triple Entente faces the Triple Alliance, perfectly balanced.
		name:    "AKR alliances 1907",
		file:    "akr_wwi_alliances_1872_1918_manynet.csv",
		select_: func(s []Spell) []Tie { return At(s, 1907) },
		want: map[string]string{
			"nodes": "6", "ties": "15", "triangles": "20",
			"+++": "2", "++-": "0", "+--": "18", "---": "0",
			"balance ratio": "1.0", "walk balance": "1.0", "frustration": "0",
			"normalised frustration": "1.0", "balanced": "true",
			"blocs":           "{AUH, DEU, ITA} vs {FRA, GBR, RUS}",
			"frustrated ties": "none", "clusterable": "true", "clusters": "2",
		},
	}, {
		name:    "AKR alliances 1872",
		file:    "akr_wwi_alliances_1872_1918_manynet.csv",
		select_: func(s []Spell) []Tie { return At(s, 1872) },
		want: map[string]string{
			"nodes": "5", "ties": "9", "triangles": "7",
			"balance ratio": "0.7142857", "frustration": "1", "balanced": "false",
		},
	}, {
		// Britain and France settle their differences (the Entente
		// cordiale) while Russia is still hostile to Britain.
		name:    "AKR alliances 1904",
		file:    "akr_wwi_alliances_1872_1918_manynet.csv",
		select_: func(s []Spell) []Tie { return At(s, 1904) },
		want: map[string]string{
			"balance ratio": "0.75", "++-": "1",
		},
	}, {
		// Read (1954); the figures are signnet's: balance_score with
		// method "triangles", "walk" and "frustration".
		name:    "Gahuku-Gama tribes",
		file:    "gahuku_gama_tribes_signed_signnet.csv",
		select_: func(s []Spell) []Tie { return At(s, 0) },
		want: map[string]string{
			"nodes": "16", "ties": "58", "positive": "29", "negative": "29",
			"triangles": "68", "+++": "19", "++-": "2", "+--": "40", "---": "7",
			"balance ratio": "0.8676471", "walk balance": "0.3575761",
			"frustration": "7", "frustration method": "exact",
			"normalised frustration": "0.7586207",
		},
	}, {
		// Doreian & Mrvar (2015), the first of the Correlates of War
		// windows as signnet's cowList holds them.
		name:    "CoW 1946-49",
		file:    "doreian_mrvar_cow_signed_1946_1999_signnet.csv",
		select_: func(s []Spell) []Tie { return During(s, "46-49") },
		want: map[string]string{
			"nodes": "64", "ties": "362", "positive": "320", "negative": "42",
			"+++": "1556", "++-": "63", "+--": "23", "---": "14",
			"balance ratio": "0.953502",
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			n := NewNetwork(tc.select_(readSpells(t, tc.file)))
			r := Analyze(n)
			checkConsistent(t, n, r)
			got := measures(t, r)
			for name, want := range tc.want {
				if strings.Contains(want, ".") {
					w, _ := strconv.ParseFloat(want, 64)
					g, err := strconv.ParseFloat(got[name], 64)
					if err != nil || math.Abs(g-w) > 1e-6 {
						t.Errorf("%s: %s, want %s", name, got[name], want)
					}
				} else if got[name] != want {
					t.Errorf("%s: %s, want %s", name, got[name], want)
				}
			}
		})
	}
}

// TestCoWWindows analyses every window of the Correlates of War series, as
// the CLI would. The networks are too large to enumerate; the heuristic must
// do at least as well as the best bipartitions found by searches ten times as
// long (and by a tabu search), listed here window by window.
func TestCoWWindows(t *testing.T) {
	spells := readSpells(t, "doreian_mrvar_cow_signed_1946_1999_signnet.csv")
	windows := Windows(spells)
	bestKnown := []int{
		17, 18, 20, 15, 15, 17, 21, 27, 33, 35, 34, 26, 30, 36, 39, 37, 36,
		29, 24, 23, 28, 27, 28, 33, 26, 28, 29, 35, 46, 48, 50, 45, 39, 43,
		48, 45, 47, 46, 43, 34, 32, 46, 42, 38, 44, 49, 45, 50, 48, 38, 45,
	}
	if len(windows) != len(bestKnown) || windows[0] != "46-49" || windows[50] != "96-99" {
		t.Fatalf("windows %v, want the 51 from 46-49 to 96-99", windows)
	}
	for i, w := range windows {
		t.Run(w, func(t *testing.T) {
			t.Parallel()
			n := NewNetwork(During(spells, w))
			r := Analyze(n)
			checkConsistent(t, n, r)
			if r.Frustration > bestKnown[i] {
				t.Errorf("frustration %d, best known %d", r.Frustration, bestKnown[i])
			}
			if r.BalanceRatio < 0.8 || r.WalkBalance <= 0 || r.WalkBalance > 1 {
				t.Errorf("balance ratio %g, walk balance %g", r.BalanceRatio, r.WalkBalance)
			}
		})
	}
}

func TestWrite(t *testing.T) {
	ties := []Tie{
		{From: "A", To: "B", Sign: 1}, {From: "B", To: "C", Sign: 1}, {From: "A", To: "C", Sign: -1},
		{From: "C", To: "D", Sign: -1},
	}
	var b strings.Builder
	if err := Analyze(NewNetwork(ties)).Write(&b); err != nil {
		t.Fatal(err)
	}
	want := `nodes: 4
ties: 4
positive: 2
negative: 2
triangles: 1
+++: 0
++-: 1
+--: 0
---: 0
balance ratio: 0
walk balance: 0.7428971
frustration: 1
frustration method: exact
normalised frustration: 0.5
balanced: false
blocs: {A, B, C} vs {D}
frustrated ties: A/C (-)
clusterable: false
clusters: 2
unclustered ties: A/C (-)
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestReadSignedEdges(t *testing.T) {
	inf := math.Inf(1)
	for _, tc := range []struct {
		name  string
		input string
		want  []Spell
		err   string // a substring of the error; "" for none
	}{{
		name:  "signs written every way",
		input: "from,to,sign\nA,B,1\nA,C,-1\nB,C,+\nC,D,-\nD,E,1.0\nE,F,-1.0\nF,G,+1\n",
		want: []Spell{
			{Tie{"A", "B", 1, 1}, -inf, inf, ""}, {Tie{"A", "C", -1, 1}, -inf, inf, ""},
			{Tie{"B", "C", 1, 1}, -inf, inf, ""}, {Tie{"C", "D", -1, 1}, -inf, inf, ""},
			{Tie{"D", "E", 1, 1}, -inf, inf, ""}, {Tie{"E", "F", -1, 1}, -inf, inf, ""},
			{Tie{"F", "G", 1, 1}, -inf, inf, ""},
		},
	}, {
		name:  "quoted header, spells, open bounds",
		input: "\"from\",\"to\",\"sign\",\"begin\",\"end\"\n\"FRA\",\"GBR\",-1,1872,1904\n\"FRA\",\"GBR\",1,1904,\nRUS,FRA,1,,1918\n",
		want: []Spell{
			{Tie{"FRA", "GBR", -1, 1}, 1872, 1904, ""},
			{Tie{"FRA", "GBR", 1, 1}, 1904, inf, ""},
			{Tie{"RUS", "FRA", 1, 1}, -inf, 1918, ""},
		},
	}, {
		name:  "source and target, weight, extra columns, any order",
		input: "note,target,Source,weight,sign\nx,B,A,2.5,-3\n",
		want:  []Spell{{Tie{"A", "B", -1, 2.5}, -inf, inf, ""}},
	}, {
		name:  "window labels",
		input: "year,from,to,sign\n46-49,IRN,AFG,1\n47-50,PAK,AFG,-1\n",
		want: []Spell{
			{Tie{"IRN", "AFG", 1, 1}, -inf, inf, "46-49"},
			{Tie{"PAK", "AFG", -1, 1}, -inf, inf, "47-50"},
		},
	}, {
		name:  "numeric year is a one-year spell",
		input: "year,from,to,sign\n1914,DEU,FRA,-1\n",
		want:  []Spell{{Tie{"DEU", "FRA", -1, 1}, 1914, 1915, "1914"}},
	}, {
		name:  "header only",
		input: "from,to,sign\n",
	}, {
		name:  "empty",
		input: "",
		err:   "empty input",
	}, {
		name:  "no sign column",
		input: "from,to,weight\nA,B,1\n",
		err:   "line 1: no sign column",
	}, {
		name:  "bad sign",
		input: "from,to,sign\nA,B,1\nA,C,ally\n",
		err:   `line 3: sign "ally"`,
	}, {
		name:  "zero sign",
		input: "from,to,sign\nA,B,0\n",
		err:   "line 2: sign \"0\": a tie must be positive or negative",
	}, {
		name:  "missing actor",
		input: "from,to,sign\nA,,1\n",
		err:   "line 2: empty from or to",
	}, {
		name:  "bad begin",
		input: "from,to,sign,begin,end\nA,B,1,1900,1910\nA,B,1,early,1910\n",
		err:   `line 3: begin "early"`,
	}, {
		name:  "begin after end",
		input: "from,to,sign,begin,end\nA,B,1,1910,1900\n",
		err:   "line 2: begin 1910 is after end 1900",
	}, {
		name:  "negative weight",
		input: "from,to,sign,weight\nA,B,1,-2\n",
		err:   `line 2: weight "-2"`,
	}, {
		name:  "wrong number of fields",
		input: "from,to,sign\nA,B,1\nA,B\n",
		err:   "line 3",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadSignedEdges(strings.NewReader(tc.input))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
				if code := dyad.ErrorCode(err); code != dyad.EINVALID {
					t.Errorf("code %q, want %q", code, dyad.EINVALID)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestAtAndDuring(t *testing.T) {
	inf := math.Inf(1)
	spells := []Spell{
		{Tie{"A", "B", -1, 1}, 1872, 1904, ""},
		{Tie{"A", "B", 1, 1}, 1904, inf, ""},
		{Tie{"A", "C", 1, 1}, -inf, inf, "w1"},
	}
	for _, tc := range []struct {
		name string
		got  []Tie
		want []Tie
	}{
		{"before every bounded spell", At(spells, 1800), []Tie{spells[2].Tie}},
		{"begin is inside", At(spells, 1872), []Tie{spells[0].Tie, spells[2].Tie}},
		{"end is outside", At(spells, 1904), []Tie{spells[1].Tie, spells[2].Tie}},
		{"window", During(spells, "w1"), []Tie{spells[2].Tie}},
		{"no such window", During(spells, "w2"), nil},
	} {
		if !slices.Equal(tc.got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

func TestNewNetwork(t *testing.T) {
	for _, tc := range []struct {
		name  string
		ties  []Tie
		nodes []string
		want  []Tie
	}{{
		name:  "both directions agree",
		ties:  []Tie{{"B", "A", 1, 2}, {"A", "B", 1, 3}},
		nodes: []string{"A", "B"},
		want:  []Tie{{"A", "B", 1, 5}},
	}, {
		name:  "majority of signs, weight of the majority",
		ties:  []Tie{{"A", "B", -1, 1}, {"B", "A", -1, 1}, {"A", "B", 1, 7}},
		nodes: []string{"A", "B"},
		want:  []Tie{{"A", "B", -1, 2}},
	}, {
		name:  "signs cancel: no tie, actors stay",
		ties:  []Tie{{"A", "B", -1, 1}, {"B", "A", 1, 1}, {"B", "C", 1, 1}},
		nodes: []string{"A", "B", "C"},
		want:  []Tie{{"B", "C", 1, 1}},
	}, {
		name:  "self ties dropped",
		ties:  []Tie{{"A", "A", -1, 1}, {"C", "B", -1, 1}},
		nodes: []string{"A", "B", "C"},
		want:  []Tie{{"B", "C", -1, 1}},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			n := NewNetwork(tc.ties)
			if !slices.Equal(n.Nodes(), tc.nodes) || !slices.Equal(n.Ties(), tc.want) {
				t.Errorf("nodes %v ties %v, want %v %v", n.Nodes(), n.Ties(), tc.nodes, tc.want)
			}
		})
	}
}

func TestAnalyzeShapes(t *testing.T) {
	for _, tc := range []struct {
		name string
		ties []Tie
		want map[string]string
	}{{
		name: "empty",
		want: map[string]string{"nodes": "0", "triangles": "0", "balance ratio": "NaN",
			"walk balance": "NaN", "normalised frustration": "NaN", "frustration": "0", "clusters": "0"},
	}, {
		name: "a tree is balanced and has no triangles",
		ties: []Tie{{"A", "B", -1, 1}, {"B", "C", -1, 1}, {"B", "D", 1, 1}, {"D", "E", -1, 1}},
		want: map[string]string{"triangles": "0", "balance ratio": "NaN", "walk balance": "1",
			"frustration": "0", "blocs": "{A, C, E} vs {B, D}", "clusters": "4"},
	}, {
		name: "three mutual enemies: weakly but not strongly balanced",
		ties: []Tie{{"A", "B", -1, 1}, {"B", "C", -1, 1}, {"A", "C", -1, 1}},
		want: map[string]string{"---": "1", "balance ratio": "0", "frustration": "1",
			"balanced": "false", "clusterable": "true", "clusters": "3"},
	}, {
		name: "disconnected pieces each frustrated once",
		ties: []Tie{
			{"A", "B", 1, 1}, {"B", "C", 1, 1}, {"A", "C", -1, 1},
			{"X", "Y", -1, 1}, {"Y", "Z", -1, 1}, {"X", "Z", -1, 1},
			{"Z", "Q", -1, 1},
		},
		want: map[string]string{"frustration": "2", "triangles": "2", "clusterable": "false",
			"unclustered ties": "A/C (-)"},
	}, {
		name: "as many actors as can be enumerated",
		ties: randomSigned(ExactLimit, 0.5, 0.3, 1),
		want: map[string]string{"nodes": "25", "frustration method": "exact"},
	}, {
		name: "one actor more",
		ties: randomSigned(ExactLimit+1, 0.5, 0.3, 1),
		want: map[string]string{"nodes": "26", "frustration method": "heuristic"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			n := NewNetwork(tc.ties)
			r := Analyze(n)
			checkConsistent(t, n, r)
			got := measures(t, r)
			for name, want := range tc.want {
				if got[name] != want {
					t.Errorf("%s: %s, want %s", name, got[name], want)
				}
			}
		})
	}
}

// randomSigned returns a random signed network on n actors: each pair is tied
// with probability density, negatively with probability negative.
func randomSigned(n int, density, negative float64, seed uint64) []Tie {
	rng := rand.New(rand.NewPCG(seed, 0))
	var ties []Tie
	for a := range n {
		for b := a + 1; b < n; b++ {
			if rng.Float64() < density {
				sign := 1
				if rng.Float64() < negative {
					sign = -1
				}
				ties = append(ties, Tie{fmt.Sprintf("N%03d", a), fmt.Sprintf("N%03d", b), sign, 1})
			}
		}
	}
	return ties
}

// wholeGraph returns all of n as one graph (nodes numbered as in n).
func wholeGraph(n *Network) *graph {
	nodes := make([]int, len(n.names))
	for i := range nodes {
		nodes[i] = i
	}
	return n.subgraph(nodes, make([]bool, len(nodes)))
}

// frustrationOf counts the ties side frustrates, from scratch.
func frustrationOf(g *graph, side []int) int {
	f := 0
	for v, arcs := range g.adj {
		for _, e := range arcs {
			if v < e.to && (side[v] == side[e.to]) != (e.sign > 0) {
				f++
			}
		}
	}
	return f
}

// TestFrustrationExact checks the Gray-code enumeration against trying
// every bipartition from scratch.
func TestFrustrationExact(t *testing.T) {
	for seed := range uint64(30) {
		g := wholeGraph(NewNetwork(randomSigned(9, 0.6, 0.4, seed)))
		k := len(g.adj)
		best := math.MaxInt
		side := make([]int, k)
		for mask := range 1 << k {
			for v := range side {
				side[v] = mask >> v & 1
			}
			best = min(best, frustrationOf(g, side))
		}
		if got := frustrationOf(g, g.exact()); got != best {
			t.Errorf("seed %d: exact found %d, brute force %d", seed, got, best)
		}
	}
}

// TestFrustrationSearch checks that the heuristic finds the optimum on
// networks small enough to enumerate.
func TestFrustrationSearch(t *testing.T) {
	for _, tc := range []struct {
		name              string
		nodes             int
		density, negative float64
	}{
		{"sparse, few negative", 24, 0.2, 0.2},
		{"medium, half negative", 24, 0.4, 0.5},
		{"dense, few negative", 22, 0.8, 0.3},
		{"complete, half negative", 20, 1, 0.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for seed := range uint64(5) {
				g := wholeGraph(NewNetwork(randomSigned(tc.nodes, tc.density, tc.negative, seed)))
				exact := frustrationOf(g, g.exact())
				found := frustrationOf(g, g.search(rand.New(rand.NewPCG(1, seed))))
				if found != exact {
					t.Errorf("seed %d: search found %d, exact %d", seed, found, exact)
				}
			}
		})
	}
}

func TestSymmetricEigenvalues(t *testing.T) {
	const k = 7
	for _, tc := range []struct {
		name string
		a    func(i, j int) float64
		want []float64 // sorted; nil to check only the trace and Frobenius norm
	}{
		{"path", func(i, j int) float64 { return b2f(i-j == 1 || j-i == 1) }, pathEigenvalues(k)},
		{"complete", func(i, j int) float64 { return b2f(i != j) }, []float64{-1, -1, -1, -1, -1, -1, k - 1}},
		{"zero", func(i, j int) float64 { return 0 }, make([]float64, k)},
		{"dense", func(i, j int) float64 { return math.Sin(float64(i*j+i+j)) + b2f(i == j) }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := make([][]float64, k)
			var trace, frobenius float64
			for i := range a {
				a[i] = make([]float64, k)
				for j := range a[i] {
					a[i][j] = tc.a(i, j)
					frobenius += a[i][j] * a[i][j]
				}
				trace += a[i][i]
			}
			got := symmetricEigenvalues(a)
			slices.Sort(got)
			var sum, squares float64
			for i, l := range got {
				sum += l
				squares += l * l
				if tc.want != nil && math.Abs(l-tc.want[i]) > 1e-12 {
					t.Errorf("eigenvalues %v, want %v", got, tc.want)
					break
				}
			}
			if math.Abs(sum-trace) > 1e-12 || math.Abs(squares-frobenius) > 1e-10 {
				t.Errorf("eigenvalues sum to %g and their squares to %g, want %g and %g", sum, squares, trace, frobenius)
			}
		})
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func pathEigenvalues(k int) []float64 {
	l := make([]float64, k)
	for i := range l {
		l[i] = 2 * math.Cos(float64(k-i)*math.Pi/float64(k+1))
	}
	return l
}

// TestWalkBalance checks the eigenvalue route against the trace of exp(A)
// summed as a power series.
func TestWalkBalance(t *testing.T) {
	n := NewNetwork(randomSigned(12, 0.4, 0.4, 7))
	traceExp := func(abs bool) float64 {
		k := len(n.names)
		a := make([][]float64, k)
		for i := range a {
			a[i] = make([]float64, k)
			for _, e := range n.adj[i] {
				a[i][e.to] = float64(e.sign)
				if abs {
					a[i][e.to] = 1
				}
			}
		}
		power := make([][]float64, k) // A^p / p!
		for i := range power {
			power[i] = make([]float64, k)
			power[i][i] = 1
		}
		sum := float64(k)
		for p := 1; p < 60; p++ {
			next := make([][]float64, k)
			for i := range next {
				next[i] = make([]float64, k)
				for j := range next[i] {
					for m := range k {
						next[i][j] += power[i][m] * a[m][j]
					}
					next[i][j] /= float64(p)
				}
				sum += next[i][i]
			}
			power = next
		}
		return sum
	}
	want := traceExp(false) / traceExp(true)
	if got := n.walkBalance(); math.Abs(got-want) > 1e-12 {
		t.Errorf("walk balance %.15g, power series %.15g", got, want)
	}
}
