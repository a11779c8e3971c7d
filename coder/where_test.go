package coder

import "testing"

// TestSwapVenue: every release of a prisoner swap happened where the swap
// was done, named after the swap's noun or "handed over", or as where the
// freed were flown to for it; not where one of the freed once committed a
// crime (swapvenue.go).
func TestSwapVenue(t *testing.T) {
	checkAttr(t, []attrCase{
		{"carried out at", "Belarus freed a Lithuanian journalist on Saturday in an exchange carried out at Vilnius airport, while Lithuania released two Belarusian officers.", "LTU BLRMIL 0841", "Vilnius"},
		{"carried out at, the other side", "Belarus freed a Lithuanian journalist on Saturday in an exchange carried out at Vilnius airport, while Lithuania released two Belarusian officers.", "BLR LTUMED 0841", "Vilnius"},
		{"held in", "Iran released a French teacher on Monday in a prisoner swap held in Muscat, and France freed an Iranian engineer.", "FRA IRNCVL 0841", "Muscat"},
		{"after a comma", "Russia freed a Dutch engineer on Tuesday in the largest prisoner exchange in a decade, carried out at Istanbul airport, while the Netherlands released a Russian spy.", "NLD RUSSPY 0841", "Istanbul"},
		{"handed over on the tarmac", "Iran freed a Swedish diplomat on Friday in exchange for a former Iranian official, with the two men handed over on the runway of Muscat airport.", "IRN SWEGOV 0841", "Muscat"},
		{"flown to for a swap", "Venezuela freed three Americans on Wednesday, flying them from Caracas to Doha for a swap in which the United States released a Venezuelan businessman jailed for fraud in Miami.", "USA VENBUS 0841", "Doha"},
		// the swap's noun with a place that is no venue: the release stays where it was done
		{"swap of a truce", "Israel released 200 Palestinian prisoners from a jail near Nablus on Monday, in the second swap of the Gaza truce.", "ISR PSECVL 0841", "Nablus"},
		{"no swap", "Belarus freed a Lithuanian journalist on Saturday at Vilnius airport.", "BLR LTUMED 0841", "Vilnius"},
		// a capital that acts in the swap is no place of it
		{"a swap in which a capital acts", "Tehran freed two Americans on Tuesday as part of an exchange in which Washington pardoned four Iranians.", "USA IRNCVL 0841", ""},
	}, placeName)
}

// TestSharedVenue: an act of diplomacy of two parties that meet in a place
// the sentence names, told with no place of its own, was done there; an act
// of other parties, or of another kind, takes no such place (swapvenue.go).
func TestSharedVenue(t *testing.T) {
	checkAttr(t, []attrCase{
		{"after which", "The Kenyan president held talks with the Ethiopian prime minister in Addis Ababa on Monday, after which both sides signed trade deals.", "KEN ETH 057", "Addis Ababa"},
		{"after which, the other side", "The Kenyan president held talks with the Ethiopian prime minister in Addis Ababa on Monday, after which both sides signed trade deals.", "ETH KEN 057", "Addis Ababa"},
		{"a truce, one way", "A truce between Israel and the Houthis took effect in Yemen on Monday.", "ISR YEMREBHTH 0871", "Yemen"},
		{"a truce, the other way", "A truce between Israel and the Houthis took effect in Yemen on Monday.", "YEMREBHTH ISR 0871", "Yemen"},
		{"and later", "The leaders of Chile and Brazil shook hands on Friday at a hotel on Japan's Okinawa island, and later signed an agreement on copper exports.", "CHLGOV BRAGOV 057", "Okinawa"},
		// another pair's act keeps its own (or no) place
		{"another pair", "The Kenyan president held talks with the Ethiopian prime minister in Addis Ababa on Monday, as Somalia signed a deal with Turkey.", "SOM TUR 057", ""},
	}, placeName)
}

// TestNationwidePlace: a protest, a strike or a curfew the words call
// nationwide happened across its source's country when its clause names no
// place; a place it names wins (swapvenue.go).
func TestNationwidePlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a nationwide strike", "Nigerian unions began a nationwide strike on Monday against a rise in fuel prices.", "NGALAB NGA 1432", "Nigeria"},
		{"in another clause", "Bangladeshi police fired tear gas at students in Dhaka on Monday as transport workers staged a nationwide strike against the government.", "BGDLAB BGDGOV 143", "Bangladesh"},
		{"a nationwide walkout", "South Korean doctors staged a nationwide walkout on Monday against the government's plan to admit more medical students.", "KORHLH KORGOV 1432", "South Korea"},
		{"an emergency", "Ecuador's president imposed a nationwide state of emergency after a prison riot.", "ECUGOV ECUCVL 1724", "Ecuador"},
		// a place the clause names says where
		{"named town", "Tens of thousands of workers joined a nationwide strike in Cordoba on Wednesday against the government's labour reforms.", "ARGLAB ARGGOV 1432", "Córdoba"},
		// no word of the whole country, no country
		{"a strike", "Nigerian unions went on strike on Monday against a rise in fuel prices.", "NGALAB NGA 143", ""},
		{"nationwide, a strike", "Nigerian unions went on strike nationwide on Monday against a rise in fuel prices.", "NGALAB NGA 143", "Nigeria"},
	}, placeName)
}

