package coder

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// Transfers with no actor as the mover: the goods as a passive's subject, a
// carrier as the subject, another country's goods imported.
func TestFlows(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text string
		want       string // "SOURCE TARGET CODE quantity" of the sentence's flows, "" for none
	}{
		{"a passive with the goods' maker", "Mortar rounds made in Iran were sent to Russia via the Caspian port of Astrakhan last month.",
			"IRN RUS 072"},
		{"a passive through a gateway port, nothing else saying whose", "Crates of rifle ammunition were shipped to Myanmar through the port of Chittagong in May.",
			"BGD MMR 072"},
		{"a gift reaches a port on its way: the recipient is who it was given to", "Some 30,000 tonnes of Ukrainian wheat donated to Ethiopia reached the port of Djibouti on Monday.",
			"UKR ETH 073 30000 wheat"},
		{"a passive from place to place", "About 800 North Korean workers were flown last month from Pyongyang to Khabarovsk.",
			"PRK RUS 061 800 workers"},
		{"a carrier from place to place", "The Russian tanker Sakhalin carried some 7,000 tonnes of fuel oil from Nakhodka to North Korea's Nampo port last month.",
			"RUS PRK 061 7000 fuel oil"},
		{"a carrier with the goods' owner", "A goods train carrying 2,800 tonnes of Russian timber crossed from Zabaikalsk into the Chinese border town of Manzhouli.",
			"RUS CHN 061 2800 timber"},
		{"a carrier that unloads at a country's port", "A tanker carrying 900,000 barrels of Iraqi crude oil unloaded at the Chinese port of Qingdao on Friday.",
			"IRQ CHN 061 900000 crude oil"},
		{"a flagged carrier and a destination's country", "A Russian-flagged cargo ship that left Vladivostok unloaded 2,500 tonnes of potash at North Korea's port of Chongjin.",
			"RUS PRK 061 2500 potash"},
		{"food as aid", "A column of 60 Chinese trucks carrying 900 tonnes of maize as food aid crossed from Hunchun into the North Korean city of Chongjin.",
			"CHN PRK 073 900 maize"},
		{"the goods' owner goes before the place they leave", "From Russia's Caspian port of Astrakhan, the Iranian missile crates travelled by rail to a depot near Kazan.",
			"IRN RUS 072"},
		{"an importer of another country's goods", "India imported 22 million tonnes of Iraqi crude oil in the first half of the year.",
			"IND IRQ 061 2.2e+07 crude oil"},
		{"a carrier's flag, into a place it enters", "Egyptian trucks carrying 300 tonnes of flour entered the Gaza Strip through the Rafah crossing early on Tuesday.",
			"EGY PSE 061 300 flour"},
		{"aid that lands", "A cargo plane loaded with 40 tonnes of medical supplies landed in Khartoum from Riyadh on Monday.",
			"SAU SDN 073 40 medical supplies"},
		{"a receiver of another country's goods", "Egypt received 500,000 tonnes of Ukrainian wheat in June.",
			"EGY UKR 061 500000 wheat"},
		{"aid into a place from a country", "A convoy carrying aid entered Gaza from Egypt on Sunday.", "EGY PSE 073"},
		{"aid driven from a country's side of the border", "Forty trucks of food aid crossed into Sudan on Monday, most of them driven from the Chadian side of the border.",
			"TCD SDN 073 40 trucks"}, // qty8: the trucks are the noun counted (POLICY §20), as gold writes "600 trucks of aid"
		{"the load, not a word that describes a maker", "A tanker leased from a weapons maker carried 50,000 barrels of diesel from Tartus to Beirut on Sunday.",
			"SYR LBN 061 50000 diesel"},
		// flows7: the carrier the agency charters is its carrier (POLICY §9: what a UN agency moves is aid)
		{"the load, not a name's word", "A bulk carrier chartered by the World Food Programme sailed from Odesa to Djibouti with 30,000 tonnes of wheat.",
			"IGOUNOWFP DJI 073 30000 wheat"},
		// none
		{"money earned by goods", "About $3 billion in Venezuelan oil revenue was moved from Spain to Mexico on Friday.", ""},
		{"goods a deal is named after", "The first ship to use the grain corridor sailed from Odesa to Istanbul on Friday.", ""},
		{"goods a rule is about", "Despite the price cap on Russian oil, a tanker sailed from Primorsk to Mumbai last week.", ""},
		{"a movement within one country", "A train carrying coal travelled from Vostochny to Tikhoretsk.", ""},
		{"no goods", "A delegation travelled from Moscow to Pyongyang on Tuesday.", ""},
		{"a denial", "Officials denied that ammunition was shipped from Najin to Vostochny.", ""},
		{"a plan", "Officials discussed a plan to ship coal from Vostochny to Nampo.", ""},
		{"a noun, not a verb", "Imports of Ukrainian grain from Odesa to Gdansk angered farmers.", ""},
		{"a negation", "No ammunition was shipped from Najin to Vostochny.", ""},
		{"no end", "Ships carrying grain from Ukraine were attacked on Sunday.", ""},
		{"weapons that move by themselves", "Russian drones flew from Belarus into Poland on Wednesday.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range c.Code(dyad.Document{ID: "t", Date: "2024-05-08", Text: tt.text}) {
				if r := e.Action.Root; r != "06" && r != "07" {
					continue
				}
				s := e.Source.Key() + " " + e.Target.Key() + " " + string(e.Action.Code)
				if q := e.Quantity; q != nil {
					s += " " + strings.TrimSpace(strings.Join([]string{fmtNum(q.Value), q.Item}, " "))
				}
				got = append(got, s)
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("%s\n got %q\nwant %q", tt.text, g, tt.want)
			}
		})
	}
}

func fmtNum(v float64) string { return fmt.Sprintf("%g", v) }
