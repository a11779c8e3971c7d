// Command phoenix converts the non-state actors and the people of the
// Phoenix dictionaries (openeventdata/petrarch2, MIT licence) into dyad's
// `group` and `person` blocks, groups-phoenix.txt and people-phoenix.txt:
//
//	go run ./lexicon/phoenix -in ../shared/data/phoenix -out lexicon/data/actors
//
// Both files are made in one run from the Phoenix files and the rest of the
// embedded lexicon (less the two files themselves, so that the output
// depends on its inputs only); a test checks that the committed files are
// what the command makes. People are described in people.go.
//
// # Groups
//
// It reads every entry of Phoenix.MilNonState.actors.txt (armed and
// terrorist groups) and the NGO and IMG entries of
// Phoenix.International.actors.txt with the petrarch package's reader, and
// writes one block per group that keeps at least one name that is safe to
// match in news text. What it leaves out, and why:
//
//   - people: every entry with dated codes (people-phoenix.txt has those of
//     the Countries and International files; MilNonState's one dated entry,
//     Hamas's founder Ahmed Yassin, lists a spokesman among his names and is
//     left out); the entries of MilNonState's last section (phrases ending "__",
//     mostly militants' names) without a word that names an organisation;
//     NGO entries shaped like a person's name (two to four words, no
//     particle, no organisation word, no country); leaders filed as
//     synonyms of their group (a reviewed list: Joseph Kony, Hassan
//     Nasrallah...) and Phoenix's fictional test entries;
//   - corporations, IGOs and people of the International file: only its NGO
//     and IMG entries are read;
//   - names the rest of dyad's lexicon already has (countries, organisations,
//     people, the team-written groups, agent words), compared without
//     punctuation ("Lashkar e Taiba" is "Lashkar-e-Taiba"): a Phoenix entry
//     with a name of a team-written group is the same group and is left out
//     whole, so the team-written block wins;
//   - generic names: one common word ("Organization", "Youth"), two words
//     that are both generic ("Red Army", "Islamic Jihad", "Popular
//     Resistance"), dates ("May 15"), one-word names under three letters;
//   - names that Phoenix gives to two groups with different codes.
//
// Codes are Phoenix's. The country is the code's first segment when it is a
// country of dyad's lexicon (or, for NGO codes, the second); a few
// non-ISO country segments are mapped where the mapping is a fact (ANG is
// Angola's AGO, PRI Puerto Rico and GLP Guadeloupe are parts of the United
// States and France); KKL, an annotator's initials in place of a country, is
// replaced by the country a parenthesised qualifier ("(COLOMBIA)") or a word
// of the name ("Lebanese Socialist Revolutionary Organization") names, or
// dropped, leaving the type alone. CAMEO region segments (MEA, SAS, WEU...)
// stay, with no country. Segments of CAMEO's religion codebook that are
// numbers ("NGOCHRPRO214") are dropped: dyad's codes are letter triples.
// Names: underscores become spaces; a parenthesised abbreviation of three or
// more capitals becomes a name of its own; words are capitalised (a
// capitalised dictionary word matches capitalised text only), particles
// and the words after a hyphen are lower case (they match any case), a
// one-word name of short segments stays in capitals (an abbreviation:
// matched in capitals only).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/petrarch"
	"github.com/dyadhq/dyad/text"
)

// outFile and peopleFile (people.go) are the converted files as the embedded
// lexicon names them: their own previous output is not a reason to drop a
// name.
const outFile = "actors/groups-phoenix.txt"

var generated = map[string]bool{outFile: true, peopleFile: true}

