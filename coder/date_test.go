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
		// "May" after a word that leads a time is the month, not the modal verb
		{"since May", "2024-05/2024-11"},
		{"in early May", "2024-05"},
		{"in mid-May", "2024-05"},
		{"late May", "2024-05"},
		{"last May", "2023-05"},
		{"on 7 May", "2024-05-07"},
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
		{"overnight into Wednesday", "2024-11-12/2024-11-13"},
		{"overnight on Monday", "2024-11-10/2024-11-11"},
		{"overnight Friday", "2024-11-14/2024-11-15"},
		{"after overnight talks", ""}, // a kind of talks, not a time
		{"and imposed overnight curfews", ""},
		{"in an overnight raid", "2024-11-14/2024-11-15"}, // the incident the act happened in
		{"during overnight strikes", "2024-11-14/2024-11-15"},
		{"against the overnight attack", ""}, // another event, not the act's time
		{"an overnight attack", ""},
		{"in two days of protests", "2024-11-14/2024-11-15"}, // the days up to the report
		{"during 3 days of clashes", "2024-11-13/2024-11-15"},
		{"after four days of talks", ""}, // another event's days
		{"in two days", ""},
		{"a week earlier", "2024-11-08"}, // from the document's day when nothing before dates it
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
		// a day of the month alone: this month's, or last month's when still to come
		{"on the 14th", "2024-11-14"},
		{"on the 3rd, police said", "2024-11-03"},
		{"on the 21st", "2024-10-21"},
		{"on the 31st", "2024-10-31"},
		{"on the 14th of March", "2024-03-14"},
		{"on the night of March 3-4", "2024-03-03/2024-03-04"},
		{"on 3-4 March", "2024-03-03/2024-03-04"},
		{"on March 3-4, 2023", "2023-03-03/2023-03-04"},
		{"from March 3-4", "2024-03-03/2024-03-04"},
		{"on the 14th day of the strike", ""},
		{"on the 14th floor", ""},
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
		{"between Thursday and Monday", "2024-11-07/2024-11-11"},
		{"between Monday and Wednesday last week", "2024-11-04/2024-11-06"},
		{"from Friday to Sunday last week", "2024-11-08/2024-11-10"},
		{"between Sept. 3 and 9", "2024-09-03/2024-09-09"},
		{"from June 21 to 24, officials said", "2024-06-21/2024-06-24"},
		{"between 4 and 7 August", "2024-08-04/2024-08-07"},
		{"between June 3 and 12 ships", "2024-06-03"}, // a count after "and", not a day
		{"between 4 and 7 ships", ""},
		{"last night", "2024-11-14/2024-11-15"},
		{"in the first quarter of 2023", "2023-01/2023-03"},
		{"the second quarter", "2024-04/2024-06"},
		// the future
		{"will meet in March", "2025-03"},
		{"will visit on Tuesday", "2024-11-19"},
		{"in the first five months of the year", "2024-01/2024-05"},
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
		{"said they May attack", ""},
		{"and Theresa May met", ""},
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

