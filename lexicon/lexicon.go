package lexicon

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

//go:embed data
var embedded embed.FS

// Lexicon is the coder's knowledge, loaded once and read concurrently.
type Lexicon struct {
	// Version is a hash of every file loaded: part of event ids.
	Version string

	codes     map[dyad.EventCode]CodeInfo // the codebook
	countries map[string]bool             // country codes known to the actors files
	geography map[string]*CountryInfo     // where countries are
	names     map[string]string           // canonical names of country and organisation codes
	frames    []*Pattern
	maps      map[string]*CodeMap // frame kind → code map
	patterns  []*Pattern

	actors       trie[*Actor] // names, adjectives, capitals, seats, people: on folded words
	bodies       trie[*Actor] // bodies of states: on folded words, any case
	agents       trie[string] // role words: on lemmas
	places       trie[*Gazetteer]
	units        trie[Unit] // on lemmas
	goods        trie[Unit] // on lemmas
	gaz          []*Gazetteer
	capitals     map[string]*Gazetteer  // country code → its first capital in the gazetteer
	starts       map[string]uint8       // first words of phrases: which tries they start
	index        map[string][]*Pattern  // trigger lemma → patterns
	preIndex     map[string][]Prefilter // trigger lemma → the Prefilter of each of its patterns, side by side (PrefiltersAt)
	frameIdx     map[string][]*Pattern
	nclass       int                    // the classes of the patterns' elements (NumClasses)
	nots         map[string][]NotPhrase // the phrases of "not" lines by first word (exclude.go)
	notFirst     Sig                    // the signature of their first words (NotMayStart)
	lemmas       text.Lemmatizer
	entries      []*Entry // actor blocks, in load order
	agentPhrases int
	surnames     map[string][]*Actor // last word of a person's names of two words or more → the person
}

// Files of a dictionary directory, in load order.
const (
	codesFile  = "cameo.tsv"
	agentsFile = "agents.txt"
	verbsFile  = "verbs.txt"
	placesFile = "places.tsv"
	unitsFile  = "units.txt"
	geoFile    = "countries.tsv"
	actorsDir  = "actors"
)

