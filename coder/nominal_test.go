package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestTalksWhenWhere: negotiations told as a noun are dated and placed by
// their own phrase; "after N days of talks" runs up to the main clause's day.
func TestTalksWhenWhere(t *testing.T) {
	tests := []struct {
		name, date, text, event, when, where string
	}{
		{"days of talks end on the main clause's day", "2023-03-10", // a Friday
			"Morocco and Algeria agreed on Friday to restore ties under a deal reached after three days of talks in Doha.",
			"MAR DZA 046", "2023-03-08/2023-03-10", "Doha"},
		{"weeks of negotiations", "2025-08-08",
			"Armenia and Azerbaijan signed a peace treaty on Friday after two weeks of negotiations in Washington.",
			"AZE ARM 046", "2025-07-26/2025-08-08", "Washington"},
		{"the talks' own time", "2025-05-24",
			"Armenia and Azerbaijan each freed 40 prisoners on Friday, in the first phase of a swap agreed at their talks in Geneva last week.",
			"AZE ARM 046", "2025-W20", "Geneva"},
		{"talks during the event share its day", "2013-04-22",
			"Serbia and Kosovo agreed to normalise relations during talks in Brussels on Friday.",
			"SRB XKX 046", "2013-04-19", "Brussels"},
	}
	c := testCoder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range c.Code(dyad.Document{ID: "t", Date: tt.date, Text: tt.text}) {
				where := ""
				if e.Location != nil {
					where = e.Location.Name
				}
				if e.String() == tt.event && e.Date == tt.when && where == tt.where {
					return
				}
				got = append(got, e.String()+" "+e.Date+" "+where)
			}
			t.Errorf("no %s %s at %s; got %v", tt.event, tt.when, tt.where, got)
		})
	}
}

func TestLasted(t *testing.T) {
	tests := []struct {
		iso  string
		days int
		want string
	}{
		{"2023-03-10", 4, "2023-03-07/2023-03-10"},
		{"2024-03-01", 2, "2024-02-29/2024-03-01"}, // across a leap day
		{"2023-03-10", 1, "2023-03-10"},            // one day is the day
		{"2023-03-10", 0, "2023-03-10"},
		{"2025-W20", 4, "2025-W20"}, // no single day to end on
	}
	for _, tt := range tests {
		if got := lasted(when{iso: tt.iso, start: tt.iso}, tt.days).iso; got != tt.want {
			t.Errorf("lasted(%s, %d) = %s, want %s", tt.iso, tt.days, got, tt.want)
		}
	}
}
