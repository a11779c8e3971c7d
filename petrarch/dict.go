package petrarch

import (
	"strings"

	"github.com/dyadhq/dyad"
)

// Files names a PETRARCH dictionary set. Actors may be several files, read
// in order; a later entry for the same phrase is added beside the earlier.
type Files struct {
	Actors   []string
	Agents   string
	Verbs    string
	Discards string
}

// Dict is a loaded dictionary set; it is read concurrently without locks.
type Dict struct {
	actors trie[*actorEntry]
	agents trie[*agent]
	// phrases whose words are joined by blanks also match with words
	// between them ("ITHILEN TELEVISION": "Ithilen state-run television")
	looseActors looseIndex[*actorEntry]
	looseAgents looseIndex[*agent]
	verbs       *verbs
	discards    trie[bool] // true: the whole story is discarded
	Stats       Stats
}

// Stats counts what a dictionary set holds.
type Stats struct {
	ActorPhrases, AgentPhrases, VerbForms, Patterns, Synsets, Discards int
	// Transformations counts PETRARCH-2's "~" rules, read but not applied.
	Transformations int
}

// Load reads a dictionary set. Malformed lines come back as *ParseError
// warnings (file and line) and are skipped; err is set only when a file
// cannot be read.
func Load(f Files) (d *Dict, warnings []error, err error) {
	d = &Dict{verbs: &verbs{forms: map[string][]*verbForm{}, synsets: map[string][][]string{}},
		looseActors: looseIndex[*actorEntry]{}, looseAgents: looseIndex[*agent]{}}
	warn := func(e error) { warnings = append(warnings, e) }
	read := func(path string) ([]line, error) {
		ls, err := readLines(path)
		if err != nil {
			return nil, &dyad.Error{Code: dyad.EINVALID, Message: "PETRARCH dictionary " + path, Err: err}
		}
		return ls, nil
	}
	for _, path := range f.Actors {
		ls, err := read(path)
		if err != nil {
			return nil, warnings, err
		}
		parseActors(path, ls, func(ph string, e *actorEntry) {
			d.actors.add(words(ph), e)
			d.looseActors.add(ph, e)
			d.Stats.ActorPhrases++
		}, warn)
	}
	if f.Agents != "" {
		ls, err := read(f.Agents)
		if err != nil {
			return nil, warnings, err
		}
		parseAgents(f.Agents, ls, func(ph string, a *agent) {
			d.agents.add(words(ph), a)
			d.looseAgents.add(ph, a)
			d.Stats.AgentPhrases++
		}, warn)
	}
	if f.Verbs != "" {
		ls, err := read(f.Verbs)
		if err != nil {
			return nil, warnings, err
		}
		d.verbs = parseVerbs(f.Verbs, ls, warn)
		for _, fs := range d.verbs.forms {
			d.Stats.VerbForms += len(fs)
		}
		d.Stats.Patterns, d.Stats.Synsets = d.verbs.patterns, len(d.verbs.synsets)
		d.Stats.Transformations = d.verbs.transforms
	}
	if f.Discards != "" {
		ls, err := read(f.Discards)
		if err != nil {
			return nil, warnings, err
		}
		for _, l := range ls {
			if l.text == "" {
				continue
			}
			story := strings.HasPrefix(l.text, "+")
			ws := words(strings.TrimPrefix(l.text, "+"))
			if len(ws) > 0 {
				d.discards.add(ws, story)
				d.Stats.Discards++
			}
		}
	}
	return d, warnings, nil
}