// Load reads the embedded dictionaries, then those of each directory in dirs
// (same file names, added after, overriding entries of the same phrase). It
// returns the malformed lines it skipped as *ParseError warnings; err is set
// only when a directory cannot be read.
func Load(dirs ...string) (lx *Lexicon, warnings []error, err error) {
	sub, _ := fs.Sub(embedded, "data")
	srcs := []fs.FS{sub}
	names := []string{"embedded"}
	for _, d := range dirs {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			if err == nil {
				err = errors.New("not a directory")
			}
			return nil, nil, &dyad.Error{Code: dyad.EINVALID, Message: "dictionary directory " + d, Err: err}
		}
		srcs = append(srcs, os.DirFS(d))
		names = append(names, d)
	}
	lx = &Lexicon{
		codes: map[dyad.EventCode]CodeInfo{}, countries: map[string]bool{}, names: map[string]string{}, geography: map[string]*CountryInfo{},
		maps: map[string]*CodeMap{}, index: map[string][]*Pattern{}, frameIdx: map[string][]*Pattern{},
	}
	warn := func(e error) { warnings = append(warnings, e) }
	h := sha256.New()
	read := func(fsys fs.FS, root, name string) (string, string, bool) {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", "", false
		}
		h.Write([]byte(name))
		h.Write(b)
		file := name
		if root != "embedded" {
			file = path.Join(root, name)
		}
		return file, string(b), true
	}
	// The codebook first: patterns check their codes against it.
	for i, fsys := range srcs {
		if file, src, ok := read(fsys, names[i], codesFile); ok {
			parseCodes(file, src, lx.codes, warn)
		}
	}
	known := map[string]bool{}
	addKnown := func(words []string) {
		for _, w := range words {
			known[w] = true
		}
	}
	// the words of role and unit phrases are matched on lemmas as written:
	// "armed" of "armed group" stays "armed"
	keep := map[string]bool{}
	addKept := func(words []string) {
		addKnown(words)
		for _, w := range words {
			keep[w] = true
		}
	}
	// Actors: every file's blocks first, so that a group's country can be
	// checked against all the countries; then the phrases, later files
	// overriding the same phrase.
	for i, fsys := range srcs {
		files, _ := fs.Glob(fsys, actorsDir+"/*.txt")
		sort.Strings(files)
		for _, name := range files {
			if file, src, ok := read(fsys, names[i], name); ok {
				parseActors(file, src, func(e *Entry) { lx.entries = append(lx.entries, e) }, warn)
			}
		}
	}
	for _, e := range lx.entries {
		if e.Kind == "country" {
			lx.countries[e.Code] = true
		}
	}
	nphrases := 0
	for _, e := range lx.entries {
		nphrases += len(e.Phrases)
	}
	// sized up front: tens of thousands of phrases would rehash it many times
	actors := make(map[string][]*Actor, nphrases) // folded phrase → entries (kept in file order)
	type keyed struct {
		phrase
		key string
	}
	order := make([]keyed, 0, nphrases)
	for _, e := range lx.entries {
		if e.Kind == "group" && e.Country != "" && !lx.countries[e.Country] {
			warn(&ParseError{File: e.File, Line: e.countryLine, Err: fmt.Errorf("country %s: not a country of the actors files", e.Country)})
			e.Country = ""
		}
		var ind *Individual // shared by the entry's phrases
		if e.Kind == "person" || len(e.Roles) > 0 {
			ind = &Individual{Name: e.Name, Roles: e.Roles}
		}
		for _, p := range e.Phrases {
			a := &Actor{Kind: p.Kind, Code: e.Code, Country: e.Country, Role: p.Role, Shared: p.Shared, Name: e.Name, Type: e.Type, Person: ind, Entry: e}
			if a.Kind == Person {
				a.Country = ""
			}
			ph := newPhrase(p.Text)
			key := p.Text // as written when it is its folded words: no copy
			if len(ph.words) != 1 || ph.words[0] != p.Text {
				key = strings.Join(ph.words, " ")
			}
			if _, seen := actors[key]; !seen {
				order = append(order, keyed{ph, key})
			}
			actors[key] = append(actors[key], a)
			if a.Kind == Person && len(ph.words) >= 2 {
				lx.addSurname(ph.words[len(ph.words)-1], a)
			}
			if _, ok := lx.names[a.Code]; !ok && a.Kind == Name {
				lx.names[a.Code] = a.Name
			}
		}
	}
	for _, p := range order {
		for _, a := range dedupe(actors[p.key]) {
			if a.Kind == Body {
				lx.bodies.add(p.phrase, a)
			} else {
				lx.actors.add(p.phrase, a)
			}
		}
	}
	placeNames := map[string]bool{} // every name and alternate of the gazetteer, folded
	type placeKey struct {
		name string
		g    *Gazetteer
	}
	placeSeen := map[placeKey]bool{}
	var regionNames []namedPlace
	for i, fsys := range srcs {
		if file, src, ok := read(fsys, names[i], agentsFile); ok {
			parseAgents(file, src, func(ph, role string) {
				p := newPhrase(ph)
				p.caps = make([]caseRule, len(p.words)) // role words match any case
				addKept(p.words)
				lx.agents.add(p, role)
				lx.agentPhrases++
			}, warn)
		}
		if file, src, ok := read(fsys, names[i], geoFile); ok {
			parseCountries(file, src, lx.geography, warn)
		}
		if file, src, ok := read(fsys, names[i], unitsFile); ok {
			parseUnits(file, src, func(ph string, u Unit) {
				p := newPhrase(ph)
				p.caps = make([]caseRule, len(p.words))
				addKept(p.words)
				if u.Kind == "goods" {
					lx.goods.add(p, u)
					return
				}
				lx.units.add(p, u)
			}, warn)
		}
		if file, src, ok := read(fsys, names[i], placesFile); ok {
			parsePlaces(file, src, func(name string, g *Gazetteer) {
				if g.Name == name {
					lx.gaz = append(lx.gaz, g)
				}
				if g.Kind == "capital" && g.Country != "" && lx.capitals[g.Country] == nil {
					if lx.capitals == nil {
						lx.capitals = map[string]*Gazetteer{}
					}
					lx.capitals[g.Country] = g
				}
				if k := (placeKey{text.Fold(name), g}); !placeSeen[k] {
					// "Kraków" and "Krakow" fold to one name: one place, once
					placeSeen[k] = true
					lx.places.add(articleCase(newPhrase(divisionCase(name, g))), g) // gazetteer10: "al-Bireh" as "Al-Bireh" (article.go)
				}
				placeNames[strings.ToLower(name)] = true
				if g.Kind == "region" {
					regionNames = append(regionNames, namedPlace{name, g})
				}
			}, warn)
		}
	}
	for _, d := range divisionNames(regionNames, placeNames) {
		lx.places.add(newPhrase(d.name), d.g)
	}
	vs := &verbSet{classes: map[string][][]string{}, maps: map[string]*CodeMap{}, byFirst: map[string]map[string][][]string{}}
	for i, fsys := range srcs {
		if file, src, ok := read(fsys, names[i], verbsFile); ok {
			vs.parse(file, src, lx.codes, warn)
		}
	}
	vs.compile(warn)
	lx.patterns, lx.frames, lx.maps, lx.nclass, lx.nots = vs.patterns, vs.frames, vs.maps, vs.nclass, vs.notIdx
	for w, phs := range lx.nots {
		lx.notFirst.Add(w)
		for _, ph := range phs {
			addKnown(ph.Words)
		}
	}
	for _, p := range lx.patterns {
		for _, t := range p.Triggers() {
			lx.index[t] = append(lx.index[t], p)
		}
	}
	lx.preIndex = make(map[string][]Prefilter, len(lx.index))
	for t, ps := range lx.index {
		pre := make([]Prefilter, len(ps))
		for i, p := range ps {
			pre[i] = p.prefilter()
		}
		lx.preIndex[t] = pre
	}
	for _, p := range lx.frames {
		for _, t := range p.Triggers() {
			lx.frameIdx[t] = append(lx.frameIdx[t], p)
		}
	}
	for _, p := range append(append([]*Pattern{}, lx.patterns...), lx.frames...) {
		for _, e := range slices.Concat(p.Before, p.Elems) {
			addKnown(e.Words)
			for _, ph := range e.Class {
				addKnown(ph)
			}
		}
	}
	for _, p := range lx.frames {
		for _, e := range p.Elems {
			for _, w := range e.Words {
				if strings.HasSuffix(w, "ing") && p.forms[w] == "" {
					// "willing to" is not "will"; but "refusing" in
					// "refuse|refusing to" is "refuse"
					keep[w] = true
				}
			}
		}
	}
	forms := map[string]string{}
	for _, p := range append(append([]*Pattern{}, lx.patterns...), lx.frames...) {
		for w, lemma := range p.forms {
			if prev, ok := forms[w]; ok && prev != lemma {
				warn(&ParseError{File: p.File, Line: p.Line, Err: fmt.Errorf("%q is written as a form of both %q and %q", w, prev, lemma)})
				continue
			}
			forms[w] = lemma
		}
	}
	lx.lemmas = text.Lemmatizer{Known: known, Keep: keep, Forms: forms}
	lx.starts = make(map[string]uint8, len(lx.actors.root.next)+len(lx.places.root.next)+len(lx.agents.root.next))
	for bit, root := range []map[string]*node[*Actor]{lx.actors.root.next, lx.bodies.root.next} {
		for w := range root {
			lx.starts[w] |= 1 << bit
		}
	}
	for w := range lx.places.root.next {
		lx.starts[w] |= StartsPlace
	}
	for w := range lx.agents.root.next {
		lx.starts[w] |= StartsAgent
	}
	for w := range lx.units.root.next {
		lx.starts[w] |= StartsUnit
	}

	lx.Version = hex.EncodeToString(h.Sum(nil))[:12]
	return lx, warnings, nil
}