// TestEventDates dates events by the constructions reports are written
// in: the reported clause against the day of its report, the report's day
// for a clause with none, deadlines ahead of the report, anniversaries,
// parts of months and weeks, nights and ranges.
func TestEventDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"a reported clause is dated before its report", "2024-03-14", // a Thursday
			"Pakistan said on Tuesday it had test-fired a cruise missile on Monday.", "PAK - 150", "2024-03-11"},
		{"a promise is dated by its report, not forward", "2024-03-14",
			"Japan will send rice to the Philippines, the foreign ministry said on Monday.", "JPN PHL 0333", "2024-03-11"},
		{"an intention is dated by its report, not by the time it speaks of", "2024-05-09",
			"India will hold talks with Nepal next month, the foreign ministry said on Tuesday.", "IND NPL 036", "2024-05-07"},
		{"a report's day is past whatever follows it", "2018-06-30",
			"Spain will send troops to Mali in June, the defence ministry announced on Tuesday, a move it hopes will calm the region.", "ESP MLI 0334", "2018-06-26"},
		{"an intention agreed on a day is dated that day", "2024-02-07",
			"Serbia and Kosovo agreed on Wednesday to hold talks in Brussels next month.", "SRB XKX 036", "2024-02-07"},
		{"a trip scheduled from one day to another is dated by its days", "2024-05-10",
			"Brazilian President Luiz Inacio Lula da Silva will travel to Beijing from Tuesday to Thursday for a state visit, his office said on Friday.", "BRAGOV CHN 036", "2024-05-14/2024-05-16"},
		{"... and a trip on one day by the day it was announced", "2024-05-10",
			"Brazilian President Luiz Inacio Lula da Silva will travel to Beijing on Tuesday for a state visit, his office said on Friday.", "BRAGOV CHN 036", "2024-05-10"},
		{"an intention with no report is dated by the document", "2024-05-09",
			"Japan will send rice to the Philippines next week.", "JPN PHL 0333", "2024-05-09"},
		{"a past act beside an intention keeps its own day", "2024-05-09",
			"Macron visited Algeria on Monday and will meet Algerian students on Friday.", "FRAGOV DZA 042", "2024-05-06"},
		{"an order is dated when made, not by its deadline", "2024-09-10",
			"Mali's junta ordered German troops to leave by August.", "MLIGOV DEUMIL 166", "2024-09-10"},
		{"years ago today is that very day", "2024-08-02",
			"Two years ago today, Azerbaijan attacked Armenia.", "AZE ARM 190", "2022-08-02"},
		{"late last month is last month", "2024-05-06",
			"Turkey struck Kurdish militants in Iraq late last month, the defence ministry said.", "TUR IRQINS 190", "2024-04"},
		{"earlier this week is this week", "2024-05-09",
			"Israel struck Hezbollah positions in Lebanon earlier this week, the army said.", "ISR LBNREBHZB 190", "2024-W19"},
		{"overnight is the night before the stated day", "2024-05-06",
			"Russia attacked Ukraine overnight with 70 drones, Kyiv's air force said on Sunday.", "RUS UKR 195", "2024-05-04/2024-05-05"},
		{"overnight is the night before the report", "2024-05-06",
			"Israel struck Gaza overnight.", "ISR PSE 190", "2024-05-05/2024-05-06"},
		{"a range of days", "2024-05-09",
			"Russia attacked Ukraine between Monday and Wednesday, Kyiv said.", "RUS UKR 190", "2024-05-06/2024-05-08"},
		{"the days of one month written once", "2024-09-20",
			"Belarus sent 900 soldiers to Russia aboard military trains between Sept. 2 and 9, Lithuania's intelligence service said on Friday.", "BLR RUSMIL 074", "2024-09-02/2024-09-09"},
		{"a range of days last week", "2024-05-09",
			"Russia attacked Ukraine between Monday and Wednesday last week, Kyiv said.", "RUS UKR 190", "2024-04-29/2024-05-01"},
		{"a day of the month alone is this month's, before the report", "2024-03-20",
			"Nigerian troops killed 20 militants in Borno state on the 14th, the army said on Tuesday.", "NGAMIL NGAINS 190", "2024-03-14"},
		{"last Thursday across the month's start", "2024-04-02",
			"Russian forces shelled the city of Kherson last Thursday, killing two people.", "RUSMIL UKR 194", "2024-03-28"},
		{"weeks before the clause's day", "2024-05-11",
			"Iran seized a Greek tanker in the Gulf of Oman on Friday, two weeks after Greek commandos detained an Iranian cargo ship.", "GRCMIL IRN 181", "2024-04-26"},
		{"a time that opens a coordinated verb phrase is that phrase's alone", "2024-05-09",
			"Beijing lodged a protest with Washington late on Monday after a U.S. congressional delegation arrived in Taipei, and on Tuesday halted fruit imports from Taiwan.", "USAGOV TWN 042", "2024-05-06"},
		{"... and the later phrase takes it", "2024-05-09",
			"Beijing lodged a protest with Washington late on Monday after a U.S. congressional delegation arrived in Taipei, and on Tuesday halted fruit imports from Taiwan.", "CHN TWN 163", "2024-05-07"},
		{"a start the text does not date yields to a day it names", "2025-11-02",
			"On her first trip abroad since taking office, Japanese Prime Minister Sanae Takaichi held talks with Donald Trump in Washington on Friday.", "JPNGOV USAGOV 046", "2025-10-31"},
		{"days later, from the clause before", "2024-05-09",
			"Russian forces shelled Kherson on Monday, and Ukrainian drones struck Belgorod two days later.", "UKR RUS 195", "2024-05-08"},
		{"the following day, from the sentence before", "2024-05-09",
			"Russian troops shelled Kharkiv on Monday. Ukraine struck Belgorod the following day.", "UKR RUS 190", "2024-05-07"},
		{"a week earlier", "2024-05-09",
			"Israel struck Gaza on Monday. Hamas had fired rockets at Israel a week earlier.", "PSEREBHMS ISR 194", "2024-04-29"},
		{"a relative time dates the verb it is attached to, not one set off before it", "2024-05-09",
			"The Ecuadorean government imposed a curfew on Quito late on Monday, accusing gangs of terrorism, only to lift it six hours later.", "ECUGOV ECUCRM 1121", "2024-05-06"},
		{"an adjective overnight is no time: the curfews are of the report's day", "2024-06-01",
			"Governors deployed the National Guard over the weekend, and several cities such as Denver imposed overnight curfews.", "USA USACVL 1723", "2024-06-01"},
		{"an as-clause with no time of its own takes the night before it", "2024-05-10",
			"Chilean police arrested 240 people overnight as rioting over bus fares raged for a third night in Santiago, the interior ministry said on Friday.", "CHLCVL CHL 145", "2024-05-09/2024-05-10"},
		{"a when-clause takes the latest time before it, not an offset told earlier", "2024-05-10",
			"Peruvian soldiers freed a kidnapped mayor hours after rescuing him in the town of Juliaca on Wednesday, when rebels opened fire on the troops.", "PERREB PERMIL 193", "2024-05-08"},
		{"hours after a clause with its own day, and none before: that day", "2024-05-10",
			"Peruvian soldiers freed a kidnapped mayor hours after rescuing him in the town of Juliaca on Wednesday, when rebels opened fire on the troops.", "PERMIL PERGOV 0841", "2024-05-08"},
		{"days after a clause with its own day: days later", "2024-05-10",
			"Bolivian police freed the journalist two days after arresting him in La Paz on Tuesday.", "BOLCOP BOLCVL 0841", "2024-05-09"},
		{"a date between an article and its noun dates that noun, not the clause", "2024-11-19",
			"Police in Conakry fired tear gas on Monday at opposition supporters protesting against the outcome of the Nov. 3 referendum.", "GINOPP GIN 141", "2024-11-18"},
		{"a possessive time dates its noun's event", "2024-11-20",
			"Al Shabaab militants claimed responsibility on Wednesday for last week's suicide bombing of an army base in Mogadishu, two days after Somalia's government called off talks with clan elders.", "SOMREBSHB SOM 1831", "2024-W46"},
		{"... and anchors no offset: days after the clause's own day", "2024-11-20",
			"Al Shabaab militants claimed responsibility on Wednesday for last week's suicide bombing of an army base in Mogadishu, two days after Somalia's government called off talks with clan elders.", "SOMGOV SOMCVL 164", "2024-11-18"},
		{"a relative time that dates a participle of a noun dates neither the demand ...", "2024-11-20",
			"Ankara demanded on Wednesday that Athens cancel a $300 million missile sale to Cyprus approved by the Greek government a day earlier, warning it would take firm measures.", "TUR GRC 1042", "2024-11-20"},
		{"... nor the warning after it", "2024-11-20",
			"Ankara demanded on Wednesday that Athens cancel a $300 million missile sale to Cyprus approved by the Greek government a day earlier, warning it would take firm measures.", "TUR GRC 130", "2024-11-20"},
		{"a year ahead of the report dates no act told as done", "2024-11-19",
			"A court in Dakar found opposition leader Ousmane Sonko guilty of defamation on Tuesday and barred him from standing for election for five years, ending his plans to run for president in 2029.", "SENJUD SENGOV 1722", "2024-11-19"},
		{"a participle after an after-clause takes the main clause's day", "2024-11-16",
			"Sudanese rebels captured the town of Sinja on Saturday, three days after launching an assault from their bases in Sennar state, forcing army troops to withdraw from the area.", "SDNMIL SDNREB 0874", "2024-11-16"},
		{"since a clause whose time is many words on: from then to the report", "2024-11-18",
			"Serbian police have detained 240 people since protests broke out over the collapse of a railway station roof in Novi Sad last Tuesday, the interior minister said on Monday, as thousands of students rallied again in Belgrade.", "SRBCOP SRBCVL 173", "2024-11-12/2024-11-18"},
		{"... and a clause after the report with no time of its own is the report's", "2024-11-18",
			"Serbian police have detained 240 people since protests broke out over the collapse of a railway station roof in Novi Sad last Tuesday, the interior minister said on Monday, as thousands of students rallied again in Belgrade.", "SRBEDU SRB 141", "2024-11-18"},
		{"a day after a clause: the day before the main clause's", "2024-11-16",
			"The Kazakh president declared a state of emergency in Almaty on Saturday, a day after rioters clashed with police in the city centre.", "KAZOPP KAZCOP 145", "2024-11-15"},
		{"late on one day and early on the next: each clause its own", "2024-11-17",
			"Thousands of people protested outside parliament in Tbilisi late on Saturday, and riot police arrested dozens of demonstrators early on Sunday.", "GEOCVL GEOLEG 141", "2024-11-16"},
		{"... the later clause's", "2024-11-17",
			"Thousands of people protested outside parliament in Tbilisi late on Saturday, and riot police arrested dozens of demonstrators early on Sunday.", "GEOCOP GEOOPP 173", "2024-11-17"},
		{"last week is a week", "2024-05-09",
			"Japan protested to China last week over the detention of a Japanese citizen.", "JPN CHN 114", "2024-W18"},
	})
}

// dateCase is a sentence of a report of the given date, one event it must
// give, and that event's date.
type dateCase struct{ name, date, text, event, want string }

// checkDates codes each case and compares the date of the first event
// that is its event with want.
func checkDates(t *testing.T, tests []dateCase) {
	t.Helper()
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

// TestDeadline resolves a deadline ahead of the report: "leave by August",
// written in September, is next August.
func TestDeadline(t *testing.T) {
	doc := newDocCtx(dyad.Document{Date: "2024-09-10"})
	toks := text.Tokenize("The junta ordered the troops to leave by August.", 0)
	for _, x := range times(toks, lex(toks), doc) {
		if !x.deadline {
			t.Errorf("%q is no deadline", toks[x.pos].Text)
		}
		if x.w.iso != "2025-08" {
			t.Errorf("by August, written in September: %s, want 2025-08", x.w.iso)
		}
		return
	}
	t.Error("no time expression")
}
