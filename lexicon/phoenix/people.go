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
// these counts): of 18,458 entries with dated codes, 745 are people of the
// team's files, 127 are second entries of one person (merged), 67 are states,
// parties or organisations, 6 are fictional (TABARI's Kinakuta), 79 were left
// with no name safe to match and 2 with no usable role: 17,432 people with
// 24,781 roles are written. Names
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
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

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

// cleanPhrase turns a Phoenix phrase into words: underscores to spaces, no
// edge punctuation, ", JR." to " JR.".
func cleanPhrase(raw string) string {
	s := strings.ReplaceAll(raw, "_", " ")
	s = strings.ReplaceAll(s, "\t", " ")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, ", JR.", " JR.")
	s = strings.ReplaceAll(s, ", JR", " JR.")
	return strings.Trim(s, " ,-+")
}

// nameToken is the shape of a word of a person's name: letters with inner
// hyphens or apostrophes, an initial ("W."), initials ("R.K."), "JR.".
var nameToken = regexp.MustCompile(`^(\pL[\pL\pM]*(['’-]\pL[\pL\pM]*)*|'\pL[\pL\pM]*|(\pL\.)+|JR\.|SR\.|ST\.)$`)

// personNames returns the names a Phoenix phrase gives a person, in dyad's
// case: the phrase with its leading titles taken off ("PRESIDENT_VLADIMIR_
// PUTIN" is "Vladimir Putin", "RUSSIAN_PRESIDENT_PUTIN" is "Putin"), or
// with a title that is part of how the person is named when only one word
// follows it ("KING_ABDULLAH" stays "King Abdullah").
func (c *converter) personNames(raw string, cs casing) []string {
	s := cleanPhrase(raw)
	if strings.Contains(" "+s+" ", " THEN ") {
		c.drop(s, "two people")
		return nil
	}
	if i := strings.IndexByte(s, '('); i >= 0 {
		// "STANKO_TODOROV_(ACTING", "TSAKHIAGIYN_ELBEGDORJ_(1ST_TIME)": a
		// note, not the name
		base, _ := parentheses(s)
		s = strings.TrimSpace(base)
		if j := strings.IndexByte(s, '('); j >= 0 {
			s = strings.TrimSpace(s[:j])
		}
	}
	if before, after, ok := strings.Cut(s, ", "); ok {
		// "JOHN ROLAND ROBINSON, BARON MARTONMERE", "PRESIDENT OF THE RUSSIAN
		// FEDERATED REPUBLIC, BORIS N. YELTSIN": the name is on one side
		if a := strings.Fields(after); len(a) > 0 && (honorifics[strings.ToLower(a[0])] || peerage[strings.ToLower(a[0])]) {
			s = before
		} else if rest, _ := c.stripTitles(strings.Fields(before)); len(rest) == 0 || c.allTitle(before) {
			s = after
		}
	}
	if strings.Count(s, `"`) == 2 {
		// TZIPORA "TZIPI" LIVNI: the name, and the nickname with the words
		// after it
		i := strings.IndexByte(s, '"')
		j := i + 1 + strings.IndexByte(s[i+1:], '"')
		nick, rest := strings.TrimSpace(s[i+1:j]), strings.TrimSpace(s[j+1:])
		out := c.personNames(strings.TrimSpace(s[:i])+" "+rest, cs)
		if rest != "" && !strings.Contains(nick, " ") {
			out = append(out, c.personNames(nick+" "+rest, cs)...)
		}
		return out
	}
	s = strings.ReplaceAll(s, "`", "'")
	if s == "" || strings.ContainsAny(s, ",()/:;\"0123456789") {
		c.drop(s, "punctuation, digits or two people")
		return nil
	}
	words, kept := c.stripTitles(strings.Fields(s))
	if len(words) == 0 || len(kept) == 0 && (c.isAgent(strings.Join(words, " ")) || len(words) == 1 && honorifics[strings.ToLower(words[0])]) {
		c.drop(s, "titles only")
		return nil
	}
	for _, w := range words {
		if !nameToken.MatchString(w) {
			c.drop(s, "a word that is not a name's: "+w)
			return nil
		}
		if orgName[strings.ToLower(w)] {
			c.drop(s, "an organisation word: "+w)
			return nil
		}
	}
	if len(words) > 10 {
		c.drop(s, "too long for a name")
		return nil
	}
	if kept == nil {
		return []string{cs.name(words)}
	}
	if len(words) == 1 {
		return []string{cs.name(append(kept, words...))} // "King Abdullah"
	}
	// "Crown Prince Mohammed bin Salman", "Sultan Ali Keshtmand" (a title or a
	// given name): both ways
	return []string{cs.name(append(kept, words...)), cs.name(words)}
}

