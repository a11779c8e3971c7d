package coder

import (
	"fmt"
	"testing"

	"github.com/dyadhq/dyad"
)

// measured is an event's amount with its unit: "20000 round " for
// "20,000 rounds of 155 mm shells".
func measured(e dyad.Event) string {
	if e.Quantity == nil {
		return ""
	}
	return fmt.Sprintf("%g %s %s", e.Quantity.Value, e.Quantity.Unit, e.Quantity.Item)
}

// TestCalibre: a number before "mm" or "calibre" is a bore, not an amount:
// "rounds of 155 mm shells" counts the rounds, "40 122 mm rockets" the
// rockets (calibre.go); a count with no bore is as before.
func TestCalibre(t *testing.T) {
	checkAttr(t, []attrCase{
		{"rounds of a bore", "Norway delivered 12,000 rounds of 155 mm artillery shells to Ukraine on Tuesday.", "NOR UKR 072", "12000 round "},
		{"rounds of a bore, no kind word", "Spain shipped 8,000 rounds of 105 mm ammunition to Ukraine on Friday.", "ESP UKR 072", "8000 round "},
		{"a count before a bore", "Russian forces fired 35 122 mm rockets at Nikopol on Sunday.", "RUSMIL UKR 194", "35  rockets"},
		{"guard: no bore", "Norway delivered 12,000 artillery shells to Ukraine on Tuesday.", "NOR UKR 072", "12000  artillery shells"},
	}, measured)
}

// TestTrucksCounted: trucks and lorries counted are the noun counted
// (POLICY §20), not a unit of what they carry (units.txt); a truckload
// still is one.
func TestTrucksCounted(t *testing.T) {
	checkAttr(t, []attrCase{
		{"trucks of aid", "Jordan on Thursday dispatched 75 trucks of food aid to Gaza via Kerem Shalom.", "JOR PSE 073", "75  trucks"},
		{"lorries of", "Turkey sent 30 lorries of flour into northwest Syria through Bab al-Hawa on Monday.", "TUR SYR 073", "30  lorries"},
		{"guard: truckloads", "Egypt sent 40 truckloads of medicine to Gaza on Wednesday.", "EGY PSE 073", "40 truckload medicine"},
	}, measured)
}

// TestBareTolls: a count with no noun right after a verb of harm in the
// past is people killed (barekilled.go), and a toll told in a clause joined
// to the act ("and the death toll rose to 14") counts its dead
// (deathtoll.go); a toll a participle brings to a sum is no count of the act.
func TestBareTolls(t *testing.T) {
	checkAttr(t, []attrCase{
		{"killed N, including", "Jihadists killed 17, including four policemen, in an attack on a police post in Niger's Tillaberi region on Saturday.", "NERINS NER 190", "17 people"},
		{"a toll that rose", "Russian drones hit Sumy on Thursday, and the death toll climbed to 9, regional officials said.", "RUS UKR 195", "9 people"},
		{"guard: a toll brought to a sum", "Israeli strikes killed 31 Palestinians in Khan Younis on Sunday, bringing the death toll to 36,000.", "ISR PSECVL 190", "31 palestinians"},
	}, amount)
}

// TestPlannedLeg: a leg still to come, told in a clause of its own after
// the movement ended, is no point of its way (plannedleg.go); a leg the
// same clause tells is.
func TestPlannedLeg(t *testing.T) {
	checkAttr(t, []attrCase{
		{"are expected to", "Fifteen injured children were evacuated from Khan Younis to Rafah on Monday in a convoy run by the Red Crescent, and are expected to be taken on to Egypt.", "NGOIRC PSE 073", "Khan Younis > Rafah"},
		{"will be", "The WHO evacuated 40 patients from Gaza City to Rafah on Sunday; they will be flown on to Abu Dhabi later this week.", "IGOUNOHLHWHO PSE 073", "Gaza City > Rafah"},
		{"guard: the clause's own leg", "A ship carrying 30,000 tonnes of rice docked at Mombasa on Tuesday, to be trucked on to drought-hit Uganda.", "KEN UGA 073", "Mombasa > Uganda"},
		{"guard: from where", "A bulk carrier with 25,000 tonnes of Ukrainian maize for Zambia reached Beira on Monday, from where it will be taken by rail to Zambia.", "UKR ZMB 061", "Beira > Zambia"},
	}, routeOf)
}

// TestGoodsList: a measure of three goods or more listed with "and" counts
// the whole list (goodslist.go); two goods keep the first.
func TestGoodsList(t *testing.T) {
	checkAttr(t, []attrCase{
		{"three goods", "A Japanese military plane carrying 20 tonnes of tents, blankets and hygiene kits landed in Kathmandu on Tuesday.", "JPNMIL NPL 073", "20 tents, blankets and hygiene kits"},
		{"a goods word first", "A New Zealand air force plane with 12 tonnes of rice, tarpaulins and water tanks landed in Port Vila on Friday.", "NZLMIL VUT 073", "12 rice, tarpaulins and water tanks"},
		{"guard: two goods", "Iran shipped 2,000 tonnes of fuel and spare parts to Venezuela on Monday.", "IRN VEN 061", "2000 fuel"},
		{"guard: another act", "Russia shipped 12,000 tonnes of diesel and sent two tankers to Cuba on Monday.", "RUS CUB 061", "12000 diesel"},
	}, amount)
}

// TestThenLeg: a region reached after "then", past a place of its country,
// is a further point of the way (thenleg.go); a place passed as the object
// of a verb of transit is on the way (transit.go).
func TestThenLeg(t *testing.T) {
	checkAttr(t, []attrCase{
		{"then to a region", "North Korea sent 1,500 troops from Chongjin to Vladivostok by ship and then to Russia's Kursk region.", "PRK RUS 074", "Chongjin > Vladivostok > Kursk Oblast"},
		{"then overland", "Russia shipped 5,000 tonnes of grain from Novorossiysk to Latakia and then overland to Syria's Idlib province on Monday.", "RUS SYR 061", "Novorossiysk > Latakia > Idlib Governorate"},
		{"after transiting", "A Russian freighter carrying 30,000 tonnes of wheat from Novorossiysk reached Port Sudan on Monday after transiting the Suez Canal.", "RUS SDN 061", "Novorossiysk > Suez Canal > Port Sudan"},
		{"guard: a town after then", "North Korea shipped 1,000 containers of shells from Rajin to Vladivostok, and then by rail to Tikhoretsk.", "PRK RUS 072", "Najin > Vladivostok > Tikhoretsk"},
	}, routeOf)
}
