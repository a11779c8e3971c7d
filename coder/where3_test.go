package coder

import "testing"

// TestJoinedVerbPlaces: two verbs joined by "and" each take the place of
// their own phrase, not the nearer place of the other verb; a verb with no
// place of its own keeps the place before it, and a place before every verb
// ("police in Mombasa") is all of theirs (coder/testdata/where.txt).
func TestJoinedVerbPlaces(t *testing.T) {
	const kenya = "Kenyan police arrested 40 students in Mombasa and fired tear gas at marchers in Kisumu on Tuesday."
	const back = "Riot police fired tear gas at marchers in Kisumu and arrested 40 students in Mombasa on Tuesday."
	checkAttr(t, []attrCase{
		{"second verb", kenya, "KENCOP KENOPP 175", "Kisumu"},
		{"first verb", kenya, "KENCOP KENEDU 173", "Mombasa"},
		{"the marchers' own", kenya, "KENOPP KEN 141", "Kisumu"},
		{"reversed, second", back, "KENCOP KENEDU 173", "Mombasa"},
		{"reversed, the marchers' own", back, "KENOPP KEN 141", "Kisumu"},
		{"force", "Russia shelled a market in Kherson on Sunday and struck a hospital in Zaporizhzhia with drones.", "RUS UKRHLH 195", "Zaporizhzhia"},
		{"near", "Israeli troops raided a refugee camp near Jenin and detained 15 Palestinians in Nablus on Monday.", "ISRMIL PSECVL 173", "Nablus"},
		{"near, first", "Israeli troops raided a refugee camp near Jenin and detained 15 Palestinians in Nablus on Monday.", "ISRMIL PSE 190", "Jenin"},
		// guards
		{"no place of its own", "Kenyan police arrested 40 students in Mombasa and later charged them with rioting.", "KENCOP KENEDU 173", "Mombasa"},
		{"before every verb", "Police in Mombasa arrested 40 students and fired tear gas at marchers on Tuesday.", "KENCOP KENOPP 175", "Mombasa"},
	}, placeName)
}

// TestOutsideTown: a place named in the phrase of a town ("the northern
// town of Maiduguri") after "outside", "inside" or "in and around" is where
// the act was, as after "in"; where people fled from is not
// (coder/testdata/where.txt).
func TestOutsideTown(t *testing.T) {
	checkAttr(t, []attrCase{
		{"outside the town of", "Gunmen killed 12 villagers outside the northern town of Maiduguri on Friday.", "NGAUAF NGACVL 180", "Maiduguri"},
		{"passive", "Twelve villagers were killed by Boko Haram gunmen outside the town of Maiduguri on Friday.", "NGAREBBKH NGACVL 190", "Maiduguri"},
		{"outside the city of", "Nigerian troops killed 15 bandits outside the northwestern city of Gusau on Sunday.", "NGAMIL NGACRM 190", "Gusau"},
		{"in and around", "Ethiopian troops clashed with Fano militiamen in and around the city of Gondar on Tuesday.", "ETHMIL ETHREBFNO 190", "Gondar"},
		{"in and around the port city", "Haitian police arrested 30 gang members in and around the port city of Cap-Haitien on Monday.", "HTICOP HTICRM 173", "Cap-Haïtien"},
		{"fled from", "Boko Haram gunmen killed 12 farmers who had fled from the northern town of Maiduguri.", "NGAREBBKH NGAAGR 190", ""},
	}, placeName)
}

// TestTargetQualifierPlace: a place that only qualifies the noun of force's
// target ("Amhara militiamen", "Gaza militants") says whose, not where,
// when the clause names a place of its own; with none it is where
// (coder/testdata/where.txt).
func TestTargetQualifierPlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"near the town of", "Ethiopian troops clashed with Amhara militiamen near the town of Debre Markos on Tuesday.", "ETHMIL ETHUAF 190", "Debre Markos"},
		{"struck", "Israeli jets struck Gaza militants near the town of Khan Younis on Sunday.", "ISR PSEINS 195", "Khan Younis"},
		{"in the town of", "Syrian government forces shelled Idlib rebels in the town of Saraqeb on Monday.", "SYRGOV SYRREB 194", "Saraqeb"},
		{"no other place", "Israeli jets struck Gaza militants on Sunday.", "ISR PSEINS 195", "Gaza Strip"},
	}, placeName)
}

// TestApposedPlace: a place named in apposition after a possessor and a
// rank ("Kenya's capital, Nairobi", "the Donetsk region's second city,
// Kramatorsk") takes the phrase's preposition, and the possessor only says
// where it is; a person in apposition leaves the region where it is
// (coder/testdata/where.txt).
func TestApposedPlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"capital", "Police fired tear gas at protesters in Kenya's capital, Nairobi, on Tuesday.", "KENCOP KENOPP 175", "Nairobi"},
		{"region's capital", "Sudanese paramilitaries shelled North Darfur's capital, El Fasher, on Sunday.", "SDNUAF SDN 194", "El Fasher"},
		{"second city", "Russian jets bombed the Donetsk region's second city, Kramatorsk, on Friday.", "RUS UKR 195", "Kramatorsk"},
		{"country's second city", "Russian missiles struck Ukraine's second city, Kharkiv, on Friday.", "RUS UKR 195", "Kharkiv"},
		{"the region's main city", "Armenian fighters in Nagorno-Karabakh gave up on Wednesday, after Azerbaijani troops fired rockets at the region's main city, Stepanakert.", "AZEMIL AZECVL 194", "Khankendi"},
		{"governor", "Ukrainian drones struck Russia's Belgorod region on Friday, and the region's governor, Vyacheslav Gladkov, declared a state of emergency.", "RUS RUSCVL 1724", ""}, // mentioned, as before,
	}, placeName)
}

