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

// TestBasedWeaponOwner: a weapon whose owner's adjective stands before its
// noun, "based in" or "flying from" a country, is the owner's, and the
// country is where it was, no party (launchedVia, sortieplace.go); a role
// word of its own keeps its code.
func TestBasedWeaponOwner(t *testing.T) {
	checkAttr(t, []attrCase{
		{"based in", "Israeli drones based in Cyprus struck Beirut.", "ISR LBN 195", "Beirut"},
		{"stationed in", "Russian jets stationed in Syria bombed the Turkish border town of Kilis.", "RUS TUR 195", "Kilis"},
		{"guard: a role word", "Russian troops based in Belarus shelled Chernihiv.", "RUSMIL UKR 194", "Chernihiv"},
	}, placeName)
}

// TestBaseCountry: the country an attacker is based in or flew from, named
// before the act's verb, is not the scene of force it used on another
// (baseCountry, sortieplace.go); the target's country is.
func TestBaseCountry(t *testing.T) {
	checkAttr(t, []attrCase{
		{"stationed in", "American bombers stationed in Britain struck targets in Iraq.", "USAMIL IRQ 195", "Iraq"},
		{"based in", "Russian troops based in Belarus shelled targets in Ukraine.", "RUSMIL UKR 194", "Ukraine"},
		{"guard: launched from its own", "Iranian drones launched from Iran struck targets in Iraq.", "IRN IRQ 195", "Iraq"},
	}, placeName)
}
