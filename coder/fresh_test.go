package coder

import "testing"

// TestResortPlace: a resort is a place noun, so "the Turkish resort of X"
// places the event at X, as "the Turkish city of X" does (words.go
// placeNouns, described.go settlementNouns).
func TestResortPlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"talks at a resort", "The Sudanese and Ethiopian foreign ministers held talks in the Egyptian resort of Sharm el-Sheikh on Monday.", "SDNGOV ETHGOV 046", "Sharm el-Sheikh"},
		{"a sea resort", "Vladimir Putin met Recep Tayyip Erdogan in the Black Sea resort of Sochi.", "RUSGOV TURGOV 040", "Sochi"},
		{"an attack at a resort", "Gunmen attacked tourists in the Egyptian resort of Hurghada.", "EGYUAF EGY 182", "Hurghada"},
		// a resort named by no place name places nothing
		{"no name", "The Armenian and Azerbaijani foreign ministers met at a ski resort on Friday.", "ARMGOV AZEGOV 040", ""},
	}, placeName)
}
