package measure

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
)

// TestChangesCancelled: a cancelled context stops the permutation test and
// BOCPD within moments, where the whole computation takes seconds.
func TestChangesCancelled(t *testing.T) {
	n := 20000 // BOCPD alone takes many seconds over so many
	xs := make([]float64, n)
	periods := make([]string, n)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range xs {
		xs[i], periods[i] = float64(r.IntN(5)), fmt.Sprint(i)
	}
	for _, tt := range []struct {
		name  string
		perms int // 0: BOCPD is the long part
		find  func(ctx context.Context, perms int) error
	}{
		{"permutations", 100000, func(ctx context.Context, perms int) error {
			_, err := FindChanges(ctx, periods[:5000], xs[:5000], 0.01, perms)
			return err
		}},
		{"bocpd", 0, func(ctx context.Context, perms int) error {
			_, err := FindChanges(ctx, periods, xs, 0.01, perms)
			return err
		}},
		{"amounts", 100000, func(ctx context.Context, perms int) error {
			_, err := FindAmountChanges(ctx, periods[:5000], xs[:5000], perms)
			return err
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
			defer cancel()
			start := time.Now()
			err := tt.find(ctx, tt.perms)
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("err %v, want the deadline", err)
			}
			// each whole computation takes well over ten seconds; a loaded
			// machine may be slow to stop
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("stopped %v after the start, 20ms after which the context ended", d)
			}
		})
	}
	// an uncancelled context changes nothing
	c, err := FindChanges(context.Background(), periods[:50], xs[:50], 0.01, 99)
	if err != nil || c.PermutationP != PermutationTest(xs[:50], 99, 1) {
		t.Errorf("%+v %v", c, err)
	}
}

// TestPanelBound: a series longer than its bound is refused before it is
// built, saying the bound, even over ten thousand years of days.
func TestPanelBound(t *testing.T) {
	b := []dyad.Bucket{{Period: "2024-06-19", Events: 1}}
	for _, tt := range []struct {
		period, from, to string
		max              int
		want             string // "" for none
	}{
		{"day", "0001-01-01", "9999-12-31", 40000, "has 3652059 periods, over the bound of 40000"},
		{"day", "1950-01-01", "2024-12-31", 40000, ""},
		{"week", "1950-01-01", "2024-12-31", 1000, "has 3915 periods"},
		{"month", "1950", "2024", 900, ""},
		{"month", "1950", "2024", 899, "has 900 periods"},
		{"quarter", "0001", "9999", 1000, "has 39996 periods"},
		{"year", "0001", "9999", 0, ""},
	} {
		start := time.Now()
		pts, err := panel(b, tt.period, tt.from, tt.to, tt.max)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%v: %v", tt, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || dyad.ErrorCode(err) != dyad.EINVALID):
			t.Errorf("%v: %d periods, err %v, want %q", tt, len(pts), err, tt.want)
		case tt.want == "" && tt.max > 0 && len(pts) > tt.max:
			t.Errorf("%v: %d periods", tt, len(pts))
		}
		if d := time.Since(start); tt.want != "" && d > time.Second {
			t.Errorf("%v: refused after %v", tt, d)
		}
	}
}

// TestSums: adding events one at a time gives what the slice functions
// give.
func TestSums(t *testing.T) {
	ev := func(src, tgt string, g float64, q *dyad.Quantity, day string) dyad.Event {
		return dyad.Event{Date: day, Source: &dyad.Actor{Code: dyad.ActorCode(src), Country: src}, Target: &dyad.Actor{Code: dyad.ActorCode(tgt), Country: tgt},
			Action: dyad.Action{Goldstein: g}, Quantity: q}
	}
	evs := []dyad.Event{ev("RUS", "PRK", 4, nil, "2024-06-19"), ev("PRK", "RUS", 3, &dyad.Quantity{Value: 5, Item: "shells", Status: dyad.FlowDelivered}, "2024-06-20"),
		ev("USA", "RUS", -6, &dyad.Quantity{Value: 2, Item: "shells", Status: dyad.FlowDelivered}, "2024-07-01"), ev("USA", "USA", 9, nil, "2024-07-02")}
	var ts TieSum
	fs := FlowSum{PeriodLen: 7}
	for i := range evs {
		ts.Add(&evs[i])
		fs.Add(&evs[i])
	}
	if got, want := fmt.Sprint(ts.Ties(1, 1)), "[{PRK RUS 1 7} {RUS USA -1 -6}]"; got != want {
		t.Errorf("ties %s, want %s", got, want)
	}
	if got, want := fmt.Sprint(fs.Flows()), fmt.Sprint(Flows(evs, 7)); got != want || len(fs.Flows()) != 2 {
		t.Errorf("flows %s, want %s", got, want)
	}
}
