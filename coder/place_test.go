package coder

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Where events happen and which way things move.
func TestLocationsAndRoutes(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		date, text string
		want       string // "CODE location(role) | route" of the first event
	}{
		{"2024-06-20", "Vladimir Putin visited Pyongyang on Wednesday.", "042 Pyongyang(event) |"},
		{"2024-06-20", "Vladimir Putin made a visit to North Korea.", "042 North Korea(event) |"},
		{"2023-03-21", "Xi Jinping and Vladimir Putin held talks in Moscow on Tuesday.", "046 Moscow(event) |"},
		{"2024-01-10", "Chinese and Philippine troops clashed near Second Thomas Shoal on Sunday.", "190 Second Thomas Shoal(event) |"},
		{"2024-05-01", "Russia shipped 100,000 tonnes of grain to Egypt by sea from Novorossiysk to Alexandria.",
			"061 Alexandria(event) | Novorossiysk(sea) -> Alexandria"},
		{"2024-05-01", "North Korea sent artillery shells to Russia by rail from Tumangang to Khasan and on by road to Belgorod.",
			"072 Belgorod(event) | Tumangang(rail) -> Khasan(road) -> Belgorod"},
		{"2024-05-01", "Belarus sent fuel to Ukraine's occupied east by rail via Bryansk and Belgorod last month.",
			"061 - | Bryansk(rail) -> Belgorod -> Ukraine"},
		{"2024-05-10", "Thousands of Bolivians marched through central La Paz on Friday, demanding that President Luis Arce resign.",
			"1411 La Paz(event) |"},
		// a protest is where it pours into or what it blocks names, not
		// where its cause happened
		{"2024-03-10", "Thousands of people poured into central Bucharest on Sunday for one of the largest anti-corruption rallies in Romania's history.",
			"141 Bucharest(event) |"},
		{"2024-03-10", "Farmers blocked a busy Madrid intersection for six hours on Sunday.", "144 Madrid(event) |"},
		{"2024-03-10", "Farmers blocked roads on Sunday in protests over the arrest of a union leader in Seville.", "144 - |"},
		// near, outside, off the coast of
		{"2024-01-10", "Israeli warplanes struck targets near Damascus on Sunday.", "195 Damascus(event) |"},
		{"2022-03-01", "Russian troops shelled villages outside Kharkiv on Tuesday.", "194 Kharkiv(event) |"},
		{"2024-01-10", "A Chinese coast guard vessel fired a water cannon at two Philippine boats off the coast of Luzon.", "190 Luzon(event) |"},
		{"2024-01-10", "Russian forces attacked Ukrainian positions 10 km north of Kharkiv on Sunday.", "190 Kharkiv(event) |"},
		{"2024-03-13", "Pakistani police arrested 12 suspected militants at a checkpoint outside Peshawar on Tuesday.", "173 Peshawar(event) |"},
		// a disputed reef is where force near it was used, whatever the
		// preposition: no party is at home there
		{"2024-03-10", "Vietnamese soldiers fired at Chinese fishermen near Spratly Island.", "190 Spratly Island(event) |"},
		{"2024-03-10", "Chinese frigates boarded three Philippine boats on a supply run to Sabina Shoal in the South China Sea on Friday.", "1711 Sabina Shoal(event) |"},
		{"2024-03-10", "Chinese coast guard ships rammed a Philippine boat carrying food to marines posted on Pag-asa Island.", "190 Pag-asa Island(event) |"},
		// a place's name that begins a longer name (a ship's) is no place
		{"2024-06-20", "Houthi forces struck the Liberian-flagged tanker Malta Horizon with a missile in the Red Sea on Monday.", "195 Red Sea(event) |"},
		// force used over a place, or pushed into it
		{"2024-05-20", "Ukraine's air force shot down 20 Russian drones over the Odesa region overnight.", "195 Odesa Oblast(event) |"},
		{"2024-08-09", "Ukrainian troops pushed deeper into Russia's Kursk region on Thursday.", "190 Kursk Oblast(event) |"},
		// possessive and appositive places
		{"2024-05-26", "Thousands of protesters rallied in the capital, Tbilisi, on Saturday against the new law.", "1412 Tbilisi(event) |"},
		{"2024-05-18", "Ukrainian drones hit an oil refinery in Russia's Krasnodar region early on Saturday.", "195 Krasnodar Krai(event) |"},
		{"2024-01-18", "Turkish warplanes bombed militant targets in northern Iraq's Duhok province on Wednesday.", "195 Duhok Governorate(event) |"},
		// a compass word between a possessive country and its region; "in
		// and around" a place is in it
		{"2024-03-04", "Iranian jets bombed camps in Iraq's northern Erbil province on Monday.", "195 Erbil Governorate(event) |"},
		{"2024-03-04", "Kenya imposed a curfew in and around Mombasa on Friday.", "1723 Mombasa(event) |"},
		{"2024-03-04", "Police detained 40 protesters in and around Kampala on Monday.", "173 Kampala(event) |"},
		{"2024-12-30", "Ukrainian drones hit a fuel depot in Russia's Kursk region over the weekend.", "195 Kursk Oblast(event) |"},
		{"2024-01-10", "Russian drones hit a port in the Ukrainian city of Odesa.", "195 Odesa(event) |"},
		{"2019-11-06", "A Taiwanese-owned tanker transferred 3,000 tonnes of petrol to a North Korean ship off China's Zhoushan island.", "061 Zhoushan(event) |"},
		{"2024-07-08", "Russian forces shelled the Ukrainian city of Kherson on Sunday.", "194 Kherson(event) |"},
		// a sea's name qualifying the place: the place, after a pattern's preposition
		{"2024-03-02", "Russian drones set fire to a grain silo at the Black Sea port of Izmail on Saturday.", "195 Izmail(event) |"},
		// a target place after "in" is also where
		{"2024-04-08", "A contingent of German soldiers arrived in Vilnius on Monday.", "074 Vilnius(event) |"},
		// force on a place named in the action's words
		{"2024-08-12", "Ukrainian forces took control of 400 square kilometres of Russia's Belgorod region.", "192 Belgorod Oblast(event) |"},
		// a state's force on a town of its own, named as the object, is used there
		{"2024-06-20", "The Sudanese army bombed the village of Tabit in North Darfur state on Monday.", "195 Tabit(event) |"},
		{"2024-06-20", "Ethiopian troops shelled the town of Adigrat on Tuesday.", "194 Adigrat(event) |"},
		// "N weeks into" a siege is a time, and the besieger no point of the way
		{"2024-06-20", "The first 30 trucks carrying food crossed from Jordan into Syria through the Nasib crossing on Sunday, a month into Turkey's siege of the region.", "061 Nasib crossing(event) | Jordan -> Nasib crossing -> Syria"},
		// a blockade is where the road it blocks is, not where the cause of the protest was
		{"2025-01-28", "Students blocked a major Zagreb intersection for 24 hours in protest over the collapse of a bridge in Split.", "144 Zagreb(event) |"},
		// a capital in apposition with no comma takes the phrase's preposition
		{"2024-06-20", "Police detained 40 protesters in the provincial capital Mombasa on Friday.", "173 Mombasa(event) |"},
		// seas are where, and nobody's
		{"2024-11-30", "Chinese and Russian bombers flew a joint patrol over the East China Sea on Tuesday.", "062 East China Sea(event) |"},
		{"2024-11-30", "Indonesia's coast guard seized a Vietnamese fishing boat in the North Natuna Sea on Friday.", "181 North Natuna Sea(event) |"},
		// a place in a relative clause on what force acts on is where it was used
		{"2024-11-30", "North Korea fired a short-range missile on Friday morning that landed in the Yellow Sea.", "150 Yellow Sea(event) |"},
		{"2024-11-30", "Iran seized a Greek tanker on Friday which was sailing in the Gulf of Oman.", "181 Gulf of Oman(event) |"},
		// a place after a long relative clause set off by commas is the main clause's
		{"2024-05-06", "Iran's navy seized a Panama-flagged tanker, which was carrying 30,000 tonnes of Iraqi fuel oil from Basra to Fujairah, in the Strait of Hormuz on Monday.",
			"181 Strait of Hormuz(event) |"},
		// the place an airport or its tarmac is of
		{"2024-11-30", "Belarus freed five Lithuanians on Friday in a handover on the tarmac of Vilnius's airport.", "0841 Vilnius(event) |"},
		{"2024-11-30", "Police detained 14 protesters on Friday at the main terminal of Minsk's airport.", "173 Minsk(event) |"},
		// a place within the one before it says where that one is
		{"2025-02-27", "Kazakhstan deported 12 Uighurs from Almaty to Urumqi in China's Xinjiang region.", "174 Urumqi(event) | Almaty -> Urumqi"},
		// a crossing point of the border where people are expelled is where it happened
		{"2024-10-09", "Kenya expelled 300 Somalis across the border at Mandera on Monday.", "174 Mandera(event) |"},
		// a name of two places is the one in the country named after it
		{"2022-08-01", "Ukraine shipped corn to Lebanon, unloading it at Tripoli in Lebanon.", "061 Tripoli(event) |"},
		// a departure happens where it leaves; a destination past its noun
		{"2022-11-01", "A ship carrying 20,000 tonnes of Russian wheat sailed from the port of Novorossiysk on Tuesday bound for Alexandria.",
			"061 Novorossiysk(event) | Novorossiysk -> Alexandria"},
		{"2024-02-28", "North Korean munitions travelled by rail from Vostochny to an ammunition depot near Tikhoretsk.",
			"072 Tikhoretsk(event) | Vostochny(rail) -> Tikhoretsk"},
		// an arrival is where a delivery ends, whatever it set out from before
		{"2024-06-20", "Two Turkish navy ships carrying 500 tonnes of food aid docked in Port Sudan on Monday after sailing from the port of Mersin.",
			"073 Port Sudan(event) | Mersin -> Port Sudan"},
		// routes through places, and legs that go on
		// (a crossing of the border is where a movement into the country happened; a hub it passed is not)
		{"2024-07-08", "Poland sent 200 tanks to Ukraine through the border crossing at Medyka last month.", "072 Medyka(event) | Medyka -> Ukraine"},
		{"2023-02-08", "Norway sent shells by rail to Ukraine through the Polish logistics hub of Rzeszow.", "072 - | Rzeszów(rail) -> Ukraine"},
		{"2025-01-08", "Russia delivered gas to Hungary through a pipeline that runs under the Black Sea to Türkiye and on through Bulgaria and Serbia.",
			"061 Black Sea(mentioned) | Black Sea -> Türkiye -> Bulgaria -> Serbia -> Hungary"},
		{"2023-10-19", "North Korean ammunition was transported by train to Khasan after being loaded at Tumangang station.",
			"072 Khasan(event) | Tumangang(rail) -> Khasan"},
		// the gazetteer's kinds of place: a refinery, a reef, a strait, oil
		// terminals, a border crossing
		{"2024-05-26", "Ukrainian drones struck the Afipsky refinery on Sunday.", "195 Afipsky(event) |"},
		{"2024-06-01", "A Chinese coast guard vessel fired a water cannon at two Philippine vessels near Whitsun Reef on Saturday.",
			"190 Whitsun Reef(event) |"},
		{"2024-05-31", "Chinese and Russian bombers conducted a joint patrol over the Miyako Strait on Friday.", "062 Miyako Strait(event) |"},
		{"2024-06-01", "A tanker carried 90,000 tonnes of crude oil from Kozmino to Yangshan last week.",
			"061 Yangshan(event) | Kozmino -> Yangshan"},
		{"2024-06-01", "Egypt sent 200 trucks of food aid to Gaza through the Kissufim crossing.",
			"073 Gaza Strip(event) | Kissufim -> Gaza Strip"},
		// a region adds nothing to a route that names a place of it as the same kind of point
		{"2025-09-27", "Iraq resumed oil exports from its Kurdistan region on Saturday, pumping 80,000 barrels through the pipeline that runs from Kirkuk to Turkey's port of Ceyhan.",
			"061 Ceyhan(event) | Kirkuk -> Ceyhan"},
		{"2025-09-27", "Kazakhstan shipped 20,000 tonnes of oil from Russia's Krasnodar region through the port of Novorossiysk to Italy's port of Trieste last month.",
			"061 Trieste(event) | Krasnodar Krai -> Novorossiysk -> Trieste"},
		// who receives a gift is no point of its route; where goods waited,
		// stopped or changed ships is
		{"2024-03-12", "Some 15,000 tonnes of wheat donated by Germany to Yemen reached the port of Aden on Monday after being stuck for weeks at Djibouti.", "073 Aden(event) | Djibouti -> Aden"},
		{"2024-03-12", "A ship carrying 15,000 tonnes of rice that Japan donated to Somalia docked at Mogadishu on Monday after sailing from Mombasa.", "073 Mogadishu(event) | Mombasa -> Mogadishu"},
		{"2024-03-12", "A tanker carrying 90,000 tonnes of Russian diesel sailed from Primorsk to Lagos with a refuelling stop in Dakar.", "061 Primorsk(event) | Primorsk -> Dakar -> Lagos"},
		{"2024-03-12", "The first cargo of Russian crude for Cuba arrived at Matanzas after being shipped from Primorsk and transferred to another tanker off Morocco.", "061 Matanzas(event) | Primorsk -> Morocco -> Matanzas"},
		{"2024-03-12", "A Russian tanker that loaded 4,000 tonnes of petrol at the port of Nakhodka transferred the cargo to a North Korean ship off China's Zhoushan island last week.",
			"061 Zhoushan(event) | Nakhodka -> Zhoushan"},
		{"2024-03-12", "A tanker carried 100,000 tonnes of crude from Primorsk around the Cape of Good Hope to Ningbo.",
			"061 Ningbo(event) | Primorsk -> Cape of Good Hope -> Ningbo"},
		// a place the gazetteer lacks that goods reached ends their route
		{"2024-03-12", "About 60,000 tonnes of Kazakh wheat loaded at Aktau reached Iran's Varvan terminal on Friday.", "061 Varvan(event) | Aktau -> Varvan"},
		// a place in a list after "via" is on the way too; its own country then adds nothing
		{"2024-03-12", "Kazakhstan shipped 5,000 tonnes of wheat to Afghanistan via Uzbekistan and Termez last month.", "061 - | Uzbekistan -> Termez -> Afghanistan"},
		// a country listed after a place of it on the way is crossed too, but not a possessor
		{"2024-03-12", "A convoy of trucks carrying 3,000 tonnes of wheat left Lviv on Friday for Berlin via the Medyka border crossing and Poland.",
			"061 Lviv(event) | Lviv -> Medyka -> Poland -> Berlin"},
		{"2024-03-12", "Germany shipped 40 howitzers to Ukraine via Poland's Rzeszow hub.", "072 - | Rzeszów -> Ukraine"},
		// a place the gazetteer lacks, named after a country's possessive,
		// where a movement starts
		{"2024-05-06", "Electricity began flowing from Laos's Nabong to the Thai town of Udon Thani on Monday.",
			"061 Udon Thani(event) | Nabong -> Udon Thani"},
		// two countries as the ends of one movement, told backwards
		{"2024-05-03", "Twelve French-made Leclerc tanks crossed into Ukraine from Romania on Friday.", "072 - | Romania -> Ukraine"},
		// a country a departure is bound for ends its route
		{"2024-03-12", "A tanker loaded with 40,000 tonnes of Russian diesel left the port of Primorsk on Sunday bound for India via the Suez Canal.",
			"061 Primorsk(event) | Primorsk -> Suez Canal -> India"},
		// where such ships are bound, after the movement docked, is no end of it
		{"2024-03-12", "A Russian tanker carrying 40,000 tonnes of diesel docked at Matanzas on Sunday after sailing from Primorsk, the second of three tankers bound for Havana.",
			"061 Matanzas(event) | Primorsk -> Matanzas"},
		// who is sold a thing cheaply is no point of its route either (TestGiftRecipient)
		{"2024-03-12", "A ship carrying 10,000 tonnes of maize that Kenya sold cheaply to Somalia docked at Mogadishu on Friday after sailing from Mombasa.",
			"061 Mogadishu(event) | Mombasa -> Mogadishu"},
		// countries passed through, in a list or crossed by a pipeline, make a
		// route; one that holds an end of it is no point of it
		{"2024-03-12", "Turkmenistan sold 30 billion cubic metres of gas to China last year, piped through Uzbekistan and Kazakhstan.", "061 - | Uzbekistan -> Kazakhstan -> China"},
		{"2024-03-12", "Russia pumped 6 billion cubic metres of gas to Hungary in 2023 through the TurkStream pipeline, which crosses Bulgaria and Serbia.", "061 - | Bulgaria -> Serbia -> Hungary"},
		{"2024-03-12", "Germany sent 50 tanks to Ukraine through Poland last month.", "072 - | Poland -> Ukraine"},
		{"2024-03-12", "Iraq resumed pumping oil through Turkey on Monday, sending 100,000 barrels a day from Kirkuk to Ceyhan.", "061 Ceyhan(event) | Kirkuk -> Ceyhan"},
		// a place after a place's noun says where that place is: the terminal
		// a carrier docked at, the plant goods were loaded at
		{"2024-05-06", "The Gaslog Warsaw, carrying some 150,000 cubic metres of liquefied natural gas that was loaded at the Sabine Pass plant in Texas, docked at Poland's terminal in Swinoujscie on Monday, the operator said.",
			"061 Świnoujście(event) | Sabine Pass -> Świnoujście"},
		{"2024-05-06", "A cargo ship loaded with 25,000 tonnes of barley at a grain terminal in Izmail docked at the port in Alexandria on Monday.",
			"061 Alexandria(event) | Izmail -> Alexandria"},
		// "pulled out of" a place is a departure from it, where the report is set
		{"2024-05-06", "A cargo train hauling 50 containers of electronics pulled out of the Chinese city of Chongqing on Monday bound for Lodz via Kazakhstan and Russia, state media said.",
			"061 Chongqing(event) | Chongqing -> Kazakhstan -> Russia -> Łódź"},
		// where a carrier docked is where it was bound, when the place it
		// was bound for is of the same country ("the first of three such
		// tankers bound for Havana" names the country's capital)
		{"2024-05-06", "Horizon, a Russian tanker carrying some 90,000 tonnes of diesel, docked at Cuba's Matanzas terminal on Sunday after sailing from Primorsk through the Baltic Sea, the first of three such tankers bound for Havana.",
			"061 Matanzas(event) | Primorsk -> Baltic Sea -> Matanzas"},
		// a deportation passes or ends where its people are sent; a city
		// whose airport the text names says only where the airport is
		{"2024-05-06", "More than 900 Haitians were deported through the Dajabon border crossing on Friday, Dominican officials said.", "174 Dajabón(event) |"},
		{"2024-05-06", "More than 600 Afghans were expelled across the border at Torkham on Monday, Afghan officials said.", "174 Torkham(event) |"},
		{"2024-05-06", "Thirty-eight Georgians who had overstayed their visas were flown from Berlin's Schoenefeld airport to Tbilisi on Wednesday, the first removal flight under a new returns pact, Germany's interior ministry said.",
			"174 Tbilisi(event) | Schoenefeld -> Tbilisi"},
		// countries alone make a route only when the text says "from A to B"
		{"2023-01-10", "A fishing vessel was smuggling 2,000 assault rifles from Iran to Yemen.", "072 - | Iran -> Yemen"},
		{"2023-01-10", "Iran sent 2,000 assault rifles to Yemen.", "072 - |"},
	}
	for _, tt := range tests {
		evs := c.Code(dyad.Document{ID: "t", Date: tt.date, Text: tt.text})
		got := ""
		if len(evs) > 0 {
			e := evs[0]
			loc := "-"
			if e.Location != nil {
				loc = fmt.Sprintf("%s(%s)", e.Location.Name, e.Location.Role)
			}
			var legs []string
			for _, p := range e.Route {
				if p.Mode != "" {
					legs = append(legs, fmt.Sprintf("%s(%s)", p.Name, p.Mode))
				} else {
					legs = append(legs, p.Name)
				}
			}
			got = strings.TrimSpace(fmt.Sprintf("%s %s | %s", e.Action.Code, loc, strings.Join(legs, " -> ")))
		}
		if tt.want == "" {
			continue
		}
		if got != tt.want {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// Places the gazetteer lacks are still places when the text says so: named
// as written, in the country the text puts them in, at an approximate point.
func TestDescribedPlaces(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		text, name, country, precision string
	}{
		{"Tanzanian police arrested an opposition leader in the southern town of Mbingaro on Wednesday.", "Mbingaro", "TZA", "country"},
		{"Gunmen abducted 40 villagers in Nigeria's northwestern Zubaru state on Thursday.", "Zubaru", "NGA", "country"},
		{"Police arrested 30 protesters in Kalvoro, a village in Kenya, on Monday.", "Kalvoro", "KEN", "country"},
		{"Russia shipped 700,000 barrels of crude oil to the Indian port of Varkosa on Saturday.", "Varkosa", "IND", "country"},
		{"Russia shipped 700,000 barrels of crude oil to India's Varkosa terminal on Saturday.", "Varkosa", "IND", "country"},
		{"Russian troops detained 20 men in Dorvek, a village in the Donbas, on Monday.", "Dorvek", "UKR", "region"},
		// "X village", "X township", "the X area", in or of a known region: at the region's point
		{"Myanmar's military killed 20 civilians in Lwegyi village in Magway region on Tuesday.", "Lwegyi", "MMR", "region"},
		{"Nigerian air force jets killed 30 bandits in the Dansadau area of Zamfara state on Sunday.", "Dansadau", "NGA", "region"},
		{"Myanmar's military killed 20 civilians in Lwegyi township of Magway region on Tuesday.", "Lwegyi", "MMR", "region"},
		// a place put a way and a distance from a known one is in that one's country, at its point
		{"Russian forces captured the village of Dovrenka, northwest of Avdiivka, on Sunday.", "Dovrenka", "UKR", "region"},
		{"Russian forces captured the village of Dovrenka, about 12 km north-west of Avdiivka, on Sunday.", "Dovrenka", "UKR", "region"},
		// a known region before the noun that says what a place is says where it is
		{"Russian missiles struck targets in the Kharkiv town of Zelvany on Monday.", "Zelvany", "UKR", "region"},
		// and so does a region's adjective, though the sentence names other countries
		{"Ukrainian drones struck a Russian patrol boat off the Crimean town of Pravdino on Monday.", "Pravdino", "UKR", "region"},
		{"Ukrainian drones struck a Russian base near the Siberian city of Korvask on Monday.", "Korvask", "RUS", "region"},
		// an island's noun is part of its name; ", off" or ", near" a known place puts it there
		{"A Chinese coast guard vessel fired a water cannon at two Philippine boats near Tarvo Island, off the Philippine province of Palawan, on Monday.", "Tarvo Island", "PHL", "region"},
		{"A Chinese coast guard vessel fired a water cannon at two Philippine boats near Tarvo island, off the Philippine province of Palawan, on Monday.", "Tarvo island", "PHL", "region"},
		// a known place's possessive says where the place after it is, at its point
		{"Riot police used tear gas on students outside a university in Bangkok's Din Vorang district on Monday.", "Din Vorang", "THA", "region"},
		// a square, a highway or a jail of a known town, named by its own name, at the town's point
		{"Police detained 200 protesters near Kyiv's Lorvan Square on Sunday.", "Lorvan Square", "UKR", "region"},
		{"Police detained 200 protesters on Lorvan Square in Kyiv on Sunday.", "Lorvan Square", "UKR", "region"},
		{"Hundreds of Kenyans blocked the Torvika highway in Nairobi on Tuesday.", "Torvika highway", "KEN", "region"},
		{"Azerbaijan freed 12 Armenian prisoners from Zelvar prison near Baku on Friday.", "Zelvar prison", "AZE", "region"},
		{"Azerbaijan freed 12 Armenian prisoners from Zelvar jail in Baku on Friday.", "Zelvar jail", "AZE", "region"},
		{"Israel freed 30 Palestinian detainees from Korvat military prison near Nablus on Tuesday.", "Korvat military prison", "PSE", "region"},
	} {
		evs := c.Code(dyad.Document{ID: "d", Date: "2024-06-20", Text: tc.text})
		if len(evs) == 0 || evs[0].Location == nil {
			t.Errorf("%s: no location in %+v", tc.text, evs)
			continue
		}
		l := evs[0].Location
		if l.Name != tc.name || l.Country != tc.country || l.Precision != tc.precision {
			t.Errorf("%s: location %+v, want %s (%s) precision %s", tc.text, *l, tc.name, tc.country, tc.precision)
		}
	}
	// a town named with its region, as American reports write them
	evs := c.Code(dyad.Document{ID: "d", Date: "2025-03-17", Text: "The United States deported 100 Venezuelan men on flights from Zelbrook, Texas, to San Salvador on Saturday."})
	if len(evs) == 0 || len(evs[0].Route) < 2 || evs[0].Route[0].Name != "Zelbrook" || evs[0].Route[0].Precision != "region" {
		t.Errorf("no route from Zelbrook, Texas: %+v", evs)
	}
	// a sentence of two countries does not say whose an unknown place is
	for _, text := range []string{
		"Russian troops attacked Ukrainian positions near the village of Zorvaya on Monday.",
	} {
		for _, e := range c.Code(dyad.Document{ID: "d", Date: "2024-06-20", Text: text}) {
			if e.Location != nil && e.Location.Name == "Zorvaya" {
				t.Errorf("%s: described place in a sentence of two countries: %+v", text, *e.Location)
			}
		}
	}
}

// A place the sentence is set in, outside the action's own clause, is where
// the event was when it lies in the country of its actors; a place of
// another country named elsewhere in the sentence is only mentioned.
func TestScenePlaces(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		text, event, place, role string
	}{
		{"Kenyan police fired tear gas at protesters who marched on parliament in Nairobi on Tuesday.", "KENCOP KENOPP 175", "Nairobi", "event"},
		{"Peruvian police arrested 20 people in Lima on Thursday as thousands of protesters marched on Congress.", "PERCOP PEROPP 173", "Lima", "event"},
		{"Russia condemned Japan on Tuesday as Russian officials met in Moscow.", "RUS JPN 111", "Moscow", "event"},
		{"Russia condemned Japan on Tuesday as Japanese officials met in Tokyo.", "RUS JPN 111", "Tokyo", "mentioned"},
		{"Russia condemned Japan on Tuesday as envoys met in Geneva.", "RUS JPN 111", "Geneva", "mentioned"},
		{"Egyptian air force planes dropped 12 tonnes of medicine over Gaza City on Tuesday.", "EGYMIL PSE 073", "Gaza City", "event"},
		{"Hungarian Prime Minister Viktor Orban was hosted by Chinese President Xi Jinping in Beijing on Thursday.", "HUNGOV CHNGOV 042", "Beijing", "event"},
		{"The Chinese defence minister proposed joint drills to Laos during his visit to Vientiane.", "CHNMIL LAO 0312", "Vientiane", "event"},
		// a relative clause set off by commas is an aside: the clause goes on after it
		{"Iranian commandos seized the Greek tanker Delta Aurora, which carries a crew of 19, in the Gulf of Oman on Friday.", "IRNMIL GRC 181", "Gulf of Oman", "event"},
		{"Police detained 30 protesters in Tirana, where the opposition had called a rally, on Saturday.", "ALBCOP ALBOPP 173", "Tirana", "event"},
		// a retreat is made where it is made from, even from its target
		{"Sudanese rebels forced the army to retreat from Wad Madani on Friday.", "SDNMIL SDNREB 0874", "Wad Madani", "event"},
		{"Russian troops pulled out of Kherson on Friday.", "RUSMIL UKR 0874", "Kherson", "event"},
		// a place in a relative clause on a party is where the party was
		{"Bolivian police fired tear gas at teachers who marched through central La Paz on Tuesday.", "BOLCOP BOLEDU 175", "La Paz", "event"},
		{"Serbian riot police beat students who took to the streets of Belgrade on Sunday to demand new elections.", "SRBCOP SRBEDU 175", "Belgrade", "event"},
		{"Serbian riot police beat students who took to the streets of Belgrade on Sunday to demand new elections.", "SRBEDU SRB 141", "Belgrade", "event"},
		// what a dispute is over is not where it is voiced
		{"Japan protested to China on Tuesday over the Senkaku Islands.", "JPN CHN 114", "", ""},
		// nor where the act it is the reason for was done (a cause runs from
		// "over" to the end of its phrase; "handed over", "over 700" are no cause)
		{"Peru cut diplomatic ties with Israel on Monday over its bombing of targets in Gaza.", "PER ISR 161", "", ""},
		{"Norway expelled three Russian diplomats over the poisoning of a defector in Salisbury.", "NOR RUSGOV 161", "", ""},
		{"China handed over 2,000 tonnes of rice to Malawi at a ceremony in Lilongwe on Friday.", "CHN MWI 073", "Lilongwe", "event"},
		{"Thai police arrested 40 students in Bangkok on Monday over a ban on rallies, a week after crowds marched in Chiang Mai.", "THACOP THAEDU 173", "Bangkok", "event"},
		// a place the source's own words put it in
		{"Police in Quito fired tear gas at students on Tuesday.", "ECUCOP ECUEDU 175", "Quito", "event"},
		{"A Moscow court sentenced an American journalist to 16 years in prison on Friday.", "RUSJUD USAMED 173", "Moscow", "event"},
		// a country as the scene when no smaller place is named: around,
		// across, throughout it; in it, for what is done there, or at a
		// third party's venue
		{"China's navy held drills around the Philippines on Monday.", "CHNMIL PHL 150", "Philippines", "event"},
		{"Thousands of teachers marched across Kenya on Monday.", "KENEDU KEN 141", "Kenya", "event"},
		{"Venezuela and Guyana signed an accord in Brazil on Thursday.", "VEN GUY 057", "Brazil", "event"},
		{"Iran and Saudi Arabia held talks in Iraq on Monday.", "IRN SAU 046", "Iraq", "event"},
		{"Russia accused the United States on Monday of stoking the war in Ukraine.", "RUS USA 112", "", ""},
		// a place referred back to: the capital of the country an adjective
		// names, the city the sentence named
		{"Russian missiles struck the Ukrainian capital on Monday.", "RUS UKR 195", "Kyiv", "event"},
		{"Police fired tear gas at students in the Kibera district of Nairobi on Monday, hours after the government imposed a curfew on the city.", "KENGOV KENCVL 1723", "Nairobi", "event"},
		// "the X district of Y": X is the district, and where it was
		{"Nigerian riot police used tear gas to scatter demonstrators in the Ikeja district of Lagos on Tuesday.", "NGACOP NGAOPP 175", "Ikeja", "event"},
		// a movement that sailed from one port and docked at another ended there
		{"A ship carrying 30,000 tonnes of Russian wheat donated to Somalia sailed from Novorossiysk and docked at Djibouti on Friday.", "RUS SOM 073", "Djibouti", "event"},
		// a seat of government where something is done is in its capital
		{"Xi Jinping held talks with Vladimir Putin at the Kremlin on Tuesday.", "CHNGOV RUSGOV 046", "Moscow", "event"},
		{"Serbia and Kosovo signed an accord at a White House ceremony on Friday.", "SRB XKX 057", "Washington", "event"},
		{"Hundreds of protesters rallied outside the White House on Sunday.", "USAOPP USAGOV 141", "Washington", "event"},
		{"The Kremlin accused Ukraine on Tuesday of attacking a power plant.", "RUSGOV UKR 1123", "", ""},
		// a place in a relative clause on the subject is where it did
		// something else
		{"Chinese troops who had camped near Lhasa attacked Indian soldiers near Leh on Friday.", "CHNMIL INDMIL 190", "Leh", "event"},
		// a deportation through a crossing happens there; a flow ends at the
		// port it reached, not where it waited
		{"Pakistan deported 900 Afghans through the Chaman crossing on Monday.", "PAK AFGCVL 174", "Chaman", "event"},
		// talks between a visitor and the country it visits, which name no
		// place, are held where the visit is; not talks with a third party
		{"Modi became the first Indian leader in 45 years to visit Warsaw on Wednesday, holding a meeting with Tusk at which both pledged closer ties.",
			"INDGOV POLGOV 040", "Warsaw", "event"},
		{"Lula visited Beijing on Friday and held talks with Putin by phone.", "BRAGOV RUSGOV 046", "", ""},
		{"Russian and North Korean foreign ministers exchanged visits this year and pledged to deepen cooperation.", "RUSGOV PRKGOV 032", "", ""},
		// a name of two places is the one of the country that the words
		// before it say it is of
		{"Ukraine shipped 30,000 tonnes of barley to the Lebanese port of Tripoli last week.", "UKR LBN 061", "Tripoli", "event"},
		// a gift is its recipient's wherever it is unloaded (coder/flow.go), still located where it arrives
		{"A ship carrying 30,000 tonnes of Ukrainian wheat donated to Ethiopia reached the port of Djibouti on Monday after waiting for weeks at Odesa.", "UKR ETH 073", "Djibouti", "event"},
		// where a speaker is, in a closing attribution or as the subject of a
		// verb of saying, is not where what is said happened; unless the
		// speaker is the one who did it
		{"Indian and Chinese troops clashed along their disputed border on Monday, officials in New Delhi said.", "INDMIL CHNMIL 190", "", ""},
		{"Ethiopian troops shelled Eritrean positions on Monday, a government spokesman in Addis Ababa told reporters.", "ETHMIL ERI 194", "", ""},
		{"The Ethiopian embassy in Nairobi said on Tuesday that Ethiopian troops had shelled Eritrean positions.", "ETHMIL ERI 194", "", ""},
		{"Police in Kathmandu said they had arrested 20 protesters.", "NPLCOP NPLOPP 173", "Kathmandu", "event"},
		{"A Chinese spokesman in Beijing told reporters that Chinese ships had rammed Philippine boats.", "CHNGOV CHNMED 010", "Beijing", "event"},
		// what is done across a region is done there; goods sent across one only pass it
		{"Indian police detained 400 opposition activists in raids across Bihar state on Sunday.", "INDCOP INDOPP 173", "Bihar", "event"},
		// a known place's possessive says only where the place after it is
		{"Nigerian police fired tear gas at protesters at a market in Lagos's Ikeja district on Tuesday.", "NGACOP NGAOPP 175", "Ikeja", "event"},
		// an exclave is a kind of place before "of" its name ("the enclave" is
		// left out: news uses it alone for the place last named, Gaza)
		{"Armenian and Azerbaijani soldiers exchanged fire near the Azerbaijani exclave of Nakhchivan on Monday.", "ARMMIL AZEMIL 193", "Nakhchivan", "event"},
	} {
		var got []string
		found := false
		for _, e := range c.Code(dyad.Document{ID: "d", Date: "2024-06-20", Text: tc.text}) {
			got = append(got, e.String())
			if e.String() != tc.event {
				continue
			}
			found = true
			switch {
			case tc.place == "" && e.Location != nil && e.Location.Role == "event":
				t.Errorf("%s: %s located at %+v", tc.text, tc.event, *e.Location)
			case tc.place != "" && (e.Location == nil || e.Location.Name != tc.place || e.Location.Role != tc.role):
				t.Errorf("%s: %s located at %+v, want %s (%s)", tc.text, tc.event, e.Location, tc.place, tc.role)
			}
		}
		if !found {
			t.Errorf("%s: no %s in %v", tc.text, tc.event, got)
		}
	}
}

