package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestUSCourtPlaces: a U.S. borough or city where a court sits is the
// event's place, in the United States (places.tsv).
func TestUSCourtPlaces(t *testing.T) {
	checkAttr(t, []attrCase{
		{"Manhattan", "A federal judge in Manhattan jailed a former Guatemalan interior minister for 22 years on Tuesday.", "USAJUD GTMGOV 173", "Manhattan USA"},
		{"Alexandria in Virginia", "A U.S. judge in Alexandria, Virginia, jailed a Sudanese-born man for 15 years.", "USAJUD SDN 173", "Alexandria USA"},
	}, placeCountry)
}

// TestShortNameHead: a place's short name that heads a longer proper name
// ("Rio Gallegos", "the Rio Grande") is not that place (namehead.go); the
// short name alone still is.
func TestShortNameHead(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the short name alone", "Brazilian police arrested 30 protesters in Rio on Sunday.", "BRACOP BRAOPP 173", "Rio de Janeiro BRA"},
		{"heads an unknown name", "Argentine police detained 25 protesters in Rio Turbio on Monday.", "ARGCOP ARGOPP 173", ""},
		{"a river on a border", "Mexican soldiers detained 60 migrants on the banks of the Rio Grande on Monday.", "MEXMIL - 173", "Rio Grande "},
	}, placeCountry)
}

func placeCountry(e dyad.Event) string {
	if e.Location == nil || e.Location.Role != "event" {
		return ""
	}
	return e.Location.Name + " " + e.Location.Country
}
