package main

// # People
//
// The entries with dated codes of Phoenix.Countries.actors.txt (heads of
// state and government, ministers, officials, from the CountryInfo file)
// and Phoenix.International.actors.txt (heads of international
// organisations) become `person` blocks. A dated code [CODE FROM-TO] becomes
// a role "CODE FROM TO" (dates YYYY-MM-DD, from the reader's YYMMDD or
// YYYYMMDD); an open code [CODE >FROM] ends when the file was made (see
// generatedOn); a code with no start ([CODE <TO]) is dropped; the undated
// default code (mostly ELI, "elite") is dropped, since dyad codes a person
// outside every role by the country of the latest role anyway. Codes are
// Phoenix's letter triples, with CAMEO's country codes that are not dyad's
// mapped (cameoCountry) and those of territories kept (iso); a malformed
// code, an unknown country and TABARI's fictional Kinakuta are dropped.
// Codeless primary phrases on the lines before an entry are its names, as
// PETRARCH reads them (joinCodeless). An entry whose codes have no CAMEO
// type, or whose first phrase is a state's or an organisation's, is no
// person.
//
// Names: underscores become spaces; leading titles go ("PRESIDENT_", a
// country or organisation before a title, "SECRETARY OF STATE", "Mr");
// "King", "Sheikh", "Mullah" and the like stay when one word follows them,
// and a name with them is also kept without them when more follow; nicknames
// in quotes give a second name; words are capitalised, with particles ("al",
// "bin", "de", "van") in lower case, "Mc" and "O'" names, Korean and Chinese
// syllables ("Ki-moon") and initials and Roman numerals as written. Phrases
// with digits, commas between two people ("CROSLAND, THEN DAVID OWEN") or
// organisation words ("THE OBAMA ADMINISTRATION") are dropped. A one-word
// name is kept only where it is a word of one of the person's full names,
// four letters or more, not a common word or given name (lexicon.CommonWord),
// not a verb of the action patterns and not a word of any other person's
// names in the lexicon ("Bush", "Sharif" are two people's); a reviewed list
// of people known by one name (mononyms) is kept too.
//
// Merge policy. The team's files (people.txt, people-2016.txt) win. A
// Phoenix entry that shares a name and a country with a team-written person
// is that person and is left out whole, including roles the team's entry
// lacks: the team's roles are checked and dated to today, and where the team
// wants an earlier office of a person it writes it (dated entries on both
// sides: the team's, the later, wins every time). A Phoenix entry that shares
// a name with a team-written person of another country loses the name.
// Within Phoenix, entries that share a country and a name of two words or
// more, or a one-word name and a time in office, are one person and are
// merged into the first (names and roles joined); a name that two different
// people share is dropped from both (twoPeople lists the reviewed exception,
// George H. W. and George W. Bush). Names of another kind of actor (a
// country, organisation, group, place or agent word) are dropped. So no name
// of the embedded lexicon stands for two people who held roles on a same day
// (TestPersonNames in package lexicon checks it).
//
// What the conversion of the committed file left out (the command prints
// these counts): of 18,458 entries with dated codes, 751 are people of the
// team's files (names compared folded, accents too), 128 are second entries
// of one person (merged), 67 are states, parties or organisations, 6 are
// fictional (TABARI's Kinakuta), 79 were left with no name safe to match and
// 2 with no usable role: 17,425 people with 24,773 roles are written. Names
// dropped: 77 that Phoenix gives to two different people, 10 of a different
// person of the team's files, 1 of another actor, 41 one-word names that are
// no word of the person's full names (CountryInfo runs some names together:
// "BHORTEFEUX_" for Brice Hortefeux), 11 one-word names another person's
// names share, 3 common words. Roles dropped: 22 with no start date, 1
// ending before it starts, 1 of an unknown country, and 8 code
// lines the reader rejected for a malformed date ("201005011"); 1,975
// undated default codes (1,970 of them ELI) were not converted.

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/petrarch"
	"github.com/dyadhq/dyad/text"
)

// peopleFile is the converted people file as the embedded lexicon names it.
const peopleFile = "actors/people-phoenix.txt"

