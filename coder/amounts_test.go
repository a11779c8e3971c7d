package coder

import "testing"

// Attributes of this round's amounts branch: routes, amounts and days the
// coder read wrongly or not at all, each pinned with variants and a guard.
// The sentences are the team's own (coder/testdata/amounts.txt codes them).

// TestHeldTakenOn: a ship or its crew held and then carried on ("sailed it
// to", "towed their boat to", "escorted the boat and its crew to", or in a
// relative clause "which ... boarded and steered to") went from where it was
// held to where it was taken; a verb of sending with another object ("sent
// a warning to London") takes no one anywhere.
func TestHeldTakenOn(t *testing.T) {
	checkAttr(t, []attrCase{
		{"sailed it", "Iranian commandos seized the British tanker Talara in the Gulf of Oman late on Thursday and sailed it to Bandar Abbas.", "IRNMIL GBR 181", "Gulf of Oman > Bandar Abbas"},
		{"the vessel", "Somali pirates hijacked a Bangladeshi bulk carrier off Mogadishu on Tuesday and sailed the vessel to Eyl.", "SOMCRM SOM 181", "Mogadishu > Eyl"},
		{"their boat", "Russian border guards detained six Estonian fishermen in the Gulf of Finland and towed their boat to Kronstadt.", "RUSCOP ESTAGR 173", "Gulf of Finland > Kronstadt"},
		{"boat and crew", "The Indian coast guard seized a Pakistani fishing boat off Gujarat on Monday and escorted the boat and its crew to Mumbai.", "INDMIL PAK 181", "Gujarat > Mumbai"},
		{"relative clause", "Britain summoned Iran's envoy over the British tanker, which Iranian commandos boarded in the Gulf of Oman late on Thursday and steered to Bandar Abbas.", "IRNMIL GBR 181", "Gulf of Oman > Bandar Abbas"},
		{"into", "Iranian commandos boarded a British tanker in the Gulf of Oman late on Thursday and steered it into Bandar Abbas.", "IRNMIL GBR 181", "Gulf of Oman > Bandar Abbas"},
		// guard: what is sent is no ship
		{"a warning", "Iranian forces seized the British tanker in the Gulf of Oman late on Thursday and sent a warning to London.", "IRNMIL GBR 181", ""},
	}, routeOf)
}

// TestCountedAsClause: "as" before a counted subject and its verb ("as tens
// of thousands of people protested") opens a clause of another act: the
// crowd is that act's amount and no target of the act before it, whose
// pattern may not run on into it.
func TestCountedAsClause(t *testing.T) {
	checkAttr(t, []attrCase{
		{"arrest, no crowd", "Turkish police detained the opposition leader on Sunday as tens of thousands of people protested in Ankara.", "TURCOP TUROPP 173", ""},
		{"the protest's crowd", "Turkish police detained the opposition leader on Sunday as tens of thousands of people protested in Ankara.", "TURCVL TUR 141", "10000 people"},
		{"a strike", "Iranian police detained a prominent lawyer in Tehran on Monday as thousands of workers went on strike.", "IRNLAB IRN 143", "1000 workers"},
		{"the mayor", "Police detained the Istanbul mayor at dawn on Wednesday as hundreds of students protested in the city.", "TURCOP TURGOV 173", ""},
		{"a rally", "Belarusian security forces detained the opposition candidate in Minsk on Sunday as tens of thousands of people rallied against the vote.", "BLRCOP BLROPP 173", ""},
		// guard: the arrested counted in the act's own words keep their amount
		{"own amount", "Police in Dakar arrested dozens of opposition supporters on Friday as they gathered outside his home.", "SENCOP SENOPP 173", "12 opposition supporters"},
	}, amount)
}

// TestYearOfOtherEvent: a year after an event noun inside a phrase of a
// preposition ("over a bombing in 1994", "for their part in the mutiny in
// 2019") dates that earlier event, not the clause's act, which keeps its
// own day; a noun the verb acts on itself keeps its year for the verb.
func TestYearOfOtherEvent(t *testing.T) {
	checkAttr(t, []attrCase{
		{"an apposition", "Iran freed two French citizens on Friday in exchange for an Iranian engineer, a former official convicted in France over a bombing in 1994.", "FRA IRN 0841", "2024-06-14"},
		{"the act itself", "Iran freed two French citizens on Friday in exchange for an Iranian engineer, a former official convicted in France over a bombing in 1994.", "IRN FRACVL 0841", "2024-06-14"},
		{"over attacks", "Armenia expelled two Azerbaijani diplomats on Monday over their role in the attacks in 2020.", "ARM AZEGOV 161", "2024-06-17"},
		// guard: the verb's own noun
		{"own noun", "North Korea conducted nuclear tests in 2017.", "PRK - 150", "2017"},
	}, eventDate)
}