// dedupe keeps the last entry for each (kind, code, role): a user's file
// overrides the embedded entry of the same phrase and meaning, and different
// meanings of one phrase (a person and a country) stay side by side.
func dedupe(as []*Actor) []*Actor {
	if len(as) == 1 {
		return as // most phrases: no map to build
	}
	type key struct {
		kind       Kind
		code, role string
		person     *Individual
	}
	last := map[key]int{}
	for i, a := range as {
		last[key{a.Kind, a.Code, a.Role, a.Person}] = i
	}
	var out []*Actor
	for i, a := range as {
		if last[key{a.Kind, a.Code, a.Role, a.Person}] == i {
			out = append(out, a)
		}
	}
	return out
}

// Lemmatize fills the Lemma of every token. A number written with its
// scale's letter ("$45m", "€2.5bn", headline money) has the scale's word as
// its lemma, so that a pattern's "million|billion" reads it as it reads "$45
// million".
func (lx *Lexicon) Lemmatize(toks []text.Token) {
	for i := range toks {
		switch toks[i].Kind {
		case text.Word:
			toks[i].Lemma = lx.lemmas.Lemma(toks[i].Lower)
		case text.Number:
			if w := scaleWord(toks[i].Lower); w != "" {
				toks[i].Lemma = w
			}
		}
	}
}