func main() {
	in := flag.String("in", "", "directory of the Phoenix dictionaries")
	out := flag.String("out", "", "directory to write groups-phoenix.txt and people-phoenix.txt to (stdout when empty)")
	verbose := flag.Bool("v", false, "list every dropped name and why on stderr")
	flag.Parse()
	if *in == "" {
		fmt.Fprintln(os.Stderr, "usage: phoenix -in DIR [-out DIR] [-v]")
		os.Exit(2)
	}
	lx, _, err := lexicon.Load()
	if err != nil {
		fatal(err)
	}
	var drops io.Writer
	if *verbose {
		drops = os.Stderr
	}
	res, err := convert(lx, *in, drops)
	if err != nil {
		fatal(err)
	}
	for _, w := range res.warnings {
		fmt.Fprintln(os.Stderr, "warning:", w)
	}
	if *out == "" {
		_, err = os.Stdout.WriteString(res.groups + res.people)
	} else {
		err = os.WriteFile(filepath.Join(*out, path.Base(outFile)), []byte(res.groups), 0o644)
		if err == nil {
			err = os.WriteFile(filepath.Join(*out, path.Base(peopleFile)), []byte(res.people), 0o644)
		}
	}
	if err != nil {
		fatal(err)
	}
	fmt.Fprintf(os.Stderr, "phoenix: %d groups, %d people with %d roles written\n", res.nGroups, res.stats.People, res.stats.Roles)
	whys := make([]string, 0, len(res.stats.Drops))
	for why := range res.stats.Drops {
		whys = append(whys, why)
	}
	sort.Strings(whys)
	for _, why := range whys {
		fmt.Fprintf(os.Stderr, "  left out: %6d %s\n", res.stats.Drops[why], why)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "phoenix:", err)
	os.Exit(1)
}

// result is what a conversion makes: the text of both files, how many
// groups and people they hold, and the Phoenix reader's warnings.
type result struct {
	groups, people string
	nGroups        int
	stats          peopleStats
	warnings       []error
}

// convert reads the Phoenix dictionaries in dir and returns the text of
// groups-phoenix.txt and people-phoenix.txt. lx is the lexicon whose names
// the conversion leaves out; drops, when not nil, gets every name left out
// and why.
func convert(lx *lexicon.Lexicon, dir string, drops io.Writer) (result, error) {
	var res result
	c := newConverter(lx)
	c.log = drops
	read := map[string][]petrarch.Actor{}
	for _, file := range append(sourceFiles(), peopleSources...) {
		if _, ok := read[file]; ok {
			continue
		}
		es, warns, err := petrarch.ReadActors(filepath.Join(dir, file))
		if err != nil {
			return res, err
		}
		res.warnings = append(res.warnings, warns...)
		read[file] = es
	}
	var srcs [][]petrarch.Actor
	for _, src := range sources {
		srcs = append(srcs, read[src.file])
	}
	for _, es := range srcs {
		c.abbreviations(es)
	}
	for i, es := range srcs {
		c.add(sources[i], es)
	}
	c.dedupe()
	var b strings.Builder
	res.nGroups = c.write(&b)
	res.groups = b.String()
	res.people, res.stats = c.convertPeople(read, c.groups, res.warnings)
	return res, nil
}

func sourceFiles() []string {
	var fs []string
	for _, s := range sources {
		fs = append(fs, s.file)
	}
	return fs
}

// source is one Phoenix file and which of its entries are groups.
type source struct {
	file string
	keep func(code string) bool
}

var sources = []source{
	{"Phoenix.MilNonState.actors.txt", func(string) bool { return true }},
	{"Phoenix.International.actors.txt", func(code string) bool {
		return strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "IMG")
	}},
}

// group is a converted entry.
type group struct {
	code, country string
	name          string // canonical: the cleaned first phrase
	names         []string
	file          string
	line          int
}

type converter struct {
	lx     *lexicon.Lexicon
	taken  map[string]string // folded phrase → what the rest of the lexicon makes of it
	team   map[string]bool   // folded names of the team-written groups
	caps   map[string]bool   // words that stay in capitals inside a name: "IRA", "USA"
	groups []*group
	log    io.Writer
}

func newConverter(lx *lexicon.Lexicon) *converter {
	c := &converter{lx: lx, taken: map[string]string{}, team: map[string]bool{}, caps: map[string]bool{}}
	for _, e := range lx.Entries() {
		if generated[e.File] {
			continue
		}
		for _, p := range e.Phrases {
			k := loose(p.Text)
			if _, ok := c.taken[k]; !ok {
				c.taken[k] = e.Kind + " " + e.Code + " " + e.Name
			}
			if e.Kind == "group" {
				c.team[k] = true
			}
			if t := text.Tokenize(p.Text, 0); len(t) == 1 && t[0].Upper && len(p.Text) <= 3 && !particles[t[0].Lower] && !smallWords[t[0].Lower] {
				c.caps[strings.ToUpper(p.Text)] = true
			}
		}
	}
	return c
}

