package lexicon

import (
	"sort"
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Entry is one block of an actors file (a country, organisation, bloc,
// person or group) with where it was read: what `dyad actors QUERY` prints.
// Entries are read-only once Load returns.
type Entry struct {
	Kind    string // the block's keyword: "country", "igo", "bloc", "person" or "group"
	Code    string // the block's code; "" for people, whose codes are their roles
	Name    string // canonical name
	Type    string // a group's CAMEO type segment ("REB", "PTY"); "" for other kinds
	Country string // a country's code, a group's home country; "" otherwise
	Phrases []Phrase
	Roles   []Role // dated codes of a person or group, in file order
	File    string // as loaded: "actors/groups.txt" (embedded) or the user's directory joined with it
	Line    int    // 1-based line of the block's header

	countryLine int // of a group's "country:" line, for the check after all files
}

// Phrase is one phrase of an entry and how it stands for the entry's actor.
type Phrase struct {
	Text string // as written in the file
	Kind Kind   // Name, Adjective, Demonym, Capital, Seat, Body; Person or Group for their names
	Role string // the role of a seat or unit: "GOV", "SPY"
	// Shared: a `shares` phrase, a body's name the state shares with the
	// state whose `units` own it
	Shared bool
}

// Names returns the phrases that name the actor (for countries, igos and
// blocs their `names`, for people and groups all their names), in file
// order.
func (e *Entry) Names() []string {
	var out []string
	for _, p := range e.Phrases {
		if p.Kind == Name || p.Kind == Person || p.Kind == Group {
			out = append(out, p.Text)
		}
	}
	return out
}

// Entries returns every actor block loaded, embedded files first, each
// directory's files in name order, blocks in file order. A user's block
// that repeats an embedded one appears twice.
func (lx *Lexicon) Entries() []*Entry { return lx.entries }

// Search returns the entries whose code is query or one of whose phrases
// (its name, names, adjectives, demonyms, capitals, seats, units) contains
// query, all ignoring case and accents (text.Fold): the exact code first, then entries with a phrase equal to the query, then those with a
// phrase that contains its words, then those with a phrase that contains it
// as a substring; load order within each rank. limit <= 0 returns all.
func (lx *Lexicon) Search(query string, limit int) []*Entry {
	q := strings.TrimSpace(query)
	if q == "" {
		return nil
	}
	fq := text.Fold(q)
	qw := foldedWords(q)
	type hit struct {
		e    *Entry
		rank int
	}
	var hits []hit
	for _, e := range lx.entries {
		rank := 4
		if e.Code != "" && strings.EqualFold(e.Code, q) {
			rank = 0
		}
		for _, p := range append([]Phrase{{Text: e.Name}}, e.Phrases...) {
			if rank <= 1 {
				break
			}
			fp := text.Fold(p.Text)
			switch {
			case fp == fq:
				rank = 1
			case rank > 2 && containsWords(foldedWords(p.Text), qw):
				rank = 2
			case rank > 3 && strings.Contains(fp, fq):
				rank = 3
			}
		}
		if rank < 4 {
			hits = append(hits, hit{e, rank})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].rank < hits[j].rank })
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]*Entry, len(hits))
	for i, h := range hits {
		out[i] = h.e
	}
	return out
}

func foldedWords(s string) []string {
	toks := text.Tokenize(s, 0)
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.Lower
	}
	return ws
}

// containsWords reports whether sub occurs in ws as a run of whole words.
func containsWords(ws, sub []string) bool {
	if len(sub) == 0 {
		return false
	}
outer:
	for i := 0; i+len(sub) <= len(ws); i++ {
		for j, w := range sub {
			if ws[i+j] != w {
				continue outer
			}
		}
		return true
	}
	return false
}

// Counts is how much the lexicon knows.
type Counts struct {
	Countries     int // distinct country codes
	Organisations int // igo and bloc blocks
	People        int // person blocks
	Groups        int // group blocks
	Agents        int // agent (role word) phrases
}

// Counts returns how many countries, organisations, people, groups and agent
// phrases the lexicon holds. Blocks are counted as loaded: a user's block
// that repeats an embedded one counts again.
func (lx *Lexicon) Counts() Counts {
	c := Counts{Countries: len(lx.countries), Agents: lx.agentPhrases}
	for _, e := range lx.entries {
		switch e.Kind {
		case "igo", "bloc":
			c.Organisations++
		case "person":
			c.People++
		case "group":
			c.Groups++
		}
	}
	return c
}
