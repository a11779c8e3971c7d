package coder

import "testing"

// TestItsOwner pins what "its" stands for where no event shows it: the
// organisation or the place the act reaches, but not a partner of "with",
// and not a place whose "its" heads a state's own body.
func TestItsOwner(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, want string }{
		// the organisation whose offices were raided
		{"Ugandan soldiers raided the offices of an opposition party in Kampala and detained 12 of its members.", "UGAOPP"},
		// the place shelled, and its people
		{"Nigerian troops shelled the town of Gwoza and its people fled.", "NGA"},
		// a partner the subject deals with keeps its own debt
		{"Sri Lanka reached a deal with a Chinese state bank to restructure part of its debt.", "LKA"},
		// the organisation, past a place named after it
		{"Indian police raided the offices of an aid group on behalf of Nepal and seized its files.", "INDNGO"},
		// a state's own body after "its" is the subject's, not the town's
		{"The Russian army shelled the town of Bakhmut and its commanders detained two deserters.", "RUSMIL"},
		// not a ship's
		{"The Greek navy seized a tanker and detained its crew.", "GRCMIL"},
	} {
		if got := pronounCode(c, tc.text, "its"); got != tc.want {
			t.Errorf("%q: \"its\" is %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestThemPossessed pins "them" after a possessive's people: the
// organisation's people, unless they are the subject of the clause.
func TestThemPossessed(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, want string }{
		{"The Turkish government banned a trade union and jailed its leaders after accusing them of treason.", "TURLAB"},
		// the possessed people are the subject of the clause of "them"
		{"Nigerian police dispersed members of a student union and its leaders condemned them.", "NGACOP"},
	} {
		if got := pronounCode(c, tc.text, "them"); got != tc.want {
			t.Errorf("%q: \"them\" is %s, want %s", tc.text, got, tc.want)
		}
	}
}