func (c *converter) drop(name, why string) {
	if c.log != nil {
		fmt.Fprintf(c.log, "drop %q: %s\n", name, why)
	}
}

func (c *converter) add(src source, es []petrarch.Actor) {
entries:
	for _, e := range es {
		if len(e.Codes) != 1 || len(e.Phrases) == 0 || !src.keep(e.Codes[0]) {
			continue
		}
		if len(e.Dated) > 0 {
			c.drop(e.Phrases[0], "dated codes: a person")
			continue
		}
		names, qualifier := c.names(e.Phrases, strings.HasPrefix(e.Codes[0], "NGO"))
		if len(names) == 0 {
			continue
		}
		for _, n := range names {
			if c.team[loose(n)] && !otherGroup[loose(n)] {
				c.drop(names[0], "the same group as "+c.taken[loose(n)]+" (team-written)")
				continue entries
			}
		}
		if qualifier == "" && strings.HasPrefix(e.Codes[0], "KKL") {
			qualifier = c.countryIn(display(names[0]))
		}
		code, country, ok := c.mapCode(e.Codes[0], qualifier)
		if !ok {
			c.drop(e.Phrases[0], "code "+e.Codes[0])
			continue
		}
		g := &group{code: code, country: country, name: display(names[0]), file: src.file, line: e.Line}
		for _, n := range names {
			if why := c.unsafe(n); why != "" {
				c.drop(n, why)
				continue
			}
			g.names = append(g.names, n)
		}
		c.groups = append(c.groups, g)
	}
}

// abbreviations collects the parenthesised abbreviations of every entry:
// where such a word appears inside a longer name it stays in capitals
// ("Continuity IRA").
func (c *converter) abbreviations(es []petrarch.Actor) {
	for _, e := range es {
		for _, ph := range e.Phrases {
			_, parens := parentheses(strings.ReplaceAll(ph, "_", " "))
			for _, p := range parens {
				if acronym.MatchString(p) && len(p) <= 3 {
					c.caps[p] = true
				}
			}
		}
	}
}

// countryIn returns the country whose name or adjective is a word of name
// ("Lebanese Socialist Revolutionary Organization"), or "".
func (c *converter) countryIn(name string) string {
	toks := text.Tokenize(name, 0)
	for i := range toks {
		as, n := c.lx.Actor(toks[i:i+1], 0) // the word alone: not the start of a longer phrase
		if n == 1 && len(as) > 0 && as[0].Country != "" && (as[0].Kind == lexicon.Name || as[0].Kind == lexicon.Adjective) {
			return as[0].Country
		}
	}
	return ""
}

// dedupe drops names that two groups share. Phoenix lists some groups
// twice (the same first name and country, often with different codes): the
// first entry keeps the name. A name shared by groups with different first
// names or countries cannot tell them apart and is dropped from all.
func (c *converter) dedupe() {
	firsts := map[string]map[string]bool{}
	for _, g := range c.groups {
		for _, n := range g.names {
			k := key(n)
			if firsts[k] == nil {
				firsts[k] = map[string]bool{}
			}
			firsts[k][key(g.name)+"|"+g.country] = true
		}
	}
	seen := map[string]bool{}
	for _, g := range c.groups {
		var keep []string
		for _, n := range g.names {
			k := key(n)
			switch {
			case len(firsts[k]) > 1:
				c.drop(n, "names different groups")
			case seen[k]:
			default:
				seen[k] = true
				keep = append(keep, n)
			}
		}
		g.names = keep
	}
}

// set makes a set of the words of s, or of its sep-separated phrases.
func set(s string, sep ...string) map[string]bool {
	items := strings.Fields(s)
	if len(sep) > 0 && sep[0] != " " {
		items = strings.Split(s, sep[0])
	}
	m := map[string]bool{}
	for _, w := range items {
		m[strings.Join(strings.Fields(w), " ")] = true
	}
	return m
}

