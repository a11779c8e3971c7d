package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestGappedAmounts: each party a gapped clause names gets its own amount
// (ellipsis.go); a bare number counts what the first act's amount counts,
// people the remnant names are what it counts, and amounts listed
// "respectively" go to the list's parties in order. The events themselves
// are pinned by testdata/ellipsis.txt.
func TestGappedAmounts(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the first act keeps its own", "Slovenia expelled 33 Russian diplomats on Friday and Croatia 18.", "SVN RUSGOV 161", "33 diplomats"},
		{"a bare number", "Slovenia expelled 33 Russian diplomats on Friday and Croatia 18.", "HRV RUSGOV 161", "18 diplomats"},
		{"a verb of its own", "Norway ordered out 15 Iranian diplomats and Denmark ordered nine to leave.", "DNK IRNGOV 161", "9 diplomats"},
		{"sums", "Sweden pledged $20 million to Somalia, Finland $8 million and Norway $6 million.", "FIN SOM 0331", "8e+06 "},
		{"the last sum", "Sweden pledged $20 million to Somalia, Finland $8 million and Norway $6 million.", "NOR SOM 0331", "6e+06 "},
		{"the preposition kept", "Canada imposed sanctions on 16 Belarusian officials and New Zealand on nine.", "NZL BLRGOV 163", "9 officials"},
		{"each side's prisoners", "Iran freed 60 Iraqi prisoners and Iraq 45.", "IRQ IRNCVL 0841", "45 prisoners"},
		{"people named", "Tanzania deported 300 Burundians and Rwanda 120 Congolese.", "RWA CODCVL 174", "120 congolese"},
		{"an amount to a party", "Qatar pledged $40 million to Lebanon and $15 million to Jordan.", "QAT JOR 0331", "1.5e+07 "},
		{"a breakdown, first part", "Belarus expelled 60 diplomats, 35 from Lithuania and 25 from Latvia.", "BLR LTU 161", "35 diplomats"},
		{"a breakdown, second part", "Belarus expelled 60 diplomats, 35 from Lithuania and 25 from Latvia.", "BLR LVA 161", "25 diplomats"},
		{"respectively, first", "Austria and Greece said they were expelling 12 and 7 Iranian diplomats respectively.", "AUT IRNGOV 161", "12 diplomats"},
		{"respectively, second", "Austria and Greece said they were expelling 12 and 7 Iranian diplomats respectively.", "GRC IRNGOV 161", "7 diplomats"},
		// guards: a remnant with a time and no amount has none of its own;
		// a list of targets shares the act's amount
		{"a time alone", "Germany expelled 40 Russian diplomats on Monday and France on Tuesday.", "FRA RUSGOV 161", ""},
		{"targets listed", "Sweden pledged $20 million to Somalia and Ethiopia.", "SWE ETH 0331", "2e+07 "},
		{"no respectively", "Austria and Greece said they were expelling 12 and 7 Iranian diplomats.", "AUT IRNGOV 161", "7 diplomats"},
	}, amount)
}

// TestGappedDate: a remnant's own time dates its event; one with none
// takes the first act's.
func TestGappedDate(t *testing.T) {
	date := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"its own day", "Germany expelled 40 Russian diplomats on Monday and France on Tuesday.", "FRA RUSGOV 161", "2024-06-18"},
		{"the first act's day", "Slovenia expelled 33 Russian diplomats on Friday and Croatia 18.", "HRV RUSGOV 161", "2024-06-14"},
	}, date)
}

// TestEachSideAmount: what each side does, each does with the whole amount.
func TestEachSideAmount(t *testing.T) {
	checkAttr(t, []attrCase{
		{"each side, later", "Serbia and Kosovo held talks in Brussels on Monday. Each side freed 12 detainees.", "XKX SRB 0841", "12 detainees"},
		{"by each side", "Serbia and Kosovo held talks in Brussels on Monday, and 20 detainees were freed by each side.", "SRB XKXCVL 0841", "20 detainees"},
	}, amount)
}

// TestEachCounted: an apposition that counts a list of peoples one by one
// after the act's amount gives each its own count; a part of the amount
// ("including") leaves the whole.
func TestEachCounted(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the first people", "Gunmen kidnapped 11 people from a convent, eight Italians and three Spaniards, near Goma.", "CODUAF ITACVL 181", "8 italians"},
		{"the second people", "Gunmen kidnapped 11 people from a convent, eight Italians and three Spaniards, near Goma.", "CODUAF ESPCVL 181", "3 spaniards"},
		{"a part", "Gunmen kidnapped 11 people from a convent, including eight Italians, near Goma.", "CODUAF CODCVL 181", "11 people"},
	}, amount)
}

// TestSwapCounts: in a swap whose absolute clause counts each side's people,
// each side frees the other's.
func TestSwapCounts(t *testing.T) {
	checkAttr(t, []attrCase{
		{"peoples", "Serbia and Kosovo completed their first prisoner swap on Friday, with 14 Serbs and 9 Kosovars returning home.", "SRB XKX 0841", "9 kosovars"},
		{"peoples, other way", "Serbia and Kosovo completed their first prisoner swap on Friday, with 14 Serbs and 9 Kosovars returning home.", "XKX SRB 0841", "14 serbs"},
		{"a people's soldiers in a list", "Sudan and South Sudan swapped prisoners on Friday, with 40 Sudanese and 35 South Sudanese soldiers going home.", "SDN SSD 0841", "35 soldiers"},
	}, amount)
}

// TestAbsoluteAmounts: each party of an absolute clause after an act of no
// actor pledges its own sum, where the act was.
func TestAbsoluteAmounts(t *testing.T) {
	const text = "Donors pledged $1.5 billion for Yemen at a meeting in Geneva on Tuesday, with Japan offering $80 million, Canada $40 million and the European Union $25 million."
	checkAttr(t, []attrCase{
		{"the clause's party", text, "JPN YEM 0331", "8e+07 "},
		{"a remnant", text, "CAN YEM 0331", "4e+07 "},
		{"an organisation", text, "IGOEUREEC YEM 0331", "2.5e+07 "},
	}, amount)
	checkAttr(t, []attrCase{{"the act's place", text, "CAN YEM 0331", "Geneva"}}, placeName)
}

// TestTollByPlace: each place's amount is the event's there.
func TestTollByPlace(t *testing.T) {
	const text = "Gunmen killed 14 villagers in the village of Djibo and 9 in nearby Arbinda on Saturday."
	where := func(e dyad.Event) string { return placeName(e) + " " + amount(e) }
	checkAttr(t, []attrCase{
		{"the first place", text, "BFAUAF BFACVL 180", "Djibo 14 villagers"},
	}, where)
	c := testCoder(t)
	var got []string
	for _, e := range c.Code(dyad.Document{ID: "a", Date: "2024-06-20", Text: text}) {
		got = append(got, where(e))
	}
	if len(got) != 2 || got[1] != "Arbinda 9 villagers" {
		t.Errorf("%s\n  got %q, want the second event at Arbinda with 9 villagers", text, got)
	}
}
