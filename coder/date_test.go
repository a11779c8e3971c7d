package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// TestDates resolves time expressions against a document of Friday
// 2024-11-15 whose earlier sentences named the year 2023.
func TestDates(t *testing.T) {
	tests := []struct{ in, want string }{
		// absolute
		{"on 19 June 2024", "2024-06-19"},
		{"on June 19, 2024", "2024-06-19"},
		{"on June 19", "2024-06-19"},
		{"on 19 June", "2024-06-19"},
		{"on Jan. 5, 2023", "2023-01-05"},
		{"on Sept. 11, 2001", "2001-09-11"},
		{"on the 3rd of March", "2024-03-03"},
		{"in June 2023", "2023-06"},
		{"in June of 2023", "2023-06"},
		{"in 2023", "2023"},
		{"since 2014", "2014/2024"},
		{"by 2030", ""}, // a deadline: what is due then, not when the sentence's act happened
		{"in mid-2023", "2023"},
		{"in early 2022", "2022"},
		{"in late 2021", "2021"},
		{"in the 1990s", "1990/1999"},
		{"on 2024-06-19", "2024-06-19"},
		// relative to the document date
		{"in June", "2024-06"},
		{"in December", "2023-12"},
		{"in May", "2024-05"},
		{"in early March", "2024-03"},
		{"on Tuesday", "2024-11-12"},
		{"on Friday", "2024-11-15"},
		{"on Saturday", "2024-11-09"},
		{"last Tuesday", "2024-11-12"},
		{"next Tuesday", "2024-11-19"},
		{"this Monday", "2024-11-11"},
		{"yesterday", "2024-11-14"},
		{"today", "2024-11-15"},
		{"tomorrow", "2024-11-16"},
		{"overnight", "2024-11-14/2024-11-15"},
		{"tonight", "2024-11-15"},
		{"last week", "2024-W45"},
		{"next week", "2024-W47"},
		{"this week", "2024-W46"},
		{"in the past week", "2024-11-08/2024-11-15"},
		{"last month", "2024-10"},
		{"this month", "2024-11"},
		{"next month", "2024-12"},
		{"earlier this month", "2024-11"},
		{"later this year", "2024"},
		{"earlier this week", "2024-W46"},
		{"last year", "2023"},
		{"this year", "2024"},
		{"next year", "2025"},
		{"last June", "2023-06"},
		{"two weeks ago", "2024-W44"},
		{"three days ago", "2024-11-12"},
		{"a year ago", "2023"},
		{"six months ago", "2024-05"},
		{"5 days ago", "2024-11-10"},
		{"over the weekend", "2024-11-09/2024-11-10"},
		{"last weekend", "2024-11-09/2024-11-10"},
		// relative to earlier sentences
		{"the same year", "2023"},
		{"that year", "2023"},
		{"the previous year", "2022"},
		{"the following year", "2024"},
		// intervals
		{"between September 2023 and September 2024", "2023-09/2024-09"},
		{"from January to March", "2024-01/2024-03"},
		{"between 2020 and 2022", "2020/2022"},
		{"from 2014 until 2022", "2014/2022"},
		{"in the fourth quarter", "2024-10/2024-12"},
		{"from Monday to Wednesday", "2024-11-11/2024-11-13"},
		{"last night", "2024-11-14/2024-11-15"},
		{"in the first quarter of 2023", "2023-01/2023-03"},
		{"the second quarter", "2024-04/2024-06"},
		// the future
		{"will meet in March", "2025-03"},
		{"will visit on Tuesday", "2024-11-19"},
		{"in the first four months of the year", "2024-01/2024-04"},
		{"in the last three months of 2023", "2023-10/2023-12"},
		{"the previous day", "2024-11-14"},
		{"the day before", "2024-11-14"},
		// named days: the latest up to the document, the next in the future
		{"on New Year's Eve", "2023-12-31"},
		{"on New Year's Day", "2024-01-01"},
		{"on Christmas Day", "2023-12-25"},
		{"will meet on Christmas Eve", "2024-12-24"},
		// "since" a date the text gives a few words on
		{"since last June", "2023-06/2024-11"},
		{"since launching an incursion on Aug. 6", "2024-08-06/2024-11-15"},
		{"since early October", "2024-10/2024-11"},
		// fallback: a start the text does not date
		{"since the war began", "2024-11"},
		// not dates
		{"may attack", ""},
		{"said it would march on", ""},
		{"a 2023 report", ""},
		{"shelled a Christmas tree", ""},
		{"1,500 troops", ""},
	}
	doc := newDocCtx(dyad.Document{Date: "2024-11-15"})
	doc.lastYear = 2023
	for _, tt := range tests {
		toks := text.Tokenize("They acted "+tt.in+".", 0)
		w, ok := dateOf(toks, doc)
		got := ""
		if ok {
			got = w.iso
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
	if w, _ := dateOf(text.Tokenize("since the war began", 0), doc); !w.unsure {
		t.Error("a fallback date is not marked unsure")
	}
}
