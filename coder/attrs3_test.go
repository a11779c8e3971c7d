package coder

import "testing"

// TestPartitiveOfThem: "N of them" counts a part of the amount named
// before it, and takes that amount's item; an amount of places in between
// ("in 12 provinces") is not what the pronoun stands for, and a measure
// ("tonnes") gives no item to a count.
func TestPartitiveOfThem(t *testing.T) {
	checkAttr(t, []attrCase{
		{"intercepted", "Iran fired 120 ballistic missiles at Israel late on Tuesday, and the Israeli military said its air defences had shot down 95 of them.", "ISRMIL IRN 190", "95 ballistic missiles"},
		{"places between", "Russia struck Ukraine with 140 drones overnight, damaging power lines in 12 provinces, and Ukrainian air defences brought down 110 of them, officials said on Friday.", "UKR RUS 190", "110 drones"},
		{"no amount before", "Russia launched drones at Kyiv on Friday, and Ukrainian air defences shot down 30 of them.", "UKR RUS 190", ""},
	}, amount)
}

// TestOffsetOwnTime: the clause after "hours after" or "a week after" is
// dated by a time of its own when it has one ("hours after Russia freed 25
// prisoners on Wednesday"), and counted from the clause before only when
// it has none.
func TestOffsetOwnTime(t *testing.T) {
	checkAttr(t, []attrCase{
		{"hours after, own day", "Ukraine freed 40 Russian soldiers early on Thursday, hours after Russia released 25 Ukrainian prisoners on Wednesday.", "RUS UKRCVL 0841", "2024-06-19"},
		{"a week after, own day", "Chile expelled two Venezuelan diplomats on Thursday, a week after Venezuela arrested four Chilean nationals on June 12.", "VEN CHLCVL 173", "2024-06-12"},
		{"hours after, none", "Ukraine freed 40 Russian soldiers early on Thursday, hours after Russia released 25 Ukrainian prisoners.", "RUS UKRCVL 0841", "2024-06-19"}, // hours before early Thursday: Wednesday (TestEarlyHoursAfter)
		{"hours after, none, a plain day", "Ukraine freed 40 Russian soldiers on Thursday, hours after Russia released 25 Ukrainian prisoners.", "RUS UKRCVL 0841", "2024-06-20"},
		{"days after, none", "Chile expelled two Venezuelan diplomats on Thursday, three days after Venezuela arrested four Chilean nationals.", "VEN CHLCVL 173", "2024-06-17"},
	}, eventDate)
}

// TestInReturnDay: a sentence with no time of its own that tells the other
// side's part of an exchange ("in return", "in exchange") takes the day of
// the sentence right before it; "in exchange for" and a sentence further
// on keep the report's day.
func TestInReturnDay(t *testing.T) {
	checkAttr(t, []attrCase{
		{"in return", "Azerbaijan handed over five Armenian soldiers on Monday. Armenia freed two Azerbaijani servicemen in return.", "ARM AZEMIL 0841", "2024-06-17"},
		{"in exchange", "Venezuela released six American prisoners on Tuesday. In exchange, the United States freed a Venezuelan businessman.", "USA VENBUS 0841", "2024-06-18"},
		{"no answer", "Azerbaijan handed over five Armenian soldiers on Monday. Armenia freed two Azerbaijani servicemen.", "ARM AZEMIL 0841", "2024-06-20"},
	}, eventDate)
}

// TestPartOwnRoute: a report of a movement after "after" or "before" has
// its own way, whether a comma ("hours after"), a span of time (", days
// after") or nothing but its own subject and verb sets it off, and the
// part before keeps its own; a movement "from A to banks in B" goes from
// A to B.
func TestPartOwnRoute(t *testing.T) {
	const swap = "Four Danes jailed in Iran flew from Tehran to Muscat on Friday after being released in a swap, hours after frozen Iranian oil revenue worth $2 billion was transferred from Japan to banks in Oman."
	const rice = "Japan sent 20 tonnes of rice from Osaka to Manila on Friday, days after Vietnam shipped 500 tonnes of rice from Haiphong to Davao."
	checkAttr(t, []attrCase{
		{"hours after", "Five Britons flew from Tehran to Muscat on Friday, hours after frozen Iranian oil revenue worth $2 billion was transferred from Japan to banks in Oman.", "JPN IRN 0842", "Japan > Oman"},
		{"to banks in", "Frozen Iranian oil revenue worth $2 billion was transferred from Japan to banks in Oman on Friday.", "JPN IRN 0842", "Japan > Oman"},
		{"days after", rice, "VNM PHL 073", "Haiphong > Davao"},
		{"days after, the part before", rice, "JPN PHL 073", "Osaka > Manila"},
		{"after, no comma", "Japan sent 20 tonnes of rice from Osaka to Manila on Friday after Vietnam shipped 500 tonnes of rice from Haiphong to Davao.", "VNM PHL 073", "Haiphong > Davao"},
		{"hours after, with a swap", swap, "JPN IRN 0842", "Japan > Oman"},
		// guard: "after being released" has no subject of its own: the
		// journey before it is its way
		{"after being", swap, "IRN DNKCVL 0841", "Tehran > Muscat"},
	}, routeOf)
}

