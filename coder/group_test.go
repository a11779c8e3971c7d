package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestGroupPlace: a transnational group takes the country its phrase puts
// it in, and keeps its own code.
func TestGroupPlace(t *testing.T) {
	c := testCoder(t)
	for text, want := range map[string]string{
		"Iraqi warplanes pounded Islamic State hideouts in eastern Syria on Sunday.": "SYR",
		"Iraqi warplanes pounded Islamic State positions.":                           "",
	} {
		evs := c.Code(dyad.Document{ID: "t", Date: "2018-06-30", Text: text})
		if len(evs) == 0 || evs[0].Target == nil {
			t.Errorf("%q: no event with a target: %v", text, evs)
			continue
		}
		if g := evs[0].Target; g.Code != "IMGMUSISI" || g.Country != want {
			t.Errorf("%q: target %s in %q, want IMGMUSISI in %q", text, g.Code, g.Country, want)
		}
	}
}
