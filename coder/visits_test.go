package coder

import (
	"slices"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// Visits, planned and made: who goes to whom, and where.
func TestVisits(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, date, text string
		want             []string // "SOURCE TARGET CODE place" of every event, sorted
	}{
		{"planned trip and its invitation", "2024-05-02",
			"Brazilian President Luiz Inacio Lula da Silva will travel to Beijing next week at the invitation of Xi Jinping, his first trip to China in a year.",
			[]string{"BRAGOV CHN 036 Beijing", "CHNGOV BRAGOV 036 Beijing"}},
		{"invitation by a possessive", "2024-05-02",
			"Kenyan President William Ruto will visit Washington at Joe Biden's invitation.",
			[]string{"KENGOV USA 036 Washington", "USAGOV KENGOV 036 Washington"}},
		{"a visit made at an invitation has it as background", "2024-05-02",
			"Indian Prime Minister Narendra Modi visited Cairo at the invitation of President Abdel Fattah al-Sisi.",
			[]string{"EGY INDGOV 043 Cairo", "INDGOV EGY 042 Cairo"}},
		{"a visit with no object is to where the sentence is set", "2024-07-08",
			"Spain and Morocco signed a migration accord in Rabat, as Spanish Foreign Minister Jose Manuel Albares visited for talks with his counterpart.",
			[]string{"ESP MAR 057 Rabat", "ESPGOV MAR 042 Rabat", "MAR ESP 057 Rabat", "MAR ESPGOV 043 Rabat"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range c.Code(dyad.Document{ID: "t", Date: tt.date, Text: tt.text}) {
			loc := "-"
			if e.Location != nil {
				loc = e.Location.Name
			}
			got = append(got, e.String()+" "+loc)
		}
		slices.Sort(got)
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s: %s\n got %q\nwant %q", tt.name, tt.text, got, tt.want)
		}
	}
}
