package measure

import (
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
)

// openEvidence opens a file of the shared data, skipping the test where it is
// absent, as on a fresh clone.
func openEvidence(tb testing.TB, name string) *os.File {
	tb.Helper()
	f, err := os.Open(filepath.Join(analytics, name))
	if os.IsNotExist(err) {
		tb.Skipf("shared data %s absent (it lives outside the repository, in ../shared/data/analytics)", name)
	}
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

// tieOf finds the tie between a and b in either direction.
func tieOf(ties []Tie, a, b string) (Tie, bool) {
	for _, t := range ties {
		if t.From == a && t.To == b || t.From == b && t.To == a {
			return t, true
		}
	}
	return Tie{}, false
}

func TestCOWToISO3(t *testing.T) {
	want := map[int]string{
		2: "USA", 20: "CAN", 160: "ARG", 140: "BRA", 70: "MEX", 200: "GBR",
		220: "FRA", 255: "DEU", 260: "DEU", 325: "ITA", 365: "RUS", 640: "TUR",
		670: "SAU", 560: "ZAF", 710: "CHN", 740: "JPN", 731: "PRK", 732: "KOR",
		750: "IND", 850: "IDN", 900: "AUS", 369: "UKR", 630: "IRN", 666: "ISR",
		770: "PAK", 713: "TWN", 690: "KWT", 692: "BHR", 694: "QAT", 696: "ARE",
		698: "OMN", 345: "SRB",
	}
	for c, iso := range want {
		if got, ok := COWToISO3(c); !ok || got != iso {
			t.Errorf("COWToISO3(%d) = %q, %v; want %q", c, got, ok, iso)
		}
	}
	if got, ok := COWToISO3(730); ok {
		t.Errorf("COWToISO3(730) = %q; want none (Korea before 1905)", got)
	}
	seen := map[string]int{}
	for c, iso := range cowISO3 {
		if len(iso) != 3 || strings.ToUpper(iso) != iso {
			t.Errorf("COW %d: code %q is not three capitals", c, iso)
		}
		seen[iso]++
	}
	for iso, n := range seen {
		if n > 1 && !slices.Contains([]string{"DEU", "AUT", "YEM"}, iso) {
			t.Errorf("%s has %d COW codes", iso, n)
		}
	}
}

func TestAllianceTiesSmall(t *testing.T) {
	in := `ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul
2,740,2010,1,0,0,0,0
740,2,2010,1,0,0,0,0
365,710,2010,0,0,0,1,1
2,365,2010,0,0,0,0,0
2,732,2009,1,0,0,0,0
240,245,2010,1,0,0,0,0
`
	ties, err := AllianceTies(strings.NewReader(in), 2010)
	if err != nil {
		t.Fatal(err)
	}
	want := []Tie{{"CHN", "RUS", 1, 1}, {"JPN", "USA", 1, 1}}
	if !slices.Equal(ties, want) {
		t.Errorf("got %v, want %v", ties, want)
	}
	_, err = AllianceTies(strings.NewReader("ccode1,ccode2,year\n2,20,2010\n"), 2010)
	var de *dyad.Error
	if !errors.As(err, &de) || de.Code != dyad.EINVALID {
		t.Errorf("no obligation column: err %v, want EINVALID", err)
	}
}

func TestAllianceTiesATOP(t *testing.T) {
	f := openEvidence(t, "atop5_dyad_year_peacesciencer.csv")
	ties, err := AllianceTies(f, 2010)
	if err != nil {
		t.Fatal(err)
	}
	// In ATOP 5 for 2010, the US is allied with Japan and South Korea
	// (defence pacts) and Russia with China (non-aggression and
	// consultation, the 2001 treaty). What the data also says: the US has a
	// non-aggression obligation, and so a tie, with Russia (ATOP's
	// European security accords) and with North Korea (both acceded to the
	// ASEAN Treaty of Amity and Cooperation), but none with Iran or Syria.
	for _, p := range [][2]string{{"USA", "JPN"}, {"USA", "KOR"}, {"RUS", "CHN"}, {"USA", "GBR"}, {"USA", "RUS"}, {"USA", "PRK"}} {
		if tie, ok := tieOf(ties, p[0], p[1]); !ok || tie.Sign != 1 {
			t.Errorf("%s-%s: got %v, %v; want allied", p[0], p[1], tie, ok)
		}
	}
	for _, p := range [][2]string{{"USA", "IRN"}, {"USA", "SYR"}} {
		if tie, ok := tieOf(ties, p[0], p[1]); ok {
			t.Errorf("%s-%s: got %v, want no alliance", p[0], p[1], tie)
		}
	}
	t.Logf("ATOP 2010: %d allied pairs", len(ties))

	// Coverage: every COW code in the file with a year after 1945 maps.
	f.Seek(0, io.SeekStart)
	r := csv.NewReader(f)
	r.Read()
	unmapped := map[string]bool{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range rec[:2] {
			c, _ := strconv.Atoi(s)
			if _, ok := COWToISO3(c); !ok {
				unmapped[s+"/"+rec[2][:3]+"0s"] = true
			}
		}
		if y, _ := strconv.Atoi(rec[2]); y > 1945 {
			for _, s := range rec[:2] {
				c, _ := strconv.Atoi(s)
				if _, ok := COWToISO3(c); !ok {
					t.Errorf("COW %d in ATOP %d has no ISO3 code", c, y)
				}
			}
		}
	}
	var u []string
	for k := range unmapped {
		u = append(u, k)
	}
	slices.Sort(u)
	t.Logf("COW codes in ATOP without ISO3 (code/decade): %v", u)
}

func TestVoteTiesSmall(t *testing.T) {
	rolls := "rcid,session,date\n1,1,2010-01-01\n2,1,2011-05-05\n3,1,2012-01-01\n4,1,2020-01-01\n"
	// 1-3 in the window, 4 outside. US and IL agree on all three; US and KP
	// disagree on all three; IL and KP share only rcid 1 and 2 (KP's
	// "absent" on 3 is not a vote); CA votes twice on 1, first vote counts.
	votes := `rcid,country_code,vote
1,"US","no"
1,"IL","no"
1,"KP","yes"
1,"CA","yes"
1,"CA","no"
2,"US","yes"
2,"IL","yes"
2,"KP","abstain"
3,"US","no"
3,"IL","no"
3,"KP","absent"
3,"KP","yes"
4,"US","yes"
4,"KP","yes"
1,,"yes"
`
	ties, err := VoteTies(strings.NewReader(votes), strings.NewReader(rolls), 2010, 2012, 0.8, 0.3, 2)
	if err != nil {
		t.Fatal(err)
	}
	want := []Tie{{"ISR", "PRK", -1, 0}, {"ISR", "USA", 1, 1}, {"PRK", "USA", -1, 0}}
	if !slices.Equal(ties, want) {
		t.Errorf("got %v, want %v", ties, want)
	}
	// With minVotes 1, CA (one vote, rcid 1: yes) joins: it agrees with KP.
	ties, err = VoteTies(strings.NewReader(votes), strings.NewReader(rolls), 2010, 2012, 0.8, 0.3, 1)
	if err != nil {
		t.Fatal(err)
	}
	if tie, ok := tieOf(ties, "CAN", "PRK"); !ok || tie.Sign != 1 || tie.Weight != 1 {
		t.Errorf("CAN-PRK: got %v, %v; want positive, agreement 1", tie, ok)
	}
	if _, err := VoteTies(strings.NewReader(votes), strings.NewReader(rolls), 2010, 2012, 0.3, 0.8, 1); err == nil {
		t.Error("lo above hi: no error")
	}
}

func TestVoteTiesUN(t *testing.T) {
	votes := openEvidence(t, "unvotes_votes.csv")
	rolls := openEvidence(t, "unvotes_roll_calls.csv")
	start := time.Now()
	ties, err := VoteTies(votes, rolls, 2010, 2015, 0.8, 0.4, 50)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("UN votes 2010-2015: %d ties in %v", len(ties), time.Since(start))
	if tie, ok := tieOf(ties, "USA", "ISR"); !ok || tie.Sign != 1 {
		t.Errorf("USA-ISR: got %v, %v; want positive", tie, ok)
	} else {
		t.Logf("USA-ISR agreement %.3f", tie.Weight)
	}
	for _, p := range [][2]string{{"USA", "PRK"}, {"USA", "IRN"}} {
		if tie, ok := tieOf(ties, p[0], p[1]); !ok || tie.Sign != -1 {
			t.Errorf("%s-%s: got %v, %v; want negative", p[0], p[1], tie, ok)
		} else {
			t.Logf("%s-%s agreement %.3f", p[0], p[1], tie.Weight)
		}
	}

	// Every country code in the data maps, except the empty one.
	c := openEvidence(t, "unvotes_countries.csv")
	r := csv.NewReader(c)
	r.Read()
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if rec[0] == "" {
			t.Logf("no code, not matched: %s", rec[1])
		} else if alpha2ToISO3(rec[0]) == "" {
			t.Errorf("country code %s (%s) has no ISO3 code", rec[0], rec[1])
		}
	}
}

