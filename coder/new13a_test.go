package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// Rules of branch new13a, found in the misses of training sets 56 and 57.
// The document date of checkAttr is Thursday 2024-06-20.

func targetCode13(e dyad.Event) string {
	if e.Target == nil {
		return ""
	}
	return string(e.Target.Code)
}

// TestPastSpanDate: "over the past three days", "in the last 48 hours"
// date the act to the days that end on the report's day.
func TestPastSpanDate(t *testing.T) {
	checkAttr(t, []attrCase{
		{"days", "Rebels said on Thursday they had killed 30 Malian soldiers in fighting near Gao over the past three days.", "MLIREB MLIMIL 190", "2024-06-18/2024-06-20"},
		{"hours", "Israeli jets carried out dozens of strikes on Hezbollah positions in southern Lebanon in the past 48 hours, the army said.", "ISR LBNREBHZB 195", "2024-06-18/2024-06-20"},
		{"last days", "Sudan's army said its aircraft had bombed RSF positions in Omdurman over the last two days.", "SDNMIL SDNUAFRSF 195", "2024-06-19/2024-06-20"},
	}, eventDate)
}

// TestAlliedModifier: a country's "-allied" or "-aligned" before a force,
// as "-backed", says who stands behind it: the force is the actor.
func TestAlliedModifier(t *testing.T) {
	checkAttr(t, []attrCase{
		{"allied, comma, led", "Syrian rebels on Sunday seized the town of Deir Hafer from the U.S.-allied, Arab-led Syrian Democratic Forces.", "SYRREB SYR 192", "SYR"},
		{"positions of", "Syrian rebels shelled positions of the U.S.-allied, Arab-led Syrian Democratic Forces near Manbij on Sunday.", "SYRREB SYR 194", "SYR"},
		{"allied", "Turkish-backed rebels seized the town of Tal Rifaat from the U.S.-allied Syrian Democratic Forces on Monday.", "SYRREB SYRREBSDF 192", "SYRREBSDF"},
	}, targetCode13)
}

// TestCrowdOpensClause: a counted crowd after a conjunction is its verb's
// subject though the parse hangs the verb on the crowd's noun.
func TestCrowdOpensClause(t *testing.T) {
	checkAttr(t, []attrCase{
		{"massed", "The senate approved a media law on Wednesday as thousands of protesters massed near the senate in Tbilisi.", "GEOOPP GEOLEG 141", "Tbilisi"},
		{"tens of thousands", "Lawmakers voted on the budget on Wednesday while tens of thousands of protesters massed in front of the parliament in Belgrade.", "SRBOPP SRBLEG 141", "Belgrade"},
	}, placeName)
}

// TestItNotListSubject: a singular "it" that is the object of a verb whose
// subject is a list names none of the list.
func TestItNotListSubject(t *testing.T) {
	checkAttr(t, []attrCase{
		{"accused it", "Russia cut off gas to Moldova on Monday, and Romania and Ukraine accused it of blackmail.", "ROU RUS 112", "RUS"},
		{"second member", "Russia cut off gas to Moldova on Monday, and Romania and Ukraine accused it of blackmail.", "UKR RUS 112", "RUS"},
		{"condemned it", "Israel closed the crossings into Gaza on Sunday, and Jordan and Egypt condemned it.", "JOR ISR 111", "ISR"},
		{"each other", "A dam on the Dnieper burst on Friday, and Ukraine and Russia accused each other of blowing it up.", "UKR RUS 112", "RUS"},
		{"each other back", "A dam on the Dnieper burst on Friday, and Ukraine and Russia accused each other of blowing it up.", "RUS UKR 112", "UKR"},
	}, targetCode13)
}

// TestCrossingIntoRegion: a movement into a region through a border
// crossing happened at the crossing, whichever side names it.
func TestCrossingIntoRegion(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the far side", "Twenty UN lorries loaded with food went into Sudan's Darfur region by way of the Adre crossing from Chad on Tuesday.", "IGOUNO SDN 073", "Adré"},
	}, placeName)
}

// TestYearOfEvent: a year after "of" that an event noun owns says which
// event it was and dates no act of the sentence.
func TestYearOfEvent(t *testing.T) {
	checkAttr(t, []attrCase{
		{"protests of", "Lukashenko pardoned 30 people jailed for extremism, among them some who joined the street protests of 2020, and ordered them freed on Wednesday.", "BLRGOV BLRCVL 0841", "2024-06-19"},
	}, eventDate)
}

// TestContainerOfOwner: a container's noun before "of" and an owner counts
// the containers ("40 vessels of Iran's shadow fleet"), not loads of the
// owner; before goods it stays a load ("12 vessels of grain").
func TestContainerOfOwner(t *testing.T) {
	checkAttr(t, []attrCase{
		{"owner", "Britain on Tuesday imposed sanctions on Iran, blacklisting 40 vessels of Tehran's shadow fleet.", "GBR IRN 163", "40 vessels"},
	}, amount)
}

// TestNegatedPurpose: the purpose of an act that did not happen did not
// happen either; the same purpose after an act done is still coded.
func TestNegatedPurpose(t *testing.T) {
	c := testCoder(t)
	for _, text := range []string{
		"Egypt did not open the Rafah crossing on Friday to let dual nationals leave the enclave.",
		"Hungary did not block the bloc's decision to impose new sanctions on Russia.",
	} {
		if evs := c.Code(dyad.Document{ID: "a", Date: "2024-06-20", Text: text}); len(evs) > 0 {
			t.Errorf("%s\n  got %v, want no event", text, evs[0].String())
		}
	}
}
