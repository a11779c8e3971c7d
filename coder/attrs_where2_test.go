package coder

import "testing"

// TestFlownOut: the end of a foreign force's presence told by its last
// flight out happened at the town of the country left that it flew out of,
// in whichever clause the flight is told, over the country the presence
// ended in (flownout.go).
func TestFlownOut(t *testing.T) {
	checkAttr(t, []attrCase{
		{"flying out of", "The last German soldiers left Mali on Tuesday, flying out of Gao and completing the pullout of some 1,000 troops.", "DEUMIL MLI 166", "Gao"},
		{"as a plane took off", "The last German troops left Mali on Tuesday as a transport plane took off from Bamako.", "DEUMIL MLI 166", "Bamako"},
		{"the plane first", "The last German transport plane took off from Bamako airport on Tuesday, completing the withdrawal of German troops from Mali.", "DEUMIL MLI 166", "Bamako"},
		{"pulled out", "The last Russian soldiers pulled out of Armenia on Sunday, flying out of Yerevan airport after 30 years.", "RUSMIL ARM 0874", "Yerevan"},
		{"over the country", "The last British military plane took off from Basra airport on Monday, ending six years of British military presence in Iraq.", "GBRMIL IRQ 0874", "Basra"},
		// a town of another country is no place of the country left
		{"home town", "The last Dutch soldiers left Afghanistan on Monday, a month after a first group flew out of Eindhoven.", "NLDMIL AFG 166", ""},
	}, placeName)
}

// TestBlockedAccess: a blockade of the way into a place ("blocked access to
// the airport", "the main roads to Dublin") happened at that place, as a
// blockade of the place itself does (accessto.go).
func TestBlockedAccess(t *testing.T) {
	checkAttr(t, []attrCase{
		{"access to a possessive airport", "Hundreds of angry protesters blocked the roads to Barcelona's El Prat airport on Friday.", "ESPOPP ESP 144", "Barcelona-El Prat Airport"},
		{"access to", "Thousands of protesters blocked access to Ben Gurion Airport on Tuesday, where police charged them.", "ISROPP ISR 144", "Ben Gurion Airport"},
		{"the road to", "Hundreds of taxi drivers blocked the road to Ben Gurion Airport on Tuesday.", "ISRLAB ISR 144", "Ben Gurion Airport"},
		{"the main roads to a capital", "Farmers blocked the main roads to Dublin on Monday.", "IRLAGR IRL 144", "Dublin"},
		{"the entrance", "Protesters blocked the entrance to the Ben Gurion Airport on Friday.", "ISROPP ISR 144", "Ben Gurion Airport"},
		// a place named for another purpose is no way blocked
		{"another aim", "Protesters blocked a road on Friday to protest against a visit to Paris.", "FRAOPP FRA 144", ""},
	}, placeName)
}

// TestYieldedAtCapture: a side's yielding (0874) told beside its foe's
// capture of a place happened at the place captured, when its own clause
// names none (yielded.go).
func TestYieldedAtCapture(t *testing.T) {
	checkAttr(t, []attrCase{
		{"laid down weapons", "Rebels captured Bukavu, the biggest town of South Kivu province, on Sunday as Congolese soldiers laid down their weapons.", "CODMIL CODREB 0874", "Bukavu"},
		{"surrendered", "The rebel alliance said it had taken full control of the town of Lashio after hundreds of Myanmar army soldiers surrendered.", "MMRMIL MMR 0874", "Lashio"},
		{"pulling out", "Russia said its forces had captured the eastern Ukrainian town of Vuhledar, after Ukraine's top general announced that his troops were pulling out to avoid being surrounded.", "UKRMIL RUS 0874", "Vuhledar"},
		// with no capture told, no place is guessed
		{"no capture", "Hundreds of Myanmar army soldiers surrendered to the rebel alliance on Monday.", "MMRMIL - 0874", ""},
	}, placeName)
}

// TestHandedOverAt: a release done by conveying the freed to where they are
// handed over happened where they were taken to; a release with no trip
// stays where they were held (handedover.go).
func TestHandedOverAt(t *testing.T) {
	checkAttr(t, []attrCase{
		{"flying them", "Belarus freed two Polish activists on Friday, flying them from Minsk to Vilnius for an exchange.", "BLR POLOPP 0841", "Vilnius"},
		{"driving him", "India handed back a Pakistani fisherman on Monday, driving him from Amritsar to the Attari border post late in the evening.", "IND PAKAGR 0841", "Attari"},
		{"no trip", "Israel freed 40 Palestinian prisoners from a jail near Ramallah on Monday.", "ISR PSECVL 0841", "Ramallah"},
	}, placeName)
}
