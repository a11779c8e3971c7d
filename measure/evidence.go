package measure

// Other evidence of alignment: alliances (ATOP), UN General Assembly vote
// agreement and arms transfers (SIPRI TIV), each read from CSV into ties
// between ISO 3166-1 alpha-3 codes, and Combine to merge the sets.

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadhq/dyad"
)

// AllianceTies reads ATOP alliance dyad-years (as distributed by
// peacesciencer: columns ccode1, ccode2, year and the obligation columns
// atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul) and
// returns a positive tie of weight 1 between every pair of states with any
// alliance obligation in year: defence, offence, neutrality, non-aggression or
// consultation (a value other than 0 or empty in any obligation column
// present). The CSV must have ccode1, ccode2 and year and at least one of the
// obligation columns. COW codes become ISO3 codes by COWToISO3; states with no
// ISO3 code (mostly pre-1918 German and Italian states) are skipped. Each
// unordered pair appears once, From < To.
//
// obligations, when given, narrows the columns read to those kinds
// ("defense", "offense", "neutral", "nonagg", "consul"): defence and offence
// pacts alone are alliances in the narrow sense, while nearly every pair of
// states shares some non-aggression or consultation clause.
func AllianceTies(r io.Reader, year int, obligations ...string) ([]Tie, error) {
	const src = "alliances"
	cr, col, err := evidenceHeader(r, src, "ccode1", "ccode2", "year")
	if err != nil {
		return nil, err
	}
	kinds := []string{"defense", "offense", "neutral", "nonagg", "consul"}
	if len(obligations) > 0 {
		kinds = obligations
	}
	var columns []int
	for _, k := range kinds {
		if i, ok := col["atop_"+k]; ok {
			columns = append(columns, i)
		}
	}
	if len(columns) == 0 {
		return nil, evidenceError(src, 1, fmt.Errorf("no obligation column among atop_%s", strings.Join(kinds, ", atop_")))
	}
	seen := map[[2]string]bool{}
	var ties []Tie
	err = eachRecord(cr, src, func(rec []string, line int) error {
		y, err := evidenceYear(rec, col, src, line)
		if err != nil || y != year {
			return err
		}
		allied := false
		for _, i := range columns {
			if v := evidenceField(rec, i); v != "" && v != "0" && v != "NA" {
				allied = true
				break
			}
		}
		if !allied {
			return nil
		}
		var codes [2]string
		for k, name := range []string{"ccode1", "ccode2"} {
			c, err := strconv.Atoi(evidenceField(rec, col[name]))
			if err != nil {
				return evidenceError(src, line, fmt.Errorf("%s %q", name, evidenceField(rec, col[name])))
			}
			codes[k], _ = COWToISO3(c)
		}
		a, b := codes[0], codes[1]
		if a == "" || b == "" || a == b {
			return nil
		}
		if b < a {
			a, b = b, a
		}
		if !seen[[2]string{a, b}] {
			seen[[2]string{a, b}] = true
			ties = append(ties, Tie{From: a, To: b, Sign: 1, Weight: 1})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sortTies(ties)
	return ties, nil
}

// VoteTies reads UN General Assembly roll-call votes (columns rcid,
// country_code, vote, as in the unvotes data) and roll calls (columns rcid and
// date, YYYY-MM-DD) and returns ties from vote agreement over the roll calls
// dated in the years from to to, inclusive. The agreement of two countries is
// the share of the roll calls on which both voted (yes, no or abstain; also
// the numeric codes 1 yes, 2 abstain, 3 no) that they voted the same way.
// Pairs with fewer than minVotes such roll calls are left out; otherwise
// agreement >= hi gives a positive tie and agreement <= lo a negative one,
// weight the agreement, and anything between gives no tie. lo must be below
// hi. Each pair appears once, From < To.
//
// country_code is an ISO 3166-1 alpha-2 code (alpha-3 codes are taken as
// they are); the former states CS, DD and YD become CSK, DDR and YMD, and YU
// becomes SRB, as Serbia continued Yugoslavia's seat (see COWToISO3). Votes
// with an empty or unknown code are skipped: in unvotes the Yemen Arab
// Republic, Zanzibar and the Federal Republic of Germany (before 1990, when
// DE begins) have no code and so are absent. A country voting twice in one
// roll call counts once, by its first vote.
func VoteTies(votes, rollCalls io.Reader, from, to int, hi, lo float64, minVotes int) ([]Tie, error) {
	if !(lo < hi) {
		return nil, dyad.Errorf(dyad.EINVALID, "votes: lo %g must be below hi %g", lo, hi)
	}
	// Roll calls in the window: rcid -> dense index.
	cr, col, err := evidenceHeader(rollCalls, "roll calls", "rcid", "date")
	if err != nil {
		return nil, err
	}
	rollIndex := map[string]int32{}
	err = eachRecord(cr, "roll calls", func(rec []string, line int) error {
		date := evidenceField(rec, col["date"])
		if len(date) < 4 {
			return nil // undated roll call: not in any window
		}
		y, err := strconv.Atoi(date[:4])
		if err != nil {
			return evidenceError("roll calls", line, fmt.Errorf("date %q: want YYYY-MM-DD", date))
		}
		if y >= from && y <= to {
			rollIndex[evidenceField(rec, col["rcid"])] = int32(len(rollIndex))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}

	// Votes in the window, grouped by roll call as (country, vote) bytes.
	cr, col, err = evidenceHeader(votes, "votes", "rcid", "country_code", "vote")
	if err != nil {
		return nil, err
	}
	countryIndex := map[string]int{}
	var countries []string
	type cast struct {
		country uint16
		vote    uint8
	}
	byRoll := make([][]cast, len(rollIndex))
	err = eachRecord(cr, "votes", func(rec []string, _ int) error {
		ri, ok := rollIndex[evidenceField(rec, col["rcid"])]
		if !ok {
			return nil
		}
		v := voteCode(evidenceField(rec, col["vote"]))
		if v == 0 {
			return nil
		}
		iso := alpha2ToISO3(evidenceField(rec, col["country_code"]))
		if iso == "" {
			return nil
		}
		ci, ok := countryIndex[iso]
		if !ok {
			ci = len(countries)
			if ci > math.MaxUint16 {
				return dyad.Errorf(dyad.EINVALID, "votes: too many countries")
			}
			countryIndex[iso] = ci
			countries = append(countries, iso)
		}
		byRoll[ri] = append(byRoll[ri], cast{uint16(ci), v})
		return nil
	})
	if err != nil {
		return nil, err
	}

	// Count common and agreeing votes per pair over a flat n×n upper triangle.
	n := len(countries)
	common := make([]int32, n*n)
	same := make([]int32, n*n)
	voted := make([]uint8, n) // vote of each country on the current roll call
	var present []int
	for _, casts := range byRoll {
		present = present[:0]
		for _, c := range casts {
			if voted[c.country] == 0 {
				voted[c.country] = c.vote
				present = append(present, int(c.country))
			}
		}
		for x, i := range present {
			vi := voted[i]
			for _, j := range present[x+1:] {
				a, b := i, j
				if b < a {
					a, b = b, a
				}
				k := a*n + b
				common[k]++
				if voted[j] == vi {
					same[k]++
				}
			}
		}
		for _, i := range present {
			voted[i] = 0
		}
	}

	var ties []Tie
	for a := 0; a < n; a++ {
		for b := a + 1; b < n; b++ {
			k := a*n + b
			c := int(common[k])
			if c == 0 || c < minVotes {
				continue
			}
			agree := float64(same[k]) / float64(c)
			sign := 0
			if agree >= hi {
				sign = 1
			} else if agree <= lo {
				sign = -1
			}
			if sign == 0 {
				continue
			}
			x, y := countries[a], countries[b]
			if y < x {
				x, y = y, x
			}
			ties = append(ties, Tie{From: x, To: y, Sign: sign, Weight: agree})
		}
	}
	sortTies(ties)
	return ties, nil
}

// ArmsTies reads SIPRI arms transfers by dyad-year (columns supplier,
// recipient, year and value, the TIV in millions; optionally supplier_cown and
// recipient_cown, as in the 360info extract) and returns a positive tie from
// supplier to recipient for each pair whose transfers over the years from to
// to, inclusive, sum to at least minTIV, weight the sum. Actors become ISO3
// codes through their COW code (COWToISO3) when the row gives one, else through
// their name for the few states SIPRI lists without one (Serbia, Palestine,
// Micronesia, Aruba, Western Sahara). Non-state recipients and suppliers,
// whose SIPRI names end in "*" (rebel groups) or "**" (organisations such as
// NATO), are skipped even though the extract gives them their state's COW
// code, as are Northern Cyprus, unknown parties and other names with no code.
// Ties are directed (From supplier, To recipient) and sorted.
func ArmsTies(r io.Reader, from, to int, minTIV float64) ([]Tie, error) {
	const src = "arms transfers"
	cr, col, err := evidenceHeader(r, src, "supplier", "recipient", "year", "value")
	if err != nil {
		return nil, err
	}
	actor := func(rec []string, role string) string {
		name := evidenceField(rec, col[role])
		if name == "" || strings.HasSuffix(name, "*") || sipriSkip[name] {
			return ""
		}
		if i, ok := col[role+"_cown"]; ok {
			if c, err := strconv.Atoi(evidenceField(rec, i)); err == nil {
				iso, _ := COWToISO3(c)
				return iso
			}
		}
		return sipriNames[name]
	}
	sums := map[[2]string]float64{}
	err = eachRecord(cr, src, func(rec []string, line int) error {
		y, err := evidenceYear(rec, col, src, line)
		if err != nil || y < from || y > to {
			return err
		}
		s, t := actor(rec, "supplier"), actor(rec, "recipient")
		if s == "" || t == "" || s == t {
			return nil
		}
		v, err := strconv.ParseFloat(evidenceField(rec, col["value"]), 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			return evidenceError(src, line, fmt.Errorf("value %q: want a TIV >= 0", evidenceField(rec, col["value"])))
		}
		sums[[2]string{s, t}] += v
		return nil
	})
	if err != nil {
		return nil, err
	}
	var ties []Tie
	for p, v := range sums {
		if v >= minTIV && v > 0 {
			ties = append(ties, Tie{From: p[0], To: p[1], Sign: 1, Weight: v})
		}
	}
	sortTies(ties)
	return ties, nil
}

// Combine merges sets of ties, each set one source of evidence, into one tie
// per unordered pair. Within a set, the ties of a pair (in either direction)
// count as one vote, the sign of the sum of their signs; across sets, the
// pair's sign is the sign of the sum of those votes, and a pair whose votes
// cancel (or all of whose sets cancel within themselves) is dropped. The
// weight is the number of sets whose vote agrees with the result, so two
// sources saying allied and one saying hostile give a positive tie of weight
// 2. Ties from an actor to itself and ties of sign 0 are ignored. The result
// has From < To and is sorted.
func Combine(sets ...[]Tie) []Tie {
	votes := map[[2]string][]int{}
	var order [][2]string
	for si, set := range sets {
		for _, t := range set {
			if t.From == t.To || t.Sign == 0 {
				continue
			}
			p := [2]string{t.From, t.To}
			if p[1] < p[0] {
				p[0], p[1] = p[1], p[0]
			}
			v := votes[p]
			if v == nil {
				v = make([]int, len(sets))
				votes[p] = v
				order = append(order, p)
			}
			if t.Sign > 0 {
				v[si]++
			} else {
				v[si]--
			}
		}
	}
	var ties []Tie
	for _, p := range order {
		sum := 0
		for _, v := range votes[p] {
			sum += sgn(v)
		}
		if sum == 0 {
			continue
		}
		sign, agree := sgn(sum), 0
		for _, v := range votes[p] {
			if sgn(v) == sign {
				agree++
			}
		}
		ties = append(ties, Tie{From: p[0], To: p[1], Sign: sign, Weight: float64(agree)})
	}
	sortTies(ties)
	return ties
}

// COWToISO3 returns the ISO 3166-1 alpha-3 code of a Correlates of War state
// code. Choices where the two systems differ: the Soviet Union (365) is RUS,
// for continuity with Russia, which holds its seat; Yugoslavia (345, which
// COW continues as Serbia) is SRB, for the same reason; Austria-Hungary (300)
// is AUT; the German Federal Republic (260) and Germany (255) are DEU, the
// German Democratic Republic (265) DDR and Czechoslovakia (315) CSK (their
// former ISO codes); the Yemen Arab Republic (678) is YEM, like united Yemen
// (679), and South Yemen (680) YMD; Taiwan (713) is TWN; Kosovo (347) has the
// user-assigned XKX; and the Republic of Vietnam (817), which never had an ISO
// code, is RVN. States of the COW system with no ISO3 equivalent (Korea 730
// before 1905, Zanzibar 511, the Papal States and the pre-unification German
// and Italian states, and so on) report false.
func COWToISO3(ccode int) (string, bool) {
	iso, ok := cowISO3[ccode]
	return iso, ok
}

var cowISO3 = map[int]string{
	// Americas
	2: "USA", 20: "CAN", 31: "BHS", 40: "CUB", 41: "HTI", 42: "DOM", 51: "JAM",
	52: "TTO", 53: "BRB", 54: "DMA", 55: "GRD", 56: "LCA", 57: "VCT", 58: "ATG",
	60: "KNA", 70: "MEX", 80: "BLZ", 90: "GTM", 91: "HND", 92: "SLV", 93: "NIC",
	94: "CRI", 95: "PAN", 100: "COL", 101: "VEN", 110: "GUY", 115: "SUR",
	130: "ECU", 135: "PER", 140: "BRA", 145: "BOL", 150: "PRY", 155: "CHL",
	160: "ARG", 165: "URY",
	// Europe
	200: "GBR", 205: "IRL", 210: "NLD", 211: "BEL", 212: "LUX", 220: "FRA",
	221: "MCO", 223: "LIE", 225: "CHE", 230: "ESP", 232: "AND", 235: "PRT",
	255: "DEU", 260: "DEU", 265: "DDR", 290: "POL", 300: "AUT", 305: "AUT",
	310: "HUN", 315: "CSK", 316: "CZE", 317: "SVK", 325: "ITA", 331: "SMR",
	338: "MLT", 339: "ALB", 341: "MNE", 343: "MKD", 344: "HRV", 345: "SRB",
	346: "BIH", 347: "XKX", 349: "SVN", 350: "GRC", 352: "CYP", 355: "BGR",
	359: "MDA", 360: "ROU", 365: "RUS", 366: "EST", 367: "LVA", 368: "LTU",
	369: "UKR", 370: "BLR", 371: "ARM", 372: "GEO", 373: "AZE", 375: "FIN",
	380: "SWE", 385: "NOR", 390: "DNK", 395: "ISL",
	// Africa
	402: "CPV", 403: "STP", 404: "GNB", 411: "GNQ", 420: "GMB", 432: "MLI",
	433: "SEN", 434: "BEN", 435: "MRT", 436: "NER", 437: "CIV", 438: "GIN",
	439: "BFA", 450: "LBR", 451: "SLE", 452: "GHA", 461: "TGO", 471: "CMR",
	475: "NGA", 481: "GAB", 482: "CAF", 483: "TCD", 484: "COG", 490: "COD",
	500: "UGA", 501: "KEN", 510: "TZA", 516: "BDI", 517: "RWA", 520: "SOM",
	522: "DJI", 530: "ETH", 531: "ERI", 540: "AGO", 541: "MOZ", 551: "ZMB",
	552: "ZWE", 553: "MWI", 560: "ZAF", 565: "NAM", 570: "LSO", 571: "BWA",
	572: "SWZ", 580: "MDG", 581: "COM", 590: "MUS", 591: "SYC",
	// Middle East and North Africa
	600: "MAR", 615: "DZA", 616: "TUN", 620: "LBY", 625: "SDN", 626: "SSD",
	630: "IRN", 640: "TUR", 645: "IRQ", 651: "EGY", 652: "SYR", 660: "LBN",
	663: "JOR", 666: "ISR", 670: "SAU", 678: "YEM", 679: "YEM", 680: "YMD",
	690: "KWT", 692: "BHR", 694: "QAT", 696: "ARE", 698: "OMN",
	// Asia
	700: "AFG", 701: "TKM", 702: "TJK", 703: "KGZ", 704: "UZB", 705: "KAZ",
	710: "CHN", 712: "MNG", 713: "TWN", 731: "PRK", 732: "KOR", 740: "JPN",
	750: "IND", 760: "BTN", 770: "PAK", 771: "BGD", 775: "MMR", 780: "LKA",
	781: "MDV", 790: "NPL", 800: "THA", 811: "KHM", 812: "LAO", 816: "VNM",
	817: "RVN", 820: "MYS", 830: "SGP", 835: "BRN", 840: "PHL", 850: "IDN",
	860: "TLS",
	// Oceania
	900: "AUS", 910: "PNG", 920: "NZL", 935: "VUT", 940: "SLB", 946: "KIR",
	947: "TUV", 950: "FJI", 955: "TON", 970: "NRU", 983: "MHL", 986: "PLW",
	987: "FSM", 990: "WSM",
}

// alpha2ToISO3 maps the ISO 3166-1 alpha-2 codes of the unvotes data (current
// UN members and observers, and the former states CS, DD, YD and YU) to
// alpha-3. A three-letter code is returned as it is; anything else is "".
func alpha2ToISO3(code string) string {
	code = strings.ToUpper(code)
	if len(code) == 3 {
		return code
	}
	return alpha2ISO3[code]
}

var alpha2ISO3 = map[string]string{
	"AD": "AND", "AE": "ARE", "AF": "AFG", "AG": "ATG", "AL": "ALB", "AM": "ARM",
	"AO": "AGO", "AR": "ARG", "AT": "AUT", "AU": "AUS", "AZ": "AZE", "BA": "BIH",
	"BB": "BRB", "BD": "BGD", "BE": "BEL", "BF": "BFA", "BG": "BGR", "BH": "BHR",
	"BI": "BDI", "BJ": "BEN", "BN": "BRN", "BO": "BOL", "BR": "BRA", "BS": "BHS",
	"BT": "BTN", "BW": "BWA", "BY": "BLR", "BZ": "BLZ", "CA": "CAN", "CD": "COD",
	"CF": "CAF", "CG": "COG", "CH": "CHE", "CI": "CIV", "CL": "CHL", "CM": "CMR",
	"CN": "CHN", "CO": "COL", "CR": "CRI", "CS": "CSK", "CU": "CUB", "CV": "CPV",
	"CY": "CYP", "CZ": "CZE", "DD": "DDR", "DE": "DEU", "DJ": "DJI", "DK": "DNK",
	"DM": "DMA", "DO": "DOM", "DZ": "DZA", "EC": "ECU", "EE": "EST", "EG": "EGY",
	"ER": "ERI", "ES": "ESP", "ET": "ETH", "FI": "FIN", "FJ": "FJI", "FM": "FSM",
	"FR": "FRA", "GA": "GAB", "GB": "GBR", "GD": "GRD", "GE": "GEO", "GH": "GHA",
	"GM": "GMB", "GN": "GIN", "GQ": "GNQ", "GR": "GRC", "GT": "GTM", "GW": "GNB",
	"GY": "GUY", "HN": "HND", "HR": "HRV", "HT": "HTI", "HU": "HUN", "ID": "IDN",
	"IE": "IRL", "IL": "ISR", "IN": "IND", "IQ": "IRQ", "IR": "IRN", "IS": "ISL",
	"IT": "ITA", "JM": "JAM", "JO": "JOR", "JP": "JPN", "KE": "KEN", "KG": "KGZ",
	"KH": "KHM", "KI": "KIR", "KM": "COM", "KN": "KNA", "KP": "PRK", "KR": "KOR",
	"KW": "KWT", "KZ": "KAZ", "LA": "LAO", "LB": "LBN", "LC": "LCA", "LI": "LIE",
	"LK": "LKA", "LR": "LBR", "LS": "LSO", "LT": "LTU", "LU": "LUX", "LV": "LVA",
	"LY": "LBY", "MA": "MAR", "MC": "MCO", "MD": "MDA", "ME": "MNE", "MG": "MDG",
	"MH": "MHL", "MK": "MKD", "ML": "MLI", "MM": "MMR", "MN": "MNG", "MR": "MRT",
	"MT": "MLT", "MU": "MUS", "MV": "MDV", "MW": "MWI", "MX": "MEX", "MY": "MYS",
	"MZ": "MOZ", "NA": "NAM", "NE": "NER", "NG": "NGA", "NI": "NIC", "NL": "NLD",
	"NO": "NOR", "NP": "NPL", "NR": "NRU", "NZ": "NZL", "OM": "OMN", "PA": "PAN",
	"PE": "PER", "PG": "PNG", "PH": "PHL", "PK": "PAK", "PL": "POL", "PS": "PSE",
	"PT": "PRT", "PW": "PLW", "PY": "PRY", "QA": "QAT", "RO": "ROU", "RS": "SRB",
	"RU": "RUS", "RW": "RWA", "SA": "SAU", "SB": "SLB", "SC": "SYC", "SD": "SDN",
	"SE": "SWE", "SG": "SGP", "SI": "SVN", "SK": "SVK", "SL": "SLE", "SM": "SMR",
	"SN": "SEN", "SO": "SOM", "SR": "SUR", "SS": "SSD", "ST": "STP", "SV": "SLV",
	"SY": "SYR", "SZ": "SWZ", "TD": "TCD", "TG": "TGO", "TH": "THA", "TJ": "TJK",
	"TL": "TLS", "TM": "TKM", "TN": "TUN", "TO": "TON", "TR": "TUR", "TT": "TTO",
	"TV": "TUV", "TW": "TWN", "TZ": "TZA", "UA": "UKR", "UG": "UGA", "US": "USA",
	"UY": "URY", "UZ": "UZB", "VA": "VAT", "VC": "VCT", "VE": "VEN", "VN": "VNM",
	"VU": "VUT", "WS": "WSM", "YD": "YMD", "YE": "YEM", "YU": "SRB", "ZA": "ZAF",
	"ZM": "ZMB", "ZW": "ZWE",
}

// sipriNames maps the SIPRI names of states that the 360info extract gives no
// COW code.
var sipriNames = map[string]string{
	"Serbia": "SRB", "Palestine": "PSE", "Micronesia": "FSM", "Aruba": "ABW",
	"Western Sahara": "ESH",
}

// sipriSkip lists SIPRI names that carry a state's COW code without being that
// state.
var sipriSkip = map[string]bool{"Northern Cyprus": true}

func voteCode(v string) uint8 {
	switch strings.ToLower(v) {
	case "yes", "1":
		return 1
	case "abstain", "2":
		return 2
	case "no", "3":
		return 3
	}
	return 0
}

func sgn(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func sortTies(ties []Tie) {
	sort.Slice(ties, func(i, j int) bool {
		if ties[i].From != ties[j].From {
			return ties[i].From < ties[j].From
		}
		return ties[i].To < ties[j].To
	})
}

// evidenceHeader starts reading a CSV source, checking that its header names
// the columns need; col maps each lower-cased header name to its index.
func evidenceHeader(r io.Reader, src string, need ...string) (*csv.Reader, map[string]int, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, nil, dyad.Errorf(dyad.EINVALID, "%s: empty input, want a header naming %s", src, strings.Join(need, ", "))
	}
	if err != nil {
		return nil, nil, evidenceError(src, 0, err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	for _, name := range need {
		if _, ok := col[name]; !ok {
			return nil, nil, evidenceError(src, 1, fmt.Errorf("no %s column in header %q", name, strings.Join(header, ",")))
		}
	}
	return cr, col, nil
}

// eachRecord calls fn with each record after the header and its line, and
// stops at the first error.
func eachRecord(cr *csv.Reader, src string, fn func(rec []string, line int) error) error {
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return evidenceError(src, 0, err)
		}
		line, _ := cr.FieldPos(0)
		if err := fn(rec, line); err != nil {
			return err
		}
	}
}

// evidenceYear reads a record's year column.
func evidenceYear(rec []string, col map[string]int, src string, line int) (int, error) {
	y, err := strconv.Atoi(evidenceField(rec, col["year"]))
	if err != nil {
		return 0, evidenceError(src, line, fmt.Errorf("year %q", evidenceField(rec, col["year"])))
	}
	return y, nil
}

func evidenceField(rec []string, i int) string {
	if i < len(rec) {
		return strings.TrimSpace(rec[i])
	}
	return ""
}

func evidenceError(src string, line int, err error) error {
	msg := src
	if line > 0 {
		msg = fmt.Sprintf("%s: line %d", src, line)
	}
	return &dyad.Error{Code: dyad.EINVALID, Message: msg, Err: err}
}
