package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// TestReportAcross: an act told after a report that has a day of its own
// takes the report's day, not the day of an earlier clause the report does
// not tell ("killed ... on Monday, and India said on Tuesday it was
// expelling"), and so does the reporter's own act in a participle after it
// ("said on Sunday, denouncing the attack"); an act the report tells in the
// past perfect was done before it, at the time of what it reports ("said on
// Monday, adding that troops had arrested 30 men"); an act under
// a second report takes that report's time, resolved against the first.
func TestReportAcross(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "a new clause's report", date: "2024-06-20", // a Thursday
			text:  "Armed men killed 12 pilgrims near Jammu on Monday, and India said on Tuesday it was expelling Pakistan's defence attaches.",
			event: "IND PAK 161", when: "2024-06-18"},
		{name: "the reporter's participle", date: "2024-06-20",
			text:  "Chinese vessels rammed a Vietnamese fishing boat near the Paracels on Friday, Vietnam's foreign ministry said on Sunday, denouncing the attack as illegal.",
			event: "VNMGOV CHN 111", when: "2024-06-16"},
		{name: "the reporter's blame", date: "2024-06-20",
			text:  "A bomb ripped through a market in Quetta on Monday, killing 14 people, police said on Tuesday, blaming the attack on separatist militants.",
			event: "PAKCOP PAKSEP 1123", when: "2024-06-18"},
		{name: "another party's act after the report", date: "2024-06-20",
			text:  "Russia struck Odesa overnight, killing four people, officials said on Friday, and Britain summoned Russia's ambassador.",
			event: "GBR RUSGOV 114", when: "2024-06-14"},
		{name: "past perfect: the time of what is reported", date: "2024-06-20",
			text:  "Israeli jets pounded Rafah on Saturday, Gaza's civil defence said on Monday, adding that Israeli troops had arrested 30 men.",
			event: "ISRMIL ISRCVL 173", when: "2024-06-15"},
		{name: "past perfect after a night", date: "2024-06-20",
			text:  "Israeli jets pounded Rafah overnight, Gaza's civil defence said on Monday, adding that Israeli troops had arrested 30 men.",
			event: "ISRMIL ISRCVL 173", when: "2024-06-16/2024-06-17"},
		{name: "guard: no past perfect, the report's day", date: "2024-06-20",
			text:  "Israeli jets pounded Rafah on Saturday, Gaza's civil defence said on Monday, adding that Israeli troops arrested 30 men.",
			event: "ISRMIL ISRCVL 173", when: "2024-06-17"},
		{name: "the nearer of two reports", date: "2024-06-20",
			text:  "Syria's army said on Sunday its troops had entered the town of Saraqeb, after rebel commanders announced overnight that their fighters were withdrawing from it.",
			event: "SYRREB SYRMIL 0874", when: "2024-06-19/2024-06-20"},
		{name: "a second report's own day", date: "2024-06-21", // a Friday
			text:  "Washington warned on Tuesday that Iran would face severe consequences if it kept enriching uranium, and Tehran said on Wednesday it was preparing to expel the UN inspectors.",
			event: "IRN IGOUNO 136", when: "2024-06-19"},
		{name: "guard: background after the report", date: "2024-06-21",
			text:  "Armenia and Azerbaijan agreed to a truce during talks in Moscow on Wednesday, Russia's foreign ministry said early on Thursday, after a week of heavy fighting between the two armies.",
			event: "ARM AZE 190", when: "2024-06-19"},
		{name: "guard: the act before the report keeps its day", date: "2024-06-20",
			text:  "Russia fired 40 missiles at Ukraine on Saturday, Kyiv's air force said on Monday.",
			event: "RUS UKR 195", when: "2024-06-15"},
	})
}

// TestConjunctTime: a verb after "and" with no subject of its own is
// coordinated with an earlier verb and takes that verb's time, not the time
// of a clause between them ("that was damaged on Christmas Day"); when the
// earlier verb reports, the report's day; a time of the conjunct's own
// still dates it.
func TestConjunctTime(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "past a relative clause's day", date: "2024-06-20", // a Thursday
			text:  "Estonia's prime minister accused Moscow on Monday of cutting an undersea cable that was damaged on Christmas Day, and demanded compensation from Russia.",
			event: "ESTGOV RUS 105", when: "2024-06-17"},
		{name: "a reporting verb's day", date: "2024-06-20",
			text:  "The Houthis confirmed on Sunday that two of their commanders had been killed in an American strike on Friday night, and vowed to retaliate against the United States.",
			event: "YEMREBHTH USA 138", when: "2024-06-16"},
		{name: "guard: its own day before it", date: "2024-06-20",
			text:  "Estonia's prime minister accused Moscow on Monday of cutting an undersea cable that was damaged on Christmas Day, and on Wednesday demanded compensation from Russia.",
			event: "ESTGOV RUS 105", when: "2024-06-19"},
		{name: "guard: its own day after it", date: "2024-06-20",
			text:  "Estonia's prime minister accused Moscow on Monday of cutting an undersea cable that was damaged on Christmas Day, and demanded compensation from Russia on Wednesday.",
			event: "ESTGOV RUS 105", when: "2024-06-19"},
	})
}