// TestKindNounOf: a place named after a noun of its kind and "of" is where
// the act of its clause was, whatever the kind: a resort, a stronghold, a
// camp, an oasis (placeNouns, words.go).
func TestKindNounOf(t *testing.T) {
	checkAttr(t, []attrCase{
		{"resort", "Armenian and Azerbaijani envoys met for talks on Friday in the Georgian resort of Batumi.", "ARMGOV AZEGOV 044", "Batumi"},
		{"resort, no adjective", "Armenian and Azerbaijani envoys met for talks on Friday in the resort of Batumi.", "ARMGOV AZEGOV 044", "Batumi"},
		{"stronghold", "Syrian warplanes bombed targets in the rebel stronghold of Idlib on Monday.", "SYRMIL SYRCVL 195", "Idlib"},
		{"oasis", "Gunmen attacked a military post in the oasis of Kufra on Sunday, Libyan officials said.", "LBYUAF LBY 190", "Kufra"},
	}, placeName)
}

// TestRegionReferred: "the region" refers back to the latest region its
// sentence names, which is where an act told there was; with no region
// named it is no place (placeref.go).
func TestRegionReferred(t *testing.T) {
	checkAttr(t, []attrCase{
		{"in the region", "Ukrainian troops pushed into Russia's Belgorod region on Monday, and Moscow imposed emergency rule in the region on Wednesday.", "RUS RUSCVL 1724", "Belgorod Oblast"},
		{"in the province", "Gunmen attacked a convoy in Pakistan's Khyber Pakhtunkhwa province on Sunday, and the government imposed a curfew across the province on Monday.", "PAKGOV PAKCVL 1723", "Khyber Pakhtunkhwa"},
		// no region named before: "the region" says nothing
		{"none named", "Moscow imposed emergency rule in the region on Wednesday.", "RUS RUSCVL 1724", ""},
	}, placeName)
}

// TestCityBuilding: "the city's legislature" after a preposition of place
// is in the city the sentence named; "the city's mayor" is no place
// (placeref.go).
func TestCityBuilding(t *testing.T) {
	checkAttr(t, []attrCase{
		{"outside the city's assembly", "Lagos police used tear gas on Monday against hundreds of traders who gathered outside the city's assembly.", "NGABUS NGA 141", "Lagos"},
		{"in front of the capital's parliament", "Nairobi police used tear gas on Tuesday against students who had marched in front of the capital's parliament.", "KENEDU KEN 141", "Nairobi"},
		// a motion's end is no place of the act: "to the city's parliament"
		{"to the city's parliament", "Nairobi police used tear gas on Tuesday against students who had marched to the city's parliament.", "KENEDU KEN 141", ""},
	}, placeName)
}

// TestHandedOverTo: "over" after a verb of handing and its object is the
// verb's particle, not the start of a cause, so the place after it is where
// the handover was; a cause after "over" still says no place (place.go).
func TestHandedOverTo(t *testing.T) {
	checkAttr(t, []attrCase{
		{"handed over to", "Hamas handed two Thai captives over to Red Cross staff in Khan Younis on Thursday.", "PSEREBHMS THACVL 0841", "Khan Younis"},
		{"over to officials", "The Taliban handed two American contractors over to Qatari officials in Kandahar on Tuesday.", "AFGGOV USA 0841", "Kandahar"},
		{"over to the Red Cross", "Houthi rebels handed 20 Saudi prisoners over to Red Cross workers in Sanaa on Friday.", "YEMREBHTH SAU 0841", "Sanaa"},
		// a cause: where the killings were is not where the diplomats were expelled
		{"a cause", "Lithuania expelled two Russian diplomats over killings in Bucha on Monday.", "LTU RUSGOV 161", ""},
	}, placeName)
}

// TestCompassPart: a country named with a compass word before it is a
// part of the country, named as written: where force struck ("fired
// missiles at western Ukraine") and a point of a route ("crossed from
// Turkey into northwest Syria"); a possessor only says where a place is
// (compass.go).
func TestCompassPart(t *testing.T) {
	checkAttr(t, []attrCase{
		{"force at a part", "On Friday Russia fired 40 cruise missiles at western Ukraine, Kyiv's military reported.", "RUS UKR 195", "western Ukraine"},
		{"force at a part, another source", "Russian bombers fired 40 cruise missiles at western Ukraine on Friday, Kyiv's military reported.", "RUSMIL UKR 195", "western Ukraine"},
		{"force at a part, other words", "Turkish jets bombed targets across northern Iraq on Sunday.", "TUR IRQ 195", "northern Iraq"},
		// no compass word, no part
		{"the whole country", "Russian bombers fired 40 cruise missiles at Ukraine on Friday, Kyiv's military reported.", "RUSMIL UKR 195", ""},
		// a possessor: the place is the region it owns
		{"possessor", "Turkish warplanes pounded militant hideouts late on Monday in northern Iraq's Duhok region.", "TURMIL IRQINS 195", "Duhok Governorate"},
	}, placeName)
	checkAttr(t, []attrCase{
		{"a route into a part", "On Tuesday Turkey sent ten lorries of food from Turkey into northwest Syria via Bab al-Hawa.", "TUR SYR 061", "Türkiye > Bab al-Hawa > northwest Syria"},
	}, routeOf)
}
