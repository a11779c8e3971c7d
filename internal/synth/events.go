package synth

import (
	"fmt"
	"math/rand"

	"github.com/dyadhq/dyad"
)

var (
	eventCountries = []string{"USA", "RUS", "CHN", "PRK", "KOR", "JPN", "UKR", "IRN", "ISR", "IND", "PAK", "FRA",
		"DEU", "GBR", "TUR", "BRA", "EGY", "POL", "TWN", "SAU", "SYR", "IRQ", "AFG", "NGA", "ZAF", "MEX", "CAN", "AUS",
		"IDN", "VNM", "PHL", "THA", "MMR", "ETH", "SDN", "LBY", "YEM", "QAT", "ARE", "KAZ", "BLR", "GEO", "ARM", "AZE",
		"SRB", "ITA", "ESP", "NLD", "SWE", "FIN"}
	eventCodes = []dyad.EventCode{"010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "062", "071",
		"072", "0871", "111", "112", "120", "129", "130", "138", "141", "163", "173", "190", "193", "194", "195"}
	sectors = []string{"", "", "GOV", "MIL"}
)

// Events returns n synthetic events in GDELT's shape: dyads among fifty
// states, codes across the families, days over five years.
func Events(n int) []dyad.Event {
	r := rand.New(rand.NewSource(2))
	out := make([]dyad.Event, n)
	for i := range out {
		a, b := eventCountries[r.Intn(len(eventCountries))], eventCountries[r.Intn(len(eventCountries))]
		c := eventCodes[r.Intn(len(eventCodes))]
		day := fmt.Sprintf("%d-%02d-%02d", 2020+r.Intn(5), 1+r.Intn(12), 1+r.Intn(28))
		out[i] = dyad.Event{ID: ID(i), Doc: fmt.Sprintf("doc-%d", i/5), Sentence: i % 5, Date: day,
			Text:       "A synthetic sentence about " + a + " and " + b + ".",
			Source:     &dyad.Actor{Code: dyad.ActorCode(a + sectors[r.Intn(len(sectors))]), Country: a, Text: a},
			Target:     &dyad.Actor{Code: dyad.ActorCode(b), Country: b, Text: b},
			Action:     dyad.Action{Code: c, Root: c.Root(), Quad: c.Quad(), Goldstein: float64(r.Intn(200)-100) / 10},
			Confidence: 0.9}
	}
	return out
}

// ID is the id of the i-th synthetic event.
func ID(i int) string { return fmt.Sprintf("%016x", i) }
