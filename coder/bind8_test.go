package coder

import "testing"

// TestBind8Attrs: an act bound by the rules of branch bind8 keeps the
// attributes of its own words: the count of the victims of a passive
// struck "in an ambush claimed by" a group (claimedby8.go) and its place,
// and the count of "14 of its fighters" (countof.go).
func TestBind8Attrs(t *testing.T) {
	checkAttr(t, []attrCase{
		{"claimed ambush", "Nine Nigerian soldiers were killed on Sunday in an ambush claimed by Boko Haram in Borno state.", "NGAREBBKH NGAMIL 190", "9 soldiers"},
		{"claimed raid", "Eleven Pakistani policemen were killed on Friday in a raid claimed by the Pakistani Taliban.", "PAKREBTTP PAKCOP 190", "11 policemen"},
		{"a count of its own", "Hamas said Israeli shelling killed 14 of its fighters in Khan Younis on Monday.", "ISR PSEREBHMS 194", "14 fighters"},
	}, amount)
	checkAttr(t, []attrCase{
		{"claimed ambush's place", "Nine Nigerian soldiers were killed on Sunday in an ambush claimed by Boko Haram in Borno state.", "NGAREBBKH NGAMIL 190", "Borno"},
	}, placeName)
}
