package coder

import "testing"

// TestFlownOut: the end of a foreign force's presence told by its last
// flight out happened at the town of the country left that it flew out of,
// in whichever clause the flight is told, over the country the presence
// ended in (flownout.go).
func TestFlownOut(t *testing.T) {
	checkAttr(t, []attrCase{
		{"flying out of", "The last French soldiers left Niger on Friday, flying out of Niamey and completing the withdrawal of some 1,500 troops.", "FRAMIL NER 166", "Niamey"},
		{"as a plane took off", "The last German troops left Mali on Tuesday as a transport plane took off from Bamako.", "DEUMIL MLI 166", "Bamako"},
		{"the plane first", "The last German transport plane took off from Bamako airport on Tuesday, completing the withdrawal of German troops from Mali.", "DEUMIL MLI 166", "Bamako"},
		{"pulled out", "The last Russian soldiers pulled out of Armenia on Sunday, flying out of Yerevan airport after 30 years.", "RUSMIL ARM 0874", "Yerevan"},
		{"over the country", "The last British military plane took off from Basra airport on Monday, ending six years of British military presence in Iraq.", "GBRMIL IRQ 0874", "Basra"},
		// a town of another country is no place of the country left
		{"home town", "The last Dutch soldiers left Afghanistan on Monday, a month after a first group flew out of Eindhoven.", "NLDMIL AFG 166", ""},
	}, placeName)
}
