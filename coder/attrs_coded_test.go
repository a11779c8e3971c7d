package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestItemPastDescribingWord: the counted noun stands past a describing
// word and a country's name or adjective (itemwords.go): a people named in
// two words ("young South Koreans") is the people, goods after their
// country's adjective ("free Indian rice") are the goods, not the
// describing word; a plain noun after the describing word stays as it was.
func TestItemPastDescribingWord(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a people of two words", "Britain deported 35 young South Koreans to Seoul on Tuesday.", "GBR KORCVL 174", "35 south koreans"},
		{"a people of one word", "Britain deported 35 young Albanians to Tirana on Tuesday.", "GBR ALBCVL 174", "35 albanians"},
		{"guard: a plain noun", "Britain deported 35 young men to Albania on Tuesday.", "GBR ALB 174", "35 young men"},
		{"goods after their country", "Two ships carrying 30,000 tonnes of free Indian rice set sail for Sudan on Monday.", "IND SDN 073", "30000 rice"},
		{"goods after a participle", "India sent 30,000 tonnes of donated Indian rice to Sudan on Monday.", "IND SDN 073", "30000 rice"},
		{"guard: no country between", "India sent 30,000 tonnes of free rice to Sudan on Monday.", "IND SDN 073", "30000 free rice"},
	}, amount)
}

// TestGappedCount: a gapped clause's bare number counts what the clause
// before counted ("and Norway 12", "and Norway ordered 12 to leave"), and
// is that clause's amount, not the target's count before it; a number with
// a place after it is no such count.
func TestGappedCount(t *testing.T) {
	checkAttr(t, []attrCase{
		{"gapped", "Poland expelled 45 Russian diplomats on Monday and Norway 12.", "NOR RUSGOV 161", "12 diplomats"},
		{"gapped with its verb", "Estonia declared 21 Russian diplomats persona non grata on Friday and Latvia ordered 13 to leave, officials said.", "LVA RUSGOV 161", "13 diplomats"},
		{"the first clause keeps its own", "Poland expelled 45 Russian diplomats on Monday and Norway 12.", "POL RUSGOV 161", "45 diplomats"},
	}, amount)
}

// TestOverOwnersThing: a place whose possessive names a thing, after the
// "over" of a clause a subordinator opens ("as tension grew over
// Santiago's claim"), is no place a movement went over, nor a point of its
// route (placeowner.go); a place the possessive names ("over Santiago's
// border region") and a drop over what a place owns ("over Gaza's beaches")
// still are.
func TestOverOwnersThing(t *testing.T) {
	claim := "Peru's army sent 30 tanks to the southern city of Tacna, near the border with Chile, on Friday, as tension grew over Santiago's claim to the disputed strip."
	checkAttr(t, []attrCase{
		{"a claim's owner", claim, "PERMIL CHL 154", "Tacna"},
		{"guard: a place the possessive names", "Peru's army sent 30 tanks to the southern city of Tacna, near the border with Chile, on Friday, as tension grew over Santiago's border region.", "PERMIL CHL 154", "Santiago"},
		{"guard: a drop over beaches", "Egyptian aircraft dropped 9,000 food parcels over Gaza's beaches late on Tuesday.", "EGY PSE 073", "Gaza Strip"},
	}, placeName)
	checkAttr(t, []attrCase{
		{"no route through a claim", claim, "PERMIL CHL 154", ""},
	}, routeOf)
}

// TestHometown: "his hometown of Cusco" names a place as "the town of
// Cusco" does (placeNouns): an arrest there happened there, and a flight
// after it starts its route there; a hometown in a clause of another time
// is no place of the arrest.
func TestHometown(t *testing.T) {
	checkAttr(t, []attrCase{
		{"arrested in a hometown", "Peruvian police arrested former president Pedro Castillo in his hometown of Cusco on Monday.", "PERCOP PER 173", "Cusco"},
		{"guard: a hometown of another clause", "Peruvian police arrested former president Pedro Castillo on Monday, a week after he returned to his hometown of Cusco.", "PERCOP PER 173", ""},
	}, placeName)
	checkAttr(t, []attrCase{
		{"flown on from a hometown", "Peruvian police arrested former president Pedro Castillo in his hometown of Cusco on Monday and flew him to Lima, where he faces charges.", "PERCOP PER 173", "Cusco > Lima"},
	}, routeOf)
}

