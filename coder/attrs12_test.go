package coder

import (
	"fmt"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// TestAmountWords pins what an amount is of: a dollar's country letters
// name its currency, a plural that says what kind of thing follows is part
// of the item, the head of "prisoners of war" is "prisoners", and a number that ranks
// things ("one of the deadliest", "the two largest") counts nothing.
func TestAmountWords(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, in, want string }{
		{"Canadian dollars", "Ottawa put tariffs on C$30 billion of goods", "3e+10 CAD goods"},
		{"Australian dollars", "Canberra pledged A$25 million in aid", "2.5e+07 AUD"},
		{"New Zealand dollars", "Wellington gave NZ$5 million for the relief effort", "5e+06 NZD"},
		{"Hong Kong dollars", "a fine of HK$2 billion", "2e+09 HKD"},
		{"Singapore dollars", "a S$400 million contract", "4e+08 SGD"},
		{"US dollars with letters", "a US$4 billion loan", "4e+09 USD"},
		{"plain dollars", "a $10 million grant", "1e+07 USD"},
		{"dollars named in words", "a grant of 500 million Canadian dollars", "5e+08 CAD"},
		{"a plural naming the kind", "Pyongyang sent 2,000 special forces troops", "2000  special forces troops"},
		{"the kind as the item", "Kyiv sent 300 special forces to the front", "300  special forces"},
		{"the kind before a verb", "some 400 special forces stormed the building", "400  special forces"},
		{"a model with a digit before its name", "would supply 31 M1 Abrams tanks", "31  tanks"},
		{"a range with to is its lower bound", "would ship 15,000 to 30,000 tonnes of grain", "15000 t grain"},
		{"a change with from and to is not a range", "raised its force from 200 to 400 troops", "400  troops"},
		{"arms deliveries", "the first of 12 arms shipments", "12  arms shipments"},
		{"prisoners of war", "swapped 1,200 prisoners of war", "1200  prisoners"},
		{"prisoners alone", "freed 90 prisoners on Monday", "90  prisoners"},
		{"prisoners of a regime", "freed 12 prisoners of the old regime", "12  prisoners"},
		{"one of a superlative", "one of the deadliest attacks this year", ""},
		{"a count before a superlative", "the three largest banks were closed", ""},
		{"a rank that counts nothing", "the two biggest parties", ""},
		{"one of a crew still counts", "killed one of its crew", "1  crew member"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := text.Tokenize(tt.in, 0)
			c.lx.Lemmatize(toks)
			got := ""
			if qs := c.quantities(tt.in, toks); len(qs) > 0 {
				got = fmt.Sprintf("%g %s %s", qs[0].q.Value, qs[0].q.Unit, qs[0].q.Item)
				if qs[0].q.Item == "" {
					got = fmt.Sprintf("%g %s", qs[0].q.Value, qs[0].q.Unit)
				}
			}
			if got != tt.want {
				t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestAmountNotItsPart: an amount after "including" or "among them" is a
// part of the amount before it, not the event's; with no amount before it,
// it is the event's.
func TestAmountNotItsPart(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ text, code, want string }{
		{"Gunmen kidnapped 12 Italians, including three women, in northern Nigeria on Sunday.", "181", "12 italians"},
		{"Rebels abducted 30 villagers, among them eight children, in eastern Congo on Friday.", "181", "30 villagers"},
		{"Police arrested 40 people, including two journalists, in Minsk on Sunday.", "173", "40 people"},
		{"Police arrested protesters including 12 students in Lagos on Monday.", "173", "12 students"},
	}
	for _, tt := range tests {
		evs := c.Code(dyad.Document{ID: "q", Date: "2024-05-03", Text: tt.text})
		got := "(no event)"
		for _, e := range evs {
			if string(e.Action.Code) != tt.code {
				continue
			}
			got = ""
			if e.Quantity != nil {
				got = fmt.Sprintf("%g %s", e.Quantity.Value, e.Quantity.Item)
			}
		}
		if got != tt.want {
			t.Errorf("%s\n  %s: got %q, want %q", tt.text, tt.code, got, tt.want)
		}
	}
}

// TestAttrsDates pins days a clause takes from the words around it: a time
// of what is scheduled ("due to take effect on Monday") dates that alone; a
// "when" clause dates an action whose clause names no time; a span "from
// Friday evening to Monday morning" runs ahead from the report's own day;
// and "a day after" counts back from a span's first day.
func TestAttrsDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"what is due dates itself alone", "2024-05-03", // a Friday
			"Washington on Friday suspended tariffs on Chinese goods due to take effect on Monday.", "USA CHN 085", "2024-05-03"},
		{"what took effect is in the past, and the clause has its own day", "2024-05-03",
			"Washington on Friday suspended tariffs on Chinese goods that took effect on Monday.", "USA CHN 085", "2024-05-03"},
		{"a when clause dates an action with no time", "2024-05-03",
			"Islamist militants killed 12 soldiers when they ambushed a convoy near Gao on April 21, the army said on Friday.", "MLIINS MLIMIL 190", "2024-04-21"},
		{"no when clause: the report's day", "2024-05-03",
			"Islamist militants killed 12 soldiers in central Mali, the army said on Friday.", "MLIINS MLIMIL 190", "2024-05-03"},
		{"an after clause is another time", "2024-05-03",
			"Kenyan police arrested 30 protesters after they tried to march on parliament on Thursday, officials said on Friday.", "KENCOP KENOPP 173", "2024-05-03"},
		{"a span from the report's day runs ahead", "2024-05-03",
			"Authorities imposed a curfew on Jenin from Friday evening to Monday morning.", "PSEGOV PSECVL 1723", "2024-05-03/2024-05-06"},
		{"a span that starts before the report's day is past", "2024-05-03",
			"Authorities imposed a curfew on Jenin from Saturday to Monday.", "PSEGOV PSECVL 1723", "2024-04-27/2024-04-29"},
		{"days before the report's stay in its week", "2024-05-03",
			"Authorities imposed a curfew on Jenin between Monday and Wednesday.", "PSEGOV PSECVL 1723", "2024-04-29/2024-05-01"},
	})
}

// TestOffsetFromSpan: "a day after" a span of days counts back from its
// first day.
func TestOffsetFromSpan(t *testing.T) {
	c := testCoder(t)
	text := "Ukrainian officials imposed a curfew on Zaporizhzhia from Friday night until Monday, two days after Russian shelling killed 14 residents."
	evs := c.Code(dyad.Document{ID: "t", Date: "2023-05-05", Text: text}) // a Friday
	var got []string
	for _, e := range evs {
		got = append(got, e.String()+" "+e.Date)
		if e.Action.Root == "19" && e.Date != "2023-05-03" {
			t.Errorf("%s dated %s, want 2023-05-03", e.String(), e.Date)
		}
	}
	if len(got) < 2 {
		t.Errorf("want the curfew and the shelling; got %v", got)
	}
}

// TestOwnedPlaces: a place in the possessive before another, with
// adjectives between, is where the other is; the owned place is where the
// event was. A possessor with no place after it stays.
func TestOwnedPlaces(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct{ text, event, place string }{
		{"Farmers stormed Delhi's historic Red Fort late on Friday.", "INDAGR IND 145", "Red Fort"},
		{"Police fired tear gas at protesters in Baghdad's fortified Green Zone late on Thursday.", "IRQCOP IRQOPP 175", "Green Zone"},
		{"Police fired tear gas at protesters in Baghdad's Green Zone on Monday.", "IRQCOP IRQOPP 175", "Green Zone"},
		{"Riot police used tear gas against demonstrators in the streets of Baghdad on Monday.", "IRQCOP IRQOPP 175", "Baghdad"},
		{"Police detained 35 protesters in Nairobi's central business district late on Thursday.", "KENCOP KENOPP 173", "Nairobi"},
		{"Police detained 20 protesters at Mogadishu's Lido beach on Friday.", "SOMCOP SOMOPP 173", "Lido beach"},
		{"Ukrainian drones struck an oil depot near Lgov in Russia's Kursk region on Monday.", "UKR RUS 195", "Lgov"},
		{"Saudi Arabia closed the Salwa border crossing with Qatar on Monday.", "SAU QAT 191", "Salwa"},
	} {
		var got []string
		found := false
		for _, e := range c.Code(dyad.Document{ID: "d", Date: "2024-06-20", Text: tc.text}) {
			got = append(got, e.String())
			if e.String() != tc.event {
				continue
			}
			found = true
			if e.Location == nil || e.Location.Name != tc.place || e.Location.Role != "event" {
				t.Errorf("%s: %s located at %+v, want %s", tc.text, tc.event, e.Location, tc.place)
			}
		}
		if !found {
			t.Errorf("%s: no %s in %v", tc.text, tc.event, got)
		}
	}
}
