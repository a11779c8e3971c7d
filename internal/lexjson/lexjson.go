// Package lexjson is the JSON form of the lexicon's actor entries and
// counts: one shape for `dyad actors` and GET /api/actors alike. The lexicon
// itself carries no JSON tags; its entries are read-only, so the form is a
// copy.
package lexjson

import "github.com/dyadhq/dyad/lexicon"

// Entry is an actor entry as JSON. Every key is always present ("" or []
// when the entry has none), so that readers need not guess.
type Entry struct {
	Name    string   `json:"name"`
	Code    string   `json:"code"` // "" for people, whose codes are their roles
	Kind    string   `json:"kind"` // country, igo, bloc, person or group
	Type    string   `json:"type"` // a group's CAMEO type segment: REB, PTY
	Country string   `json:"country"`
	Names   []string `json:"names"`
	Roles   []Role   `json:"roles"`
	File    string   `json:"file"` // the dictionary file, as loaded: actors/groups.txt, or a user's path
	Line    int      `json:"line"` // of the entry's header in File
}

// Role is a dated code of a person or group.
type Role struct {
	Code  string `json:"code"`
	From  string `json:"from"`
	To    string `json:"to"` // "" while held
	Title string `json:"title"`
}

// New returns e as JSON.
func New(e *lexicon.Entry) Entry {
	out := Entry{Name: e.Name, Code: e.Code, Kind: e.Kind, Type: e.Type, Country: e.Country,
		Names: e.Names(), Roles: []Role{}, File: e.File, Line: e.Line}
	if out.Names == nil {
		out.Names = []string{}
	}
	for _, r := range e.Roles {
		out.Roles = append(out.Roles, Role{Code: r.Code, From: r.From, To: r.To, Title: r.Title})
	}
	return out
}

// List returns es as JSON, [] for none.
func List(es []*lexicon.Entry) []Entry {
	out := make([]Entry, len(es))
	for i, e := range es {
		out[i] = New(e)
	}
	return out
}

// Counts is lexicon.Counts as JSON.
type Counts struct {
	Countries     int `json:"countries"`
	Organisations int `json:"organisations"` // igo and bloc entries
	People        int `json:"people"`
	Groups        int `json:"groups"`
	Agents        int `json:"agents"` // agent (role word) phrases
}

// NewCounts returns c as JSON.
func NewCounts(c lexicon.Counts) Counts {
	return Counts{Countries: c.Countries, Organisations: c.Organisations, People: c.People, Groups: c.Groups, Agents: c.Agents}
}