func BenchmarkVoteTiesAllYears(b *testing.B) {
	for b.Loop() {
		votes := openEvidence(b, "unvotes_votes.csv")
		rolls := openEvidence(b, "unvotes_roll_calls.csv")
		if _, err := VoteTies(votes, rolls, 1946, 2019, 0.8, 0.4, 50); err != nil {
			b.Fatal(err)
		}
	}
}

func TestArmsTiesSmall(t *testing.T) {
	in := `supplier,recipient,year,value,supplier_cown,recipient_cown
Russia,India,2000,100,365,750
Russia,India,2001,50.5,365,750
Soviet Union,India,1980,900,365,750
United States,Saudi Arabia,2010,20,2,670
PKK (Turkey)*,Turkey,2010,500,640,640
NATO**,Ukraine,2010,500,NA,369
Serbia,Palestine,2010,30,NA,NA
Unknown supplier(s),India,2010,40,NA,750
`
	ties, err := ArmsTies(strings.NewReader(in), 2000, 2020, 25)
	if err != nil {
		t.Fatal(err)
	}
	want := []Tie{{"RUS", "IND", 1, 150.5}, {"SRB", "PSE", 1, 30}}
	if !slices.Equal(ties, want) {
		t.Errorf("got %v, want %v", ties, want)
	}
}

