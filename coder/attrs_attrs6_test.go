package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestNamedSquares: a square or an avenue named by words the dictionaries
// know as something else ("Parliament", "Independence", "Freedom") is
// where an act there happened, in the country of the town that owns it or
// of the sentence (squares.go); a longer name is no square, and the
// gazetteer's own squares keep their entries.
func TestNamedSquares(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a square in a town", "Belarusian police detained 200 people in Independence Square in Minsk on Monday.", "BLRCOP BLRCVL 173", "Independence Square"},
		{"a town's square", "Police detained 40 protesters on Tbilisi's Rustaveli Avenue on Sunday.", "GEOCOP GEOOPP 173", "Rustaveli Avenue"},
		{"the sentence's country", "Azerbaijani police fired tear gas at demonstrators in Freedom Square on Sunday.", "AZECOP AZEOPP 175", "Freedom Square"},
		{"a longer name", "Police arrested 20 people outside Liberty Square Partners in Lagos on Friday.", "NGACOP NGACVL 173", "Lagos"},
	}, placeName)
}

// TestRouteEnds: "from X to Y" with one end a name the gazetteer lacks
// makes it the route's end (routeends.go): a start is the mover's, an end
// the sentence's other country; with both ends known nothing changes.
func TestRouteEnds(t *testing.T) {
	checkAttr(t, []attrCase{
		{"unknown start", "Spain flew 40 Malians from Tenerife to Bamako on Monday.", "ESP MLICVL 174", "Tenerife > Bamako"},
		{"unknown end", "Britain deported 50 Albanians on a flight from London to Kukesville on Thursday.", "GBR ALBCVL 174", "London > Kukesville"},
		{"both known", "The U.S. deported 100 Haitians from Miami to Cap-Haitien on Monday.", "USA HTI 174", "Miami > Cap-Haïtien"},
	}, routeOf)
}

// TestCountedAdverb: an adverb of time after a counted noun with no
// plural "-s" ends the thing counted ("15 fishermen earlier this week").
func TestCountedAdverb(t *testing.T) {
	checkAttr(t, []attrCase{
		{"earlier", "Indian troops detained 15 fishermen earlier this week.", "INDMIL INDAGR 173", "15 fishermen"},
		{"again", "Sri Lankan sailors detained 22 fishermen again on Friday.", "LKA LKAAGR 173", "22 fishermen"},
		{"hours before", "Zambian police arrested 20 people hours before the vote on Tuesday.", "ZMBCOP ZMBCVL 173", "20 people"},
	}, amount)
}

// TestConsequenceTime: a day told in a phrase of what an act caused
// (", prompting journalists to march on Wednesday") is that phrase's, and
// an act joined by "and" to one dated before keeps that day
// (consequencetime.go).
func TestConsequenceTime(t *testing.T) {
	date := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"prompting", "Peruvian police searched a Bolivian consulate in Puno on Friday night and detained a former mayor, prompting Bolivia to recall its consul on Saturday.", "PERCOP PERGOV 173", "2024-06-14"},
		{"a second act", "Ugandan police raided the offices of a newspaper in Gulu on Tuesday and seized its computers, prompting reporters to march on Wednesday.", "UGACOP UGAMED 1711", "2024-06-18"},
		{"its own day", "Zambian police detained an opposition spokesman in Lusaka on Monday, a day before the party held a rally.", "ZMBCOP ZMBOPP 173", "2024-06-17"},
	}, date)
}

// TestCauseToll: whom a verb of harm harmed in a phrase that "after",
// "before" or "in retaliation for" opens after an act is the earlier
// event's toll, not the act's amount (causetoll.go); the act's own toll
// and "after midnight" are kept.
func TestCauseToll(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a day after", "Russian forces struck Kupiansk on Monday, a day after a drone attack on Kursk killed five people.", "RUSMIL UKR 190", ""},
		{"two days after", "Israeli jets bombed Khan Younis on Tuesday, two days after a rocket attack on Ashkelon wounded 12 people.", "ISR PSE 195", ""},
		{"in retaliation for", "Turkish jets struck Kurdish targets in Iraq on Saturday in retaliation for an attack that killed 9 soldiers.", "TUR IRQ 195", ""},
		{"its own toll", "Israeli jets bombed Khan Younis on Tuesday, killing 12 people.", "ISR PSE 195", "12 people"},
	}, amount)
}

// TestDescribedNear: a town the text describes ("the town of X") right
// before "near" a known place is in that place's country, and is where
// the act happened (described.go), not the place it is near.
func TestDescribedNear(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the town of X near Y", "Israeli forces killed 5 Palestinians in the town of Kufrana near Jenin on Sunday.", "ISRMIL PSECVL 190", "Kufrana"},
		{"the village of X near Y", "Russian troops shelled the village of Hlybivka near Kharkiv on Sunday.", "RUSMIL UKR 194", "Hlybivka"},
	}, placeName)
}