// allTitle reports whether a phrase is titles only ("PRESIDENT OF THE
// RUSSIAN FEDERATED REPUBLIC").
func (c *converter) allTitle(s string) bool {
	ws := strings.Fields(s)
	rest, _ := c.stripTitles(append(ws, "X"))
	return len(rest) == 1
}

// peerage are the titles after a comma that follow a British name: "John
// Roland Robinson, Baron Martonmere".
var peerage = set(`baron viscount earl lord duke marquess jr jr. sr.`)

// honorifics are words before a name that are no part of it and not agent
// words of the lexicon (which are titles too): "Mr", "former", "acting".
var honorifics = set(`mr mr. mrs mrs. ms ms. dr dr. former ex ex- acting interim late then current new
	senator sen. gov. gen. lt. col. maj. brig. adm. capt. sgt. cpl. admiral marshal colonel lieutenant captain
	sergeant major brigadier field deputy vice chief party assembly opposition reformer communist soviet
	secretary sec. undersecretary under kanzler bundeskanzler chairman chairwoman president-elect premier-elect
	prime-minister-designate designate elect governor govenor his her excellency majesty highness royal
	hojjat hojatoleslam hojjatoleslam ol eslam al-eslam hojjat-ol-eslam dato datuk tan sri dato' seri
	professor prof. prof judge justice ambassador amb. mayor pm p.m. reverend rev. rev`)

// nameTitles are titles that are part of how news names a person when one
// word follows: "King Abdullah", "Mullah Omar", "Lord Carrington".
var nameTitles = set(`king queen emir amir sheikh shaikh sheik sultan prince princess pope ayatollah mullah
	maulana mawlawi maulvi imam lord sir dame baron crown grand`)

// stripTitles takes the titles off the front of a name: agent words
// ("president", "foreign minister"), honorifics, and a country or
// organisation before them ("Russian", "UN"). It returns the rest, and the
// name titles it took off when only one word is left ("King" of "King
// Abdullah"), to be put back.
func (c *converter) stripTitles(words []string) (rest, kept []string) {
	var named []string // name titles taken off
	titled := false    // a title was just taken off: "of the Army" may follow
	for len(words) > 1 {
		toks := text.Tokenize(strings.Join(words, " "), 0)
		c.lx.Lemmatize(toks)
		lw := strings.ToLower(words[0])
		if nameTitles[lw] {
			named = append(named, words[0])
			words, titled = words[1:], true
			continue
		}
		if _, n := c.lx.Agent(toks, 0); n > 0 {
			if k := wordsIn(toks[:n]); k < len(words) {
				words, titled = words[k:], true
				continue
			}
		}
		if honorifics[lw] {
			words, titled = words[1:], true
			continue
		}
		if titled && lw == "of" && len(words) > 3 {
			// "SECRETARY OF THE ARMY CYRUS VANCE", "PRESIDENT OF THE RUSSIAN
			// FEDERATED REPUBLIC": the rest of the office
			k := 1
			if strings.EqualFold(words[k], "the") {
				k++
			}
			words = words[k+1:]
			continue
		}
		// a country, an organisation or a capital before a title:
		// "RUSSIAN PRESIDENT", "UN SECRETARY-GENERAL", "MOSCOW PARTY CHIEF"
		if as, n := c.lx.Actor(toks, 0); n > 0 && n < len(toks) && c.stateLike(as) {
			if k := wordsIn(toks[:n]); k < len(words) {
				next := strings.ToLower(words[k])
				nt := text.Tokenize(strings.Join(words[k:], " "), 0)
				c.lx.Lemmatize(nt)
				if _, m := c.lx.Agent(nt, 0); m > 0 || honorifics[next] || nameTitles[next] || titled {
					words = words[k:]
					continue
				}
			}
		}
		break
	}
	if len(named) == 0 {
		return words, nil
	}
	if len(words) == 1 && strings.EqualFold(named[len(named)-1], "prince") && len(named) > 1 {
		return words, named[len(named)-2:] // "Crown Prince Mohammed"
	}
	return words, named
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// wordsIn returns how many space-separated words the tokens span (a hyphen
// is a token, not a word: "SECRETARY-GENERAL" is one word of three tokens).
func wordsIn(toks []text.Token) int {
	n := 1
	for i := 1; i < len(toks); i++ {
		if toks[i].Start > toks[i-1].End {
			n++
		}
	}
	return n
}

// stateLike reports whether actors are a country's or organisation's
// phrases (not a person's, not a group's): what may stand before a title.
func (c *converter) stateLike(as []*lexicon.Actor) bool {
	for _, a := range as {
		if generated[a.Entry.File] {
			continue
		}
		switch a.Kind {
		case lexicon.Name, lexicon.Adjective, lexicon.Capital, lexicon.Demonym:
			return true
		}
	}
	return false
}

// casing capitalises the words of a name.
type casing struct {
	syllabic bool // Korean and Chinese given names: "Ki-moon", "Jong-un", "Ying-jeou"
}

func casingFor(heads map[string]bool) casing {
	return casing{syllabic: heads["KOR"] || heads["PRK"] || heads["CHN"] || heads["TWN"] || heads["HKG"]}
}

// nameParticles are lower case inside a name: a lower-case dictionary word
// matches text in any case, so "bin" matches "Bin" too.
var nameParticles = set(`al el ad ag an ar as ash at az ud ul ur un bin ibn bint de del della dei di da do dos das du
	des van von der den ter ten y e zu af of the wa wal ould`)

// name capitalises a name's words: "VLADIMIR V. PUTIN" is "Vladimir V.
// Putin", "BASHAR AL-ASSAD" "Bashar al-Assad", "JOHN J. MCCLOY" "John J.
// McCloy", "ABDULLAH II" stays "Abdullah II", "BAN KI-MOON" is "Ban
// Ki-moon".
func (cs casing) name(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = cs.word(w, i == 0)
	}
	return strings.Join(out, " ")
}

