package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestPoliceArrestAttrs: a passive arrest in a later clause than the
// police's act (arrestedbypolice.go) is at the act's place and on its day;
// the police's own act keeps them.
func TestPoliceArrestAttrs(t *testing.T) {
	cases := []attrCase{
		{"place", "Police in Lagos fired tear gas at protesters on Monday, and dozens were arrested.", "NGACOP NGACVL 173", "Lagos"},
		{"place of another town", "Riot police in Kampala beat back student marchers on Friday, and 30 were detained.", "UGACOP UGACVL 173", "Kampala"},
		{"guard: the police's act", "Police in Lagos fired tear gas at protesters on Monday, and dozens were arrested.", "NGACOP NGAOPP 175", "Lagos"},
	}
	checkAttr(t, cases, placeName)
	checkAttr(t, []attrCase{
		{"day", "Police in Lagos fired tear gas at protesters on Monday, and dozens were arrested.", "NGACOP NGACVL 173", "2024-06-17"},
	}, func(e dyad.Event) string { return e.Date })
}

// TestDownedPassiveAttrs: a downing told in the passive (downedpassive.go)
// is where it was brought down, on its day.
func TestDownedPassiveAttrs(t *testing.T) {
	checkAttr(t, []attrCase{
		{"over a region", "A Ukrainian drone was shot down over Belgorod on Monday, Russia's defence ministry said.", "RUSMIL UKR 190", "Belgorod"},
		{"over a city", "Two Russian missiles were intercepted over Kyiv on Tuesday, Ukraine's air force said.", "UKRMIL RUS 190", "Kyiv"},
	}, placeName)
	checkAttr(t, []attrCase{
		{"day", "A Ukrainian drone was shot down over Belgorod on Monday, Russia's defence ministry said.", "RUSMIL UKR 190", "2024-06-17"},
	}, func(e dyad.Event) string { return e.Date })
}

// TestPoliceArrestDay: a passive arrest in an undated sentence after the
// police's act takes the act's day (arrestedbypolice.go); one with its own
// day keeps it.
func TestPoliceArrestDay(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the act's day", "Georgian riot police broke up a rally outside parliament in Tbilisi on Tuesday. Dozens of protesters were arrested.", "GEOCOP GEOOPP 173", "2024-06-18"},
		{"guard: its own day", "Police in Minsk dispersed a rally on Sunday. Dozens of protesters were detained on Monday.", "BLRCOP BLROPP 173", "2024-06-17"},
	}, func(e dyad.Event) string { return e.Date })
}
