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
