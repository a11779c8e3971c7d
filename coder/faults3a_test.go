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

// TestAnchoredTimes: "the day before", "the previous day", "that year" and
// "the following year" in a later clause count from the time of the clause
// before them, not from the report (anchoredtime.go); with no such time they
// keep the report's rules, and "the day before" that opens a clause still
// dates that clause from the time after it.
func TestAnchoredTimes(t *testing.T) {
	day := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"guard: the main clause keeps its day", "Turkey shelled Kurdish positions in Syria on Monday, saying the militants had fired mortars at Kilis the day before.", "TUR SYR 194", "2024-06-17"},
		{"the previous day", "Pakistan closed the Torkham crossing on Monday, saying Afghan forces had fired on Pakistani troops the previous day.", "AFGMIL PAKMIL 190", "2024-06-16"},
		{"the following day", "Russia expelled two Latvian diplomats on Monday, and Latvia expelled a Russian envoy the following day.", "LVA RUSGOV 161", "2024-06-18"},
		{"later that year", "France pulled its last soldiers out of Mali in August 2022, and Mali expelled the French ambassador later that year.", "MLI FRAGOV 161", "2022"},
		{"the following year", "Niger expelled the French ambassador in 2023, and France withdrew its troops from Chad the following year.", "FRA TCD 166", "2024"},
		{"guard: no time before it", "Police detained 14 protesters in Kampala the day before.", "UGACOP UGAOPP 173", "2024-06-19"},
		{"guard: a clause after it", "Hamas fired rockets at Ashkelon the day before Israel struck Rafah on Monday.", "PSEREBHMS ISR 194", "2024-06-16"},
	}, day)
}

// TestBorderRivers: a river on a border is where an act happened, with no
// country (places.tsv), not the country its first word names.
func TestBorderRivers(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the Niger River", "Nigerien soldiers killed 20 militants near the Niger River.", "NERMIL NERINS 190", "Niger River "},
		{"the Euphrates", "Islamic State fighters attacked Iraqi troops near the Euphrates on Monday.", "IMGMUSISI IRQMIL 190", "Euphrates "},
	}, placeCountry)
}
