package coder

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// Money let go where it was frozen, and a sentence of two movements: each
// event keeps its own amount and its own way.
func TestUnfrozen(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text string
		want       []string // "SOURCE TARGET CODE amount | route" of each event
	}{
		{"frozen money moved on", "About $3 billion of Afghan central bank reserves frozen in Germany were moved to a trust fund in Switzerland on Tuesday.",
			[]string{"DEU AFG 0842 3e+09 | Germany -> Switzerland"}},
		{"two movements, two ways", "Two Japanese nationals released by North Korea in a prisoner deal were flown from Pyongyang to Beijing on Sunday, after $300 million of North Korean funds frozen in Japan was transferred to accounts in Singapore.",
			[]string{"PRK JPN 0841 2 | Pyongyang -> Beijing", "JPN PRK 0842 3e+08 | Japan -> Singapore"}},
		{"money still held", "Russian assets frozen in Belgium remain in place.", nil},
		{"a move to come", "Iranian funds frozen in Iraq will be transferred to Oman next month.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range c.Code(dyad.Document{ID: "t", Date: "2024-05-06", Text: tt.text}) {
				s := e.Source.Key() + " " + e.Target.Key() + " " + string(e.Action.Code)
				if e.Quantity != nil {
					s += " " + fmtNum(e.Quantity.Value)
				}
				var legs []string
				for _, p := range e.Route {
					legs = append(legs, p.Name)
				}
				got = append(got, s+" | "+strings.Join(legs, " -> "))
			}
			if g, w := strings.Join(got, "; "), strings.Join(tt.want, "; "); g != w {
				t.Errorf("%s\n got %q\nwant %q", tt.text, g, w)
			}
		})
	}
}