func TestArmsTiesSIPRI(t *testing.T) {
	f := openEvidence(t, "sipri_tiv_dyad_year_360info.csv")
	ties, err := ArmsTies(f, 2000, 2020, 100)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("SIPRI 2000-2020: %d ties of at least 100 TIV", len(ties))
	for _, p := range [][2]string{{"RUS", "IND"}, {"USA", "SAU"}, {"USA", "ISR"}, {"RUS", "CHN"}} {
		i := slices.IndexFunc(ties, func(t Tie) bool { return t.From == p[0] && t.To == p[1] })
		if i < 0 || ties[i].Sign != 1 {
			t.Errorf("%s->%s: no positive tie", p[0], p[1])
			continue
		}
		t.Logf("%s->%s %.0f TIV", p[0], p[1], ties[i].Weight)
	}

	// Names that no ISO3 code matches.
	f.Seek(0, io.SeekStart)
	r := csv.NewReader(f)
	r.Read()
	unmatched := map[string]bool{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		for k, name := range rec[:2] {
			if strings.HasSuffix(name, "*") || sipriSkip[name] {
				unmatched[name] = true
				continue
			}
			if c, err := strconv.Atoi(rec[4+k]); err == nil {
				if _, ok := COWToISO3(c); !ok {
					t.Errorf("%s: COW %d has no ISO3 code", name, c)
				}
			} else if sipriNames[name] == "" {
				unmatched[name] = true
			}
		}
	}
	var u []string
	for k := range unmatched {
		u = append(u, k)
	}
	slices.Sort(u)
	t.Logf("SIPRI names skipped (%d): %q", len(u), u)
}

func TestCombine(t *testing.T) {
	alliances := []Tie{{"USA", "JPN", 1, 1}, {"USA", "KOR", 1, 1}, {"RUS", "CHN", 1, 1}}
	votes := []Tie{{"JPN", "USA", 1, 0.9}, {"CHN", "RUS", 1, 0.85}, {"PRK", "USA", -1, 0.05}, {"KOR", "USA", -1, 0.3}}
	arms := []Tie{
		{"USA", "JPN", 1, 500}, {"RUS", "CHN", 1, 900}, {"CHN", "RUS", 1, 10},
		{"USA", "USA", 1, 1}, {"PRK", "IRN", 0, 3},
	}
	got := Combine(alliances, votes, arms)
	want := []Tie{
		{"CHN", "RUS", 1, 3}, // three sources agree; both directions of arms count once
		{"JPN", "USA", 1, 3},
		{"PRK", "USA", -1, 1}, // votes alone
		// KOR-USA: alliance +1, votes -1: cancels, dropped.
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// Two sources against one: the majority wins, weight two.
	got = Combine([]Tie{{"A", "B", 1, 1}}, []Tie{{"B", "A", -1, 1}}, []Tie{{"A", "B", 1, 7}})
	if want := []Tie{{"A", "B", 1, 2}}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// Within one set, opposite signs cancel and the set abstains.
	got = Combine([]Tie{{"A", "B", 1, 1}, {"B", "A", -1, 1}}, []Tie{{"A", "B", -1, 1}})
	if want := []Tie{{"A", "B", -1, 1}}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if got := Combine(); len(got) != 0 {
		t.Errorf("Combine() = %v", got)
	}
	// The result builds a network.
	if n := NewNetwork(Combine(alliances, votes, arms)); len(n.Ties()) != 3 {
		t.Errorf("network ties %v", n.Ties())
	}
}

// Defence and offence pacts alone: the narrow sense of alliance.
func TestAllianceTiesNarrow(t *testing.T) {
	f, err := os.Open(analytics + "/atop5_dyad_year_peacesciencer.csv")
	if err != nil {
		t.Skip("../shared/data/analytics is absent (a fresh clone): skipping")
	}
	defer f.Close()
	ties, err := AllianceTies(f, 2010, "defense", "offense")
	if err != nil {
		t.Fatal(err)
	}
	has := map[[2]string]bool{}
	for _, t := range ties {
		has[[2]string{t.From, t.To}] = true
	}
	if !has[[2]string{"JPN", "USA"}] || !has[[2]string{"KOR", "USA"}] || has[[2]string{"PRK", "USA"}] || has[[2]string{"RUS", "USA"}] {
		t.Errorf("defence pacts 2010: JPN-USA %v KOR-USA %v PRK-USA %v RUS-USA %v", has[[2]string{"JPN", "USA"}],
			has[[2]string{"KOR", "USA"}], has[[2]string{"PRK", "USA"}], has[[2]string{"RUS", "USA"}])
	}
}