// scaleWord returns the word of the scale a number's letters give ("45m"
// million, "2.5bn" billion, "1tn" trillion), or "".
func scaleWord(num string) string {
	for _, s := range []struct{ suffix, word string }{{"bn", "billion"}, {"mn", "million"}, {"tn", "trillion"}, {"m", "million"}, {"b", "billion"}} {
		if d, ok := strings.CutSuffix(num, s.suffix); ok && d != "" && d[len(d)-1] >= '0' && d[len(d)-1] <= '9' {
			return s.word
		}
	}
	return ""
}

// Actor returns the actor entries of the longest actor phrase at toks[i] and
// its length in tokens.
func (lx *Lexicon) Actor(toks []text.Token, i int) ([]*Actor, int) {
	return lx.actors.longest(toks, i, Lower)
}

// ActorStart is where the actors' names that begin with one word go on
// (ActorStartOf), for a caller that remembers it for the word.
type ActorStart = node[*Actor] // speed7

// ActorStartOf returns the ActorStart of a folded word, nil when no name
// begins with it.
func (lx *Lexicon) ActorStartOf(word string) *ActorStart {
	if lx.actors.root.next == nil && lx.actors.root.only == nil {
		return nil
	}
	return lx.actors.root.child(word)
}

// ActorFrom is Actor for a token whose ActorStartOf is st.
func (lx *Lexicon) ActorFrom(st *ActorStart, toks []text.Token, i int) ([]*Actor, int) {
	return longestFrom(st, toks, i, Lower)
}

// Body returns the state bodies named at toks[i] ("Foreign Ministry") in any
// case, and the phrase's length.
func (lx *Lexicon) Body(toks []text.Token, i int) ([]*Actor, int) {
	return lx.bodies.longest(toks, i, Lower)
}

// agentWords returns the role phrases of one word.
func (lx *Lexicon) agentWords() []string {
	var out []string
	for w, n := range lx.agents.root.next {
		if len(n.vals) > 0 {
			out = append(out, w)
		}
	}
	return out
}

// Agent returns the role of the longest role phrase at toks[i] ("foreign
// minister", "troops") and its length.
func (lx *Lexicon) Agent(toks []text.Token, i int) (string, int) {
	v, n := lx.agents.longest(toks, i, Lemma)
	if n == 0 {
		return "", 0
	}
	return v[len(v)-1], n
}

// Place returns the places named at toks[i] and the phrase's length.
func (lx *Lexicon) Place(toks []text.Token, i int) ([]*Gazetteer, int) {
	return lx.places.longest(toks, i, Lower)
}

// Unit returns the unit named at toks[i] ("containers", "billion cubic
// metres", "$") and the phrase's length.
func (lx *Lexicon) Unit(toks []text.Token, i int) (Unit, int) {
	v, n := lx.units.longest(toks, i, Lemma)
	if n == 0 {
		return Unit{}, 0
	}
	return v[len(v)-1], n
}

// Goods returns the goods named at toks[i] ("crude oil", "artillery
// shells", "workers") and the phrase's length: a Unit of kind "goods" whose
// Code is the CAMEO code of moving them (061 trade, 072 military aid, 073
// humanitarian aid).
func (lx *Lexicon) Goods(toks []text.Token, i int) (Unit, int) {
	v, n := lx.goods.longest(toks, i, Lemma)
	if n == 0 {
		return Unit{}, 0
	}
	return v[len(v)-1], n
}

// Bits of Starts: which dictionaries have a phrase that starts with a word.
const (
	StartsActor uint8 = 1 << iota
	StartsBody
	StartsPlace
	StartsAgent
	StartsUnit
)

