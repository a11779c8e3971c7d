package coder

import (
	"fmt"
	"testing"

	"github.com/dyadhq/dyad"
)

// measured is an event's amount with its unit: "20000 round " for
// "20,000 rounds of 155 mm shells".
func measured(e dyad.Event) string {
	if e.Quantity == nil {
		return ""
	}
	return fmt.Sprintf("%g %s %s", e.Quantity.Value, e.Quantity.Unit, e.Quantity.Item)
}

// TestCalibre: a number before "mm" or "calibre" is a bore, not an amount:
// "rounds of 155 mm shells" counts the rounds, "40 122 mm rockets" the
// rockets (calibre.go); a count with no bore is as before.
func TestCalibre(t *testing.T) {
	checkAttr(t, []attrCase{
		{"rounds of a bore", "Norway delivered 12,000 rounds of 155 mm artillery shells to Ukraine on Tuesday.", "NOR UKR 072", "12000 round "},
		{"rounds of a bore, no kind word", "Spain shipped 8,000 rounds of 105 mm ammunition to Ukraine on Friday.", "ESP UKR 072", "8000 round "},
		{"a count before a bore", "Russian forces fired 35 122 mm rockets at Nikopol on Sunday.", "RUSMIL UKR 194", "35  rockets"},
		{"guard: no bore", "Norway delivered 12,000 artillery shells to Ukraine on Tuesday.", "NOR UKR 072", "12000  artillery shells"},
	}, measured)
}

// TestTrucksCounted: trucks and lorries counted are the noun counted
// (POLICY §20), not a unit of what they carry (units.txt); a truckload
// still is one.
func TestTrucksCounted(t *testing.T) {
	checkAttr(t, []attrCase{
		{"trucks of aid", "Jordan on Thursday dispatched 75 trucks of food aid to Gaza via Kerem Shalom.", "JOR PSE 073", "75  trucks"},
		{"lorries of", "Turkey sent 30 lorries of flour into northwest Syria through Bab al-Hawa on Monday.", "TUR SYR 073", "30  lorries"},
		{"guard: truckloads", "Egypt sent 40 truckloads of medicine to Gaza on Wednesday.", "EGY PSE 073", "40 truckload medicine"},
	}, measured)
}
