package coder

import "testing"

// TestRelativeTimeNotLent: a time inside a relative clause on a noun
// ("drones that entered its airspace overnight") dates that clause's act
// and the act it is the object of, not an act told after the clause ends
// with no time of its own: that one is the report's day. A time of the
// clause itself, with no relative clause, is shared by the act coordinated
// after it.
func TestRelativeTimeNotLent(t *testing.T) {
	checkAttr(t, []attrCase{
		{"overnight, then a report", "Romanian jets shot down Russian drones that entered Romania's airspace overnight, and President Klaus Iohannis said Bucharest had asked NATO for consultations.", "ROU IGOWSTNAT 020", "2024-06-20"},
		{"overnight, the object's act", "Romanian jets shot down Russian drones that entered Romania's airspace overnight, and President Klaus Iohannis said Bucharest had asked NATO for consultations.", "ROU RUS 195", "2024-06-19/2024-06-20"},
		{"a day, then a demand", "Polish fighters downed two Russian drones that violated Polish airspace on Sunday, and Warsaw demanded an apology from Moscow.", "POL RUS 100", "2024-06-20"},
		{"a subject's clause, then a summons", "US air strikes that killed 25 militia fighters in Iraq on Sunday drew protests, and Iraq summoned the US envoy.", "IRQ USAGOV 114", "2024-06-20"},
		// guards: the clause's own day is shared; an aside on the subject tells its act
		{"no relative clause", "Polish fighters downed two Russian drones on Sunday, and Warsaw demanded an apology from Moscow.", "POL RUS 100", "2024-06-16"},
		{"an aside on the subject", "Al Shabaab militants, who stormed a hotel in Mogadishu on Friday, killed 20 people.", "SOMREBSHB SOMCVL 190", "2024-06-14"},
	}, eventDate)
}

// TestNounRelativeDay: an event told by its noun ("a drone attack by
// Hezbollah") whose relative clause tells what it did on a day of its own
// ("that killed four soldiers last Sunday") is dated by that day, not by
// the clause it is the object of; with no day in the relative clause it
// keeps the clause's, and a verb's act on the noun ("condemned a drone
// attack") keeps its own.
func TestNounRelativeDay(t *testing.T) {
	checkAttr(t, []attrCase{
		{"that, last Sunday, in revenge for", "Israel struck Lebanon late on Friday in revenge for a drone attack by Hezbollah that killed four soldiers at a base last Sunday.", "LBNREBHZB ISR 195", "2024-06-16"},
		{"after a participle", "Israeli jets hit Lebanon on Friday, avenging a drone attack by Hezbollah that killed four soldiers at a base in the north last Sunday.", "LBNREBHZB LBN 195", "2024-06-16"},
		{"which, in response to", "Saudi jets struck Sanaa on Thursday in response to a drone attack by the Houthis which damaged an Aramco refinery last Sunday.", "YEMREBHTH YEM 195", "2024-06-16"},
		{"the clause's own act keeps its day", "Israel struck Lebanon late on Friday in revenge for a drone attack by Hezbollah that killed four soldiers at a base last Sunday.", "ISR LBN 190", "2024-06-14"},
		// guards
		{"no day in the relative clause", "American jets hit Kataib Hezbollah depots near Qaim on Friday, answering a drone attack by the group that wounded four US troops in Erbil.", "IRQUAFKTH IRQ 195", "2024-06-14"},
		{"a verb's act on the noun", "Iraq on Friday condemned a drone attack that killed two of its soldiers near Sinjar last Sunday.", "IRQ - 111", "2024-06-14"},
	}, eventDate)
}

// TestDayBeforeAcrossSentences: "the previous day", "the day before" and
// "the same day" in a sentence with no time of its own before them count
// from the day the text named last in a sentence before, not from the
// report; with none, "the previous day" is the day before the report, and
// a time of their own sentence before them anchors them as it did.
func TestDayBeforeAcrossSentences(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the previous day", "Iran freed two French citizens on Wednesday. France had released an Iranian engineer the previous day.", "FRA IRNCVL 0841", "2024-06-18"},
		{"the day before", "Iran freed two French citizens on Wednesday. France released an Iranian engineer the day before.", "FRA IRNCVL 0841", "2024-06-18"},
		{"the same day", "Iran freed two French citizens on Wednesday. France released an Iranian engineer the same day.", "FRA IRNCVL 0841", "2024-06-19"},
		{"two sentences on", "Kenyan police detained 40 protesters in Nairobi on Monday. The crowd had marched on parliament. Police fired tear gas at a second march the previous day.", "KENCOP KENCVL 175", "2024-06-16"},
		// guards
		{"no day before", "France released an Iranian engineer the previous day, the ministry said.", "FRA IRNCVL 0841", "2024-06-19"},
		{"its own sentence's day", "Iran freed two French citizens on Monday, and France had released an Iranian engineer the previous day.", "FRA IRNCVL 0841", "2024-06-16"},
	}, eventDate)
}