// peopleSources are the Phoenix files whose dated entries are people.
var peopleSources = []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"}

// person is a converted entry.
type person struct {
	name    string // canonical: the first name kept
	names   []string
	roles   []lexicon.Role
	file    string
	line    int
	heads   map[string]bool // the first segments of its role codes, after mapping
	cased   casing          // how its names are capitalised
	skipped bool            // written by the team, merged into another or left with no name
}

// peopleStats counts what the conversion kept and left out, by reason.
type peopleStats struct {
	People, Roles int
	Drops         map[string]int
}

func (s *peopleStats) drop(why string, n int) {
	if s.Drops == nil {
		s.Drops = map[string]int{}
	}
	s.Drops[why] += n
}

// Reasons for leaving a role, a name or an entry out, as counted.
const (
	dropNoStart     = "role with no start date (a \"<date\" code)"
	dropBadCode     = "role with a malformed code (not letter triples)"
	dropBadDate     = "role with an impossible date"
	dropBackwards   = "role that ends before it starts"
	dropFictional   = "entry of Kinakuta, TABARI's fictional test country"
	dropNoCountry   = "role whose first segment is no country dyad knows"
	dropDefault     = "undated default code of a dated entry (ELI, or none)"
	dropDefaultCode = "undated default code of a dated entry (not ELI)"
	dropReaderWarn  = "code line the Phoenix reader rejected (a malformed date)"
	dropEntity      = "entry that is a state, party or organisation, not a person"
	dropNoRole      = "entry left with no usable dated role"
	dropTeam        = "entry of a person the team's files have (the team's entry wins)"
	dropMerged      = "entry of a person Phoenix lists twice (merged into the first)"
	dropNoName      = "entry left with no name safe to match"
	dropNameTaken   = "name that is another actor's phrase (a country, organisation, group, agent word)"
	dropNameTeam    = "name of a different person in the team's files"
	dropNameTwo     = "name Phoenix gives to two different people"
	dropNameShape   = "name that is not a person's name (titles only, punctuation, organisation words)"
	dropNameCommon  = "one-word name that is a common word or given name"
	dropNameShort   = "one-word name shorter than four letters"
	dropNameSurname = "one-word name that is another person's surname too"
	dropNameVerb    = "one-word name that is a verb of the action patterns"
	dropNameAlone   = "one-word name that is no word of the person's full names (CountryInfo runs some names together)"
)

// iso are the first segments Phoenix uses for states that have no block in
// dyad's countries but an ISO 3166-1 code of their own: territories whose
// office-holders Phoenix lists. Their roles keep the code.
var iso = map[string]bool{"BMU": true, "COK": true, "AIA": true, "ABW": true, "CYM": true, "HKG": true}

// cameoCountry maps CAMEO's country codes that differ from ISO (or from
// dyad's codes for historical states) to dyad's, where the mapping is a
// fact: East Timor is Timor-Leste, Kosovo is XKX, the Soviet Union is USR,
// the Federal Republic of Yugoslavia (renamed Serbia and Montenegro in 2003)
// is YUG.
var cameoCountry = map[string]string{"TMP": "TLS", "KSV": "XKX", "SUN": "USR", "FRY": "YUG", "SCG": "YUG"}

// nonCountry are the first segments of CAMEO codes with no country.
var nonCountry = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true}

// convertPeople converts the dated entries of the Phoenix files read (by
// file name) and returns the text of people-phoenix.txt and its counts.
// groups are the groups converted in the same run: their names are not
// people's. warnings are the reader's: a rejected code line is counted.
func (c *converter) convertPeople(read map[string][]petrarch.Actor, groups []*group, warnings []error) (string, peopleStats) {
	var st peopleStats
	for _, w := range warnings {
		if strings.Contains(w.Error(), "date") {
			st.drop(dropReaderWarn, 1)
		}
	}
	var all []*person
	for _, file := range peopleSources {
		for _, e := range joinCodeless(read[file]) {
			if p := c.person(e, file, &st); p != nil {
				all = append(all, p)
			}
		}
	}
	groupNames := map[string]bool{}
	for _, g := range groups {
		for _, n := range g.names {
			groupNames[loose(n)] = true
		}
	}
	c.filterNames(all, groupNames, &st)
	c.mergeSame(all, &st)
	c.matchTeam(all, &st)
	c.surnames(all, &st)
	var b strings.Builder
	writePeople(&b, all, &st)
	return b.String(), st
}

