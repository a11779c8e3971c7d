package coder

import (
	"slices"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// TestClauseDates: each event is dated by the time expression of its own
// clause, with the reporting verb's date as the anchor of the clause it
// governs; deadlines are ahead of the report, and an intention is dated
// when it is stated, not by the time it speaks of.
func TestClauseDates(t *testing.T) {
	tests := []struct {
		name, date, text, event, want string
	}{
		{"a reported day before the report", "2024-03-12", // a Tuesday
			"North Korea said on Monday it had test-fired a missile on Sunday.", "PRK - 150", "2024-03-10"},
		{"the report's day dates a clause with none", "2024-03-14", // aid to Syria, not to a "Syria, the Russian foreign ministry" list sharing "ministry"
			"Russia will provide aid to Syria, the Russian foreign ministry said on Tuesday.", "RUS SYR 033", "2024-03-12"},
		{"the report is past even in a future sentence", "2024-03-14",
			"China will send food to North Korea, officials said on Tuesday.", "CHN PRK 0333", "2024-03-12"},
		{"a deadline does not date an order made now", "2024-03-20",
			"Chad ordered French troops to leave by January.", "TCD FRAMIL 166", "2024-03-20"},
		{"an intention is dated when stated, not by its deadline", "2024-03-20",
			"Russia will withdraw its troops from Syria by January.", "RUS SYR 0356", "2024-03-20"},
		{"a period since a month, anchored on the report", "2025-01-13",
			"Belarus has sent about 2,000 troops to Russia since October, Ukraine's military said on Monday.", "BLR RUS 074", "2024-10/2025-01"},
		{"a period since May is the month, not the modal verb", "2024-09-13",
			"Sudanese paramilitary forces have besieged the city of El Fasher since May, the United Nations said on Friday.", "SDNUAF SDN 191", "2024-05/2024-09"},
		{"a plan stated on the report's day is dated then, not by the month it speaks of", "2025-01-08", // a Wednesday
			"Japan plans to hold talks with Oman in February, the defence minister said on Monday.", "JPN OMN 036", "2025-01-06"},
		{"what a report says would be done is ahead of the report, and a threat is dated when made", "2025-01-08",
			"China announced on Monday that it would hold live-fire drills around Taiwan on Wednesday.", "CHN TWN 138", "2025-01-06"},
		{"a plan named after the clause's time does not make it future", "2025-01-08",
			"Thousands of workers marched in Paris on Thursday against the government's plan to cut pensions, the police said on Friday.", "FRALAB FRAGOV 1412", "2025-01-02"},
		{"holding someone since a day is the seizure of that day", "2023-08-31", // a Thursday
			"Mutinous soldiers in Gabon, who have held President Ali Bongo at his residence in Libreville since Wednesday, on Friday named their commander as the country's new leader.", "GABMIL GABGOV 173", "2023-08-30"},
		{"detentions since a day run to the report", "2023-08-31",
			"Israel has detained more than 300 Palestinians in the West Bank since Monday, a rights group said on Thursday.", "ISR PSECVL 173", "2023-08-28/2023-08-31"},
		{"a report's place between it and its day still anchors the reported day", "2025-01-09", // a Thursday
			"Russia's defence ministry said in Moscow on Saturday that its forces had shelled Kharkiv on Sunday.", "RUSMIL UKR 194", "2024-12-29"},
		{"a participle of reporting begins the reported clause", "2023-12-08",
			"South Korea seized a tanker on Friday, saying it had shipped 600 tonnes of oil to North Korea in October.", "KOR PRK 061", "2023-10"},
		{"an intention's own future time does not date it", "2024-05-11", // a Saturday
			"On Saturday Iranian and Qatari diplomats met in Doha and agreed to meet again next week.", "IRNGOV QATGOV 036", "2024-05-11"},
		{"a meeting to come is no occurrence of the one held", "2024-05-11",
			"On Saturday Iranian and Qatari diplomats met in Doha and agreed to meet again next week.", "IRNGOV QATGOV 040", "2024-05-11"},
		{"the day after dates its clause from the clause before", "2024-06-20",
			"Xi Jinping arrived in Budapest on Thursday, the day after he and Emmanuel Macron signed a trade agreement in Paris.", "CHNGOV FRAGOV 057", "2024-06-19"},
		{"N days after, from the main clause's day", "2024-01-18",
			"Pakistan carried out air strikes in Iran on Thursday, two days after Iran launched missile strikes on Pakistan.", "IRN PAK 195", "2024-01-16"},
		{"a clause with no time takes the day of an earlier clause, not the report's", "2024-06-26", // a Wednesday
			"Police in Kenya arrested 39 people in Nairobi on Tuesday as protesters opposed to a bill that would raise taxes tried to march on parliament, a rights group said on Wednesday.", "KENOPP KENLEG 141", "2024-06-25"},
		{"a time after a participle on a noun dates that participle", "2024-03-12", // a Tuesday
			"Three patrol boats built by Japan under a deal signed last year were handed over to the Philippine navy at Subic Bay on Friday.", "JPN PHLMIL 072", "2024-03-08"},
		{"a participle's time on a noun is no time of the act, which takes the report's day", "2023-04-28", // a Friday
			"Japan said on Friday that it would restore South Korea to its list of trusted trading partners, lifting a curb imposed in 2019.", "JPN KOR 0311", "2023-04-28"},
		{"another clause's plan does not date an act told without a time", "2023-08-24",
			"Seoul and Tokyo condemned the satellite launch, and Pyongyang said it would try again in October.", "KOR PRK 111", "2023-08-24"},
		{"a hope to visit is dated when voiced, not by the month of the visit", "2023-09-20",
			"Lula said he looked forward to visiting Beijing in October for a summit on trade.", "BRAGOV CHN 036", "2023-09-20"},
		{"years ago today is that day", "2024-06-20",
			"Two years ago today, Russia attacked Ukraine.", "RUS UKR 190", "2022-06-20"},
		{"a day that modifies a noun is that thing's, not the clause's", "2024-11-08", // a Friday
			"Riot police in Tbilisi fired water cannon on Thursday at students who were protesting the outcome of the Oct. 26 election.", "GEOEDU GEO 141", "2024-11-07"},
		{"a day after dates only its own clause; the clause before keeps the document's day", "2024-03-06",
			"Police fired tear gas at protesters in Nairobi, a day after the opposition called for a general strike.", "KENCOP KENOPP 175", "2024-03-06"},
		{"a day after, counted back from the document's day", "2024-03-06",
			"Police fired tear gas at protesters in Nairobi, a day after the opposition called for a general strike.", "KENOPP KEN 143", "2024-03-05"},
		{"a period with no day of its own anchors no day after", "2023-10-21", // a Saturday
			"Peru's army imposed a curfew on Lima on Saturday, the first since the war ended, a day after the president declared a state of emergency across the capital.", "PERGOV PERCVL 1724", "2023-10-20"},
		{"the main clause keeps its day beside a period's start", "2023-10-21",
			"Peru's army imposed a curfew on Lima on Saturday, the first since the war ended, a day after the president declared a state of emergency across the capital.", "PERMIL PERCVL 1723", "2023-10-21"},
		{"a time in a relative clause set off by commas does not date the main clause", "2024-03-06", // a Wednesday
			"Niger's generals, who seized power last month, expelled the French ambassador on Friday.", "NERMIL FRAGOV 161", "2024-03-01"},
		{"nor does it date a main clause with no time of its own", "2024-03-06",
			"Mali's junta, which took power in 2021, expelled the Danish envoy.", "MLIGOV DNKGOV 161", "2024-03-06"},
		{"a time of the clause itself still dates it after a relative clause", "2024-03-06",
			"Niger's generals, who seized power in a coup, last month expelled the French ambassador.", "NERMIL FRAGOV 161", "2024-02"},
		{"an act in an overnight raid spans the night before the report", "2024-03-06", // a Wednesday
			"Gunmen killed 30 villagers in an overnight raid on a village in Zamfara state, police said on Sunday.", "NGAUAF NGACVL 180", "2024-03-02/2024-03-03"},
		{"what is done is not dated by an overnight incident it answers", "2024-04-14",
			"Britain summoned Iran's ambassador over the overnight attack on Israel.", "GBR IRNGOV 114", "2024-04-14"},
		{"arrests in days of protests span those days, up to the report's", "2024-03-08", // a Friday
			"Police arrested 200 people in Nairobi during two days of protests, the interior ministry said on Wednesday.", "KENCOP KENCVL 173", "2024-03-05/2024-03-06"},
		{"a day of the clause's own still dates it over the days of protests", "2024-03-08",
			"Police arrested 200 people in Nairobi on Monday during two days of protests.", "KENCOP KENCVL 173", "2024-03-04"},
		{"a time in the phrase of a participle with its agent dates that participle; the act takes the report's day", "2024-03-08", // a Friday
			"Indian troops said on Friday they had freed the crew of a tanker hijacked by Somali pirates in the Arabian Sea on Wednesday.", "INDMIL INDCVL 0841", "2024-03-08"},
		{"with no participle the reported day is the act's", "2024-03-08",
			"Indian troops said on Friday they had freed the crew of a tanker in the Arabian Sea on Wednesday.", "INDMIL INDCVL 0841", "2024-03-06"},
		{"a pledge a relative clause on the goods tells is dated in that clause, not by their arrival", "2024-05-14",
			"The 12 Storm Shadow missiles that France pledged to Ukraine in February have arrived in the country.", "FRA UKR 0332", "2024-02"},
		{"what was done is not dated after the report", "2024-11-08",
			"A court in Bucharest convicted the mayor of fraud on Thursday and barred him from standing for election for five years, ending his hopes of running for president in 2028.", "ROUJUD ROUGOV 1722", "2024-11-07"},
	}
	c := testCoder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := c.Code(dyad.Document{ID: "t", Date: tt.date, Text: tt.text})
			var got []string
			for _, e := range evs {
				if e.String() == tt.event && e.Date != tt.want {
					t.Errorf("%s dated %s, want %s", tt.event, e.Date, tt.want) // every one of them
				}
				got = append(got, e.String()+" "+e.Date)
			}
			if !slices.Contains(got, tt.event+" "+tt.want) {
				t.Errorf("no %s event in %q; got %v", tt.event, tt.text, got)
			}
		})
	}
}

// A time right after a past participle that modifies the noun before it
// dates that participle, not a verb of its own clause.
func TestModifierTimed(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		text, time, want string // want: the participle it dates, or ""
	}{
		{"under a deal signed last year were delivered", "last", "signed"},
		{"drones launched overnight struck Kharkiv", "overnight", "launched"},
		{"the deal agreed in 2021 took effect", "2021", "agreed"},
		{"jets were delivered on Monday", "Monday", ""},
		{"the contract was signed last year", "last", ""},
		{"Russia signed the deal last year", "last", ""},
		{"the talks held on Monday", "Monday", "held"},
	} {
		toks := text.Tokenize(tc.text, 0)
		c.lx.Lemmatize(toks)
		pos := slices.IndexFunc(toks, func(tk text.Token) bool { return tk.Text == tc.time })
		got := ""
		if v := modifierTimed(toks, pos); v >= 0 {
			got = toks[v].Text
		}
		if got != tc.want {
			t.Errorf("%s: %q dates %q, want %q", tc.text, tc.time, got, tc.want)
		}
	}
}