// TestBegunSpan: talks told with the day they began ("talks that began on
// Tuesday", "that had started on Monday") span the days from then to the
// day of the act that ended them, or to the report; a weekday of the
// clause is the one before that act. Talks with no such clause keep their
// day, and so does the act that ends them.
func TestBegunSpan(t *testing.T) {
	const deal = "Armenia and Azerbaijan signed a peace deal in Washington on Friday at the end of talks between their foreign ministers that began in the US capital on Tuesday."
	checkAttr(t, []attrCase{
		{"at the end of talks that began", deal, "ARM AZE 046", "2024-06-11/2024-06-14"},
		{"wrapped up talks that began", "Armenian and Azerbaijani negotiators wrapped up talks in Geneva on Thursday that began on Monday.", "ARMGOV AZEGOV 046", "2024-06-17/2024-06-20"},
		{"after talks that had started", "Serbia and Kosovo agreed on Wednesday to restore trade links after talks in Brussels that had started on Monday.", "SRB XKX 046", "2024-06-17/2024-06-19"},
		// guards
		{"the deal keeps its day", deal, "ARM AZE 057", "2024-06-14"},
		{"no day they began", "Armenia and Azerbaijan held talks in Geneva on Thursday.", "ARM AZE 046", "2024-06-20"},
	}, eventDate)
}

// TestNightIntoDay: a night named by the two days it spans ("on Saturday
// night into Sunday", "the night of Monday into Tuesday", "the night of
// Saturday to Sunday") is those two days, as "overnight into Tuesday" is
// (doc/POLICY.md §19); a night named by one day is that day.
func TestNightIntoDay(t *testing.T) {
	checkAttr(t, []attrCase{
		{"night of A to B", "Russian drones hit Odesa on the night of Saturday to Sunday.", "RUS UKR 195", "2024-06-15/2024-06-16"},
		{"A night into B", "Russian drones hit Odesa on Saturday night into Sunday.", "RUS UKR 195", "2024-06-15/2024-06-16"},
		{"during the night of A into B", "Ukrainian air defences shot down 40 Russian drones during the night of Monday into Tuesday, the air force said.", "UKR RUS 190", "2024-06-17/2024-06-18"},
		{"with a report after", "Israeli aircraft struck Hezbollah sites in southern Lebanon on Tuesday night into Wednesday, the army said on Wednesday.", "ISR LBNREBHZB 195", "2024-06-18/2024-06-19"},
		// guards
		{"one night", "Israeli aircraft struck Hezbollah sites in southern Lebanon on Tuesday night, the army said on Wednesday.", "ISR LBNREBHZB 195", "2024-06-18"},
		{"a range of days", "Russian drones hit Odesa from Saturday to Monday.", "RUS UKR 195", "2024-06-15/2024-06-17"},
	}, eventDate)
}

// TestTwoDatesJoined: two days of one month joined by "and" ("on June 11
// and 12", "on 11 and 12 June", "June 11 and June 12") or a night's two
// days by "to" ("the night of June 15 to 16") are both days, as "June
// 11-12" is; days that are not next to each other are no span, and a
// number that counts what follows is no day.
func TestTwoDatesJoined(t *testing.T) {
	checkAttr(t, []attrCase{
		{"month first", "Kenyan police detained 40 people on June 11 and 12.", "KENCOP KENCVL 173", "2024-06-11/2024-06-12"},
		{"day first", "Kenyan police detained 40 people on 11 and 12 June.", "KENCOP KENCVL 173", "2024-06-11/2024-06-12"},
		{"the month twice", "Kenyan police detained 40 people on June 11 and June 12.", "KENCOP KENCVL 173", "2024-06-11/2024-06-12"},
		{"a night, month first", "Russian drones hit Odesa on the night of June 15 to 16.", "RUS UKR 195", "2024-06-15/2024-06-16"},
		{"a night, day first", "Russian drones hit Odesa on the night of 15 to 16 June.", "RUS UKR 195", "2024-06-15/2024-06-16"},
		// guards
		{"days apart", "Kenyan police detained 40 people on June 11 and 14.", "KENCOP KENCVL 173", "2024-06-11"},
		{"a count after", "Russian drones hit Odesa on June 11 and 12 people were killed.", "RUS UKR 195", "2024-06-11"},
		{"a year between", "Kenyan police detained 40 people on June 11, 2024 and 12 more on Monday.", "KENCOP KENCVL 173", "2024-06-11"},
	}, eventDate)
}

