package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// A capital named after its country's adjective ("the Kyrgyz capital
// Bishkek") is where the event happened, as "in Bishkek" is: the phrase's
// preposition reaches the city across the adjective.
func TestCapitalAfterAdjective(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		text, want string // the first event's code and place name, "-" for none
	}{
		{"Protesters stormed a government office in the Kyrgyz capital Bishkek on Friday.", "145 Bishkek"},
		{"Demonstrators rallied in the Georgian capital Tbilisi on Sunday.", "141 Tbilisi"},
		{"Protesters stormed the main government building in Bishkek on Tuesday.", "145 Bishkek"},
	}
	for _, tt := range tests {
		evs := c.Code(dyad.Document{ID: "t", Date: "2024-05-14", Text: tt.text})
		got := "none"
		if len(evs) > 0 {
			loc := "-"
			if evs[0].Location != nil {
				loc = evs[0].Location.Name
			}
			got = string(evs[0].Action.Code) + " " + loc
		}
		if got != tt.want {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
