package lexicon

import (
	"fmt"
	"strings"
)

// Kind tells how an actor entry's words stand for its actor.
type Kind uint8

// Entry kinds.
const (
	Name      Kind = iota // a noun naming the actor: "Russia", "NATO"
	Adjective             // "Russian": codes the actor when it modifies a noun
	Demonym               // "Russians": the people of a country
	Capital               // "Moscow" said: the state by its capital
	Seat                  // "the Kremlin": a part of the state, with a role
	Body                  // "Foreign Intelligence Service": a body of a state, with a role
	Person                // a named person with dated roles
	Place                 // a city, port or site: stands for its country
	Group                 // a non-state group: armed group, party, union, movement, NGO
)

var kindKeys = map[string]Kind{"names": Name, "adjectives": Adjective, "demonyms": Demonym,
	"capitals": Capital, "seats": Seat, "units": Body, "shares": Body}

// Actor is what a dictionary phrase stands for.
type Actor struct {
	Kind    Kind
	Code    string // actor code without role: "RUS", "IGOUNO", "WST"
	Country string // ISO 3166-1 alpha-3, or "" for organisations and blocs
	Role    string // role of a seat or unit: "GOV", "SPY"
	// Shared marks a body whose name the state shares with the one whose
	// `units` own it (`shares: Congress=LEG` under Peru; the United States
	// owns "Congress"): the coder gives the name to this state only when the
	// context points to it.
	Shared bool
	Name   string // canonical name
	Type   string // a group's CAMEO type segment: "REB", "PTY", "IMG"
	// Person holds the dated roles of a person, or of a group whose code
	// changed over time (the Taliban, AFGREB then AFGGOV): the coder
	// resolves the code by the event's date. Nil for a group with one code.
	Person *Individual
	Place  *Gazetteer // for places
	Entry  *Entry     // the dictionary block of an actors phrase
}

// Individual is a person with the roles held over time.
type Individual struct {
	Name  string
	Roles []Role
}

// Role is an actor code a person held from From to To inclusive (YYYY-MM-DD;
// To "" for a role still held).
type Role struct {
	Code  string
	From  string
	To    string
	Title string
}

// At returns the role p held on date (YYYY-MM-DD, or a prefix of one: "2023",
// "2023-09"). Outside every role it returns the latest role that ended before
// date with held false (a former minister keeps the country, not the office),
// or the earliest role with held false when date precedes them all.
func (p *Individual) At(date string) (r Role, held bool) {
	if len(p.Roles) == 0 {
		return Role{}, false
	}
	lo, hi := date, date // the period a partial date covers
	switch len(date) {
	case 4:
		lo, hi = date+"-01-01", date+"-12-31"
	case 7:
		lo, hi = date+"-01", date+"-31"
	}
	var best Role
	found := false
	for _, r := range p.Roles {
		if r.From <= hi && (r.To == "" || r.To >= lo) {
			// several roles may overlap the period: prefer the one that
			// started latest
			if !found || r.From > best.From {
				best, found = r, true
			}
		}
	}
	if found {
		return best, true
	}
	var last Role
	for _, r := range p.Roles {
		if r.To != "" && r.To < lo && r.To > last.To {
			last = r
		}
	}
	if last.Code != "" {
		return last, false
	}
	first := p.Roles[0]
	for _, r := range p.Roles {
		if r.From < first.From {
			first = r
		}
	}
	return first, false
}

