package coder

import "testing"

// TestGazetteer8Places: towns, districts and camps the gazetteer lacked
// (lexicon/data/places.tsv, the gazetteer8 sections) are where the acts of
// sentences that name them happen, with their country in the event.
func TestGazetteer8Places(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a front-line town", "Russian artillery shelled Karlivka and Ocheretyne overnight, the Ukrainian military said.", "RUSMIL UKR 194", "Karlivka"},
		{"a Russian town", "Ukrainian drones struck an oil depot in Novocherkassk on Thursday.", "UKR RUS 195", "Novocherkassk"},
		{"a West Bank village", "Israeli forces raided Beita and detained nine Palestinians on Monday.", "ISRMIL PSE 190", "Beita"},
		{"a district of Khyber Pakhtunkhwa", "Pakistani security forces killed five militants in Orakzai on Sunday.", "PAKCOP PAKINS 190", "Orakzai"},
		{"a Nigerian local government seat", "Gunmen abducted 25 villagers in Faskari, Katsina state, on Saturday.", "NGAUAF NGACVL 181", "Faskari"},
		{"a Darfur town", "The Rapid Support Forces shelled Kornoi in North Darfur on Wednesday.", "SDNUAFRSF SDN 194", "Kornoi"},
		{"an Afghan district", "Taliban forces arrested two former officials in Shindand on Tuesday.", "AFGGOV AFGGOV 173", "Shindand"},
		{"an Iraqi town", "Iraqi troops killed three Islamic State militants near Tarmiyah on Friday.", "IRQMIL IMGMUSISI 190", "Tarmiyah"},
		{"a Mindanao town", "Philippine troops killed four Abu Sayyaf militants in Patikul on Sunday.", "PHLMIL PHLREBASG 190", "Patikul"},
		{"a German town", "Police arrested 40 protesters in Hanau on Saturday.", "DEUCOP DEUOPP 173", "Hanau"},
		{"a Mexican border town", "Mexican soldiers clashed with gunmen in Caborca, Sonora, on Friday.", "MEXMIL MEXUAF 190", "Caborca"},
	}, placeName)
}

// TestGazetteer8LeftOut: names left out of the gazetteer on purpose, since
// their other uses (a word, a verb, a given name or surname) are common in
// news, are no place.
func TestGazetteer8LeftOut(t *testing.T) {
	c := testCoder(t)
	for _, w := range []string{"mobile", "angers", "reading", "ariel", "wajid", "harem", "karma", "lira", "stanislav", "defne", "ifo"} {
		if gs := c.lx.PlaceNamed(w); len(gs) > 0 {
			t.Errorf("%q is a place (%s, %s): it was left out on purpose", w, gs[0].Name, gs[0].Country)
		}
	}
}