// TestLentCountryNoSwap: the amount of an act on a country is swapped for
// the amount of that country's people only when the amount's own words name
// whose people it counts ("230 Ukrainians"); "200 prisoners" after "Moscow
// and Kyiv each released", or "15 people" wounded in a Ukrainian city, take
// their country from the words around them, and the exchange keeps its own
// prisoners.
func TestLentCountryNoSwap(t *testing.T) {
	checkAttr(t, []attrCase{
		{"drones, then a swap", "Russian drones hit Kharkiv late on Thursday, wounding 15 people, a day after Moscow and Kyiv each released 200 prisoners.", "RUS UKR 0841", "200 prisoners"},
		{"the other side", "Russian drones hit Kharkiv late on Thursday, wounding 15 people, a day after Moscow and Kyiv each released 200 prisoners.", "UKR RUS 0841", "200 prisoners"},
		{"mortars", "Azerbaijan fired mortars at Armenian villages on Thursday, wounding three people, hours after Baku and Yerevan each freed 32 detainees.", "AZE ARM 0841", "32 detainees"},
		// guard: peoples the words name are still each side's own
		{"named peoples", "Russia and Ukraine swapped prisoners on Monday, with 95 Ukrainians returning home and 90 Russians handed back.", "UKR RUS 0841", "90 russians"},
	}, amount)
}

// TestOwnerPartitive: "N of <owner>'s <noun>" counts the owner's noun: "15
// of Moscow's diplomats" are 15 diplomats, "five of the country's soldiers"
// five soldiers; a clause between "of" and a later possessive names no
// owner (in "thousands of farmers blocked Paris's ring road" the farmers
// are counted).
func TestOwnerPartitive(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a capital", "Poland declared 15 of Moscow's diplomats persona non grata on Monday.", "POL RUSGOV 161", "15 diplomats"},
		{"a country", "Ukraine freed 40 of Russia's soldiers on Monday.", "UKR RUSMIL 0841", "40 soldiers"},
		{"hostages", "Hamas freed three of Israel's hostages on Monday.", "PSEREBHMS ISRCVL 0841", "3 hostages"},
		{"the country's", "Gunmen killed five of the country's soldiers in Zamfara on Monday.", "NGAUAF NGAMIL 180", "5 soldiers"},
		{"the embassy's", "Poland expelled 15 of the Russian embassy's staff on Monday.", "POL RUSGOV 174", "15 staff"},
		// guard: a verb between "of" and the possessive
		{"a clause", "Tens of thousands of farmers blocked Paris's ring road on Monday to protest against EU rules.", "FRAAGR IGOEUREEC 144", "10000 farmers"},
	}, amount)
}

// TestOneAndOthers: "X and N other Ys" counts X with the others when X is
// one thing named alone ("the party's leader and 10 other executives" are
// 11 executives); a list or a plural before "and" adds nothing.
func TestOneAndOthers(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a leader", "Thailand's court banned the party's leader and 10 other executives from politics on Wednesday.", "THAJUD THACVL 1722", "11 executives"},
		{"an envoy", "Lithuania expelled Belarus's ambassador and three other diplomats on Friday.", "LTU BLRGOV 161", "4 diplomats"},
		{"a priest", "Gunmen kidnapped a priest and four other people in Kaduna on Sunday.", "NGAUAF NGAREL 181", "5 people"},
		{"a name", "Police arrested the opposition leader and 12 other activists in Kampala on Sunday.", "UGACOP UGAOPP 173", "13 activists"},
		// guard: a plural before "and" is counted apart
		{"a plural", "Gunmen kidnapped three priests and four other people in Kaduna on Sunday.", "NGAUAF NGAREL 181", "3 priests"},
	}, amount)
}