// parseActors reads an actors file into its blocks, reporting malformed
// lines. Phrases become actors only when every actors file has been read
// (see Load): a group's country is checked against all the countries.
func parseActors(file, src string, entry func(*Entry), warn func(error)) {
	var cur *Entry
	skip := false // the lines of a block whose header was bad
	for n, line := range strings.Split(src, "\n") {
		ln := n + 1
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		bad := func(format string, args ...any) {
			warn(&ParseError{File: file, Line: ln, Err: fmt.Errorf(format, args...)})
		}
		if line[0] != ' ' && line[0] != '\t' {
			cur, skip = nil, true
			f := strings.Fields(line)
			if len(f) < 2 {
				bad("want KIND CODE NAME")
				continue
			}
			switch f[0] {
			case "country", "igo", "bloc", "group":
				if len(f) < 3 {
					bad("want %s CODE NAME", f[0])
					continue
				}
				e := &Entry{Kind: f[0], Code: f[1], Name: strings.Join(f[2:], " "), File: file, Line: ln}
				switch f[0] {
				case "country":
					e.Country = f[1]
				case "group":
					typ, err := groupType(f[1])
					if err != nil {
						bad("%v", err)
						continue
					}
					e.Type = typ
				}
				cur = e
			case "person":
				cur = &Entry{Kind: "person", Name: strings.Join(f[1:], " "), File: file, Line: ln}
			default:
				bad("unknown kind %q", f[0])
				continue
			}
			entry(cur)
			skip = false
			continue
		}
		if cur == nil {
			if !skip {
				bad("indented line outside a block")
			}
			continue
		}
		key, val, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok {
			bad("want key: value")
			continue
		}
		key = strings.TrimSpace(key)
		individual := cur.Kind == "person" || cur.Kind == "group"
		switch {
		case key == "role" && individual:
			r, err := parseRole(val)
			if err != nil {
				bad("%v", err)
				continue
			}
			cur.Roles = append(cur.Roles, r)
			continue
		case key == "role":
			bad("role outside a person or group block")
			continue
		case key == "country" && cur.Kind == "group":
			c := strings.TrimSpace(val)
			if !isCode(c) || len(c) != 3 || !hasSegment(cur.Code, c) {
				bad("country %q: want a country code that is a three-letter segment of the group's code %s", c, cur.Code)
				continue
			}
			cur.Country, cur.countryLine = c, ln
			continue
		}
		kind, known := kindKeys[key]
		if individual && key != "names" || !known {
			bad("unknown key %q", key)
			continue
		}
		if key == "shares" && cur.Kind != "country" {
			bad("shares outside a country block")
			continue
		}
		switch cur.Kind {
		case "person":
			kind = Person
		case "group":
			kind = Group
		}
		if cur.Phrases == nil {
			cur.Phrases = make([]Phrase, 0, strings.Count(val, ";")+1)
		}
		for rest := val; rest != ""; {
			var ph string
			ph, rest, _ = strings.Cut(rest, ";")
			ph = strings.TrimSpace(ph)
			if ph == "" {
				continue
			}
			p := Phrase{Text: ph, Kind: kind, Shared: key == "shares"}
			if kind == Seat || kind == Body {
				t, role, ok := strings.Cut(ph, "=")
				if !ok || len(strings.TrimSpace(role)) != 3 {
					bad("%s %q: want PHRASE=ROLE", key, ph)
					continue
				}
				p.Text, p.Role = strings.TrimSpace(t), strings.TrimSpace(role)
			}
			cur.Phrases = append(cur.Phrases, p)
		}
	}
}

// cameoTypes are the CAMEO actor type codes a group's code may carry (the
// CAMEO actor codebook's types, with PTY for political parties and REL for
// religious organisations).
var cameoTypes = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH
		HRI LAB LEG MED REF MOD RAD AMN IRC GRP UNO PKO UIS IGO IMG INT MNC NGM NGO SET PTY REL`) {
		cameoTypes[t] = true
	}
}

// groupType returns the CAMEO type of a group's code: its first three-letter
// segment that is a type ("REB" of "PSEREBHMS", "IMG" of "IMGMUSISI"), past
// a leading INT, which says where a group acts more than what it is
// ("REB" of "INTREB").
func groupType(code string) (string, error) {
	if !isCode(code) {
		return "", fmt.Errorf("group code %q: want upper-case letter triples", code)
	}
	for i := 0; i < len(code); i += 3 {
		if seg := code[i : i+3]; cameoTypes[seg] && !(seg == "INT" && i+6 <= len(code) && cameoTypes[code[i+3:i+6]]) {
			return seg, nil
		}
	}
	return "", fmt.Errorf("group code %q: no CAMEO type segment (REB, INS, SEP, IMG, PTY, OPP, LAB, NGO...)", code)
}

// isCode reports whether s is a CAMEO code: upper-case letter triples.
func isCode(s string) bool {
	if len(s) < 3 || len(s)%3 != 0 {
		return false
	}
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// hasSegment reports whether seg is one of code's three-letter segments.
func hasSegment(code, seg string) bool {
	for i := 0; i+3 <= len(code); i += 3 {
		if code[i:i+3] == seg {
			return true
		}
	}
	return false
}

func parseRole(val string) (Role, error) {
	// three fields and the rest, cut from val without building a slice:
	// tens of thousands of roles are read at each load
	var f [3]string
	rest := strings.TrimSpace(val)
	for i := range f {
		if rest == "" {
			return Role{}, fmt.Errorf("role: want CODE FROM TO [TITLE]")
		}
		j := strings.IndexAny(rest, " \t")
		if j < 0 {
			j = len(rest)
		}
		f[i], rest = rest[:j], strings.TrimSpace(rest[j:])
	}
	title := rest
	if strings.Contains(title, "  ") || strings.ContainsAny(title, "\t") {
		title = strings.Join(strings.Fields(title), " ")
	}
	r := Role{Code: f[0], From: f[1], To: f[2], Title: title}
	if r.To == "-" {
		r.To = ""
	}
	if !isDate(r.From) || (r.To != "" && !isDate(r.To)) {
		return Role{}, fmt.Errorf("role %s: dates must be YYYY-MM-DD or -", r.Code)
	}
	if r.To != "" && r.To < r.From {
		return Role{}, fmt.Errorf("role %s: ends %s before it starts %s", r.Code, r.To, r.From)
	}
	if len(r.Code) < 3 || len(r.Code)%3 != 0 {
		return Role{}, fmt.Errorf("role code %q: want letter triples", r.Code)
	}
	return r, nil
}

func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// ParseError is a malformed dictionary line: the file, the 1-based line and
// what is wrong. Loading reports it and goes on.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }
