package coder

import "testing"

// TestPlacedCountryEnd: a movement to or from an agent that its own words
// put in a country ("moved to accounts in Malta", "to banks in
// Switzerland") ends or starts in that country; an agent's country with
// no other end the text states is still no route.
func TestPlacedCountryEnd(t *testing.T) {
	checkAttr(t, []attrCase{
		{"held, then to accounts in", "Two billion euros of Libyan money that was frozen in Belgium has been moved to accounts in Malta.", "BEL LBY 0842", "Belgium > Malta"},
		{"from a city to banks in", "Canada transferred $300 million of Afghan reserves from Ottawa to banks in Switzerland on Monday.", "CAN CHEBUS 071", "Ottawa > Switzerland"},
		{"no start", "Japan donated $50 million to hospitals in Kenya on Monday.", "JPN KENHLH 071", ""},
	}, routeOf)
}

// TestByWayOf: "by way of" a country or a place passes it on the way, and
// a movement that is not a flow (an evacuation) takes a route that starts
// in its target's country.
func TestByWayOf(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a country passed", "Belgian paratroopers airlifted about 40 diplomats out of Kinshasa on Friday and carried them to Libreville by way of Cameroon.", "BELMIL COD 166", "Kinshasa > Cameroon > Libreville"},
		{"a city passed", "French troops evacuated 60 aid workers from Bangui on Sunday, flying them to Chad by way of Douala.", "FRAMIL CAF 166", "Bangui > Douala > Chad"},
	}, routeOf)
}

// TestAcrossTheBorderInto: people an actor sends "across the border into"
// or "over the frontier into" another country go from the actor's country,
// or from a place of it named before the border, to that country; a border
// crossed in another event's clause is not this event's way.
func TestAcrossTheBorderInto(t *testing.T) {
	checkAttr(t, []attrCase{
		{"from the country", "Serbia expelled 14 Kosovar activists on Tuesday, putting them on buses across the frontier into Kosovo.", "SRB XKXOPP 174", "Serbia > Kosovo"},
		{"from a place of it", "Thai soldiers forced 2,000 Burmese villagers from camps in Mae Sot back across the border into Myanmar on Monday.", "THAMIL MMRCVL 201", "Mae Sot > Myanmar"},
		{"another clause's border", "Hungary arrested 12 smugglers on Monday, and migrants later walked across the border into Austria.", "HUN HUNCRM 173", ""},
		{"no border", "Ukraine handed 40 Russian prisoners of war back to Russia on Tuesday.", "UKR RUS 0841", ""},
	}, routeOf)
}

// TestPeopleOfThem: "N of them" counting the object of an act done to
// people, with no amount before it to count, is N persons (POLICY §20);
// an amount before it still gives its item, and an act on things counts
// no persons.
func TestPeopleOfThem(t *testing.T) {
	checkAttr(t, []attrCase{
		{"all N of them", "Armed men stormed a radio station in Cali on Monday and took staff hostage before soldiers arrested all 9 of them.", "COLMIL COLUAF 173", "9 people"},
		{"a noun of its own", "Police arrested 20 of the protesters in Nairobi on Tuesday.", "KENCOP KENOPP 173", "20 protesters"},
		{"an act on things", "Russia launched drones at Kyiv on Friday, and Ukrainian air defences shot down 30 of them.", "UKR RUS 190", ""},
	}, amount)
}

// TestWeaponsCountTheStrike: an attack by weapons whose clause says how
// many it fired is counted by them before the people it killed, whether
// they are its subject or its object; with no number of weapons, or a
// number of another attack told after what it did, it counts the dead.
func TestWeaponsCountTheStrike(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the subject", "Three Russian cruise missiles struck a training ground in the Ukrainian region of Dnipropetrovsk on Sunday, killing at least 12 soldiers.", "RUS UKR 195", "3 cruise missiles"},
		{"the object", "Russia launched 400 drones and 20 missiles at Ukraine overnight, killing at least 9 people in Lviv, officials said.", "RUS UKR 195", "400 drones"},
		{"shells", "Russian forces fired 300 artillery shells at Kherson, killing two people.", "RUSMIL UKR 194", "300 artillery shells"},
		{"no number of weapons", "Russian missiles struck Odesa on Monday, killing 5 people.", "RUS UKR 195", "5 people"},
		{"another attack's weapons", "Turkish warplanes struck Kurdish militant positions in northern Iraq on Friday, killing six fighters, in revenge for a salvo of about 90 rockets last week.", "TURMIL IRQINS 195", "6 fighters"},
	}, amount)
}

// TestCountedPhraseEnds: the counted phrase ends before a participle that
// says what the counted things do ("aircraft carrying") and before
// "besides" or "out"; a word in "-ing" before a plural noun names their
// kind ("fishing boats") and stays.
func TestCountedPhraseEnds(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a participle", "Venezuela refused landing rights to three American transport aircraft carrying deportees on Sunday.", "VEN USA 1233", "3 transport aircraft"},
		{"besides", "A truck bomb exploded outside a police station in Quetta on Monday, killing 12 people besides the bomber.", "PAK PAKCVL 1832", "12 people"},
		{"out of", "British special forces flew 50 embassy staff out of Tripoli on Sunday.", "GBRMIL LBY 166", "50 embassy staff"},
		{"a kind in -ing", "Chinese coast guard ships detained three Vietnamese fishing boats near the Paracels on Tuesday.", "CHNMIL VNM 181", "3 fishing boats"},
	}, amount)
}
