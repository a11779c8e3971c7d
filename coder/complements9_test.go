package coder

import "testing"

// TestModifiedHead: an act whose noun an earlier act's target modifies
// after "of" ("ordered the reimposition of French sanctions") is coded, not
// dropped as that act's complement, with its own time (modifiedhead.go).
func TestModifiedHead(t *testing.T) {
	checkAttr(t, []attrCase{
		{"reimposition", "Macron ordered the reimposition of French sanctions on Mali on Friday.", "FRAGOV MLI 163", "2024-06-14"},
		{"expansion", "The Kremlin on Tuesday ordered the expansion of Russian sanctions on Britain.", "RUSGOV GBR 163", "2024-06-18"},
	}, eventDate)
}

// TestWarningFlares: flares fired in warning are a show of force, with the
// place of the intrusion that prompted them (verbs.txt, complements9).
func TestWarningFlares(t *testing.T) {
	checkAttr(t, []attrCase{
		{"prompted", "A Chinese spy plane breached Japanese airspace near Nagasaki on Monday, prompting Japan to fire warning flares.", "JPN CHNSPY 150", "Nagasaki"},
		{"prompted by name", "A Russian patrol plane entered Finnish airspace near Kotka on Friday, prompting Finland to fire warning flares.", "FIN RUS 150", "Kotka"},
		{"at a target", "Japanese jets fired warning flares at a Chinese drone near Okinawa on Sunday.", "JPN CHN 150", "Okinawa"},
	}, placeName)
}

// TestLetInspect: inspectors a state allows to inspect inspect it, on the
// day of the permission (inspection.go).
func TestLetInspect(t *testing.T) {
	checkAttr(t, []attrCase{
		{"IAEA", "Iran allowed IAEA inspectors to inspect a nuclear plant in Isfahan on Wednesday.", "IGOUNOIAE IRN 090", "2024-06-19"},
		{"UN", "Syria allowed United Nations investigators to inspect the site of the gas attack in Douma on Sunday.", "IGOUNOCOP SYR 090", "2024-06-16"},
	}, eventDate)
}
