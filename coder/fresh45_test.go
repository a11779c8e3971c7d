package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestAsideDayNotWords: the day of a relative aside dates its own act, not
// a later accusation of its antecedent, which takes the document's day or
// that of a clause told at once with it ("as protesters attacked ... on
// Tuesday"); a deed may still be the aside's raid (fresh set 45).
func TestAsideDayNotWords(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "an aside's day is its own act's", date: "2024-06-20", // a Thursday
			text:  "Mali, which expelled Algeria's ambassador on Monday, accused Algiers of sheltering rebels.",
			event: "MLI DZA 112", when: "2024-06-20"},
		{name: "the aside's act keeps its day", date: "2024-06-20",
			text:  "Mali, which expelled Algeria's ambassador on Monday, accused Algiers of sheltering rebels.",
			event: "MLI DZAGOV 161", when: "2024-06-17"},
		{name: "'as' with a clause of its own is at once", date: "2024-06-20",
			text:  "Chad accused Sudan of backing the rebels as protesters stormed the Sudanese embassy in N'Djamena on Wednesday.",
			event: "TCD SDN 112", when: "2024-06-19"},
		{name: "guard: a deed may be the aside's raid", date: "2024-05-14",
			text:  "Malian militants, who raided an army post near Gao on Friday, killed at least 12 soldiers.",
			event: "MLIINS MLIMIL 190", when: "2024-05-10"},
	})
}

// TestRankedPeriod: a period after a ranked noun ("the third coup this
// year") dates no act; a period of its own dates the clause (fresh set 45).
func TestRankedPeriodLast(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "a ranked coup", date: "2024-06-20",
			text:  "Protesters stormed the Russian embassy in Bamako on Wednesday, a day after Mali's third coup this year, accusing Moscow of backing the junta.",
			event: "MLIOPP RUS 112", when: "2024-06-19"},
		{name: "the deadliest raid this month", date: "2024-06-20",
			text:  "Malian rebels attacked Gao in the deadliest raid this month.",
			event: "MLIREB MLI 190", when: "2024-06-20"},
		{name: "guard: a period of the act's own", date: "2024-06-20",
			text:  "Malian rebels attacked Gao this month.",
			event: "MLIREB MLI 190", when: "2024-06"},
	})
}

// TestMeasureOwnPlace: martial law declared before an act told after it
// takes no place of that act; a curfew named in a place keeps it (fresh
// set 45).
func TestMeasureOwnPlace(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, event, where string }{
		{"not the place of the shelling", "Serbia declared martial law after accusing Kosovo of shelling villages in Zubin Potok.", "SRB SRBCVL 1724", ""},
		{"guard: its own place", "Israel imposed a curfew in Hebron on Monday.", "ISR PSECVL 1723", "Hebron"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, e := range c.Code(dyad.Document{ID: "t", Date: "2024-06-20", Text: tt.text}) {
				if e.String() != tt.event {
					continue
				}
				found = true
				got := ""
				if e.Location != nil {
					got = e.Location.Name
				}
				if got != tt.where {
					t.Errorf("%s placed at %q, want %q", tt.event, got, tt.where)
				}
			}
			if !found {
				t.Errorf("no %s in %q", tt.event, tt.text)
			}
		})
	}
}

// TestBackgroundReport: a verb of saying in a clause of "after" tells a
// past announcement, not the report: "overnight" stays the night before
// the report, and what was announced keeps its day (fresh set 45).
func TestBackgroundReport(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "overnight, before the report", date: "2024-06-21", // a Friday
			text:  "Serbian riot police fired tear gas overnight at crowds in Belgrade who had massed after President Vucic announced on Thursday that the vote was void.",
			event: "SRBCOP SRBCVL 175", when: "2024-06-20/2024-06-21"},
		{name: "guard: a report's day still ends its night", date: "2024-06-21",
			text:  "Ukrainian drones hit a fuel depot near Bryansk overnight, the regional governor said on Thursday.",
			event: "UKR RUS 195", when: "2024-06-19/2024-06-20"},
	})
}

// TestResignedAs: "as" before the office left opens no clause, so the
// day after the office dates the resignation; "as" before a clause still
// opens one (fresh set 45).
func TestResignedAs(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "the office's day", date: "2024-06-20", // a Thursday
			text:  "Peru granted asylum on Thursday to Ali Bongo, who resigned as Gabon's president on Tuesday.",
			event: "GAB GABCVL 0831", when: "2024-06-18"},
		{name: "guard: as with a clause", date: "2024-06-20",
			text:  "Nepal's army ordered a curfew in Kathmandu on Thursday, a day after the premier resigned as rioters torched the parliament.",
			event: "NPLGOV NPLCVL 0831", when: "2024-06-19"},
	})
}