// TestLastWeekday: "last Thursday" written on a Thursday is the Thursday a
// week before, not the report's own day, and "on Monday last week" is that
// day of the week before the report's (Monday to Sunday); "last Tuesday"
// on a Thursday stays the latest Tuesday, and "on Monday" this week's.
func TestLastWeekday(t *testing.T) {
	checkAttr(t, []attrCase{
		{"last, the report's weekday", "Kenyan police detained 40 people last Thursday.", "KENCOP KENCVL 173", "2024-06-13"},
		{"DAY last week", "Kenyan police detained 40 people on Monday last week.", "KENCOP KENCVL 173", "2024-06-10"},
		{"the report's weekday last week", "Kenyan police detained 40 people on Thursday last week.", "KENCOP KENCVL 173", "2024-06-13"},
		{"Sunday last week", "Kenyan police detained 40 people on Sunday last week.", "KENCOP KENCVL 173", "2024-06-16"},
		{"two days last week", "Kenyan police detained 40 people on Wednesday and Thursday last week.", "KENCOP KENCVL 173", "2024-06-12/2024-06-13"},
		{"a night last week", "Kenyan police detained 40 people on Monday night last week.", "KENCOP KENCVL 173", "2024-06-10"},
		{"the day before yesterday", "Kenyan police detained 40 people the day before yesterday.", "KENCOP KENCVL 173", "2024-06-18"},
		// guards
		{"last, another weekday", "Kenyan police detained 40 people last Tuesday.", "KENCOP KENCVL 173", "2024-06-18"},
		{"on Monday", "Kenyan police detained 40 people on Monday.", "KENCOP KENCVL 173", "2024-06-17"},
		{"two days this week", "Kenyan police detained 40 people on Wednesday and Thursday.", "KENCOP KENCVL 173", "2024-06-19/2024-06-20"},
	}, eventDate)
}

// TestThatNightAfterSince: "that night" after a period told from a named
// day ("held the president since Tuesday morning ... late that night") is
// the day the period began, not a period of its own: what was done then
// is that day's, as after a plain day ("on Monday ... later that night");
// the period itself still runs to the report.
func TestThatNightAfterSince(t *testing.T) {
	const mali = "Mutinous soldiers who had held Mali's president at his home since Tuesday morning appeared on national television late that night, announcing that they had taken power and closed the borders."
	checkAttr(t, []attrCase{
		{"said that night", mali, "MLIMIL MLIGOV 191", "2024-06-18"},
		{"done that night", "Soldiers have surrounded the palace in Niamey since Monday evening, and the presidential guard detained the prime minister late that night.", "NERMIL NERGOV 173", "2024-06-17"},
		// guards
		{"a plain day", "Kenyan police detained 40 protesters on Monday and freed them later that night.", "KENCOP KENOPP 0841", "2024-06-17"},
		{"the period", "Kenyan police have detained 40 protesters since Monday.", "KENCOP KENOPP 173", "2024-06-17/2024-06-20"},
	}, eventDate)
}

// TestSinceEnded: a period from a day told as over ("had evacuated 15,000
// people since Aug. 13", "having detained 300 people since June 11") runs
// to the day of the act the sentence tells ended it; told as still running
// ("have evacuated"), it runs to the report.
func TestSinceEnded(t *testing.T) {
	checkAttr(t, []attrCase{
		{"had, in a clause after", "The last British troops left Kabul on Monday, ending an airlift in which British aircraft had evacuated 15,000 people since Aug. 13.", "GBR AFG 073", "2023-08-13/2024-06-17"},
		{"having", "Kenyan police freed the last of the protesters on Monday, having detained 300 people since June 11.", "KENCOP KENCVL 173", "2024-06-11/2024-06-17"},
		// guard
		{"have, to the report", "British aircraft have evacuated 15,000 people from Kabul since Aug. 13.", "GBR AFG 073", "2023-08-13/2024-06-20"},
	}, eventDate)
}

// TestEveOf: "on the eve of" an event whose day the phrase names (in the
// noun, after it or in a relative clause on it) is the day before that
// day; with no day named, the act keeps its own or the report's.
func TestEveOf(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the noun's day", "Kenyan police detained 40 opposition activists on the eve of Sunday's election.", "KENCOP KENOPP 173", "2024-06-15"},
		{"a relative clause", "Kenyan police detained 40 opposition activists on the eve of the election, which was held on Sunday.", "KENCOP KENOPP 173", "2024-06-15"},
		{"the day after the noun", "Kenyan police detained 40 opposition activists on the eve of the vote on Sunday.", "KENCOP KENOPP 173", "2024-06-15"},
		// guards
		{"no day named", "Kenyan police detained 40 opposition activists on the eve of the vote.", "KENCOP KENOPP 173", "2024-06-20"},
		{"its own day", "Kenyan police detained 40 opposition activists on Friday, on the eve of the vote.", "KENCOP KENOPP 173", "2024-06-14"},
	}, eventDate)
}

// TestSpanBeforeDay: "a day before Tuesday's vote" counts back from the
// day after "before", which is no deadline when a span of time leads it;
// "before Tuesday" alone still is one.
func TestSpanBeforeDay(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a day before the noun's day", "Kenyan police detained 40 opposition activists a day before Tuesday's vote.", "KENCOP KENOPP 173", "2024-06-17"},
		{"days before a date", "Kenyan police detained 40 opposition activists three days before June 16.", "KENCOP KENOPP 173", "2024-06-13"},
		{"days before the vote on a day", "Kenyan police detained 40 opposition activists two days before the vote on Sunday.", "KENCOP KENOPP 173", "2024-06-14"},
		// guard: a plan due before a day is dated when it is stated
		{"a deadline", "Kenyan police will detain activists before Tuesday.", "KENCOP KENOPP 137", "2024-06-20"},
	}, eventDate)
}