// joinCodeless joins runs of entries without codes to the entry that follows
// them, as PETRARCH's reader does: consecutive primary phrases without a code
// share the codes of the next entry ("LEONID_BREZHNEV_" ...
// "COMMUNIST_LEADER_LEONID_BREZHNEV" and its dated codes). Only entries on
// adjacent lines that share a word with it are joined: a codeless entry
// whose code line was rejected (a malformed date) is not the next person.
func joinCodeless(es []petrarch.Actor) []petrarch.Actor {
	var out []petrarch.Actor
	for i := 0; i < len(es); i++ {
		e := es[i]
		j := i
		for j+1 < len(es) && len(es[j].Codes) == 0 && len(es[j].Dated) == 0 &&
			es[j+1].Line == es[j].Line+len(es[j].Phrases) && sharesWord(es[j].Phrases, es[j+1].Phrases) {
			j++
		}
		if j > i {
			joined := es[j]
			joined.Line = e.Line
			joined.Phrases = nil
			for k := i; k <= j; k++ {
				joined.Phrases = append(joined.Phrases, es[k].Phrases...)
			}
			e = joined
			i = j
		}
		out = append(out, e)
	}
	return out
}

func sharesWord(a, b []string) bool {
	ws := map[string]bool{}
	for _, p := range a {
		for _, w := range strings.FieldsFunc(p, isSep) {
			if len(w) > 2 {
				ws[w] = true
			}
		}
	}
	for _, p := range b {
		for _, w := range strings.FieldsFunc(p, isSep) {
			if ws[w] {
				return true
			}
		}
	}
	return false
}

func isSep(r rune) bool { return r == '_' || r == ' ' || r == '+' }

// person converts a dated Phoenix entry, or returns nil when it is no
// person or has no usable role.
func (c *converter) person(e petrarch.Actor, file string, st *peopleStats) *person {
	if len(e.Dated) == 0 || len(e.Phrases) == 0 {
		return nil
	}
	if len(e.Codes) > 0 {
		def := e.Codes[0]
		switch {
		case entityCode(def):
			st.drop(dropEntity, 1)
			c.drop(e.Phrases[0], "a state or organisation: default code "+def)
			return nil
		case def == "ELI" || strings.HasSuffix(def, "ELI"):
			st.drop(dropDefault, 1)
		default:
			st.drop(dropDefaultCode, 1)
		}
	}
	p := &person{file: file, line: e.Line, heads: map[string]bool{}}
	for _, d := range e.Dated {
		for _, code := range d.Codes {
			r, why := c.role(code, d.From, d.To)
			if why != "" {
				st.drop(why, 1)
				if why == dropFictional {
					return nil
				}
				continue
			}
			p.roles = append(p.roles, r)
			p.heads[r.Code[:3]] = true
		}
	}
	if len(p.roles) == 0 {
		st.drop(dropNoRole, 1)
		return nil
	}
	typed := false
	for _, r := range p.roles {
		typed = typed || !entityCode(r.Code)
	}
	if !typed {
		// "LEIPZIG_ ... [DDR 19491007-19901003] [DEU >19901003]": a place
		// or a state that changed hands, not a person
		st.drop(dropEntity, 1)
		c.drop(e.Phrases[0], "a state or place: codes with no type")
		return nil
	}
	p.cased = casingFor(p.heads)
	primary := cleanPhrase(e.Phrases[0])
	if c.isEntity(primary) {
		st.drop(dropEntity, 1)
		c.drop(primary, "a state, party or organisation")
		return nil
	}
	seen := map[string]bool{}
	for _, raw := range e.Phrases {
		for _, n := range c.personNames(raw, p.cased) {
			if k := key(n); !seen[k] {
				seen[k] = true
				p.names = append(p.names, n)
			}
		}
	}
	if len(p.names) == 0 {
		st.drop(dropNoName, 1)
		c.drop(primary, "no name left")
		return nil
	}
	p.name = p.names[0]
	return p
}

