package coder

import (
	"fmt"
	"testing"

	"github.com/dyadhq/dyad"
)

// attrCase is a sentence, one event it must give, and that event's
// attribute as attr prints it ("" for none).
type attrCase struct{ name, text, event, want string }

// checkAttr codes each case and compares attr of its event with want.
func checkAttr(t *testing.T, cases []attrCase, attr func(e dyad.Event) string) {
	t.Helper()
	c := testCoder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range c.Code(dyad.Document{ID: "a", Date: "2024-06-20", Text: tc.text}) {
				got = append(got, e.String()+" @"+attr(e))
				if e.String() != tc.event {
					continue
				}
				if a := attr(e); a != tc.want {
					t.Errorf("%s\n  %s: got %q, want %q", tc.text, tc.event, a, tc.want)
				}
				return
			}
			t.Errorf("%s\n  no %s in %v", tc.text, tc.event, got)
		})
	}
}

func placeName(e dyad.Event) string {
	if e.Location == nil || e.Location.Role != "event" {
		return ""
	}
	return e.Location.Name
}

func amount(e dyad.Event) string {
	if e.Quantity == nil {
		return ""
	}
	return fmt.Sprintf("%g %s", e.Quantity.Value, e.Quantity.Item)
}

// TestVisitedCapital: a visit to a country's capital named by its
// adjective or its possessive ("the Eritrean capital", "Ukraine's
// capital"), or to a place named in the phrase of the country's adjective
// ("the Ukrainian port of Odesa"), is to that place, not just to the
// country; a visit to the country alone stays at the country.
func TestVisitedCapital(t *testing.T) {
	checkAttr(t, []attrCase{
		{"adjective", "Blinken visited the Ukrainian capital on Monday.", "USAGOV UKR 042", "Kyiv"},
		{"possessive", "The Indian prime minister visited Russia's capital on Monday.", "INDGOV RUS 042", "Moscow"},
		{"to visit", "Ruto became the first Kenyan president in 15 years to visit the Somali capital.", "KENGOV SOM 042", "Mogadishu"},
		{"the host's side", "Blinken visited the Ukrainian capital on Monday.", "UKR USAGOV 043", "Kyiv"},
		{"a city named", "Putin visited Pyongyang on Wednesday.", "RUSGOV PRK 042", "Pyongyang"},
		{"a country only", "Modi visited Russia on Monday.", "INDGOV RUS 042", "Russia"},
		{"a port of the adjective's country", "Blinken visited the Ukrainian port of Odesa on Monday.", "USAGOV UKR 042", "Odesa"},
		{"a capital named after commas", "Xi visited the Serbian capital, Belgrade, on Tuesday.", "CHNGOV SRB 042", "Belgrade"},
		{"a ranked city named", "Macron visited Nigeria's largest city Lagos on Monday.", "FRAGOV NGA 042", "Lagos"},
		{"countries listed", "Blinken visited Ukraine, Poland and Moldova this week.", "USAGOV POL 042", "Poland"},
	}, placeName)
}

// TestSettlementReferredBack: "the city" with words describing it ("the
// lakeside city", "the rebel-held town") and a part of the city by a
// pronoun ("its outskirts", "the city's centre") are the latest city the
// sentence named; with no city named before, they are no place.
func TestSettlementReferredBack(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a described city", "Rebels seized Goma on Monday after government troops pulled out of the lakeside city.", "CODGOV CODREB 0874", "Goma"},
		{"a participle", "Rebels seized Goma on Monday after troops pulled out of the embattled city.", "CODMIL CODREB 0874", "Goma"},
		{"a compound", "Rebels seized Goma on Monday after government troops pulled out of the rebel-held city.", "CODGOV CODREB 0874", "Goma"},
		{"its outskirts", "Rebels swept into Hama on Thursday while Russian warplanes bombed rebel positions on its outskirts.", "RUSMIL SYRREB 195", "Hama"},
		{"the city's outskirts", "Rebels swept into Aleppo on Friday while Russian warplanes struck rebel positions on the city's outskirts.", "RUSMIL SYRREB 195", "Aleppo"},
		{"no city before", "Russian warplanes bombed rebel positions on its outskirts on Sunday.", "RUSMIL RUSREB 195", ""},
		{"a described town not named", "Russian warplanes struck rebel positions on the outskirts of the northern town on Saturday.", "RUSMIL RUSREB 195", ""},
	}, placeName)
}