// TestReferredPlaces resolves the places a sentence refers back to.
func TestReferredPlaces(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		name, text, want string // want: the place each reference resolves to, in order
	}{
		{"an adjective's country", "Drones struck the Ukrainian capital.", "Kyiv"},
		{"a possessive's country", "Protesters marched in Bolivia's capital on Friday.", "La Paz"},
		{"the capital the sentence named", "Russia struck Kyiv on Sunday and sent drones at the capital on Monday.", "Kyiv"},
		{"the one country's capital", "Kenyan police fired tear gas at protesters across the capital.", "Nairobi"},
		{"the city the sentence named", "Gangs attacked a prison in Port-au-Prince, and the government imposed a curfew on the city, police said.", "Port-au-Prince"},
		{"the capital city", "Police in Georgia detained 50 people in the capital city on Friday.", "Tbilisi"},
		{"a name in apposition is the place itself", "Police detained 50 people in the capital, Tbilisi, on Friday.", ""},
		{"a part of it is no reference", "Israel struck the capital's airport.", ""},
		{"money is no place", "Russian banks raised capital in Moscow.", ""},
		{"a capital of a region is said of a named place", "Iran struck Erbil, the capital of Iraq's Kurdistan region.", ""},
		{"two countries name no one capital", "Russia and Ukraine exchanged fire near the capital.", ""},
		{"a country's largest city the sentence named", "Police fired tear gas at protesters in Mombasa on Monday and imposed a curfew on Kenya's largest city.", "Mombasa"},
		{"the country's main port the sentence named", "Drones struck Odesa on Monday and damaged ships in the country's main port.", "Odesa"},
		{"a ranked city of a country the sentence names none of", "Russian shells hit Belgorod on Monday, and drones struck Ukraine's second-largest city.", ""},
		{"a ranked city never named is no place", "Gunmen killed 12 people in Nigeria's largest city on Monday.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := text.Tokenize(tc.text, 0)
			c.lx.Lemmatize(toks)
			c.recase(toks)
			ms := c.mentions(toks, lex(toks), "2024-06-20", newDocCtx(dyad.Document{Date: "2024-06-20"}))
			s := newSentence(c.lx, toks, ms, lex(toks))
			named := c.described(s, c.sites(toks, nil))
			var got []string
			for _, st := range c.referred(s, named) {
				if !slices.ContainsFunc(named, func(n site) bool { return n.start == st.start }) {
					got = append(got, st.g.Name)
				}
			}
			if g := strings.Join(got, ", "); g != tc.want {
				t.Errorf("%s: got %q, want %q", tc.text, g, tc.want)
			}
		})
	}
}

// Who receives a gift or a sale is named after "to" past the giver and
// the words that say how it is given; a place after a verb of moving is
// where goods go.
func TestGiftRecipient(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		text, place string
		want        bool
	}{
		{"wheat donated by Ukraine to Ethiopia", "Ethiopia", true},
		{"maize that Kenya is giving free of charge to Somalia", "Somalia", true},
		{"rice that Japan gave for free to Haiti", "Haiti", true},
		{"oil that Iraq sold cheaply to Jordan", "Jordan", true},
		{"maize that Kenya shipped to Somalia", "Somalia", false},
		{"maize that Kenya gave up shipping quickly to Somalia", "Somalia", false},
	} {
		toks := text.Tokenize(tc.text, 0)
		c.lx.Lemmatize(toks)
		i := slices.IndexFunc(toks, func(tk text.Token) bool { return tk.Text == tc.place })
		if got := gift(toks, i); got != tc.want {
			t.Errorf("%s: gift(%s) = %v, want %v", tc.text, tc.place, got, tc.want)
		}
	}
}