// entityCode reports whether an undated default code makes a dated entry a
// state or an organisation: a bare country ("DDR", "BIHSRP": no CAMEO type
// segment), a corporation or an NGO.
func entityCode(code string) bool {
	if !isLetterTriples(code) {
		return false // "---": no default at all
	}
	if strings.HasPrefix(code, "MNC") || strings.HasPrefix(code, "NGO") {
		return true
	}
	for i := 0; i+3 <= len(code); i += 3 {
		if personTypes[code[i:i+3]] {
			return false
		}
	}
	return true
}

// personTypes are the CAMEO type segments a person's code may carry.
var personTypes = set(`GOV MIL JUD LEG SPY COP OPP PTY REB INS SEP UAF ELI BUS AGR EDU HLH MED LAB REF DEV ENV HRI
	CVL REL MOD RAD UNO PKO IGO NGO CRM UIS`)

func isLetterTriples(s string) bool {
	if len(s) < 3 || len(s)%3 != 0 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// role converts a dated code, or says why it is left out.
func (c *converter) role(code, from, to string) (lexicon.Role, string) {
	if !isLetterTriples(code) {
		return lexicon.Role{}, dropBadCode
	}
	if from == "" {
		return lexicon.Role{}, dropNoStart
	}
	head := code[:3]
	switch {
	case head == "KNT":
		return lexicon.Role{}, dropFictional
	case cameoCountry[head] != "":
		code = cameoCountry[head] + code[3:]
	case c.lx.IsCountry(head) || iso[head] || nonCountry[head]:
	default:
		return lexicon.Role{}, dropNoCountry
	}
	f, ok := isoDate(from)
	if !ok {
		return lexicon.Role{}, dropBadDate
	}
	var t string
	switch {
	case to != "":
		if t, ok = isoDate(to); !ok {
			return lexicon.Role{}, dropBadDate
		}
		if t < f {
			return lexicon.Role{}, dropBackwards
		}
	case f <= generatedOn:
		t = generatedOn
	default:
		t = lastRevised
	}
	return lexicon.Role{Code: code, From: f, To: t}, ""
}

// An open role (">FROM") was held when Phoenix's file was made, and Phoenix
// knows nothing later: most of the ministers of its CountryInfo lists, open
// since 2008-2010, were out of office within a few years. So an open role
// ends on the day the Countries file was generated from CountryInfo (its
// header: 2014-01-30), and the few opened after it by hand (2014-2015: Sisi,
// Tsipras, al-Abadi) at the end of 2015, when the dictionaries were last
// revised. Later, the person is coded as a former office-holder (the country
// alone, or the role a title in the sentence gives), unless the team's files
// carry the person on.
const (
	generatedOn = "2014-01-30"
	lastRevised = "2015-12-31"
)

// isoDate turns YYYYMMDD into YYYY-MM-DD if it is a day of the calendar.
func isoDate(s string) (string, bool) {
	if len(s) != 8 {
		return "", false
	}
	d := s[:4] + "-" + s[4:6] + "-" + s[6:]
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return "", false
	}
	return d, true
}

// orgName are words that make a phrase a state's, a party's or an
// organisation's name rather than a person's.
var orgName = set(`republic kingdom state states government ministry party council army administration regime
	commission forces corporation company union front movement organization organisation assembly parliament
	cabinet junta court department agency committee province coalition alliance brigade brigades federation
	soviet sfsr islamic democratic socialist liberation bank internet group politburo presidium bureau office
	national declaration revolution revolutionary community university institute foundation association
	society network congress senate secretariat embassy tribunal delegation mission`)

// isEntity reports whether an entry's first phrase names a state or an
// organisation: a phrase of the lexicon's countries, organisations or
// groups, or a name with an organisation word.
func (c *converter) isEntity(s string) bool {
	if s == "" {
		return false
	}
	if what, ok := c.taken[loose(s)]; ok && !strings.HasPrefix(what, "person ") {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' }) {
		if orgName[w] {
			return true
		}
	}
	return false
}