// TestTargetCounted: the amount of an event is the one that counts its
// target's own people, in a list of several ("16 Americans and one
// Canadian") or across clauses ("230 Ukrainians returning and 248
// Russians handed back"); an amount of things of the target ("two Syrian
// bases") is no count of its people and stays.
func TestTargetCounted(t *testing.T) {
	checkAttr(t, []attrCase{
		{"one of a list", "A Haitian gang kidnapped nine Americans and two Canadians near Port-au-Prince on Sunday.", "HTICRM CANCVL 181", "2 canadians"},
		{"the first of a list", "A Haitian gang kidnapped nine Americans and two Canadians near Port-au-Prince on Sunday.", "HTICRM USACVL 181", "9 americans"},
		{"a list with a part after it", "Gunmen kidnapped 12 Italians and one Briton, including three women, in northern Nigeria on Sunday.", "NGAUAF GBRCVL 181", "1 briton"},
		{"a swap, one side", "On Friday Russia and Ukraine swapped prisoners of war, with 95 Ukrainians returning home and 90 Russians handed back to Moscow.", "UKR RUS 0841", "90 russians"},
		{"a swap, the other side", "On Friday Russia and Ukraine swapped prisoners of war, with 95 Ukrainians returning home and 90 Russians handed back to Moscow.", "RUS UKR 0841", "95 ukrainians"},
		{"things of the target", "Israeli jets struck two Syrian air bases on Monday.", "ISR SYR 195", "2 air bases"},
		{"people with no country", "Israeli strikes killed 40 people in Gaza on Monday.", "ISR PSECVL 190", "40 people"},
	}, amount)
}

// TestNamedAfterPlaceNoun: a name in apposition to a place noun with a
// country's adjective ("in the Kyrgyz capital Bishkek") takes the noun's
// preposition, so it is where the event was.
func TestNamedAfterPlaceNoun(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a capital and its name", "Protesters stormed a government compound in the Kyrgyz capital Bishkek on Tuesday.", "KGZOPP KGZ 145", "Bishkek"},
		{"with commas", "Riot police used tear gas against demonstrators in the Kenyan capital, Nairobi, on Tuesday.", "KENCOP KENOPP 175", "Nairobi"},
		{"no adjective", "Protesters clashed with riot police in the regional capital Nukus on Friday.", "UZBOPP UZBCOP 145", "Nukus"},
	}, placeName)
}

// TestMovedFrom: a movement that names no place it ends at, only the
// country it goes to, happens where it is sent from, unless that place is
// in the country it goes to; a place it ends at comes first.
func TestMovedFrom(t *testing.T) {
	checkAttr(t, []attrCase{
		{"ships that sailed from a port", "Malaysia deported 400 Indonesian nationals on two Indonesian navy ships that left from Port Klang on Friday.", "MYS IDNCVL 174", "Port Klang"},
		{"a port of a third country", "A consignment of 40,000 tonnes of Indian wheat has begun moving from Iran's port of Chabahar to Afghanistan.", "IND AFG 061", "Chabahar"},
		{"a place of the source's country", "Russia sent 30,000 tonnes of wheat from Novorossiysk to Syria on Monday.", "RUS SYR 061", "Novorossiysk"},
		{"a place it ends at", "Russia sent 30,000 tonnes of wheat from Novorossiysk to Latakia on Monday.", "RUS SYR 061", "Latakia"},
		{"the receiver only a country", "The United States deported 100 Guatemalans from Texas to Guatemala on Friday.", "USA GTM 174", "Texas"},
	}, placeName)
}

