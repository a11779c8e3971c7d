package synth

import (
	"fmt"
	"math/rand"
	"time"

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
	verbs   = []string{"met", "criticised", "accused", "praised", "threatened", "signed a deal with", "attacked"}
)

// PerDay is how many events Events dates each day.
const PerDay = 2000

// Events returns n synthetic events in the shape of a GDELT import: in the
// order of GDELT's exports, PerDay events a day from 2020-01-01 on, one in
// four a report of one of the three days before; dyads among fifty states,
// actors with and without a sector, codes across the CAMEO families with
// their labels, a source URL shared by a few events each, a geolocated place
// for two in three. Unlike GDELT rows each has a sentence, so that storing
// them exercises full-text indexing too.
func Events(n int) []dyad.Event {
	out := make([]dyad.Event, 0, n)
	Stream(n, n, func(evs []dyad.Event) error {
		out = append(out, evs...)
		return nil
	})
	return out
}

// Stream calls fn with the n events of Events(n), batch at a time (the last
// batch may be shorter), so that a large store can be built without
// holding every event; it stops at fn's first error and returns it. fn
// may keep the batch: each call's is new.
func Stream(n, batch int, fn func([]dyad.Event) error) error {
	r := rand.New(rand.NewSource(2))
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for first := 0; first < n; first += batch {
		out := make([]dyad.Event, min(batch, n-first))
		for k := range out {
			i := first + k
			a, b := eventCountries[r.Intn(len(eventCountries))], eventCountries[r.Intn(len(eventCountries))]
			c := eventCodes[r.Intn(len(eventCodes))]
			back := 0
			if r.Intn(4) == 0 {
				back = 1 + r.Intn(3)
			}
			day := start.AddDate(0, 0, i/PerDay-back).Format("2006-01-02")
			out[k] = dyad.Event{ID: ID(i), Doc: fmt.Sprintf("https://news.example.com/%s/world/story-%07d.html", day[:7], i/4),
				Date:       day,
				Text:       a + " " + verbs[r.Intn(len(verbs))] + " " + b + " on the border, officials said.",
				Source:     &dyad.Actor{Code: dyad.ActorCode(a + sectors[r.Intn(len(sectors))]), Country: a, Name: a, Text: a},
				Target:     &dyad.Actor{Code: dyad.ActorCode(b), Country: b, Name: b, Text: b},
				Action:     dyad.Action{Code: c, Root: c.Root(), Quad: c.Quad(), Goldstein: float64(r.Intn(200)-100) / 10, Label: "synthetic action " + string(c), Plover: "SYNTHETIC"},
				Confidence: 1}
			if r.Intn(3) > 0 {
				out[k].Location = &dyad.Place{Name: "Border town, " + b, Country: b, Lat: float64(r.Intn(18000))/100 - 90,
					Lon: float64(r.Intn(36000))/100 - 180, Role: "event"}
			}
		}
		if err := fn(out); err != nil {
			return err
		}
	}
	return nil
}

// ID is the id of the i-th synthetic event, shaped like a GDELT import's
// (GLOBALEVENTID, rising through a file).
func ID(i int) string { return fmt.Sprintf("gdelt-%d", 1_000_000_000+i) }