func (cs casing) word(w string, first bool) string {
	switch {
	case roman.MatchString(w) || w == "I" && !first:
		return w // "Abdullah II"
	case strings.Contains(w, ".") && len(strings.Trim(w, ".")) <= 1 || initials.MatchString(w):
		return w // "W.", "R.K."
	case w == "JR." || w == "SR." || w == "ST.":
		return w[:1] + strings.ToLower(w[1:])
	}
	segs := strings.Split(w, "-")
	for j, seg := range segs {
		lw := strings.ToLower(seg)
		switch {
		case seg == "":
		case nameParticles[lw] && (j < len(segs)-1 || !first):
			segs[j] = lw // "al-Assad", "Lula da Silva"
		case j > 0 && cs.syllabic && len([]rune(seg)) <= 5:
			segs[j] = lw // "Ki-moon"
		default:
			segs[j] = capitalise(lw)
		}
	}
	return strings.Join(segs, "-")
}

var initials = regexp.MustCompile(`^(\pL\.)+$`)

// capitalise upper-cases the first letter of a lower-case word, and the
// letter after "Mc" and after a one-letter prefix with an apostrophe
// ("O'Neil", "D'Alema").
func capitalise(lw string) string {
	r := []rune(lw)
	if len(r) == 0 {
		return lw
	}
	start := 0
	if r[0] == '\'' || r[0] == '’' {
		start = 1
	}
	if start < len(r) {
		r[start] = unicode.ToUpper(r[start])
	}
	if len(r) > 3 && string(r[:2]) == "Mc" {
		r[2] = unicode.ToUpper(r[2])
	}
	if len(r) > 2 && (r[1] == '\'' || r[1] == '’') {
		r[2] = unicode.ToUpper(r[2])
	}
	return string(r)
}

// titleCase capitalises every word: for looking a word up as a country.
func titleCase(s string) string { return casing{}.name(strings.Fields(s)) }

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

// teamPerson is a person of the team's files.
type teamPerson struct {
	e     *lexicon.Entry
	heads map[string]bool
}

