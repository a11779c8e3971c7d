package coder

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// TestRepeats splits an action told several times in one sentence into an
// event for each time, with its own date and amount; a time expression
// that belongs to another action or actor splits nothing.
func TestRepeats(t *testing.T) {
	tests := []struct {
		name, date, text string
		want             []string // SOURCE TARGET CODE DATE [AMOUNT ITEM], sorted
	}{
		{"the same verb, then an elided one", "2024-05-09",
			"Iran fired 30 rockets at Israel on Wednesday after firing 100 on Monday and about 40 on Tuesday.",
			[]string{"IRN ISR 194 2024-05-06 100 rockets", "IRN ISR 194 2024-05-07 40 rockets", "IRN ISR 194 2024-05-08 30 rockets"}},
		{"an untargeted action of the source repeats the targeted one", "2024-05-09",
			"Russia fired 12 missiles at Ukraine on Wednesday, after launching 20 missiles on Monday and 15 on Tuesday.",
			[]string{"RUS UKR 195 2024-05-06 20 missiles", "RUS UKR 195 2024-05-07 15 missiles", "RUS UKR 195 2024-05-08 12 missiles"}},
		{"an amount with its own unit", "2024-05-09",
			"China sent 5,000 tonnes of rice to North Korea on Monday and another 3,000 tonnes on Wednesday.",
			[]string{"CHN PRK 073 2024-05-06 5000t rice", "CHN PRK 073 2024-05-08 3000t rice"}},
		{"again, with no amount", "2024-05-09",
			"Azerbaijan shelled Armenian villages on Monday and again on Wednesday.",
			[]string{"AZE ARM 194 2024-05-06", "AZE ARM 194 2024-05-08"}},
		{"two coordinated actions, each with its day", "2024-05-09",
			"Russia struck Kharkiv on Monday and struck Odesa on Tuesday.",
			[]string{"RUS UKR 190 2024-05-06", "RUS UKR 190 2024-05-07"}},
		{"an action with no target repeated", "2024-05-09",
			"Pakistan test-fired two ballistic missiles on Wednesday, a day after test-firing one on Tuesday.",
			[]string{"PAK - 150 2024-05-07 1 ballistic missiles", "PAK - 150 2024-05-08 2 ballistic missiles"}},
		{"another untargeted action of the family, then an elided one", "2024-05-09",
			"India fired 40 rockets in a drill on Wednesday, after launching 100 rockets on Monday and 20 on Tuesday.",
			[]string{"IND - 150 2024-05-06 100 rockets", "IND - 150 2024-05-07 20 rockets", "IND - 150 2024-05-08 40 rockets"}},
		{"two actions of one family on two days", "2024-05-09",
			"Iran test-fired three missiles on Monday and tested a drone on Wednesday.",
			[]string{"IRN - 150 2024-05-06 3 missiles", "IRN - 150 2024-05-08"}},
		{"the same verb with a subject of its own splits nothing", "2024-05-09",
			"Russia attacked Ukraine on Monday, two days after Ukraine attacked Russia on Saturday.",
			[]string{"RUS UKR 190 2024-05-06"}},
		{"another actor's time splits nothing", "2024-05-09",
			"Israel struck Lebanon on Wednesday after Hezbollah fired drones on Monday.",
			[]string{"ISR LBN 190 2024-05-08"}},
		{"another action's time splits nothing", "2024-05-09",
			"Turkey shelled Kurdish positions in Syria on Wednesday after talks collapsed on Monday.",
			[]string{"TUR SYR 194 2024-05-08"}},
	}
	c := testCoder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := c.Code(dyad.Document{ID: "t", Date: tt.date, Text: tt.text})
			var got []string
			ids := map[string]bool{}
			for _, e := range evs {
				if ids[e.ID] {
					t.Errorf("two events with id %s", e.ID)
				}
				ids[e.ID] = true
				if e.Source.Key() != strings.Fields(tt.want[0])[0] {
					continue // events of other actors are other tests' business
				}
				s := e.String() + " " + e.Date
				if q := e.Quantity; q != nil {
					s += fmt.Sprintf(" %g%s %s", q.Value, q.Unit, q.Item)
				}
				got = append(got, s)
			}
			sort.Strings(got)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("%s\n   got: %s\n  want: %s", tt.text, strings.Join(got, "; "), strings.Join(tt.want, "; "))
			}
		})
	}
}
