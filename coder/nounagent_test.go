package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestNounDates pins the date of an act told by a noun: the noun phrase's
// own time ("the detention of two Canadians by China in December 2018"),
// not the report's, wherever the phrase stands.
func TestNounDates(t *testing.T) {
	tests := []struct{ name, date, text, event, want string }{
		{"subject with its month", "2024-06-20",
			"The detention of two Canadians by China in December 2018 soured relations with Ottawa.", "CHN CANCVL 173", "2018-12"},
		{"after a preposition, with its weekday", "2024-06-20",
			"Residents fled after the shelling of Kharkiv by Russian forces on Tuesday.", "RUSMIL UKR 194", "2024-06-18"},
		{"object of a reaction, dated by the reaction's time", "2024-06-20",
			"China condemned the arrest of two Chinese fishermen by Japanese police on Monday.", "JPNCOP CHNAGR 173", "2024-06-17"},
		{"a possessive with its year", "2024-06-20",
			"The sinking of the Moskva by Ukraine in April 2022 embarrassed Russia.", "UKR RUS 190", "2022-04"},
	}
	c := testCoder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range c.Code(dyad.Document{ID: "t", Date: tt.date, Text: tt.text}) {
				if e.String() == tt.event {
					if e.Date != tt.want {
						t.Errorf("%s dated %s, want %s", tt.event, e.Date, tt.want)
					}
					return
				}
				got = append(got, e.String()+" "+e.Date)
			}
			t.Errorf("no %s event in %q; got %v", tt.event, tt.text, got)
		})
	}
}
