package coder

import "testing"

// TestJoinedAfterReport: a weekday in a clause joined by ", and" after a
// report's own day is the writer's, resolved against the document's date,
// not the latest such day before the report; a day the report tells keeps
// the report as its anchor (fresh set 41).
func TestJoinedAfterReport(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "a weekday after ', and' is the document's", date: "2024-06-20", // a Thursday
			text:  "Police in Lagos detained a British reporter on June 2, the interior ministry said on Wednesday, and Britain summoned Nigeria's envoy on Thursday.",
			event: "GBR NGAGOV 114", when: "2024-06-20"},
		{name: "guard: a day the report tells is before the report", date: "2024-06-20",
			text:  "The interior ministry said on Wednesday that police had detained a British reporter in Lagos on Thursday.",
			event: "NGACOP GBRMED 173", when: "2024-06-13"},
	})
}

// TestRespectively: a list of sources with as many amounts before
// "respectively" takes them in order, the bare numbers counting what the
// last names; without "respectively" each keeps the counted amount.
func TestRespectively(t *testing.T) {
	text1 := "Latvia and Estonia expelled 12 and 7 Belarusian diplomats respectively on Monday."
	text2 := "Chile, Peru and Bolivia deported 40, 25 and 9 Venezuelan migrants respectively."
	checkAttr(t, []attrCase{
		{"the first", text1, "LVA BLRGOV 161", "12 diplomats"},
		{"the second", text1, "EST BLRGOV 161", "7 diplomats"},
		{"three, the first", text2, "CHL VENREF 174", "40 migrants"},
		{"three, the last", text2, "BOL VENREF 174", "9 migrants"},
		{"guard: no respectively", "Latvia and Estonia expelled 7 Belarusian diplomats on Monday.", "LVA BLRGOV 161", "7 diplomats"},
	}, amount)
}

// TestEveningBefore: "the evening before" is the day before, as "the day
// before" is; an evening with no "before" dates nothing.
func TestEveningBefore(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "the evening before", date: "2024-06-20", // a Thursday
			text:  "Narendra Modi signed a trade pact with Fumio Kishida in Tokyo on Thursday, after the two leaders had held talks over dinner the evening before.",
			event: "INDGOV JPNGOV 046", when: "2024-06-19"},
		{name: "guard: an evening with no before", date: "2024-06-20",
			text:  "Narendra Modi held talks with Fumio Kishida in Tokyo over dinner on Thursday evening.",
			event: "INDGOV JPNGOV 046", when: "2024-06-20"},
	})
}