// matchTeam skips the entries of people the team's files have, and takes
// from the others the names a team-written person has. An entry is the
// team's person when they share a name and a country (the first segment of
// a role's code): Phoenix's names that name two of its people (George H. W.
// and George W. Bush are both "George Bush") are gone by then (mergeSame),
// so a name left in common is one person's. The team's entry is then the
// one written, whole: its roles are checked against sources and run to
// today, Phoenix's stop in 2014-2016 (the earlier roles of a person the team
// lists from 2000 on are lost with the Phoenix entry).
func (c *converter) matchTeam(all []*person, st *peopleStats) {
	team := map[string][]*teamPerson{}
	for _, e := range c.lx.Entries() {
		if e.Kind != "person" || generated[e.File] {
			continue
		}
		tp := &teamPerson{e: e, heads: map[string]bool{}}
		for _, r := range e.Roles {
			tp.heads[r.Code[:3]] = true
		}
		for _, n := range e.Names() {
			team[loose(n)] = append(team[loose(n)], tp)
		}
	}
	for _, p := range all {
		if p.skipped {
			continue
		}
		same := ""
		for _, n := range p.names {
			for _, tp := range team[loose(n)] {
				if shareCountry(p.heads, tp.heads) {
					same = tp.e.Name
				}
			}
		}
		if same != "" {
			p.skipped = true
			st.drop(dropTeam, 1)
			c.drop(p.name, "the team's "+same)
			continue
		}
		var keep []string
		for _, n := range p.names {
			if tps := team[loose(n)]; len(tps) > 0 {
				st.drop(dropNameTeam, 1)
				c.drop(n, "the team's "+tps[0].e.Name+", of another country")
				continue
			}
			keep = append(keep, n)
		}
		p.names = keep
	}
}

func shareCountry(a, b map[string]bool) bool {
	for h := range a {
		if b[h] {
			return true
		}
	}
	return false
}

// samePerson reports whether two entries that share a name are one person:
// they share a country and held offices other than ELI on a same day.
// Two people of one name and country at different times (George H. W. Bush
// and George W. Bush) are two.
func samePerson(ha map[string]bool, ra []lexicon.Role, hb map[string]bool, rb []lexicon.Role) bool {
	shared := false
	for h := range ha {
		if hb[h] {
			shared = true
		}
	}
	if !shared {
		return false
	}
	for _, r := range ra {
		if isElite(r.Code) {
			continue
		}
		for _, s := range rb {
			if !isElite(s.Code) && overlaps(r, s) {
				return true
			}
		}
	}
	return false
}

func isElite(code string) bool { return strings.HasSuffix(code, "ELI") }

// overlaps reports whether two roles were held on a same day.
func overlaps(r, s lexicon.Role) bool {
	return (r.To == "" || r.To >= s.From) && (s.To == "" || s.To >= r.From)
}

// mergeSame joins the entries Phoenix has for one person into the first,
// and drops from all the names that entries of different people share.
// Entries are one person when they share a country and a name of two words
// or more ("Tsakhiagiyn Elbegdorj": a president listed again as prime
// minister), or a one-word name and a time (see samePerson: "Bush" is
// George H. W. and George W., "Clinton" Bill and Hillary). twoPeople are
// the names of two words that name two people of one country.
func (c *converter) mergeSame(all []*person, st *peopleStats) {
	byName := map[string][]*person{}
	for _, p := range all {
		if p.skipped {
			continue
		}
		for _, n := range p.names {
			k := loose(n)
			if l := byName[k]; len(l) == 0 || l[len(l)-1] != p {
				byName[k] = append(byName[k], p)
			}
		}
	}
	// union-find over the entries that are one person
	parent := map[*person]*person{}
	var find func(*person) *person
	find = func(p *person) *person {
		if q, ok := parent[p]; ok && q != p {
			r := find(q)
			parent[p] = r
			return r
		}
		return p
	}
	keys := make([]string, 0, len(byName))
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ps := byName[k]
		for i := 0; i < len(ps); i++ {
			for j := i + 1; j < len(ps); j++ {
				a, b := find(ps[i]), find(ps[j])
				if a != b && onePerson(k, ps[i], ps[j]) {
					if b.line < a.line && b.file == a.file || b.file < a.file {
						a, b = b, a
					}
					parent[b] = a
				}
			}
		}
	}
	for _, p := range all {
		root := find(p)
		if root == p || p.skipped {
			continue
		}
		root.names = append(root.names, p.names...)
		root.roles = append(root.roles, p.roles...)
		for h := range p.heads {
			root.heads[h] = true
		}
		p.skipped = true
		st.drop(dropMerged, 1)
	}
	for _, p := range all {
		if p.skipped {
			continue
		}
		p.names = dedupeNames(p.names)
		p.roles = dedupeRoles(p.roles)
	}
	// a name still shared by two entries names two people: it goes from both
	owners := map[string]int{}
	for _, p := range all {
		if !p.skipped {
			for _, n := range p.names {
				owners[loose(n)]++
			}
		}
	}
	for _, p := range all {
		if p.skipped {
			continue
		}
		var keep []string
		for _, n := range p.names {
			if owners[loose(n)] > 1 {
				st.drop(dropNameTwo, 1)
				continue
			}
			keep = append(keep, n)
		}
		p.names = keep
	}
}