// TestClosedPhrase: the time of a clause after "a day after", or of a
// participle's phrase after a comma, is that phrase's alone; an act told
// after the comma and "and" that close it takes the main clause's time.
func TestClosedPhrase(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "a new subject after a day-after clause", date: "2024-06-21", // a Friday
			text:  "North Korea fired two missiles into the sea on Thursday, a day after American and South Korean warships ended joint drills, and Japan lodged a protest with Pyongyang.",
			event: "JPN PRK 114", when: "2024-06-20"},
		{name: "the same subject after a day-after clause", date: "2024-06-21",
			text:  "North Korea fired two missiles into the sea on Thursday, a day after American and South Korean warships ended joint drills, and lodged a protest with Seoul.",
			event: "PRK KOR 114", when: "2024-06-20"},
		{name: "guard: the day-after clause keeps its own day", date: "2024-06-21",
			text:  "North Korea fired two missiles into the sea on Thursday, a day after American and South Korean warships ended joint drills, and Japan lodged a protest with Pyongyang.",
			event: "USAMIL KORMIL 062", when: "2024-06-19"},
		{name: "after a participle's night", date: "2024-06-21",
			text:  "Mali's junta ordered an assault on rebel positions on Tuesday, accusing the rebels of attacking an army post near Kidal overnight, and the authorities imposed a curfew across the north.",
			event: "MLIGOV MLICVL 1723", when: "2024-06-18"},
	})
}

// TestParticipleAfterAction: a time in the phrase of a past participle with
// its agent that follows the action's own noun dates that participle
// ("released 30 soldiers captured by rebels in May": the capture's month),
// also with an adverb of place before the agent ("deported there by"); the
// action takes the main clause's day.
func TestParticipleAfterAction(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "an adverb before the agent", date: "2024-06-21", // a Friday
			text:  "Colombia freed 12 rebels on Thursday in a swap in which the guerrillas released 30 soldiers captured there by their fighters in May.",
			event: "COLREB COLMIL 0841", when: "2024-06-20"},
		{name: "right after the action's noun", date: "2024-06-21",
			text:  "Colombia freed 12 rebels on Thursday in a swap in which the guerrillas released 30 soldiers captured by their fighters in May.",
			event: "COLREB COLMIL 0841", when: "2024-06-20"},
		{name: "a year", date: "2024-06-21",
			text:  "Belarus freed three Lithuanians on Wednesday in a deal in which Lithuania released two Belarusian agents arrested there by police in 2021.",
			event: "LTU BLR 0841", when: "2024-06-19"},
		{name: "guard: the action's own year", date: "2024-06-21",
			text:  "Belarus freed three Lithuanians on Wednesday in a deal in which Lithuania released two Belarusian agents in 2021.",
			event: "LTU BLR 0841", when: "2021"},
	})
}

// TestPartakes: a boycott takes place on the day of the event it boycotts
// ("boycotted Sunday's vote"), though a time that dates a noun alone
// dates no other act ("protesting against the results of Sunday's vote",
// "detained 40 people who boycotted Sunday's vote").
func TestPartakes(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "a possessive day", date: "2024-06-21", // a Friday
			text:  "Cameroon's opposition boycotted Sunday's parliamentary vote, which gave the ruling party a large majority.",
			event: "CMROPP CMR 143", when: "2024-06-16"},
		{name: "a relative clause's boycott", date: "2024-06-21",
			text:  "Police in Lome detained 40 people who boycotted Sunday's parliamentary vote.",
			event: "TGOCVL TGO 143", when: "2024-06-16"},
		{name: "guard: the detention is not on the vote's day", date: "2024-06-21",
			text:  "Police in Lome detained 40 people who boycotted Sunday's parliamentary vote.",
			event: "TGOCOP TGOCVL 173", when: "2024-06-21"},
		{name: "guard: a protest about the vote", date: "2024-06-21",
			text:  "Police in Lome detained 40 people protesting against the results of Sunday's parliamentary vote.",
			event: "TGOCVL TGO 141", when: "2024-06-21"},
		{name: "a day before the noun", date: "2024-06-21",
			text:  "Opposition parties in Chad boycotted the May 6 presidential election.",
			event: "TCDOPP TCD 143", when: "2024-05-06"},
	})
}