// TestSpreadOverTown: an act that moves nothing, done across or throughout
// a town, is done in the town, as one across a region is in the region,
// even when the words that say so are the target's ("protesters across
// Istanbul"); a border or a sea an act goes across is crossed, not filled.
func TestSpreadOverTown(t *testing.T) {
	checkAttr(t, []attrCase{
		{"fighting", "Sudan's army and the RSF battled with tanks across Khartoum on Saturday.", "SDNMIL SDNUAFRSF 194", "Khartoum"},
		{"the other side", "Sudan's army and the RSF battled with tanks across Khartoum on Saturday.", "SDNUAFRSF SDNMIL 194", "Khartoum"},
		{"arrests", "Police arrested 200 protesters across Istanbul on Sunday.", "TURCOP TUROPP 173", "Istanbul"},
		{"tear gas", "Police fired tear gas at protesters across Nairobi on Tuesday.", "KENCOP KENOPP 175", "Nairobi"},
	}, placeName)
	for kind, want := range map[string]bool{"city": true, "capital": true, "port": true, "region": true, "border": false, "sea": false, "base": false} {
		if spreadOver(kind) != want {
			t.Errorf("spreadOver(%q) = %v, want %v", kind, !want, want)
		}
	}
}

// TestArticleCounted: a people named last in a list by "a" or "an" is one
// of them, not the amount of the people before it: "12 Americans and a
// Canadian" counts one Canadian (POLICY §20), "a German journalist" one
// journalist, and "British citizens and an Austrian" one citizen, the noun
// the two share; a flag ("a Panama-flagged tanker") counts no one.
func TestArticleCounted(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a people's word", "Police in Moscow detained 12 Americans and a Canadian on Sunday.", "RUSCOP CANCVL 173", "1 canadian"},
		{"the first keeps its own", "Police in Moscow detained 12 Americans and a Canadian on Sunday.", "RUSCOP USACVL 173", "12 americans"},
		{"a shared noun", "Iran freed three British citizens and an Austrian on Sunday.", "IRN AUTCVL 0841", "1 citizen"},
		{"a noun of its own", "Iran freed three Britons and a German journalist on Sunday.", "IRN DEUMED 0841", "1 journalist"},
		{"a longer list", "Iran freed three Britons, two Germans and an Austrian on Sunday.", "IRN AUTCVL 0841", "1 austrian"},
		{"guard: a flag", "Houthis seized the Sea Star, a Panama-flagged tanker with 20 crew aboard, on Sunday.", "YEMREBHTH PAN 181", "20 crew member"},
		{"guard: no amount before", "Police in Moscow detained a Canadian on Sunday.", "RUSCOP CANCVL 173", ""},
	}, amount)
}

// TestSubordinateReport: a report told in a clause after "after" or
// "before" ("after the prime minister announced on Wednesday that ...")
// dates what it reports, but is no report of the acts before it:
// "overnight" there is the night before the document's day, or before the
// sentence's own report (POLICY §19). The document is dated Thursday
// 2024-06-20.
func TestSubordinateReport(t *testing.T) {
	const tbilisi = "Riot police fired rubber bullets at protesters in Tbilisi overnight, after the prime minister announced on Wednesday that his government had suspended talks with the EU."
	checkAttr(t, []attrCase{
		{"overnight before it", tbilisi, "GEOCOP GEOOPP 175", "2024-06-19/2024-06-20"},
		{"the act it reports", tbilisi, "GEOGOV IGOEUREEC 036", "2024-06-19"},
		{"another night", "Protesters set fire to tyres in Dakar overnight, after the government announced on Wednesday that it had suspended talks with the opposition.", "SENOPP SEN 145", "2024-06-19/2024-06-20"},
		{"and the sentence's own report", "Riot police fired rubber bullets at protesters in Bamako overnight, after the junta announced on Tuesday that it had expelled the French ambassador, the ministry said on Wednesday.", "MLICOP MLIOPP 175", "2024-06-18/2024-06-19"},
		// guard: the sentence's own report dates the night before it
		{"guard: a main report", "Riot police fired rubber bullets at protesters in Tbilisi overnight, the ministry said on Wednesday.", "GEOCOP GEOOPP 175", "2024-06-18/2024-06-19"},
	}, eventDate)
}

