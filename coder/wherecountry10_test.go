package coder

import "testing"

// TestSortiePlace: where aircraft or weapons took off from, told between
// the weapon's noun and the act's verb ("jets flying from bases in the
// Negev struck Rafah"), is not where their force struck
// (sortieplace.go); with no other place named it stays the place.
func TestSortiePlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"flying from bases in", "Israeli jets flying from bases in the Negev struck Rafah on Monday.", "ISR PSE 195", "Rafah"},
		{"taking off from", "Russian drones taking off from an airfield near Kursk hit Sumy on Monday.", "RUS UKR 195", "Sumy"},
		{"from airfields in", "Russian bombers flying from airfields in Crimea struck Mykolaiv on Friday.", "RUSMIL UKR 195", "Mykolaiv"},
		{"guard: a flight's way", "Belarus scrambled a fighter to force a Latvian airliner that was flying from Riga to Rome to land in Minsk.", "BLR LVA 181", "Minsk"},
		{"guard: the base alone", "Israeli jets flying from bases in the Negev struck Hamas targets overnight.", "ISR PSEREBHMS 195", "Negev"},
	}, placeName)
}
