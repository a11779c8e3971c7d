package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestDescribedNounNotAhead: a participle that describes a noun an
// indefinite article opens ("a peace accord intended to end the war") says
// what the thing is for, not that the clause's act lies ahead, so the
// clause's weekday is the last one (checkAttr's report is of Thursday
// 2024-06-20); a participle of the clause's own verb phrase still looks
// ahead (describednoun.go).
func TestDescribedNounNotAhead(t *testing.T) {
	checkAttr(t, []attrCase{
		{"intended", "Ghana and Togo signed a border accord intended to end years of dispute in Accra on Friday.", "GHA TGO 057", "2024-06-14"},
		{"expected", "Ghana and Togo signed a border accord expected to end the dispute on Friday.", "GHA TGO 057", "2024-06-14"},
		{"no participle", "Ghana and Togo signed a border accord on Friday.", "GHA TGO 057", "2024-06-14"},
		// guard: the clause's own verb phrase looks ahead
		{"the clause's own", "Talks between Ghana and Togo are expected to begin on Friday.", "GHA TGO 046", "2024-06-21"},
	}, func(e dyad.Event) string { return e.Date })
}

// TestAidToCompassPart: aid sent to a part of a country named by a compass
// word is delivered there, as force used on one strikes there
// (compass.go, doc/POLICY.md §20); a country alone is no place.
func TestAidToCompassPart(t *testing.T) {
	checkAttr(t, []attrCase{
		{"rescuers", "Spain sent 40 rescuers to eastern Morocco on Monday.", "ESP MAR 073", "eastern Morocco"},
		{"a team", "Spain sent a team of 40 rescuers and six sniffer dogs to eastern Morocco.", "ESP MAR 073", "eastern Morocco"},
		{"force still", "Israeli jets struck targets in southern Lebanon.", "ISR LBN 195", "southern Lebanon"},
		// guard: the country alone places nothing
		{"the country", "Spain sent 40 rescuers to Morocco on Monday.", "ESP MAR 073", ""},
	}, placeName)
}

// TestMoreCounted: "four more jets" counts jets, not "more"; "more than"
// stays a bound (quantity.go).
func TestMoreCounted(t *testing.T) {
	checkAttr(t, []attrCase{
		{"more", "Poland bought 12 more tanks from South Korea.", "POL KOR 062", "12 tanks"},
		{"more and a model", "Hungary agreed a deal with Sweden to buy four more Gripen fighter jets.", "HUN SWE 057", "4 fighter jets"},
		// guard: a bound keeps its noun
		{"more than", "Poland bought more than 12 tanks from South Korea.", "POL KOR 062", "12 tanks"},
	}, amount)
}