// TestDenialDay: a denial of a charge summed up after the accusation (", a
// charge Yerevan denied", ", which Kyiv denied") is dated as the accusation
// is, not by the day of the act it denies.
func TestDenialDay(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a charge", "Azerbaijan on Tuesday accused Armenia of shelling its border posts on Sunday night, a charge Yerevan denied.", "ARM AZE 016", "2024-06-18"},
		{"which", "Russia accused Ukraine on Monday of attacking a power plant in Kursk on Saturday, which Kyiv denied.", "UKR RUS 016", "2024-06-17"},
		{"last week", "Iran on Wednesday accused the United States of killing a general in Baghdad last week, a charge Washington denied.", "USA IRN 016", "2024-06-19"},
		// guard: the accusation keeps its own day
		{"the accusation", "Azerbaijan on Tuesday accused Armenia of shelling its border posts on Sunday night, a charge Yerevan denied.", "AZE ARM 1123", "2024-06-18"},
	}, eventDate)
}

// TestTwoDays: an act told "on Saturday and Sunday", "on Monday night and
// early Tuesday" or "during the weekend" ran over both days; two days that
// are not one after the other ("on Saturday and Monday") keep the first.
func TestTwoDays(t *testing.T) {
	checkAttr(t, []attrCase{
		{"two days", "Police detained 30 opposition activists in Lusaka on Saturday and Sunday, a rights group said.", "ZMBCOP ZMBOPP 173", "2024-06-15/2024-06-16"},
		{"night and early", "Russian drones struck Kharkiv on Monday night and early Tuesday, the governor said.", "RUS UKR 195", "2024-06-17/2024-06-18"},
		{"during the weekend", "Police detained 30 opposition activists in Lusaka during the weekend, a rights group said.", "ZMBCOP ZMBOPP 173", "2024-06-15/2024-06-16"},
		// guard: days apart
		{"days apart", "Police detained 30 opposition activists in Lusaka on Saturday and Monday, a rights group said.", "ZMBCOP ZMBOPP 173", "2024-06-15"},
	}, eventDate)
}

// TestSentHomeRoute: people sent back to their own country ("back to",
// "home") from a place of the sender's went from that place to their
// country; a deportation with no word of going back keeps no such way.
func TestSentHomeRoute(t *testing.T) {
	checkAttr(t, []attrCase{
		{"back to their country", "Malaysia deported 1,200 Indonesian migrants back to their country on Monday aboard two ships that sailed from Port Klang.", "MYS IDNREF 174", "Port Klang > Indonesia"},
		{"home", "Malaysia sent 1,200 Indonesian migrants home on Monday aboard ships that left Port Klang.", "MYS IDNREF 174", "Port Klang > Indonesia"},
		{"handed back", "Bangladesh handed 200 fleeing Myanmar soldiers back to their army on Saturday at a jetty in Cox's Bazar.", "BGD MMRMIL 0841", "Cox's Bazar > Myanmar"},
		// guard: no word of going back
		{"through a crossing", "Pakistan deported 300 Afghans through the Torkham border crossing on Monday.", "PAK AFGCVL 174", ""},
	}, routeOf)
}

// TestSeizedCargo: a seizure that counts nothing else carries the load a
// verb of carrying names after it, even in a relative clause set off by
// commas ("seized a Greek tanker, which had been transporting 90,000 tonnes
// of oil"); the ships counted themselves stay the seizure's amount.
func TestSeizedCargo(t *testing.T) {
	checkAttr(t, []attrCase{
		{"which had been", "Iranian commandos seized a Greek tanker, the Delta, which had been transporting 90,000 tonnes of Kuwaiti oil, off Jask on Friday.", "IRNMIL GRC 181", "90000 oil"},
		{"containers", "Houthi fighters seized the British-owned freighter Ark, which was carrying 300 containers of auto parts, in the Red Sea.", "YEMREBHTH GBR 181", "300 auto parts"},
		{"that was", "Indian police seized a truck near Amritsar that was carrying 80 kilograms of heroin.", "INDCOP INDCVL 1711", "80 heroin"},
		// guard: the ships counted
		{"ships counted", "Iranian commandos seized two Greek tankers carrying 2 million barrels of oil in the Gulf of Oman.", "IRNMIL GRC 181", "2 tankers"},
	}, amount)
}