func onePerson(name string, a, b *person) bool {
	if !shareCountry(a.heads, b.heads) {
		return false
	}
	if strings.Contains(name, " ") && !twoPeople[name] {
		return true
	}
	return samePerson(a.heads, a.roles, b.heads, b.roles)
}

// twoPeople: reviewed.
var twoPeople = set(`george bush`, "|")

func dedupeNames(ns []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range ns {
		if k := key(n); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

func dedupeRoles(rs []lexicon.Role) []lexicon.Role {
	seen := map[lexicon.Role]bool{}
	var out []lexicon.Role
	for _, r := range rs {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// surnames keeps a one-word name ("Karzai") only where it names one person
// safely: four letters or more, not a common word or given name
// (lexicon.CommonWord), not a verb of the action patterns, and not a word
// of another person's name in the whole lexicon (team-written or converted):
// "Sharif" is Nawaz and Shehbaz, so neither keeps it.
func (c *converter) surnames(all []*person, st *peopleStats) {
	words := map[string]map[any]bool{} // a name's word → whose names have it
	note := func(n string, who any) {
		for _, t := range text.Tokenize(n, 0) {
			if t.Kind == text.Word {
				if words[t.Lower] == nil {
					words[t.Lower] = map[any]bool{}
				}
				words[t.Lower][who] = true
			}
		}
	}
	for _, e := range c.lx.Entries() {
		if e.Kind == "person" && !generated[e.File] {
			for _, n := range e.Names() {
				note(n, e)
			}
		}
	}
	for _, p := range all {
		if !p.skipped {
			for _, n := range p.names {
				note(n, p)
			}
		}
	}
	for _, p := range all {
		if p.skipped {
			continue
		}
		var keep []string
		for _, n := range p.names {
			toks := text.Tokenize(n, 0)
			if len(toks) != 1 {
				keep = append(keep, n)
				continue
			}
			c.lx.Lemmatize(toks)
			switch {
			case !partOfFullName(n, p.names) && !mononyms[strings.ToLower(n)]:
				st.drop(dropNameAlone, 1)
				c.drop(n, "a one-word name that is no word of a full name")
			case len([]rune(n)) < 4:
				st.drop(dropNameShort, 1)
				c.drop(n, "a one-word name under four letters")
			case lexicon.CommonWord(n):
				st.drop(dropNameCommon, 1)
				c.drop(n, "a common word or given name")
			case len(c.lx.PatternsAt(toks[0].Lemma)) > 0 || len(c.lx.FramesAt(toks[0].Lemma)) > 0:
				st.drop(dropNameVerb, 1)
				c.drop(n, "a verb of the action patterns")
			case len(words[toks[0].Lower]) > 1:
				st.drop(dropNameSurname, 1)
				c.drop(n, "a word of another person's name")
			default:
				keep = append(keep, n)
			}
		}
		p.names = keep
		if len(p.names) == 0 {
			p.skipped = true
			st.drop(dropNoName, 1)
		}
	}
}

// partOfFullName reports whether the one-word name n is a word of one of
// names' names of two words or more ("Karzai" of "Hamid Karzai", "Kiir" of
// "Salva Kiir Mayardit").
func partOfFullName(n string, names []string) bool {
	k := key(n)
	for _, m := range names {
		toks := text.Tokenize(m, 0)
		if len(toks) < 2 {
			continue
		}
		for _, t := range toks {
			if t.Lower == k {
				return true
			}
		}
	}
	return false
}

// mononyms are people known by one name, whose Phoenix entry has only that
// name (reviewed: many of the CountryInfo file's one-word entries are a
// given name and a surname run together, "BHORTEFEUX_" for Brice
// Hortefeux, and are left out).
var mononyms = set(`suharto hirohito khodaidad mardiyanto sugiharto subroto haakon tuivakano fielakepa tuipelehake
	'mamohato`)

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