// TestFromTheSide: "from the Egyptian side of the Rafah border crossing" starts a
// route at the crossing, and the side's adjective, not the crossing's
// country, says whose the goods are.
func TestFromTheSide(t *testing.T) {
	route := func(e dyad.Event) string {
		var names []string
		for _, p := range e.Route {
			names = append(names, p.Name)
		}
		return fmt.Sprint(names)
	}
	checkAttr(t, []attrCase{
		{"a side of a crossing", "More than 400 trucks of aid entered the Gaza Strip on Tuesday, driven in from the Egyptian side of the Rafah border crossing through Kerem Shalom.", "EGY PSE 073", "[Rafah crossing Kerem Shalom Gaza Strip]"},
	}, route)
}

// TestRegionSeat: "the capital of REGION" is the city of the region's
// country named just before it when that city lies near the region's
// middle; else it stays the region.
func TestRegionSeat(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a city named before", "Sudan's army said it was looking into why its units had pulled out of Wad Madani, hours after the Rapid Support Forces captured the capital of Gezira state.", "SDNUAFRSF SDN 192", "Wad Madani"},
		{"no city named", "The Rapid Support Forces captured the capital of Gezira state on Thursday.", "SDNUAFRSF SDN 192", "Gezira"},
		{"an apposition", "M23 rebels seized Bukavu, the capital of South Kivu province, on Sunday.", "CODREBMTT COD 192", "Bukavu"},
	}, placeName)
	// a city of another region is not its seat
	c := testCoder(t)
	for _, e := range c.Code(dyad.Document{ID: "s", Date: "2024-06-20", Text: "M23 rebels seized Goma in January and captured the capital of South Kivu province in February."}) {
		if e.Location != nil && e.Location.Name == "Goma" && e.Date >= "2024-02" {
			t.Errorf("the capital of South Kivu placed at Goma: %v", e)
		}
	}
}

// TestReachedCountry: a country that goods reach ends their route as one
// they are sent to does; reaching a deal is no route.
func TestReachedCountry(t *testing.T) {
	route := func(e dyad.Event) string {
		var names []string
		for _, p := range e.Route {
			names = append(names, p.Name)
		}
		return fmt.Sprint(names)
	}
	checkAttr(t, []attrCase{
		{"reached after travelling", "Six Leopard 1 tanks pledged by Copenhagen got to Ukraine on Monday after travelling by train from Denmark through Poland.", "DNK UKR 072", "[Denmark Poland Ukraine]"},
		{"sent to", "The first 18 German tanks were sent by rail from Germany through Poland to Ukraine.", "DEU UKR 072", "[Germany Poland Ukraine]"},
		{"a deal reached", "Russia and Ukraine reached a deal on grain exports in Istanbul on Friday.", "RUS UKR 057", "[]"},
	}, route)
}

// TestSetSail: "set sail from" is a departure like "sailed from", so the
// report happens where the ship left; and a verb whose past is its base
// ("set", "hit") or a modal ends the counted thing's words.
func TestSetSail(t *testing.T) {
	checkAttr(t, []attrCase{
		{"set sail", "A cargo ship carrying 26,000 tonnes of Ukrainian corn set sail from Odesa on Monday for Tripoli in Lebanon.", "UKR LBN 061", "Odesa"},
		{"sailed", "A cargo ship carrying 26,000 tonnes of Ukrainian corn sailed from Odesa on Monday for Tripoli in Lebanon.", "UKR LBN 061", "Odesa"},
	}, placeName)
	checkAttr(t, []attrCase{
		{"set after the goods", "A cargo ship carrying 26,000 tonnes of Ukrainian corn set sail from Odesa on Monday for Tripoli in Lebanon.", "UKR LBN 061", "26000 corn"},
		{"a modal after the goods", "A cargo ship carrying 26,000 tonnes of Ukrainian corn will set sail from Odesa on Monday for Tripoli in Lebanon.", "UKR LBN 061", "26000 corn"},
		{"hit after the weapons", "Two Russian missiles hit the port of Odesa on Monday.", "RUS UKR 195", "2 missiles"},
	}, amount)
}
