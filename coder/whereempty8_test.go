package coder

import "testing"

// TestSceneOfJoinedClause: an act told in a clause of the same moment
// ("before", "as") or by a verb joined with "and" that names no place is
// where the act it joins was, in a party's country (sceneclause.go); an
// act of another country keeps none.
func TestSceneOfJoinedClause(t *testing.T) {
	checkAttr(t, []attrCase{
		{"before", "Gunmen stormed Lamu's main market on Tuesday and shot dead nine traders, before Kenyan soldiers killed the attackers.", "KENMIL KENUAF 190", "Lamu"},
		{"and", "Gunmen stormed Wajir's main hospital on Wednesday and killed three nurses, police said.", "KENUAF KENHLH 180", "Wajir"},
		{"and after a town of the phrase", "Soldiers entered the town of Beni on Monday and arrested 20 militia members.", "CODMIL CODUAF 173", "Beni"},
		{"and after a possessive", "Police raided Multan's main opposition office on Tuesday and arrested 15 activists.", "PAKCOP PAKOPP 173", "Multan"},
		{"after the people it acts on", "Riot police detained 25 students on Friday after they blocked a highway outside Kisumu.", "KENCOP KENEDU 173", "Kisumu"},
		{"guard: after another country's act", "Kenyan police arrested 12 Somalis after Somali troops shelled a town near Mandera.", "KENCOP SOMCVL 173", ""},
		{"guard: left from", "Troops returned from Goma on Monday and arrested 20 deserters.", "CODMIL CODCVL 173", ""},
		{"guard: another country", "Israeli jets struck Gaza City on Monday as Hezbollah fired rockets at Israel.", "LBNREBHZB ISR 194", ""},
	}, placeName)
}

// TestTownOfItsPart: a town after "of" that names the town of a part or a
// building of it is governed by the preposition before that noun, across
// the words describing it (siteof.go); a noun of no place ("at the request
// of") gives none.
func TestTownOfItsPart(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a stadium", "Soldiers fired tear gas at crowds outside the main stadium of Kumasi on Thursday.", "GHAMIL GHACVL 175", "Kumasi"},
		{"the heart", "Police arrested 40 protesters in the heart of Bogota on Saturday.", "COLCOP COLOPP 173", "Bogotá"},
		{"a chain", "Police detained 20 students at the main gate of the University of Ibadan on Monday.", "NGACOP NGAEDU 173", "Ibadan"},
		{"in front of", "Hundreds of people protested in front of Tunis's municipal theatre on Saturday.", "TUNCVL TUN 141", "Tunis"},
		{"a long epithet", "Police arrested 14 activists in the southern Sri Lankan town of Kandy on Monday.", "LKACOP LKAOPP 173", "Kandy"},
		{"a longer epithet", "Boko Haram fighters killed 30 villagers in the restive northern Nigerian state of Yobe on Sunday.", "NGAREBBKH NGACVL 190", "Yobe"},
		{"an island country", "Armenia's and Azerbaijan's top diplomats held talks on the Mediterranean island of Malta on Tuesday.", "ARMGOV AZEGOV 046", "Malta"},
		{"guard: no place noun", "Police fired tear gas at protesters at the request of Accra's mayor on Monday.", "GHACOP GHAOPP 175", ""},
	}, placeName)
}

// TestPlaceOfAntecedentAndRelease: a pronoun's act is where its
// antecedent's words put it, and an office of "the region" named before is
// there (saidplace.go); a release is where the freed
// flew or sailed off from (releasedfrom.go); a strike's act is in the town
// it "paralysed" (paralysed.go).
func TestPlaceOfAntecedentAndRelease(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a pronoun's antecedent", "Kano police said they arrested 40 people on Sunday.", "NGACOP NGACVL 173", "Kano"},
		{"the region's office", "Ukrainian drones hit the Belgorod region on Tuesday, and the region's interim governor then imposed a night curfew.", "RUSGOV RUSCVL 1723", "Belgorod Oblast"},
		{"sailed from", "Iran released the Liberian-flagged tanker on Sunday, allowing it to sail from Bushehr.", "IRN LBR 0842", "Bushehr"},
		{"flew out of", "Venezuela freed six Americans on Saturday, who then flew out of Caracas on a U.S. government jet.", "VEN USACVL 0841", "Caracas"},
		{"paralysed", "Ghanaian unions called off a strike that had paralysed Accra for a week on Friday.", "GHALAB GHA 082", "Accra"},
	}, placeName)
}

// TestWhereAfterTime: ", where" takes up the place named before the time
// phrase between them, a town or a country of a party (wheretime.go).
func TestWhereAfterTime(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a town", "Striking teachers walked to Lusaka on Thursday, where riot police fired tear gas at them.", "ZMBCOP ZMBEDU 175", "Lusaka"},
		{"a country", "Sweden expelled 50 Iraqis to Iraq last week, where they were detained by police.", "IRQCOP IRQCVL 173", "Iraq"},
		{"a town before its comma still", "Truckers drove to Ottawa, where police arrested 30 of them.", "CANCOP CANLAB 173", "Ottawa"},
	}, placeName)
}

// TestEnvoyPost: a town of the source's country that "to" or "from" joins
// to the diplomats acted on is where the act was done; a post abroad is no
// place of it (envoypost.go).
func TestEnvoyPost(t *testing.T) {
	checkAttr(t, []attrCase{
		{"to", "Vietnam's foreign ministry summoned the Chinese ambassador to Hanoi on Tuesday.", "VNMGOV CHNGOV 114", "Hanoi"},
		{"from", "Mali's junta expelled the Swedish charge d'affaires from Bamako on Friday.", "MLIGOV SWEGOV 160", "Bamako"},
		{"guard: a post abroad", "Algeria recalled its ambassador from Paris on Saturday.", "DZA FRA 161", ""},
	}, placeName)
}
