package coder

import "testing"

// TestHostagesCounted: counted hostages taken or seized are the
// hostage-taking's amount, whatever the verb and voice.
func TestHostagesCounted(t *testing.T) {
	checkAttr(t, []attrCase{
		{"seized in a raid", "Islamic State fighters seized 30 hostages in a raid on a village in northern Mali on Sunday.", "IMGMUSISI MLI 181", "30 hostages"},
		{"taking, after force", "Hamas fighters stormed Israeli towns, killing hundreds of people and taking 240 hostages.", "PSEREBHMS ISRCVL 181", "240 hostages"},
		{"passive, hedged", "About 30 hostages were seized by Boko Haram in Borno state on Friday.", "NGAREBBKH NGACVL 181", "30 hostages"},
	}, amount)
}

// TestInvertedReportDay: a day after a closing report whose verb comes
// before its speaker dates the report, which dates the demand it tells.
func TestInvertedReportDay(t *testing.T) {
	checkAttr(t, []attrCase{
		{"said the ministry on Tuesday", "Israel must pull its forces out of Gaza, said Egypt's foreign ministry on Tuesday.", "EGYGOV ISR 1056", "2024-06-18"},
		{"the ministry said on Tuesday", "Israel must pull its forces out of Gaza, Egypt's foreign ministry said on Tuesday.", "EGYGOV ISR 1056", "2024-06-18"},
	}, eventDate)
}

// TestLaunchedByCount: the weapons brought down count the defender's act
// against the launcher a participle clause names.
func TestLaunchedByCount(t *testing.T) {
	checkAttr(t, []attrCase{
		{"saying had launched", "Ukraine shot down 20 drones overnight, saying Russia had launched them from Crimea.", "UKR RUS 190", "20 drones"},
	}, amount)
}

// TestVisitSpan: a visit of several days covers them where the words say
// which day its date is: the first ("began"), the last ("ended") or one
// counted ("the second day of"); an arrival, and talks held during the
// visit, keep their one day.
func TestVisitSpan(t *testing.T) {
	checkAttr(t, []attrCase{
		{"began", "Modi began a three-day visit to Japan on Monday.", "INDGOV JPN 042", "2024-06-17/2024-06-19"},
		{"the host's side", "Modi began a three-day visit to Japan on Monday.", "JPN INDGOV 043", "2024-06-17/2024-06-19"},
		{"wrapped up", "Blinken wrapped up a two-day trip to Beijing on Friday.", "USAGOV CHN 042", "2024-06-13/2024-06-14"},
		{"in digits", "Lula on Tuesday ended a 5-day state visit to China.", "BRAGOV CHN 042", "2024-06-14/2024-06-18"},
		{"an arrival", "Xi arrived in Belgrade on Tuesday for a three-day state visit.", "CHNGOV SRB 042", "2024-06-18"},
		{"the third day of", "Lula on Friday, the third day of a four-day state visit to China, met Xi Jinping.", "BRAGOV CHN 042", "2024-06-12/2024-06-15"},
		{"a meeting during it", "Lula on Friday, the third day of a four-day state visit to China, met Xi Jinping.", "BRAGOV CHNGOV 040", "2024-06-14"},
	}, eventDate)
}
