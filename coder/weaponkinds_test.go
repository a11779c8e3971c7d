package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// TestStrikeSites pins where strikes happened: the site a strike's words
// place it at, not a name inside a building's name ("the General Santander
// police academy" is named after a general, not in Spain), and a place in
// the country whose internationally recognised territory it is (POLICY §4).
func TestStrikeSites(t *testing.T) {
	checkAttr(t, []attrCase{
		{"inside a name of a person", "A car bomb exploded outside the Marshal Tito barracks in Mostar on Monday, killing four soldiers.", "BIH BIHCVL 1832", "Mostar (BIH)"},
		{"recognised territory", "Israeli troops moved into the Golan Heights on Sunday.", "ISRMIL SYR 192", "Golan Heights (SYR)"},
		// a bomb no one set went off where its source is, near or outside it too
		{"bomb near a place", "A car bomb exploded near Quetta's main market on Sunday, killing five people.", "PAK PAKCVL 1832", "Quetta (PAK)"},
		// a place of the clause after "after" is the earlier act's, even when
		// its subject is counted ("after 26 people were killed")
		{"not the after clause's place", "Israel struck 12 sites in Lebanon on Monday, a week after 12 people were killed by a rocket in Majdal Shams.", "ISR LBN 195", "Lebanon (LBN)"},
	}, func(e dyad.Event) string {
		if e.Location == nil {
			return ""
		}
		return e.Location.Name + " (" + e.Location.Country + ")"
	})
}

// TestThatOfTime pins "that" before a time word as a determiner, no clause
// boundary: "responded later that day with air strikes" is one clause, whose
// subject is the actor before it.
func TestThatOfTime(t *testing.T) {
	for _, tc := range []struct {
		text     string
		boundary bool
	}{
		{"Ecuador's president ordered the army later that day to neutralise the gangs.", false},
		{"The army said that night raids had killed 12 militants.", true},
		{"Russia said that Ukraine had shelled the town.", true},
	} {
		toks := text.Tokenize(tc.text, 0)
		b := boundaries(toks)
		for i := range toks {
			if toks[i].Lower == "that" && b[i] != tc.boundary {
				t.Errorf("%s: boundary at \"that\" is %v, want %v", tc.text, b[i], tc.boundary)
			}
		}
	}
}
