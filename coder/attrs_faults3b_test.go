package coder

import "testing"

// TestContrastRemnantCount: a remnant after "while" and each party of a
// remnant's list count their own amount, what the first act counted
// (ellipsis.go, remnantlist.go); the first act keeps its own.
func TestContrastRemnantCount(t *testing.T) {
	checkAttr(t, []attrCase{
		{"while, with its verb", "Lithuania expelled 14 Belarusian diplomats on Friday, while Latvia expelled six.", "LVA BLRGOV 161", "6 diplomats"},
		{"a list's second party", "Romania expelled ten Russian diplomats, and Bulgaria, Greece and Croatia two each.", "GRC RUSGOV 161", "2 diplomats"},
		{"the first keeps its own", "Romania expelled ten Russian diplomats, and Bulgaria, Greece and Croatia two each.", "ROU RUSGOV 161", "10 diplomats"},
	}, amount)
}

// TestVenueOfUprooted: where migrants were beaten is the act's place, not
// its target (uprootedvenue.go).
func TestVenueOfUprooted(t *testing.T) {
	checkAttr(t, []attrCase{
		{"near a town", "Asylum seekers were beaten by Hungarian police near Roszke on Tuesday.", "HUNCOP - 182", "Röszke"},
	}, placeName)
}