// TestAppositeSite: force at places a noun counts and a comma names
// ("at two bases housing American soldiers, Harir in Erbil province and
// another near Kirkuk") struck the place named first, not the one another
// of them is near; a place that qualifies the noun after the comma ("Gaza
// health officials said") names none of them.
func TestAppositeSite(t *testing.T) {
	checkAttr(t, []attrCase{
		{"bases", "Iran fired 15 missiles on Tuesday at two bases housing American soldiers, Harir in Erbil province and another near Kirkuk.", "IRN USAMIL 195", "Harir Air Base"},
		{"cities", "Russia fired missiles on Monday at three cities in Ukraine, Lviv, Rivne and Lutsk.", "RUS UKR 195", "Lviv"},
		{"camps", "Israeli jets struck two camps used by Hezbollah, Baalbek and another near Tyre, on Monday.", "ISR LBNREBHZB 195", "Baalbek"},
		{"guard: a speaker's place", "Israeli jets bombed two camps near Rafah, Gaza health officials said on Monday.", "ISR PSE 195", "Rafah"},
	}, placeName)
}

// TestFlownStaffOut: an evacuation told by its flight out of a town, with
// what was flown between the verb and "out of" ("flew 200 French embassy
// staff out of Niamey"), happened at that town, not where the flight went.
func TestFlownStaffOut(t *testing.T) {
	checkAttr(t, []attrCase{
		{"flew staff out of", "French special forces flew 200 French embassy staff out of Niamey by helicopter on Friday, taking them to a base in Chad.", "FRAMIL NER 166", "Niamey"},
		{"airlifted", "Italy airlifted 90 Italian embassy staff out of Tripoli on Sunday.", "ITA LBY 166", "Tripoli"},
		{"no place after", "Britain flew 50 British embassy staff out of Khartoum on Sunday.", "GBR SDN 166", "Khartoum"},
	}, placeName)
}

// TestRelativeClauseDay: an act with no time of its own, told after a
// relative clause that names its own day ("air strikes that killed 25
// fighters on Sunday, and Trump blamed Iran"), takes the day of the clause
// before it, not the relative clause's; a report's "that" opens no relative
// clause, and an aside on the act's subject tells its act
// (TestClauseTimes). The document is dated Thursday 2024-06-20.
func TestRelativeClauseDay(t *testing.T) {
	checkAttr(t, []attrCase{
		{"that, then and", "Militia supporters stormed the U.S. embassy in Baghdad on Tuesday to protest against air strikes that killed 25 fighters on Sunday, and Trump blamed Iran for the attack.", "USA IRN 1123", "2024-06-18"},
		{"clashes that killed", "Police arrested 30 protesters in Dhaka on Tuesday after clashes that killed four people on Monday, and the government imposed a curfew.", "BGDGOV BGDCVL 1723", "2024-06-18"},
		// guard: "said on Wednesday that" is a report, its complement's day
		// goes on ("the same day")
		{"guard: a report's that", "Russia's army chief said on Wednesday that Ukraine had shelled the Belgorod region on Tuesday with rockets, and the governor declared an emergency the same day.", "UKR RUS 194", "2024-06-18"},
	}, eventDate)
}

// TestRankedPeriod: "this year" after a rank ("the country's third coup
// this year", "the biggest sweep this year") counts among others, and
// dates no act; "this year" alone still dates one. The document is dated
// Thursday 2024-06-20.
func TestRankedPeriod(t *testing.T) {
	checkAttr(t, []attrCase{
		{"an ordinal", "Protesters attacked the Russian embassy in Bamako on Friday, a day after the country's third coup this year, accusing Moscow of backing the junta.", "MLIOPP RUS 112", "2024-06-14"},
		{"a superlative", "Kenyan police arrested 60 protesters in Nairobi, the biggest sweep this year, officials said.", "KENCOP KENOPP 173", "2024-06-20"},
		{"guard: no rank", "Kenyan police arrested 60 protesters in Nairobi this year.", "KENCOP KENOPP 173", "2024"},
	}, eventDate)
}

// TestCompassScene: a country named with a compass word as the scene of
// force ("shelled bases of the Syrian Democratic Forces in northeastern
// Syria") is that part of it, as the text names it (POLICY §20), as a
// compass target already was; the country's name alone stays the country.
func TestCompassScene(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a compass word", "Turkish warplanes and artillery shelled bases of the Syrian Democratic Forces in northeastern Syria on Tuesday.", "TURMIL SYRREBSDF 195", "northeastern Syria"},
		{"guard: the country alone", "Turkish warplanes and artillery shelled bases of the Syrian Democratic Forces in Syria on Tuesday.", "TURMIL SYRREBSDF 195", "Syria"},
	}, placeName)
}
