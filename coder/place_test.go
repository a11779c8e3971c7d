package coder

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// Where events happen and which way things move.
func TestLocationsAndRoutes(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		date, text string
		want       string // "CODE location(role) | route" of the first event
	}{
		{"2024-06-20", "Vladimir Putin visited Pyongyang on Wednesday.", "042 Pyongyang(event) |"},
		{"2024-06-20", "Vladimir Putin made a visit to North Korea.", "042 North Korea(event) |"},
		{"2023-03-21", "Xi Jinping and Vladimir Putin held talks in Moscow on Tuesday.", "046 Moscow(event) |"},
		{"2024-01-10", "Chinese and Philippine troops clashed near Second Thomas Shoal on Sunday.", "190 Second Thomas Shoal(event) |"},
		{"2024-05-01", "Russia shipped 100,000 tonnes of grain to Egypt by sea from Novorossiysk to Alexandria.",
			"061 Alexandria(event) | Novorossiysk(sea) -> Alexandria"},
		{"2024-05-01", "North Korea sent artillery shells to Russia by rail from Tumangang to Khasan and on by road to Belgorod.",
			"072 Belgorod(event) | Tumangang(rail) -> Khasan(road) -> Belgorod"},
	}
	for _, tt := range tests {
		evs := c.Code(dyad.Document{ID: "t", Date: tt.date, Text: tt.text})
		got := ""
		if len(evs) > 0 {
			e := evs[0]
			loc := "-"
			if e.Location != nil {
				loc = fmt.Sprintf("%s(%s)", e.Location.Name, e.Location.Role)
			}
			var legs []string
			for _, p := range e.Route {
				if p.Mode != "" {
					legs = append(legs, fmt.Sprintf("%s(%s)", p.Name, p.Mode))
				} else {
					legs = append(legs, p.Name)
				}
			}
			got = strings.TrimSpace(fmt.Sprintf("%s %s | %s", e.Action.Code, loc, strings.Join(legs, " -> ")))
		}
		if tt.want == "" {
			continue
		}
		if got != tt.want {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
