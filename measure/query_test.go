package measure

import (
	"reflect"
	"testing"

	"github.com/dyadhq/dyad"
)

// The alignment network is between countries: domestic events, events
// without a target and events with an organisation neither tie a country to
// itself nor change a tie between two.
func TestEventTiesInternational(t *testing.T) {
	a := func(code, country string) *dyad.Actor {
		return &dyad.Actor{Code: dyad.ActorCode(code), Country: country}
	}
	ev := func(src, tgt *dyad.Actor, g float64) dyad.Event {
		return dyad.Event{Source: src, Target: tgt, Action: dyad.Action{Goldstein: g}}
	}
	var between []dyad.Event
	for range 3 {
		between = append(between, ev(a("USAGOV", "USA"), a("JPN", "JPN"), 3), ev(a("RUSMIL", "RUS"), a("UKR", "UKR"), -10))
	}
	want := []Tie{{From: "JPN", To: "USA", Sign: 1, Weight: 9}, {From: "RUS", To: "UKR", Sign: -1, Weight: -30}}
	if got := EventTies(between, 5, 3); !reflect.DeepEqual(got, want) {
		t.Fatalf("ties between countries: %+v, want %+v", got, want)
	}
	tests := []struct {
		name  string
		extra dyad.Event
	}{
		{"domestic conflict", ev(a("USACOP", "USA"), a("USACVL", "USA"), -10)},
		{"domestic cooperation", ev(a("JPNGOV", "JPN"), a("JPNLEG", "JPN"), 7)},
		{"no target", ev(a("RUSGOV", "RUS"), nil, -10)},
		{"no source", ev(nil, a("UKR", "UKR"), 10)},
		{"an organisation", ev(a("IGOUNO", ""), a("UKR", "UKR"), 10)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := append([]dyad.Event{}, between...)
			for range 5 {
				evs = append(evs, tt.extra)
			}
			if got := EventTies(evs, 5, 3); !reflect.DeepEqual(got, want) {
				t.Errorf("with five %s events: %+v, want %+v", tt.name, got, want)
			}
		})
	}
}

// Ties from a store's sums by pair are the ties of the events summed: the
// sums of one pair may come in parts and in either order of its countries.
func TestPairTies(t *testing.T) {
	a := func(code, country string) *dyad.Actor {
		return &dyad.Actor{Code: dyad.ActorCode(code), Country: country}
	}
	ev := func(src, tgt *dyad.Actor, g float64) dyad.Event {
		return dyad.Event{Source: src, Target: tgt, Action: dyad.Action{Goldstein: g}}
	}
	evs := []dyad.Event{ev(a("USAGOV", "USA"), a("JPN", "JPN"), 3), ev(a("JPN", "JPN"), a("USA", "USA"), 2.5),
		ev(a("USA", "USA"), a("JPN", "JPN"), 1), ev(a("RUSMIL", "RUS"), a("UKR", "UKR"), -10), ev(a("UKR", "UKR"), a("RUS", "RUS"), -4)}
	pairs := []dyad.PairSum{{A: "JPN", B: "USA", Events: 2, Goldstein: 5.5}, {A: "USA", B: "JPN", Events: 1, Goldstein: 1},
		{A: "RUS", B: "UKR", Events: 2, Goldstein: -14}, {A: "USA", B: "USA", Events: 9, Goldstein: 50}}
	for _, c := range []struct {
		threshold float64
		min       int
	}{{0, 0}, {5, 3}, {7, 2}, {14, 1}, {15, 1}} {
		want := EventTies(evs, c.threshold, c.min)
		if got := PairTies(pairs, c.threshold, c.min); !reflect.DeepEqual(got, want) {
			t.Errorf("threshold %v, min %d: %+v, want %+v", c.threshold, c.min, got, want)
		}
	}
	if got := PairTies(pairs, 0, 0); len(got) != 2 {
		t.Errorf("ties of two pairs: %+v", got)
	}
}