// Starts tells which dictionaries have a phrase beginning with token t (by
// its folded form, or its lemma for role words and units): one look-up that
// lets a scanner skip the tries for most words.
func (lx *Lexicon) Starts(t *text.Token) uint8 {
	b := lx.starts[t.Lower]
	if t.Lemma != t.Lower {
		b |= lx.starts[t.Lemma] & (StartsAgent | StartsUnit)
	}
	return b
}

// CountryCode returns the code of the country a whole name names ("Russian
// Federation", "North Korea"), or "" when no country has that name.
func (lx *Lexicon) CountryCode(name string) string {
	toks := text.Tokenize(name, 0)
	if len(toks) == 0 {
		return ""
	}
	as, n := lx.actors.longest(toks, 0, Lower)
	if n != len(toks) {
		return ""
	}
	for _, a := range as {
		if a.Kind == Name && a.Country != "" {
			return a.Country
		}
	}
	return ""
}

// Label returns the label and PLOVER type of a CAMEO code.
func (lx *Lexicon) Label(c dyad.EventCode) (string, string) {
	info := lx.codes[c]
	return info.Label, info.Plover
}

// Gazetteer returns every place of the gazetteer, in file order.
func (lx *Lexicon) Gazetteer() []*Gazetteer { return lx.gaz }

// Capital returns the capital of the country code, the first the gazetteer
// lists for it (the seat of government where a country has several), or
// nil.
func (lx *Lexicon) Capital(code string) *Gazetteer { return lx.capitals[code] }

// Country returns the geography of a country: its representative point and
// boxes.
func (lx *Lexicon) Country(code string) (*CountryInfo, bool) {
	c, ok := lx.geography[code]
	return c, ok
}

// PlaceNamed returns the places whose one-word name is the folded word w
// ("vostochny"), for text that glues a name to a generic word
// ("Vostochnyport").
func (lx *Lexicon) PlaceNamed(w string) []*Gazetteer {
	n := lx.places.root.next[w]
	if n == nil {
		return nil
	}
	var out []*Gazetteer
	for _, v := range n.vals {
		out = append(out, v.val)
	}
	return out
}

// PatternsAt returns the action patterns whose trigger is lemma.
func (lx *Lexicon) PatternsAt(lemma string) []*Pattern { return lx.index[lemma] }

// PrefiltersAt returns the Prefilter of each pattern of PatternsAt(lemma),
// in the same order. They lie side by side, apart from the patterns, so
// that a matcher can reject most patterns whose words a sentence lacks
// without reading the patterns themselves from memory.
func (lx *Lexicon) PrefiltersAt(lemma string) []Prefilter { return lx.preIndex[lemma] }

// FramesAt returns the frames whose trigger is lemma.
func (lx *Lexicon) FramesAt(lemma string) []*Pattern { return lx.frameIdx[lemma] }

// NumClasses returns how many classes the patterns' class elements have
// (Elem.ClassID numbers them from 1).
func (lx *Lexicon) NumClasses() int { return lx.nclass }

// IsCountry reports whether code is a known country code.
func (lx *Lexicon) IsCountry(code string) bool { return lx.countries[code] }

// CodeInfo returns the codebook's entry for c.
func (lx *Lexicon) CodeInfo(c dyad.EventCode) (CodeInfo, bool) {
	info, ok := lx.codes[c]
	return info, ok
}

// NumCodes is the number of codes in the codebook.
func (lx *Lexicon) NumCodes() int { return len(lx.codes) }

// Name returns the canonical name of a country or organisation code.
func (lx *Lexicon) Name(code string) (string, bool) {
	n, ok := lx.names[code]
	return n, ok
}

// CountryCodes returns the country codes the actors files know, sorted.
func (lx *Lexicon) CountryCodes() []string {
	out := make([]string, 0, len(lx.countries))
	for c := range lx.countries {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// Patterns returns every action pattern, in file order.
func (lx *Lexicon) Patterns() []*Pattern { return lx.patterns }

// Frames returns every frame pattern, in file order.
func (lx *Lexicon) Frames() []*Pattern { return lx.frames }

// Map returns the code map of a frame kind ("INTENT", "DEMAND"), or nil.
func (lx *Lexicon) Map(kind string) *CodeMap { return lx.maps[kind] }