// TestRangeParts: the ends of a range may name a part of their month
// ("between early September and Oct. 1"); the range covers the whole
// month. A document of Friday 2024-11-15.
func TestRangeParts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"between early September and Oct. 1", "2024-09/2024-10-01"},
		{"from late June to mid-August", "2024-06/2024-08"},
		{"between mid-March and early May 2023", "2023-03/2023-05"},
		{"from June to late August", "2024-06/2024-08"},
		{"between early 2021 and late 2022", "2021/2022"},
		{"between March and May 2023", "2023-03/2023-05"},     // the first month takes the second's year
		{"from November to February 2023", "2022-11/2023-02"}, // or the year before it
		{"from early on", ""},                                 // no month after "early"
	}
	doc := newDocCtx(dyad.Document{Date: "2024-11-15"})
	for _, tt := range tests {
		w, ok := dateOf(text.Tokenize("They acted "+tt.in+".", 0), doc)
		got := ""
		if ok {
			got = w.iso
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestThatDay: "that morning", "that evening", "that night" are the day the
// sentence named last ("since that morning" after "late on Tuesday" is
// Tuesday's); with no day before them they resolve to nothing of their own.
func TestThatDay(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "since that morning", date: "2024-06-21", // a Friday
			text:  "Soldiers in Niger said late on Tuesday they had removed the president, who has been held at his home by his guards since that morning.",
			event: "NERMIL NERGOV 173", when: "2024-06-18"},
		{name: "that evening", date: "2024-06-21",
			text:  "Rebels attacked an army post near Goma on Monday, and Congolese troops shelled rebel positions that evening.",
			event: "CODMIL CODREB 194", when: "2024-06-17"},
		{name: "guard: no day before it", date: "2024-06-21",
			text:  "Hamas fired rockets at Tel Aviv that night.",
			event: "PSEREBHMS ISR 194", when: "2024-06-21"},
	})
}

// TestEarlyHoursAfter: hours before a time early in its day ("early on
// Thursday, hours after") fall on the day before, as hours after a time
// late in its day fall on the next; a plain day, a late one or a count of
// days keeps the count.
func TestEarlyHoursAfter(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "early, hours after", date: "2024-06-21", // a Friday
			text:  "Israel released 40 Palestinian detainees early on Thursday, hours after Hamas freed four Israeli hostages in Gaza.",
			event: "PSEREBHMS ISRCVL 0841", when: "2024-06-19"},
		{name: "guard: a plain day", date: "2024-06-21",
			text:  "Israel released 40 Palestinian detainees on Thursday, hours after Hamas freed four Israeli hostages in Gaza.",
			event: "PSEREBHMS ISRCVL 0841", when: "2024-06-20"},
		{name: "guard: late in the day", date: "2024-06-21",
			text:  "Israel released 40 Palestinian detainees late on Thursday, hours after Hamas freed four Israeli hostages in Gaza.",
			event: "PSEREBHMS ISRCVL 0841", when: "2024-06-20"},
		{name: "guard: days, not hours", date: "2024-06-21",
			text:  "Israel released 40 Palestinian detainees early on Thursday, two days after Hamas freed four Israeli hostages in Gaza.",
			event: "PSEREBHMS ISRCVL 0841", when: "2024-06-18"},
	})
}

// TestObjectRelative: violence told with no time of its own befell its
// victims when the relative clause on them says they were doing something
// ("killed 30 villagers who had gathered for a funeral on Saturday night");
// an arrest is not dated by what the arrested had done before.
func TestObjectRelative(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "victims gathered", date: "2024-06-21", // a Friday
			text:  "Myanmar troops killed 30 villagers who had gathered for a funeral in Sagaing on Saturday night, a rebel group said on Monday.",
			event: "MMRMIL MMRCVL 190", when: "2024-06-15"},
		{name: "a night's attempt", date: "2024-06-21",
			text:  "Nigerian police said on Friday they had shot dead five gunmen who tried to rob a bank in Lagos overnight.",
			event: "NGACOP NGAUAF 193", when: "2024-06-20/2024-06-21"},
		{name: "guard: an arrest", date: "2024-06-21",
			text:  "Nigerian police arrested 12 men who had attacked a bus in Lagos on Monday, a spokesman said on Thursday.",
			event: "NGACOP NGACVL 173", when: "2024-06-20"},
	})
}

// TestNthNight: "for a third straight night" in a sentence that names no
// day of its own is the night before the report, its two days
// (doc/POLICY.md §19); with a day of its own ("for a third straight night
// on Friday"), that day.
func TestNthNight(t *testing.T) {
	checkClauseCases(t, []clauseCase{
		{name: "the night before the report", date: "2024-06-24", // a Monday
			text:  "Rioters set fire to police stations in cities across Senegal for a third straight night, the interior ministry said on Sunday.",
			event: "SENOPP SENCOP 145", when: "2024-06-22/2024-06-23"},
		{name: "a night of rioting", date: "2024-06-23",
			text:  "Police in Dakar arrested 300 people in a fourth night of rioting, the ministry said on Sunday.",
			event: "SENCOP SENCVL 173", when: "2024-06-22/2024-06-23"},
		{name: "guard: a day of its own", date: "2024-06-23",
			text:  "Rioters set fire to police stations in cities across Senegal for a third straight night on Friday.",
			event: "SENOPP SENCOP 145", when: "2024-06-21"},
		{name: "guard: a day of its own later on", date: "2024-06-23",
			text:  "For a second night running, rioters set fire to police stations in cities across Senegal on Friday.",
			event: "SENOPP SENCOP 145", when: "2024-06-21"},
	})
}