// TestTruceTopic: a place after a truce that talks or a deal are about
// ("without an agreement on a truce in Libya") is the truce's, not where the
// talks were (district.go); a ceasefire agreed "to" is placed where it holds.
func TestTruceTopic(t *testing.T) {
	checkAttr(t, []attrCase{
		{"talks ended where they met", "Turkish and Greek ministers met in Ankara on Thursday but ended their talks without an agreement on a truce in Libya.", "TURGOV GRCGOV 164", "Ankara"},
		{"no place but the truce's", "Turkish and Greek ministers ended their talks without an agreement on a ceasefire in Libya on Friday.", "TURGOV GRCGOV 164", ""},
		{"guard: a ceasefire agreed", "Israel and Hamas agreed to a ceasefire in Gaza on Wednesday.", "ISR PSEREBHMS 0871", "Gaza Strip"},
	}, placeName)
}

// TestSeatGrounds: an act on the grounds of a seat of government ("on the
// White House lawn") is at the capital, as one "at the White House" is
// (POLICY §20, placeref.go); a deal "on" the seat's plan is only about it.
func TestSeatGrounds(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a ceremony on the lawn", "Serbia and Kosovo signed a deal during a ceremony held on the White House lawn late on Friday.", "SRB XKX 057", "Washington"},
		{"on the lawn", "Serbia and Kosovo signed a deal on the White House lawn on Friday.", "SRB XKX 057", "Washington"},
		{"guard: the seat's plan", "Serbia and Kosovo signed a deal on the White House's plan on Friday.", "SRB XKX 057", ""},
	}, placeName)
}

// TestVillageInRegion: a village named, then the province it lies in past
// its country's possessive ("the village of Tarmouni in Mali's southern Koulikoro
// region"), is where an act in its sentence happened, for the act told in
// a participle after it too (described.go); a region named alone is the
// place.
func TestVillageInRegion(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the participle's act", "Militants killed 40 civilians during a dawn raid on the village of Tarmouni in Mali's southern Koulikoro region, burning homes and granaries, a local official said.", "MLIINS MLI 1712", "Tarmouni"},
		{"guard: the region alone", "Gunmen burned homes and granaries in Mali's southern Koulikoro region, officials said on Sunday.", "MLIUAF MLI 1712", "Koulikoro"},
	}, placeName)
}

// TestKilledAll: "killing all five kidnappers" is what the violence did, as
// "killing five kidnappers" is (quantity.go's casualty), so an act short
// of force joined to it does not count them; "freed all 20 hostages"
// still counts the hostages freed.
func TestKilledAll(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the raid's toll", "Police raided a house in Lagos on Tuesday, killing all five kidnappers, and freed a Chinese engineer, officials said.", "NGACOP NGACRM 190", "5 kidnappers"},
		{"not the release's", "Police raided a house in Lagos on Tuesday, killing all five kidnappers, and freed a Chinese engineer, officials said.", "NGACOP CHNCVL 0841", ""},
		{"guard: all freed", "Nigerian police freed all 20 hostages held by kidnappers in Kaduna on Tuesday.", "NGACOP NGACVL 0841", "20 hostages"},
	}, amount)
}

// TestNumberOf: a bare number after "to" counts what a "number of" before
// it in its clause names ("raised the number of troops ... to 3,000",
// itemwords.go); a number after "to" with no "number of" is no amount.
func TestNumberOf(t *testing.T) {
	checkAttr(t, []attrCase{
		{"raised to", "Lithuania raised the number of troops on its border with Belarus to 3,000 on Monday.", "LTU BLR 154", "3000 troops"},
		{"from and to", "Lithuania raised the number of troops on its border with Belarus from 1,000 to 3,000 on Monday.", "LTU BLR 154", "3000 troops"},
		{"guard: no number of", "Lithuania sent more troops to its border with Belarus on Monday, and cut flights to 20 a week.", "LTU BLR 154", ""},
	}, amount)
}

