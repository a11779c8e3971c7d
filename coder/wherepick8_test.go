package coder

import "testing"

// TestWherePick8: where an event was when its sentence names several
// places: not the deed a target is held for (suspectplace.go), not a place
// in the phrase of a party before the verb when the clause names its own
// (srcphrase.go), not the place of a host's title (hosttitle.go), not a
// place in a relative clause on the target when the source's words name
// one (relplace.go), a town that qualifies a site's noun (namedsite.go),
// not the attack a verbal act is about (topicplace.go), the "in" after "set
// fire to" (idiomto.go), where unrest spread to (spreadto.go), past "flying
// over" (overflight.go), not where an attacker is based (stationedat.go),
// not where a speaker spoke (speakerplace.go), not a place before the act
// across "after" (beforecomma.go). Each guard keeps the place a
// sentence names alone.
func TestWherePick8(t *testing.T) {
	checkAttr(t, []attrCase{
		{"suspected of", "Police in Karachi arrested a man suspected of a bombing in Quetta.", "PAKCOP PAKCVL 173", "Karachi"},
		{"wanted for", "Police in Lagos arrested a man wanted for a kidnapping in Abuja.", "NGACOP NGACVL 173", "Lagos"},
		{"guard: the deed's place alone", "Police arrested a man suspected of a bombing in Quetta.", "PAKCOP PAKCVL 173", "Quetta"},
		{"a party's phrase", "The leader of Hamas in Gaza met Egyptian officials in Cairo.", "PSEREBHMS EGYGOV 040", "Cairo"},
		{"a party's phrase, other side", "The leader of Hamas in Gaza met Egyptian officials in Cairo.", "EGYGOV PSEREBHMS 040", "Cairo"},
		{"guard: the party's place alone", "Protesters in Tbilisi rallied outside parliament.", "GEOOPP GEOLEG 141", "Tbilisi"},
		{"a host's title", "The Taliban governor of Kandahar met a Pakistani delegation in Kabul.", "AFGGOV PAKGOV 043", "Kabul"},
		{"a host's title, the guest", "The Taliban governor of Kandahar met a Pakistani delegation in Kabul.", "PAKGOV AFGGOV 042", "Kabul"},
		{"guard: the title's place alone", "The mayor of Odesa hosted the Polish president.", "UKRGOV POLGOV 043", "Odesa"},
		{"a relative on the target", "Police in Kampala arrested an opposition lawmaker who had led protests in Gulu.", "UGACOP UGAOPP 173", "Kampala"},
		{"guard: the relative's place alone", "Police arrested an opposition lawmaker who had led protests in Gulu.", "UGACOP UGAOPP 173", "Gulu"},
		{"a site's town", "Israeli forces raided the Jenin refugee camp after a shooting near Nablus.", "ISRMIL PSEREF 190", "Jenin"},
		{"guard: people's town", "Israeli jets struck Gaza militants near Khan Younis.", "ISR PSEINS 195", "Khan Younis"},
		{"the attack spoken of", "Speaking in Brussels, the NATO chief condemned Russian strikes on Kharkiv.", "IGOWSTNAT RUS 111", "Brussels"},
		{"set fire to", "Kenyan police fired tear gas at protesters in Nairobi on Tuesday, and demonstrators set fire to a police station in Kisumu.", "KENOPP KEN 145", "Kisumu"},
		{"guard: sent to a port at", "North Korea sent coal to the port at Nakhodka.", "PRK RUS 061", "Nakhodka"},
		{"spread to", "Clashes between police and protesters spread to Chittagong on Monday.", "BGDCOP BGDOPP 175", "Chittagong"},
		{"flying over", "Israeli jets flying over Lebanon fired missiles at targets near Homs in Syria.", "ISR SYR 195", "Homs"},
		{"based in", "Ukrainian troops based in Sumy launched an incursion into Russia's Kursk region.", "UKRMIL RUS 190", "Kursk Oblast"},
		{"speaking in", "Speaking at a news conference in Berlin, the German chancellor condemned the Iranian missile attack on Israel.", "IRN ISR 195", ""},
		{"guard: the speaker's own act", "Speaking at a news conference in Berlin, the German chancellor condemned the Iranian missile attack on Israel.", "DEUGOV IRN 111", "Berlin"},
		{"after another act", "Modi met Putin in Moscow, after holding talks with him in Kazan on Tuesday.", "INDGOV RUSGOV 046", "Kazan"},
		{"guard: the first act's own", "Modi met Putin in Moscow, after holding talks with him in Kazan on Tuesday.", "INDGOV RUSGOV 040", "Moscow"},
		{"guard: a participle after a comma", "Iranian commandos boarded a Liberian-flagged tanker in the Gulf of Oman on Friday, seizing the vessel and steering it to the coast near Bandar Abbas.", "IRNMIL LBR 181", "Gulf of Oman"},
		{"a statement issued in", "Jihadists killed 11 soldiers in the north, the army said in a statement issued in Ouagadougou.", "BFAINS BFAMIL 190", ""},
		{"guard: the act's own place", "Jihadists killed 11 soldiers in Djibo, the army said in a statement issued in Ouagadougou.", "BFAINS BFAMIL 190", "Djibo"},
		{"according to", "According to officials in Islamabad, Pakistani troops killed eight militants in South Waziristan.", "PAKMIL PAKINS 190", "South Waziristan"},
	}, placeName)
}
