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

// TestCarrierLeft: a carrier's load is the organisation's that charters it,
// and leaves from where it was held; a country after a compound of what it
// suffers ("drought-hit Somalia") is still where the goods are taken
// (carrierleft.go).
func TestCarrierLeft(t *testing.T) {
	checkAttr(t, []attrCase{
		{"chartered by", "A vessel chartered by the World Food Programme sailed from Mombasa with 12,000 tonnes of wheat for Port Sudan on Monday.", "IGOUNOWFP SDN 073", "Mombasa > Port Sudan"},
		{"stranded in", "A Panamanian-flagged freighter stranded in Mariupol since March left on Friday carrying 8,000 tonnes of steel to Iskenderun.", "UKR TUR 061", "Mariupol > Iskenderun"},
		{"on to drought-hit", "A ship carrying 20,000 tonnes of rice docked at Mombasa on Monday, to be trucked on to drought-hit Somalia.", "KEN SOM 073", "Mombasa > Somalia"},
		{"to quake-hit", "Turkey sent 30 tonnes of tents from Mersin to quake-hit Syria on Tuesday.", "TUR SYR 073", "Mersin > Syria"},
	}, routeOf)
}

// TestDeportCarriers: a carrier of deported people is its owner's
// deportation, counted by the people, along the way the carrier goes
// (deported.go).
func TestDeportCarriers(t *testing.T) {
	checkAttr(t, []attrCase{
		{"route", "A charter flight carrying 120 deported migrants left Houston for Port-au-Prince on Friday.", "USA HTI 174", "Houston > Port-au-Prince"},
		{"after flying from", "Three Italian military planes carrying 70 deported Tunisians landed in Tunis on Monday after flying from Palermo.", "ITA TUN 174", "Palermo > Tunis"},
	}, routeOf)
	checkAttr(t, []attrCase{
		{"the people", "Two Spanish Air Force planes carrying about 90 deported Moroccans landed in Rabat on Tuesday.", "ESP MAR 174", "90 moroccans"},
	}, amount)
}

// TestDivertedFlight: a flight forced down or diverted went from its start
// to where it landed, not through the end it was bound for, and the act
// that forced it down takes that way; a flight that landed where it was
// bound keeps its way (diverted.go).
func TestDivertedFlight(t *testing.T) {
	checkAttr(t, []attrCase{
		{"forced to land", "Russian jets forced a Latvian passenger flight from Riga to Oslo to land in Kaliningrad on Monday.", "RUS LVACVL 181", "Riga > Kaliningrad"},
		{"diverted it", "Iranian agents hijacked a Turkish airliner flying from Istanbul to Ankara and diverted it to Tehran on Friday.", "IRN TUR 181", "Istanbul > Tehran"},
		{"guard: no diversion", "Iranian agents hijacked a Turkish airliner flying from Istanbul to Ankara on Friday.", "IRN TUR 181", "Istanbul > Ankara"},
	}, routeOf)
}

// TestTiedTo: a place or country after "linked to", "tied to" says whose a
// thing is, and ends no way: not a seized ship's, nor a shipment's
// (linkedto.go).
func TestTiedTo(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a seized ship", "Iranian forces seized a Greek tanker in the Gulf of Oman on Monday and escorted it to Bandar Abbas, and Tehran warned ships linked to Israel.", "IRNMIL GRC 181", "Gulf of Oman > Bandar Abbas"},
		{"a shipment", "Russian diesel carried by a tanker linked to Greece reached Fujairah on Monday.", "RUS ARE 061", ""},
		{"guard: a way", "Ukraine shipped 30,000 tonnes of maize from Odesa to Haifa on Monday despite threats against vessels linked to Israel.", "UKR ISR 061", "Odesa > Haifa"},
	}, routeOf)
}
