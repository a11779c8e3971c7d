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
)

var kindKeys = map[string]Kind{"names": Name, "adjectives": Adjective, "demonyms": Demonym,
	"capitals": Capital, "seats": Seat, "units": Body}

// Actor is what a dictionary phrase stands for.
type Actor struct {
	Kind    Kind
	Code    string // actor code without role: "RUS", "IGOUNO", "WST"
	Country string // ISO 3166-1 alpha-3, or "" for organisations and blocs
	Role    string // role of a seat or unit: "GOV", "SPY"
	Name    string // canonical name
	Person  *Individual
	Place   *Gazetteer // for places
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

// parseActors reads an actors file into add, reporting malformed lines.
func parseActors(file, src string, countries map[string]bool, add func(phrase string, a *Actor), warn func(error)) {
	var cur *Actor
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
			cur = nil
			f := strings.Fields(line)
			if len(f) < 2 {
				bad("want KIND CODE NAME")
				continue
			}
			switch f[0] {
			case "country", "igo", "bloc":
				if len(f) < 3 {
					bad("want %s CODE NAME", f[0])
					continue
				}
				cur = &Actor{Code: f[1], Name: strings.Join(f[2:], " ")}
				if f[0] == "country" {
					cur.Country = f[1]
					countries[f[1]] = true
				}
			case "person":
				cur = &Actor{Kind: Person, Name: strings.Join(f[1:], " "), Person: &Individual{Name: strings.Join(f[1:], " ")}}
			default:
				bad("unknown kind %q", f[0])
			}
			continue
		}
		if cur == nil {
			bad("indented line outside a block")
			continue
		}
		key, val, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok {
			bad("want key: value")
			continue
		}
		key = strings.TrimSpace(key)
		if key == "role" {
			if cur.Person == nil {
				bad("role outside a person block")
				continue
			}
			r, err := parseRole(val)
			if err != nil {
				bad("%v", err)
				continue
			}
			cur.Person.Roles = append(cur.Person.Roles, r)
			continue
		}
		kind, known := kindKeys[key]
		if !known && !(cur.Person != nil && key == "names") {
			bad("unknown key %q", key)
			continue
		}
		for _, ph := range strings.Split(val, ";") {
			ph = strings.TrimSpace(ph)
			if ph == "" {
				continue
			}
			a := *cur
			if cur.Person != nil {
				a.Person = cur.Person // shared: roles arrive after names
			} else {
				a.Kind = kind
			}
			if kind == Seat || kind == Body {
				p, role, ok := strings.Cut(ph, "=")
				if !ok || len(strings.TrimSpace(role)) != 3 {
					bad("%s %q: want PHRASE=ROLE", key, ph)
					continue
				}
				ph, a.Role = strings.TrimSpace(p), strings.TrimSpace(role)
			}
			add(ph, &a)
		}
	}
}

func parseRole(val string) (Role, error) {
	f := strings.Fields(val)
	if len(f) < 3 {
		return Role{}, fmt.Errorf("role: want CODE FROM TO [TITLE]")
	}
	r := Role{Code: f[0], From: f[1], To: f[2], Title: strings.Join(f[3:], " ")}
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
