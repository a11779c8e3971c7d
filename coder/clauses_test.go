package coder

import (
	"fmt"
	"slices"
	"testing"

	"github.com/dyadhq/dyad"
)

// clauseCase is an event a sentence with more than one clause must give,
// with the attributes of its own clause ("" for an attribute not checked).
type clauseCase struct {
	name, date, text, event string
	when, where, quantity   string
}

// checkClauseCases codes each case's sentence and checks that its event
// comes out with the date, place and amount of its own clause.
func checkClauseCases(t *testing.T, tests []clauseCase) {
	t.Helper()
	c := testCoder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := c.Code(dyad.Document{ID: "t", Date: tt.date, Text: tt.text})
			var got []string
			for _, e := range evs {
				got = append(got, e.String())
				if e.String() != tt.event {
					continue
				}
				if tt.when != "" && e.Date != tt.when {
					t.Errorf("%s dated %s, want %s", tt.event, e.Date, tt.when)
				}
				if tt.where != "" && (e.Location == nil || e.Location.Name != tt.where) {
					t.Errorf("%s placed at %v, want %s", tt.event, e.Location, tt.where)
				}
				if tt.quantity != "" && (e.Quantity == nil || fmt.Sprintf("%g %s", e.Quantity.Value, e.Quantity.Item) != tt.quantity) {
					t.Errorf("%s amount %v, want %s", tt.event, e.Quantity, tt.quantity)
				}
			}
			if !slices.Contains(got, tt.event) {
				t.Errorf("no %s event in %q; got %v", tt.event, tt.text, got)
			}
		})
	}
}

// TestClauseTimes: a time that names another event ("the October 7
// attack"), a past plan or an adjective of the future does not date the
// act of the main clause; a relative clause before the verb tells the same
// act and dates it.
func TestClauseTimes(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "a time that names an event", date: "2024-05-14",
			text:  "Israeli troops killed the Hamas commander behind the October 7 attack.",
			event: "ISRMIL PSEREBHMS 190", when: "2024-05-14"},
		{name: "a past plan in a relative clause", date: "2024-05-14",
			text:  "Israeli troops killed the Hamas commander who had planned the October 7 attack.",
			event: "ISRMIL PSEREBHMS 190", when: "2024-05-14"},
		{name: "an adjective of the future after the day", date: "2024-05-14", // a Tuesday
			text:  "Russia and China held talks on Monday on the planned June 12 summit.",
			event: "RUS CHN 046", when: "2024-05-13"},
		{name: "a relative clause before the verb tells the same raid", date: "2024-05-14",
			text:  "Al Shabaab militants, who stormed a hotel in Mogadishu on Friday, killed at least 20 people.",
			event: "SOMREBSHB SOMCVL 190", when: "2024-05-10", where: "Mogadishu"},
	})
}

// TestAfterClausePlace: a place named in a clause that "after" or "before"
// opens with a subject of its own is where that clause's act happened, not
// the main clause's, which names no place of its own.
func TestAfterClausePlace(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, main, other, where string
	}{
		{"a court's act hours after", "Russia released two American men on Thursday, hours after a court in Seattle freed a Russian executive.",
			"RUS USACVL 0841", "USAJUD RUS 0841", "Seattle"},
		{"a court's act a day after", "Iran freed a British aid worker, a day after a court in London released an Iranian student.",
			"IRN GBRNGO 0841", "GBRJUD IRNEDU 0841", "London"},
		{"an arrest years before", "A Chinese court sentenced an Australian writer to death on Monday, five years after police detained him in Guangzhou.",
			"CHNJUD AUSCVL 173", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := c.Code(dyad.Document{ID: "t", Date: "2024-06-20", Text: tt.text})
			var got []string
			for _, e := range evs {
				got = append(got, e.String())
				switch e.String() {
				case tt.main:
					if e.Location != nil {
						t.Errorf("%s placed at %s, a place of the other clause", tt.main, e.Location.Name)
					}
				case tt.other:
					if e.Location == nil || e.Location.Name != tt.where {
						t.Errorf("%s placed at %v, want %s", tt.other, e.Location, tt.where)
					}
				}
			}
			if !slices.Contains(got, tt.main) || tt.other != "" && !slices.Contains(got, tt.other) {
				t.Errorf("want %s and %q in %v", tt.main, tt.other, got)
			}
		})
	}
}

// TestMonthsAfter: "a month after", "three months after", "a year before"
// date the clause they open by the month or the year so far from the main
// clause's day, not by the main clause's day.
func TestMonthsAfter(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "a month after", date: "2024-06-20",
			text:  "Rwandan troops retook the town of Palma on Sunday, a month after Kigali sent 700 soldiers to Mozambique.",
			event: "RWA MOZ 074", when: "2024-05"},
		{name: "three months after, across a year", date: "2024-01-20",
			text:  "Myanmar's junta freed 3,000 prisoners on Thursday, three months after it arrested 200 activists in Yangon.",
			event: "MMRGOV MMROPP 173", when: "2023-10", where: "Yangon"},
		{name: "two months after", date: "2024-06-20",
			text:  "Israel struck a Hezbollah depot in Lebanon on Friday, two months after Hezbollah fired drones at Haifa.",
			event: "LBNREBHZB ISR 195", when: "2024-04"},
		{name: "whole years", date: "2024-06-20",
			text:  "Ukraine freed 50 Russian soldiers on Monday, two years after Russian forces captured 300 Ukrainian marines in Mariupol.",
			event: "RUSMIL UKRMIL 173", when: "2022", where: "Mariupol"},
		{name: "the main clause keeps its day", date: "2024-06-20",
			text:  "Israel struck a Hezbollah depot in Lebanon on Friday, two months after Hezbollah fired drones at Haifa.",
			event: "ISR LBNREBHZB 190", when: "2024-06-14"},
	})
}

// TestAfterGerund: a gerund after "after" with its own object is an act of
// the sentence's subject of its own ("released him a day after arresting
// him"), dated by the offset before it; its object pronoun is not that
// subject.
func TestAfterGerund(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "an arrest a day before the release", date: "2024-06-20",
			text:  "Turkish police released Kurdish politician Selahattin Demirtas on Friday, a day after arresting him in Ankara.",
			event: "TURCOP TUR 173", when: "2024-06-13", where: "Ankara"},
		{name: "killings before a withdrawal", date: "2024-06-20",
			text:  "Israeli troops withdrew from Jenin on Wednesday after killing 12 Palestinian gunmen in a two-day raid.",
			event: "ISRMIL PSEUAF 190", when: "2024-06-19", quantity: "12 gunmen"},
		{name: "the withdrawal stays", date: "2024-06-20",
			text:  "Israeli troops withdrew from Jenin on Wednesday after killing 12 Palestinian gunmen in a two-day raid.",
			event: "ISRMIL PSE 0874", when: "2024-06-19", where: "Jenin"},
	})
}