// TestAfterClauseJoinedAct: an act joined by "and" to the verb of an
// "after" or "before" clause is in that clause, and takes its place; the
// main clause's act does not (coder/testdata/where.txt).
func TestAfterClauseJoinedAct(t *testing.T) {
	const dhaka = "Bangladesh's government shut down mobile internet on Sunday, hours after students rallied in Dhaka and police fired rubber bullets at the crowd."
	checkAttr(t, []attrCase{
		{"after", "Uganda's president sacked his interior minister on Friday, two days after protesters stormed the assembly in Kampala and police fired tear gas at them.", "UGACOP UGAOPP 175", "Kampala"},
		{"hours after", dhaka, "BGDCOP BGDCVL 175", "Dhaka"},
		{"the main clause", dhaka, "BGDGOV BGDCVL 1721", ""},
	}, placeName)
}

// TestStrikeParticiplePlace: force told with a participle of striking
// after a comma struck the place the participle names, more exactly than
// the country or the region of the main verb; "a day after hitting" is
// another act (coder/testdata/where.txt).
func TestStrikeParticiplePlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"striking the centre of", "Russia launched 100 drones at Ukraine on Friday, striking the centre of Kharkiv.", "RUS UKR 195", "Kharkiv"},
		{"hitting the outskirts of", "Israeli jets pounded southern Lebanon on Monday, hitting the outskirts of Tyre.", "ISR LBN 195", "Tyre"},
		{"throughout a country", "Russian bombers launched missiles at towns throughout Ukraine overnight, hitting the heart of Kyiv.", "RUSMIL UKR 195", "Kyiv"},
		{"a town of the region", "Russian forces shelled the Kharkiv region on Sunday, striking the outskirts of Kupiansk.", "RUSMIL UKR 194", "Kupiansk"},
		{"a day after", "Russia fired missiles at Ukraine on Monday, a day after hitting the centre of Kyiv with drones.", "RUS UKR 195", ""},
	}, placeName)
}

// TestPrisonPlaces: prisons are places of their own in the gazetteer:
// people freed from one were freed there, whatever word the text gives the
// prison ("Ofer jail" is the Ofer prison), and one held in one was held
// there (coder/testdata/where.txt).
func TestPrisonPlaces(t *testing.T) {
	checkAttr(t, []attrCase{
		{"jail", "Israeli authorities freed 60 Palestinian detainees from Ofer jail on Sunday.", "ISRGOV PSECVL 0841", "Ofer prison"},
		{"in a capital", "Iran freed a French tourist from Evin prison in Tehran on Friday.", "IRN FRACVL 0841", "Evin prison"},
		{"released", "Myanmar's junta released 700 inmates from Insein prison on Tuesday.", "MMRGOV MMRCVL 0841", "Insein prison"},
		{"held in", "Russia detained an American journalist and held him in Lefortovo prison.", "RUS USAMED 173", "Lefortovo prison"},
	}, placeName)
}

// TestToLeavePlace: an expulsion, or a cut in relations, that tells its
// target to leave a town was done there; "to leave the country" names no
// place (coder/testdata/where.txt).
func TestToLeavePlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"ordered to leave", "Mali ordered the French ambassador to leave Bamako within 72 hours on Monday.", "MLI FRAGOV 161", "Bamako"},
		{"giving them hours", "Burkina Faso expelled three French diplomats on Thursday, giving them 48 hours to leave Ouagadougou.", "BFA FRAGOV 161", "Ouagadougou"},
		{"told to leave", "Algeria told 12 French embassy staff to leave Algiers within two days.", "DZA FRAGOV 161", "Algiers"},
		{"the country", "Guinea gave the Swedish envoy three days to leave the country.", "GIN SWEGOV 161", ""},
	}, placeName)
}

// TestVisitTown: a visit to a region, and its host's part, were where the
// sentence says the visit's business was done, a town of the region's
// country near it; a town far from it is another place
// (coder/testdata/where.txt).
func TestVisitTown(t *testing.T) {
	const hawaii = "Japan's prime minister flew to Hawaii on Monday for talks with Biden at a naval base in Honolulu."
	checkAttr(t, []attrCase{
		{"flew to", hawaii, "JPNGOV USA 042", "Honolulu"},
		{"the host", hawaii, "USA JPNGOV 043", "Honolulu"},
		{"arrived in", "The Indian prime minister arrived in Bavaria on Sunday for a summit with the German chancellor in Munich.", "INDGOV DEU 042", "Munich"},
		{"toured", "The Egyptian president toured Sicily on Friday, meeting the Italian premier in Palermo.", "EGYGOV ITA 042", "Palermo"},
		{"far away", "The Indian prime minister visited Bavaria on Sunday, two days after talks with the German chancellor in Hamburg.", "INDGOV DEU 042", "Bavaria"},
	}, placeName)
}
