package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestNextMorning: "the next morning", "the following evening" date their
// clause the day after the one named before, as "the next day" does
// (nextmorning.go); the clause before keeps its own day, and "the next day"
// is as before. The document is of Thursday 20 June 2024.
func TestNextMorning(t *testing.T) {
	date := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"the next morning", "Sudanese troops shelled a camp near the border on Sunday, and Chad closed its border the next morning.", "TCD TCDCVL 191", "2024-06-17"},
		{"the following morning", "Police detained the opposition leader in Harare late on Monday and a court charged him with treason the following morning.", "ZWEJUD ZWEOPP 173", "2024-06-18"},
		{"the following evening", "Rebels stormed a prison in Goma on Sunday, and the government imposed a curfew the following evening.", "CODGOV CODCVL 1723", "2024-06-17"},
		{"the clause before", "Rebels stormed a prison in Goma on Sunday, and the government imposed a curfew the following evening.", "CODREB COD 190", "2024-06-16"},
		{"guard: the next day", "Rebels stormed a prison in Goma on Sunday, and the government imposed a curfew the next day.", "CODGOV CODCVL 1723", "2024-06-17"},
		{"guard: its own day", "Police in Harare detained the opposition leader on Monday morning.", "ZWECOP ZWEOPP 173", "2024-06-17"},
	}, date)
}

// TestPreviousNight: "the previous night" and an adverbial "the night
// before" are the night before the day the clause counts from, its two days
// as "overnight" is (doc/POLICY.md §19; prevnight.go): the report's day, or
// an act's day named before; "the night before the vote" is no such night.
func TestPreviousNight(t *testing.T) {
	date := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"from the report", "Israel said on Monday its jets had struck Hezbollah targets in southern Lebanon the previous night.", "ISR LBNREBHZB 195", "2024-06-16/2024-06-17"},
		{"from an act", "Israeli jets struck Gaza on Monday after Hamas fired rockets at Ashkelon the previous night.", "PSEREBHMS ISR 194", "2024-06-16/2024-06-17"},
		{"the act keeps its day", "Israeli jets struck Gaza on Monday after Hamas fired rockets at Ashkelon the previous night.", "ISR PSE 195", "2024-06-17"},
		{"the night before", "Ukraine's air force said Russia had launched 40 drones at Kyiv the night before.", "RUS UKR 195", "2024-06-19/2024-06-20"},
		{"guard: before a noun", "Police in Tbilisi detained 20 protesters on Monday, the night before the vote.", "GEOCOP GEOOPP 173", "2024-06-17"},
	}, date)
}

// TestCoarseOffset: "a day after", "two days after" counted from a time of
// a month ("earlier this month", "last month", "in March") is in that
// month, at its precision, even when the sentence names a report's day
// (coarseoffset.go); counted from a day it is a day, as before.
func TestCoarseOffset(t *testing.T) {
	date := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"earlier this month", "Canada lifted sanctions on Venezuela earlier this month, a day after the Venezuelan government and the opposition signed an accord in Bridgetown, an official said on Monday.", "VENGOV VENOPP 057", "2024-06"},
		{"last month", "Kenya expelled a Ugandan diplomat last month, a day after Ugandan police arrested a Kenyan journalist in Kampala, the foreign ministry said on Tuesday.", "UGACOP KENMED 173", "2024-05"},
		{"a month named", "Ghana recalled its ambassador from Togo in March, two days after Togolese soldiers detained 12 Ghanaian fishermen, officials said on Monday.", "TGOMIL GHAAGR 173", "2024-03"},
		{"guard: from a day", "Kenya expelled a Ugandan diplomat on Friday, a day after Ugandan police arrested a Kenyan journalist in Kampala, the foreign ministry said on Tuesday.", "UGACOP KENMED 173", "2024-06-13"},
	}, date)
}

// TestAfterMidnight: "shortly after midnight" told after a night or a late
// hour of a named day is the next day, which midnight opens (midnight.go);
// after a day not late, or with a day of its own, it is that day. "On the
// weekend" and "through the weekend" are the weekend, as "over the weekend"
// is.
func TestAfterMidnight(t *testing.T) {
	date := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"after a night", "Demonstrators broke into the assembly building in Nairobi on Monday night, and Kenyan police used tear gas against them soon after midnight.", "KENCOP KENOPP 175", "2024-06-18"},
		{"after late on", "Gunmen attacked a village in Plateau state late on Saturday and killed 20 people just after midnight, residents said.", "NGAUAF NGACVL 180", "2024-06-16"},
		{"guard: a day not late", "Police in Lima detained a former president on Monday, shortly after midnight.", "PERCOP PERGOV 173", "2024-06-17"},
		{"guard: its own day", "Protesters blocked roads in Dhaka on Friday evening, and police fired tear gas soon after midnight on Friday.", "BGDCOP BGDCVL 175", "2024-06-14"},
		{"on the weekend", "Thousands rallied in Tbilisi on the weekend against the bill.", "GEOCVL GEO 1412", "2024-06-15/2024-06-16"},
		{"through the weekend", "Ethiopian troops and Fano militiamen clashed through the weekend in Gondar.", "ETHMIL ETHREBFNO 190", "2024-06-15/2024-06-16"},
	}, date)
}

// TestLaterThatDay: "that day", "later that day", "earlier in the day" name the
// day the text named last: an act's day before them in their sentence,
// past a report's ("officials said on Wednesday"), else the day of the
// sentence before (thatday.go); "that day-long" is no time.
func TestLaterThatDay(t *testing.T) {
	date := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"past a report", "Russian missiles struck Kyiv on Monday, officials said on Wednesday, and Poland scrambled fighter jets later that day.", "POL - 152", "2024-06-17"},
		{"the sentence before", "Russian missiles struck Kyiv on Monday, officials said. Poland scrambled fighter jets later that day.", "POL - 152", "2024-06-17"},
		{"earlier in the day", "Sudan's army shelled Omdurman on Thursday. Earlier in the day, RSF fighters attacked El Obeid.", "SDNUAFRSF SDN 190", "2024-06-20"},
		{"that day", "Kenyan police arrested 30 protesters on Tuesday, the ministry said on Wednesday. Ugandan police detained 12 activists that day.", "UGACOP UGAOPP 173", "2024-06-18"},
		{"guard: day-long", "Kenyan police arrested 30 protesters on Tuesday. Ugandan police said that day-long protests had ended.", "UGACOP - 082", "2024-06-20"},
	}, date)
}

// TestWeekOfMonth: "the first week of May" is its first seven days, "the
// third week of March 2023" the 15th to the 21st, "the last week of April"
// its last seven (weekofmonth.go), not the week before the report; "last
// week" and a month alone are as before.
func TestWeekOfMonth(t *testing.T) {
	date := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"first", "Nigerian troops killed 40 bandits in Zamfara in the first week of May.", "NGAMIL NGACRM 190", "2024-05-01/2024-05-07"},
		{"third with a year", "Nigerian troops killed 40 bandits in Zamfara in the third week of June 2023.", "NGAMIL NGACRM 190", "2023-06-15/2023-06-21"},
		{"last", "Nigerian troops killed 40 bandits in Zamfara in the last week of April.", "NGAMIL NGACRM 190", "2024-04-24/2024-04-30"},
		{"guard: last week", "Nigerian troops killed 40 bandits in Zamfara last week.", "NGAMIL NGACRM 190", "2024-W24"},
		{"guard: a month", "Nigerian troops killed 40 bandits in Zamfara in May.", "NGAMIL NGACRM 190", "2024-05"},
	}, date)
}
