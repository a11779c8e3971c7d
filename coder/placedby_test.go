package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// A name the gazetteer lacks, after a preposition of place, is a place when
// the words after it put it in or near a known place or a country; else it
// is no place. Place names here are made up, so that no dictionary knows them.
func TestPlacedByContext(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		text, name, country, precision string // name "": the event has no place of that name
	}{
		// ", in [Country's] [direction] Y state": at the region's point
		{"Armed men raided a clinic in Dorbaku, in Nigeria's northern Zamfara state, on Tuesday.", "Dorbaku", "NGA", "region"},
		{"Bandits kidnapped 14 farmers in Ruvani, in northwestern Nigeria's Zamfara state, on Friday.", "Ruvani", "NGA", "region"},
		{"Malaysian police arrested nine men in Kelbaru, in Malaysia's Pahang state, on Sunday.", "Kelbaru", "MYS", "region"},
		// and the town wins over its region for a second verb nearer the region
		{"Gunmen stormed a market in Dorbaku, in Nigeria's northern Zamfara state, and seized 20 traders, police said.", "Dorbaku", "NGA", "region"},
		// a distance from a known place: at that place's point
		{"Gunmen killed six villagers in Marenko, some 60 km from Maiduguri, on Wednesday.", "Marenko", "NGA", "region"},
		// in or near a country, or a part of "the country" the sentence is about
		{"Jihadists killed 11 soldiers near Tolbadi in northern Burkina Faso on Thursday.", "Tolbadi", "BFA", "country"},
		{"Peruvian police fired tear gas at protesters in Quelvara in the south of the country on Monday.", "Quelvara", "PER", "country"},
		{"Philippine troops killed five rebels in Santa Barra, in the country's south, on Monday.", "Santa Barra", "PHL", "country"},
		{"Mexican soldiers detained 15 gang members in Tlacoyan, near Acapulco, on Saturday.", "Tlacoyan", "MEX", "country"},
		// ", [Country's] Y state" with no "in"
		{"Gunmen abducted 20 pupils from a school in Dorbaku, Nigeria's Zamfara state, on Monday.", "Dorbaku", "NGA", "region"},
		{"Gunmen abducted 20 pupils from a school in Dorbaku, northwestern Nigeria's Zamfara state, on Monday.", "Dorbaku", "NGA", "region"},
		// a name joined by a hyphen, of a road, is one name
		{"Peruvian farmers blocked the Pan-American Highway on Monday.", "Pan-American Highway", "PER", "country"},
		{"Police arrested 30 protesters on the Pan-American Highway in Peru's southern Arequipa region.", "Pan-American Highway", "PER", "region"},
		// a noun of a place within a town before "in": the name is a town's
		{"Gunmen stormed a church in Zorvik on Sunday, killing 20 worshippers, Nigerian police said.", "Zorvik", "NGA", "country"},
		// "in nearby X"
		{"Gunmen killed 12 villagers in nearby Kormani, in northern Burkina Faso's Sahel region, on Sunday.", "Kormani", "BFA", "country"},
		// a town where a party was, near the region the act's clause names, says better where
		{"Colombian police killed four people on Tuesday in Cauca province during clashes with farmers who had blocked a highway in Popayan.", "Popayán", "COL", ""},
		// but not a town far from it
		{"Police killed four people in Cauca province on Tuesday in clashes with farmers who had marched in Bogota.", "Cauca", "COL", ""},
		// ", where" makes the place before it the scene of its clause
		{"Protesters marched to Nairobi, where police fired tear gas at them on Monday.", "Nairobi", "KEN", ""},
		// a crossing, a pass, a road or a bridge named by its own name
		{"Peruvian police detained 40 migrants at the Velmora border crossing on Sunday.", "Velmora border crossing", "PER", "country"},
		{"Pakistani troops killed 12 militants in the remote Karvan Pass on Tuesday.", "Karvan Pass", "PAK", "country"},
		{"Police blocked Zorvik Road in Nairobi on Monday.", "Zorvik Road", "KEN", "region"},
		// a protest that storms a building its town's name qualifies is in that town
		{"Protesters stormed Lyon city hall on Thursday.", "Lyon", "FRA", ""},
		{"Protesters occupied Kano central market on Monday.", "Kano", "NGA", ""},
		// an "in" that names nothing known passes on to the next, for the country
		{"Gunmen killed 40 people in the village of Tolbadi and 12 in nearby Kormani, in northern Burkina Faso near the border with Mali, on Sunday.", "Tolbadi", "BFA", "country"},
		// no place: a month, a name no preposition of place governs, a name
		// with nothing after it that says where, "the country" of a sentence
		// of two countries
		{"Police arrested 20 protesters in January, in Nigeria's Zamfara state.", "Zamfara", "NGA", ""},
		{"Malaysian police arrested a man named Kelbaru in Malaysia's Pahang state on Sunday.", "Pahang", "MYS", ""},
		{"Kenyan police arrested 30 people in Zorvik on Monday.", "", "", ""},
		{"Taliban officials read the decree in Pashto in eastern Afghanistan on Monday before arresting 12 women.", "", "", ""},
		{"Malian troops killed 10 militants in Tolbadi in the east of the country, Burkina Faso officials said.", "", "", ""},
		{"Kenyan police arrested 30 people in Zorvik, Nairobi officials said on Monday.", "", "", ""},
		{"Police detained 20 protesters in Zorvik, Kenya's president said on Monday.", "", "", ""},
	} {
		evs := c.Code(dyad.Document{ID: "d", Date: "2024-06-20", Text: tc.text})
		if len(evs) == 0 {
			t.Errorf("%s: no event", tc.text)
			continue
		}
		// the first event is placed as the case says; with no place, none is
		for i, e := range evs {
			l := e.Location
			switch {
			case tc.name == "" && l != nil:
				t.Errorf("%s: %s located %+v, want no place", tc.text, e.Action.Code, *l)
			case tc.name != "" && i == 0 && (l == nil || l.Name != tc.name || l.Country != tc.country || l.Precision != tc.precision):
				t.Errorf("%s: %s located %+v, want %s (%s) precision %q", tc.text, e.Action.Code, l, tc.name, tc.country, tc.precision)
			}
		}
	}
}

// A name ending in a noun of a spot, before the noun of a facility, is the
// facility's name and no spot: "the Velmora Pass plant in Louisiana" is in
// Louisiana.
func TestSpotBeforeFacility(t *testing.T) {
	c := testCoder(t)
	text := "Police arrested 12 workers at the Velmora Pass plant in Louisiana on Monday."
	for _, e := range c.Code(dyad.Document{ID: "d", Date: "2024-06-20", Text: text}) {
		if e.Location != nil && e.Location.Name != "Louisiana" {
			t.Errorf("%s: %s located %+v, want Louisiana", text, e.Action.Code, *e.Location)
		}
	}
}
