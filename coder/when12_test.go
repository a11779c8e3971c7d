package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// The documents of these tests are dated Thursday 20 June 2024 (checkAttr).

// TestForSpanWhen12: a count of days after "for" is how long something
// lasts, not how far one act is from another; "weekend" before an event
// noun dates that noun to the latest weekend.
func TestForSpanWhen12(t *testing.T) {
	day := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"for 90 days after weekend talks", "Washington and Beijing agreed on Thursday to slash reciprocal tariffs for 60 days after weekend talks in Stockholm.", "USA CHN 046", "2024-06-15/2024-06-16"},
		{"the agreement keeps its day", "Washington and Beijing agreed on Thursday to hold new talks for 60 days after weekend talks in Stockholm.", "USA CHN 036", "2024-06-20"},
		{"two days after: an offset still", "Venezuela expelled Colombian diplomats on Wednesday, two days after Colombia criticised the election.", "VEN COLGOV 161", "2024-06-19"},
	}, day)
}

// TestRankedSinceHyphenWhen12: "their first face-to-face meeting since
// 2021" ranks the meeting and dates no act; the hyphens of a compound do
// not hide the "first".
func TestRankedSinceHyphenWhen12(t *testing.T) {
	doc := newDocCtx(dyad.Document{Date: "2024-06-20"})
	for _, tc := range []struct {
		text  string
		times int
	}{
		{"Envoys of Armenia and Azerbaijan met in Almaty, their first face-to-face meeting since 2021.", 0},
		{"Envoys of Armenia and Azerbaijan have met in Almaty twice since 2021.", 1},
	} {
		toks := text.Tokenize(tc.text, 0)
		if xs := times(toks, lex(toks), doc); len(xs) != tc.times {
			t.Errorf("%s: %d time expressions, want %d", tc.text, len(xs), tc.times)
		}
	}
}

// TestEarlierInTheWeekWhen12: "earlier in the week" is "earlier this
// week"; the time of the cause an act answers ("retaliating for Britain's
// expulsion of envoys earlier in the week", "in retaliation for Iran's
// attack last month") is the cause's alone.
func TestEarlierInTheWeekWhen12(t *testing.T) {
	day := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"earlier in the week", "Britain expelled 23 Russian envoys earlier in the week, officials said.", "GBR RUSGOV 161", "2024-W25"},
		{"earlier in the month", "Britain expelled 23 Russian envoys earlier in the month, officials said.", "GBR RUSGOV 161", "2024-06"},
		{"the cause's week", "Moscow said on Thursday it was expelling 15 British diplomats, retaliating for London's expulsion of 15 Russian envoys earlier in the week.", "GBR RUSGOV 161", "2024-W25"},
		{"the answer's day", "Moscow said on Thursday it was throwing out 15 British diplomats, retaliating for London's expulsion of 15 Russian envoys last week.", "RUS GBRGOV 161", "2024-06-20"},
		{"a cause no list names", "Israel expelled the Turkish consul in retaliation for Ankara's halt of trade with Israel last month.", "ISR TURGOV 161", "2024-06-20"},
		{"in retaliation for an attack last month", "Israel expelled the Iranian envoy in retaliation for Iran's drone attack on Haifa last month.", "ISR IRNGOV 161", "2024-06-20"},
	}, day)
}

// TestAsClauseWhen12: an act with no time of its own, whose pattern's
// words run into an "as" clause, takes that clause's day: an accusation
// made "as crowds attacked the embassy on Wednesday" is Wednesday's, not
// the day of the first conjunct.
func TestAsClauseWhen12(t *testing.T) {
	day := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"as clause", "Rebels seized the town of Uvira on Monday, and Burundi, which closed its border with Congo on Saturday, accused Kinshasa of an act of war as angry crowds attacked the Congolese embassy in Bujumbura on Wednesday.", "BDI COD 1123", "2024-06-19"},
	}, day)
}

// TestDayPairWhen12: "on Friday and Saturday" is one expression, both
// days; its second day is no time of its own that a participle after it
// would take alone.
func TestDayPairWhen12(t *testing.T) {
	day := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"late on one day and early on the next", "Israeli troops opened fire on crowds waiting for food in Khan Younis late on Monday and early on Tuesday, killing at least 14, medics said.", "ISRMIL PSECVL 175", "2024-06-17/2024-06-18"},
		{"participle after a pair of days", "The junta's jets bombed villages in Magway region on Sunday and Monday, killing at least 25 civilians, an opposition group said on Wednesday.", "MMRGOV MMRCVL 190", "2024-06-16/2024-06-17"},
	}, day)
}

// TestRelativeMonthWhen12: a restrictive relative clause or a participle
// on a noun after the act, dated by a month alone, identifies its noun and does not date the act
// (doc/POLICY.md §7); one with a day may still tell the act's own day.
func TestRelativeMonthWhen12(t *testing.T) {
	day := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"who planned ... in March", "Israel killed a Hezbollah commander who ordered the rocket attack on Metula in March, the military said.", "ISR LBNREBHZB 190", "2024-06-20"},
		{"soldiers captured in a month", "Ukraine handed back 50 Russian soldiers captured near Sudzha in February, its human rights commissioner said.", "UKR RUSMIL 0841", "2024-06-20"},
		{"ships that sailed on a day", "Thailand deported 300 Cambodian migrants on two buses that left the town of Aranyaprathet on Tuesday, defying a court ruling.", "THA KHMREF 174", "2024-06-18"},
	}, day)
}