// key folds a phrase the way the lexicon compares phrases.
func key(s string) string {
	toks := text.Tokenize(s, 0)
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.Lower
	}
	return strings.Join(ws, " ")
}

// loose folds a phrase more than the lexicon does, for finding the same name
// written another way: no punctuation, no apostrophes ("Lashkar e Taiba" is
// "Lashkar-e-Taiba").
func loose(s string) string {
	var ws []string
	for _, t := range text.Tokenize(s, 0) {
		if t.Kind != text.Punct && t.Lower != "'s" {
			ws = append(ws, strings.NewReplacer("'", "", "’", "").Replace(t.Lower))
		}
	}
	return strings.Join(ws, " ")
}

// nonISO maps Phoenix's country segments that are not ISO codes, where the
// mapping is a fact.
var nonISO = map[string]string{
	"ANG": "AGO", // Angola (UNITA)
	"PRI": "USA", // Puerto Rico, a territory of the United States
	"GLP": "FRA", // Guadeloupe, an overseas region of France
}

// mapCode returns dyad's code and country for a Phoenix code.
func (c *converter) mapCode(code, qualifier string) (string, string, bool) {
	if len(code) < 3 || len(code)%3 != 0 {
		return "", "", false
	}
	// CAMEO's religion codebook numbers denominations ("NGOCHRPRO214"):
	// dyad's codes are letter triples, so the numbered segments go.
	var b strings.Builder
	for i := 0; i < len(code); i += 3 {
		if !strings.ContainsAny(code[i:i+3], "0123456789") {
			b.WriteString(code[i : i+3])
		}
	}
	code = b.String()
	head, rest := code[:3], code[3:]
	if to, ok := nonISO[head]; ok {
		head = to
	}
	switch {
	case c.lx.IsCountry(head):
		return head + rest, head, true
	case head == "KKL" && qualifier != "":
		return qualifier + rest, qualifier, true
	case head == "KKL":
		return rest, "", rest != ""
	case head == "NGO" && len(rest) >= 3 && c.lx.IsCountry(rest[:3]):
		return code, rest[:3], true
	}
	return code, "", true
}

func (c *converter) write(w io.Writer) int {
	fmt.Fprint(w, header)
	n := 0
	last := ""
	sort.SliceStable(c.groups, func(i, j int) bool { return c.groups[i].file > c.groups[j].file }) // MilNonState first
	for _, g := range c.groups {
		if len(g.names) == 0 {
			continue
		}
		if g.file != last {
			fmt.Fprintf(w, "\n# ======================================================================================\n# %s\n# ======================================================================================\n", g.file)
			last = g.file
		}
		n++
		fmt.Fprintf(w, "\ngroup %s %s  # line %d\n", g.code, g.name, g.line)
		if g.country != "" {
			fmt.Fprintf(w, "  country: %s\n", g.country)
		}
		fmt.Fprintf(w, "  names: %s\n", strings.Join(g.names, "; "))
	}
	return n
}

const header = `# dyad: non-state groups converted from the Phoenix dictionaries. Do not edit: regenerate with
#
#   go run ./lexicon/phoenix -in ../shared/data/phoenix -out lexicon/data/actors
#
# Source: openeventdata/petrarch2, petrarch2/data/dictionaries @676801c: Phoenix.MilNonState.actors.txt
# (every group) and Phoenix.International.actors.txt (the NGO and IMG entries). MIT licence.
# Phoenix dictionaries: the Open Event Data Alliance, built on the CAMEO dictionaries of the Computational
# Event Data System project (Philip Schrodt, University of Kansas; funded by the National Science
# Foundation, SES-0096086, SES-0455158, SES-0527564, SES-1004414, SES-1259190, and the University of
# Kansas General Research Fund). MilNonState: TOPS Non-state War Actors Named Entity Recognition, Michael
# Kenwick, Hyun Woo Kim and Emma Leonard (Pennsylvania State University, 2013), from the START TOPS
# database.
#
# What the converter keeps and leaves out (people, generic and ambiguous names, names the rest of the
# lexicon has) is documented in lexicon/phoenix/main.go. Codes are Phoenix's; "# line N" is the line of
# the entry in its Phoenix file. The team-written groups (groups.txt) take precedence over these.
`