// TestTollPastCause: what a killing after a clause that only tells what set
// the act off did ("opened fire on students after the university raised
// its fees, killing three people") is the act's toll; after a clause of
// fighting of its own ("after soldiers exchanged fire") it stays that
// fighting's (amount.go).
func TestTollPastCause(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a cause between", "Ugandan police opened fire on students in Kampala on Monday after the university raised its fees, killing three people.", "UGACOP UGAEDU 175", "3 people"},
		{"guard: fighting between", "Ugandan police opened fire on students in Kampala on Monday after soldiers and rebels clashed nearby, killing three people.", "UGACOP UGAEDU 175", ""},
	}, amount)
}

// TestAfterClauseClosed: the time of a clause after ", two weeks after" or
// ", after" that ", and" closes dates that clause alone, not the clause
// after it (whenclause.go's closedPhrase); a verb coordinated inside the
// after-clause, with no comma, keeps its time.
func TestAfterClauseClosed(t *testing.T) {
	checkAttr(t, []attrCase{
		{"weeks after", "Venezuela seized a Guyanese fishing boat on Friday, two weeks after Guyana detained a Venezuelan trawler on July 4, and Guyana warned of serious consequences.", "GUY VEN 130", "2024-06-14"},
		{"after", "Venezuela seized a Guyanese fishing boat on Friday, after Guyana detained a Venezuelan trawler on July 4, and Guyana warned of serious consequences.", "GUY VEN 130", "2024-06-14"},
		{"guard: within the clause", "Venezuela seized a Guyanese fishing boat on Friday, two weeks after Guyana detained a Venezuelan trawler on May 31 and warned of serious consequences.", "GUY VEN 130", "2024-05-31"},
	}, func(e dyad.Event) string { return e.Date })
}

// TestPurposeTime: a time after an infinitive in the clause after "a day
// after" dates what is to be done ("an agreement to hold elections in
// May"), so the clause is still a day before the act it follows
// (when.go's timedAfter); a time of the clause's own act still dates it.
func TestPurposeTime(t *testing.T) {
	date := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"a purpose's time", "Canada eased sanctions on Peru on Wednesday, a day after the Peruvian government signed an agreement with the opposition to hold elections in May.", "PERGOV PEROPP 057", "2024-06-18"},
		{"guard: the act's own time", "Canada eased sanctions on Peru on Wednesday, a day after the Peruvian government signed an agreement with the opposition in May.", "PERGOV PEROPP 057", "2024-05"},
	}, date)
}

// TestListHead: a list of amounts an act acts on counts its first, the
// object right after the verb, though the pattern's last word names a
// later one ("set fire to 30 houses and 12 cars", itemwords.go); a list of
// two states' people counts each state's for its own event.
func TestListHead(t *testing.T) {
	checkAttr(t, []attrCase{
		{"houses and cars", "Gang members killed at least 20 people, including two children, and set fire to 30 houses and 12 cars in a raid on the village of Tarmouni in Mali's southern Koulikoro region on Monday, officials said.", "MLICRM MLICVL 1712", "30 houses"},
		{"guard: two states' people", "Hamas freed 11 Israeli hostages and six Nepali farm workers on Thursday, handing them to the Red Cross near Khan Younis.", "PSEREBHMS NPLLAB 0841", "6 farm workers"},
	}, amount)
}

// TestTargetsPeople: persons counted as the act's object, then named by
// their peoples ("kidnapped 11 people ..., nine Italians and two Swiss
// nationals"), count each target's own people (amount.go's counted); with
// no people of the target named, the persons stay the amount.
func TestTargetsPeople(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the target's people", "Gunmen kidnapped 11 people from a church group, nine Italians and two Britons, near Kidal on Sunday, Malian officials said.", "MLIUAF ITACVL 181", "9 italians"},
		{"guard: no people named", "Gunmen kidnapped 9 people in Niger on Monday, including 2 Germans.", "NERUAF NERCVL 181", "9 people"},
	}, amount)
}
