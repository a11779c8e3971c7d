package coder

import "testing"

// TestPartOfWhole: "N of its M troops", "N of the M prisoners" counts the
// part the act acts on, not the whole.
func TestPartOfWhole(t *testing.T) {
	checkAttr(t, []attrCase{
		{"of its, hedged", "France will pull out about 1,200 of its roughly 4,500 troops in Mali.", "FRA MLIMIL 0356", "1200 troops"},
		{"of the", "Israel released 39 of the 150 Palestinian prisoners on Friday.", "ISR PSE 0841", "39 prisoners"},
		{"withdrew", "Russia withdrew 2,000 of its 10,000 soldiers from Armenia on Monday.", "RUS ARM 0874", "2000 soldiers"},
		{"a scale", "Hamas freed 20 of the 48 hostages on Monday.", "PSEREBHMS PSECVL 0841", "20 hostages"},
	}, amount)
}

// TestTollOfTargetsPeople: a bombing coded against the country it went
// off in (doc/POLICY.md §5), whose toll counts the people of several
// countries, counts that country's own ("killing four U.S. service members
// and at least 60 Iraqis": 60 on Iraq, 4 on the United States).
func TestTollOfTargetsPeople(t *testing.T) {
	text1 := "A suicide bomber blew himself up outside Baghdad airport on Monday, killing four U.S. service members and at least 60 Iraqis."
	text2 := "A suicide bomber blew himself up outside a market in Mogadishu on Sunday, killing three Turkish engineers and 20 Somalis."
	checkAttr(t, []attrCase{
		{"the country's own people", text1, "IRQUAF IRQ 1831", "60 iraqis"},
		{"the other's", text1, "IRQUAF USAMIL 1831", "4 service members"},
		{"an adjective", text2, "SOMUAF SOM 1831", "20 somalis"},
		{"an adjective, the other's", text2, "SOMUAF TURCVL 1831", "3 engineers"},
	}, amount)
}

// TestPronounAmount: an act done to "them", joined by "and" to an act on a
// counted object before it, counts that object ("fired on three boats ...
// and seized them").
func TestPronounAmount(t *testing.T) {
	checkAttr(t, []attrCase{
		{"seized them", "Iranian border guard vessels fired on two British navy boats near the Strait of Hormuz on Friday and seized them along with their crews.", "IRNCOP GBRMIL 181", "2 navy boats"},
		{"released them", "Police arrested 40 protesters in Minsk on Sunday and later released them.", "BLRCOP BLROPP 0841", "40 protesters"},
		{"jailed them", "Police arrested 40 protesters in Minsk on Sunday, and a court jailed them on Monday.", "BLRJUD BLROPP 173", "40 protesters"},
		{"no and", "Police arrested 40 protesters in Minsk on Sunday; a court later released them.", "BLRJUD BLROPP 0841", ""},
	}, amount)
}

// TestAmountOfOwnClause: a pattern that runs on past "as" or "while" into
// another clause ("detained more than 500 people on Sunday as thousands of
// protesters marched") counts what its own clause acts on, not the other
// clause's crowd.
func TestAmountOfOwnClause(t *testing.T) {
	checkAttr(t, []attrCase{
		{"as", "Belarusian police detained more than 500 people on Sunday as thousands of protesters marched in Minsk.", "BLRCOP BLROPP 173", "500 people"},
		{"as, in cities", "Police detained more than 1,200 people on Sunday as thousands of protesters rallied in cities across Belarus.", "BLRCOP BLROPP 173", "1200 people"},
	}, amount)
}
