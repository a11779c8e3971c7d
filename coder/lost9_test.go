package coder

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// TestVanishDrops (lost9): an act that matched and made no event says why on
// an --explain `dropped` line, where it used to vanish with no word
// (vanish.go): merged into the same event as an act before it, a closing
// speaker's vow with no side to avenge on, a word whose every match is no
// act.
func TestVanishDrops(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, want string }{
		{"Ethiopia and Eritrea restored diplomatic relations and reopened their embassies on Monday.", `"reopened their embassies" 050 merged`},
		{"Sudanese jets bombed rebel positions in Darfur on Monday, a spokesman for the rebels said, vowing to retaliate.", `"vowing to retaliate" 130 no-avenged-side`},
		{"Greece in protest called off talks with the Turkish foreign minister.", `"protest called off" 082 not-an-act`},
	} {
		var b strings.Builder
		c.Explain(&b, dyad.Document{ID: "d", Date: "2024-05-06", Text: tc.text})
		if got := dropLines(b.String()); !containsString(got, tc.want) {
			t.Errorf("%s\n got %q\nwant %q among them", tc.text, got, tc.want)
		}
	}
	// every act of a sentence either made an event or says why not
	for _, text := range []string{
		"Protesters stormed the parliament in Nairobi on Tuesday and set fire to part of the building, police said.",
		"Iranian Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz and detained its 23 crew members.",
	} {
		var b strings.Builder
		c.Explain(&b, dyad.Document{ID: "d", Date: "2024-05-06", Text: text})
		for _, l := range dropLines(b.String()) {
			if strings.HasSuffix(l, " unexplained") {
				t.Errorf("%s\n an act vanished unexplained: %q", text, l)
			}
		}
	}
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestClauseSubjectAfterList (lost9): the subject of a clause after ", and"
// is no member of the list before it, so its act keeps its own source and
// its own place (actors.go).
func TestClauseSubjectAfterList(t *testing.T) {
	checkAttr(t, []attrCase{
		{"air strike", "Hezbollah fired dozens of rockets at northern Israel on Sunday, and Israeli warplanes struck targets in southern Lebanon.", "ISRMIL LBN 195", "southern Lebanon"},
		{"shelling", "Ukraine launched drones at Russia, and Russian forces shelled Kharkiv on Tuesday.", "RUSMIL UKR 194", "Kharkiv"},
	}, placeName)
	checkAttr(t, []attrCase{
		{"its day", "Ukraine launched drones at Russia, and Russian forces shelled Kharkiv on Tuesday.", "RUSMIL UKR 194", "2024-06-18"},
	}, func(e dyad.Event) string { return e.Date })
}
