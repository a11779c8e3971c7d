package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestBranchCountry: a transnational group's branch in a country is of
// that country ("Islamic State's Afghan branch", "the Syrian branch of
// al-Qaeda"), while the group alone stays of none.
func TestBranchCountry(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, src, tgt string }{
		{"Fighters from Islamic State's Afghan branch attacked a Taliban checkpoint in Kabul.", "AFG", "AFG"},
		{"Islamic State's Somalia branch attacked a Puntland army base.", "SOM", "SOM"},
		{"Al Qaeda's Yemeni affiliate attacked a military base in Abyan.", "YEM", "YEM"},
		{"The Syrian branch of al-Qaeda killed five soldiers in Idlib.", "SYR", "SYR"},
		{"The Nigerian wing of the Islamic State attacked soldiers in Borno.", "NGA", "NGA"},
	} {
		evs := c.Code(dyad.Document{ID: "t", Date: "2024-06-20", Text: tc.text})
		if len(evs) == 0 {
			t.Errorf("%s: no event", tc.text)
			continue
		}
		if got := evs[0].Source.Key(); got != tc.src {
			t.Errorf("%s: source %s, want %s", tc.text, got, tc.src)
		}
		if got := evs[0].Target.Key(); got != tc.tgt {
			t.Errorf("%s: target %s, want %s", tc.text, got, tc.tgt)
		}
	}
	evs := c.Code(dyad.Document{ID: "t", Date: "2024-06-20", Text: "Islamic State fighters attacked Syrian troops near Palmyra."})
	if len(evs) == 0 {
		t.Error("Islamic State alone: no event")
	}
	for _, e := range evs {
		if e.Source.Country != "" {
			t.Errorf("Islamic State alone: source country %q, want none", e.Source.Country)
		}
	}
}
