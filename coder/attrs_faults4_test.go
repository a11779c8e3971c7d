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