// filterNames drops the names that are other actors' phrases: countries,
// organisations, groups (the team's, and groups, those converted in this
// run), places, agent words.
func (c *converter) filterNames(all []*person, groupNames map[string]bool, st *peopleStats) {
	for _, p := range all {
		var keep []string
		for _, n := range p.names {
			k := loose(n)
			what, taken := c.taken[k]
			switch {
			case taken && !strings.HasPrefix(what, "person "):
				st.drop(dropNameTaken, 1)
				c.drop(n, "already in the lexicon: "+what)
			case groupNames[k]:
				st.drop(dropNameTaken, 1)
				c.drop(n, "a converted group's name")
			case c.isAgent(n):
				st.drop(dropNameTaken, 1)
				c.drop(n, "an agent phrase")
			case c.placeWhole(n):
				st.drop(dropNameTaken, 1)
				c.drop(n, "a place of the gazetteer")
			default:
				keep = append(keep, n)
			}
		}
		p.names = keep
	}
}

func (c *converter) isAgent(n string) bool {
	toks := text.Tokenize(n, 0)
	c.lx.Lemmatize(toks)
	_, m := c.lx.Agent(toks, 0)
	return m == len(toks)
}

// placeWhole reports whether the whole of n is a place's name.
func (c *converter) placeWhole(n string) bool {
	toks := text.Tokenize(n, 0)
	_, m := c.lx.Place(toks, 0)
	return m == len(toks)
}

// writePeople writes the people file: the header, then one block per
// person in Phoenix's order, each file a section.
func writePeople(w io.Writer, all []*person, st *peopleStats) {
	fmt.Fprint(w, peopleHeader)
	last := ""
	for _, p := range all {
		if p.skipped {
			continue
		}
		if p.file != last {
			fmt.Fprintf(w, "\n# ======================================================================================\n# %s\n# ======================================================================================\n", p.file)
			last = p.file
		}
		st.People++
		st.Roles += len(p.roles)
		fmt.Fprintf(w, "\nperson %s  # line %d\n  names: %s\n", p.names[0], p.line, strings.Join(p.names, "; "))
		for _, r := range p.roles {
			to := r.To
			if to == "" {
				to = "-"
			}
			fmt.Fprintf(w, "  role: %s %s %s\n", r.Code, r.From, to)
		}
	}
}

const peopleHeader = `# dyad: people converted from the Phoenix dictionaries. Do not edit: regenerate with
#
#   go run ./lexicon/phoenix -in ../shared/data/phoenix -out lexicon/data/actors
#
# Source: openeventdata/petrarch2, petrarch2/data/dictionaries @676801c: the entries with dated codes of
# Phoenix.Countries.actors.txt (heads of state and government, ministers, officials, from the CountryInfo
# file of the Computational Event Data System project) and Phoenix.International.actors.txt (heads of
# international organisations). MIT licence. Phoenix dictionaries: the Open Event Data Alliance, built on
# the CAMEO dictionaries of the Computational Event Data System project (Philip Schrodt, University of
# Kansas; funded by the National Science Foundation, SES-0096086, SES-0455158, SES-0527564, SES-1004414,
# SES-1259190, and the University of Kansas General Research Fund).
#
# Codes and dates are Phoenix's: a role "CODE FROM TO" is a dated code [CODE FROM-TO]. Phoenix's open roles
# (">FROM") end on 2014-01-30, the day the Countries file was generated, or, when opened later by hand, on
# 2015-12-31: Phoenix knows nothing after (see lexicon/phoenix/people.go). Many dates are known to the month
# or the year only (day 01, or 01-01 to 12-31). ELI roles are Phoenix's
# "elite": a person of standing out of office. What the converter keeps and leaves out (people the team's
# files have, names that are not safe to match) is documented in lexicon/phoenix/people.go; "# line N" is
# the line of the entry in its Phoenix file. The team-written people (people.txt, people-2016.txt) take
# precedence over these.
`
