package coder

import "testing"

// TestFlownAboard: people flown on a jet or a helicopter, or aid workers
// flown out, are released and their way goes to the release; no arms or
// aid flow takes it (aboard.go).
func TestFlownAboard(t *testing.T) {
	checkAttr(t, []attrCase{
		{"on a jet", "Four Austrian hostages freed by the Taliban were flown out of Kabul on a Turkish jet to Doha on Tuesday.", "AFGGOV AUTCVL 0841", "Kabul > Doha"},
		{"on a helicopter", "Three British journalists freed by Sudan's army were flown out of Khartoum on a Saudi helicopter to Jeddah on Sunday.", "SDNMIL GBRMED 0841", "Khartoum > Jeddah"},
		{"aid workers", "Two Japanese aid workers released by Houthi rebels were flown from Sanaa to Muscat on Friday.", "YEMREBHTH JPNNGO 0841", "Sanaa > Muscat"},
		{"guard: the jets are the load", "Norway delivered six F-16 fighter jets to Ukraine by air from Oslo on Tuesday.", "NOR UKR 072", "Oslo > Ukraine"},
	}, routeOf)
}
