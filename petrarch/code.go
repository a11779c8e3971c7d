package petrarch

import (
	"sort"
	"strings"
)

// Options are PETRARCH's coding options (PETR_config.ini).
type Options struct {
	// RequireDyad drops events whose source or target has no code; when
	// false such events are kept with the null code "---".
	RequireDyad bool
	// NewActorLength: when above zero, a noun phrase of at most this many
	// words that no dictionary codes becomes an actor coded by its words.
	NewActorLength int
	// Comma-delimited clauses of these lengths in words are dropped before
	// coding: internal (Min–Max), initial (BMin–BMax), terminal (EMin–EMax).
	// A zero maximum turns the rule off.
	CommaMin, CommaMax, CommaBMin, CommaBMax, CommaEMin, CommaEMax int
}

// DefaultOptions are PETRARCH's defaults.
func DefaultOptions() Options {
	return Options{RequireDyad: true, CommaMin: 2, CommaMax: 8, CommaEMin: 2, CommaEMax: 8}
}

// Triple is one coded event: source and target actor codes ("---" for a
// null code) and the event code, with the words it came from.
type Triple struct {
	Source, Target, Code string
	Verb                 [2]int // byte span of the verb in the sentence
	Src, Tgt             [2]int // byte spans of the actor phrases ({0,0} when null)
	Pattern              string // "file:line: pattern" when a pattern matched
}

// Result is what coding one sentence gives.
type Result struct {
	Events []Triple
	// Discard is "sentence" or "story" when a discard phrase stopped the
	// coding.
	Discard string
}

// item is an actor or agent phrase found in the text.
type item struct {
	start, end int // token span
	codes      []string
	agent      *agent
}

// mention is an actor as the coder uses it: a span of tokens and the codes
// of its members (several for a compound).
type mention struct {
	start, end int
	codes      []string
}

// verbAt is a verb of the dictionary used as a verb in the sentence.
type verbAt struct {
	i          int         // the verb word
	start, end int         // with the words of a multi-word verb
	forms      []*verbForm // the verb's entries, one per block it is in
	src        *mention    // the subject found for it
	coded      bool
}

type sentence struct {
	d     *Dict
	opt   Options
	date  string
	toks  []token
	items []item
	inIt  []int // token → item index or -1
	ms    []*mention
	inM   []int // token → mention index or -1
	verbs []*verbAt
	isV   []bool
}

// debug, when set by a test, receives each sentence's analysis.
var debug func(string)

// Code codes one sentence on date (YYYYMMDD, or "" when unknown).
func (d *Dict) Code(text, date string, opt Options) Result {
	toks := tokenize(text)
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.w
	}
	for i := range ws {
		if v, n := d.discards.longest(ws, i); n > 0 {
			if v[0] {
				return Result{Discard: "story"}
			}
			return Result{Discard: "sentence"}
		}
	}
	actorAt := func(i int) bool {
		// a clause that opens with an actor ("Mordor, the Shire, Fornost
		// and Bree") continues a list or names one: it is not dropped
		for k := i; k < len(ws) && k < i+4; k++ {
			if _, n := d.actors.longest(ws, k); n > 0 {
				return true
			}
			if !determiners[ws[k]] && (isPunct(ws[k]) || prepositions[ws[k]] || auxiliaries[ws[k]] || subordinators[ws[k]]) {
				return false
			}
			if _, n := d.verbs.formAt(ws, k); n > 0 {
				return false
			}
		}
		return false
	}
	s := &sentence{d: d, opt: opt, date: date, toks: dropCommaClauses(toks, opt, actorAt)}
	s.findItems()
	s.findVerbs()
	if opt.NewActorLength > 0 {
		s.newActors()
	}
	s.findMentions()
	evs := s.code()
	if debug != nil {
		debug(s.explain())
	}
	return Result{Events: evs}
}

// dropCommaClauses removes comma-delimited clauses whose length is within
// the options' bounds: the terminal clause, the initial one, then internal
// ones.
func dropCommaClauses(toks []token, opt Options, actorAt func(int) bool) []token {
	var commas []int
	for i, t := range toks {
		if t.w == "," {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return toks
	}
	drop := make([]bool, len(toks))
	words := func(a, b int) int {
		n := 0
		for i := a; i < b; i++ {
			if !isPunct(toks[i].w) {
				n++
			}
		}
		return n
	}
	end := len(toks)
	for end > 0 && isPunct(toks[end-1].w) && toks[end-1].w != "," {
		end--
	}
	within := func(n, lo, hi int) bool { return hi > 0 && n >= lo && n <= hi }
	last := commas[len(commas)-1]
	if within(words(last+1, end), opt.CommaEMin, opt.CommaEMax) && !actorAt(last+1) {
		for i := last; i < end; i++ {
			drop[i] = true
		}
		commas = commas[:len(commas)-1]
	}
	if len(commas) > 0 && within(words(0, commas[0]), opt.CommaBMin, opt.CommaBMax) {
		for i := 0; i <= commas[0]; i++ {
			drop[i] = true
		}
		commas = commas[1:]
	}
	for k := 0; k+1 < len(commas); k++ {
		a, b := commas[k], commas[k+1]
		if within(words(a+1, b), opt.CommaMin, opt.CommaMax) && !actorAt(a+1) {
			for i := a; i < b; i++ {
				drop[i] = true
			}
			k++
		}
	}
	var out []token
	for i, t := range toks {
		if !drop[i] {
			out = append(out, t)
		}
	}
	return out
}

func (s *sentence) words(a, b int) []string {
	out := make([]string, 0, b-a)
	for i := a; i < b; i++ {
		out = append(out, s.toks[i].w)
	}
	return out
}

// findItems marks the longest actor or agent phrase at each position.
func (s *sentence) findItems() {
	ws := s.words(0, len(s.toks))
	s.inIt = make([]int, len(ws))
	for i := range s.inIt {
		s.inIt[i] = -1
	}
	skip := func(k int) bool {
		w := ws[k]
		return !isPunct(w) && !determiners[w] && !auxiliaries[w] && !prepositions[w] && !subordinators[w] && !conjunctions[w] && !pronouns[w]
	}
	for i := 0; i < len(ws); {
		var a *actorEntry
		var g *agent
		as, na := s.d.actors.longest(ws, i)
		if na > 0 {
			a = as[0]
		}
		if la, n := s.d.looseActors.match(ws, i, skip); n > na {
			a, na = la, n
		}
		gs, ng := s.d.agents.longest(ws, i)
		if ng > 0 {
			g = gs[0]
		}
		if lg, n := s.d.looseAgents.match(ws, i, skip); n > ng {
			g, ng = lg, n
		}
		switch {
		case na > 0 && na >= ng:
			s.add(item{start: i, end: i + na, codes: a.at(s.date)})
			i += na
		case ng > 0:
			s.add(item{start: i, end: i + ng, agent: g})
			i += ng
		default:
			i++
		}
	}
}

func (s *sentence) add(it item) {
	for k := it.start; k < it.end; k++ {
		s.inIt[k] = len(s.items)
	}
	s.items = append(s.items, it)
}

// findVerbs finds the dictionary's verbs used as verbs: a form the verbs
// file lists, outside actor phrases, and not a noun after a determiner.
func (s *sentence) findVerbs() {
	s.isV = make([]bool, len(s.toks))
	for i, t := range s.toks {
		if s.inIt[i] >= 0 {
			continue
		}
		var best *verbAt
		for _, f := range s.d.verbs.forms[t.w] {
			a, b := i-len(f.before), i+len(f.after)
			if a < 0 || b > len(s.toks) || !equal(s.words(a, i), f.before) || !equal(s.words(i, b), f.after) {
				continue
			}
			switch {
			case best == nil || b-a > best.end-best.start:
				best = &verbAt{i: i, start: a, end: b, forms: []*verbForm{f}}
			case b-a == best.end-best.start:
				best.forms = append(best.forms, f) // the same word in several blocks
			}
		}
		if best == nil || s.nounUse(best) || s.notMainVerb(best) {
			continue
		}
		s.verbs = append(s.verbs, best)
		for k := best.start; k < best.end; k++ {
			s.isV[k] = true
		}
	}
}

// nounUse reports whether the verb's word is a noun: a determiner or
// possessive comes before it, across at most four modifiers and actor names
// ("an anti- Gondor parade"). Past forms are taken as verbs.
func (s *sentence) nounUse(v *verbAt) bool {
	w := s.toks[v.i].w
	if strings.HasSuffix(w, "ED") || participles[w] {
		return false
	}
	i := v.start
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := s.toks[k].w
		switch {
		case determiners[w]:
			return true
		case s.inIt[k] >= 0 && s.items[s.inIt[k]].agent == nil:
			// an actor as a modifier ("an anti- Gondor parade"), unless
			// the determiner is the actor's own ("the Philippines agree")
			k = s.items[s.inIt[k]].start
			if k > 0 && determiners[s.toks[k-1].w] {
				return false
			}
		case auxiliaries[w], prepositions[w], subordinators[w], pronouns[w], conjunctions[w], isPunct(w), s.isV[k], s.inIt[k] >= 0:
			return false
		}
	}
	return false
}

// adverbs that may stand between the parts of a verb group
var adverbs = set("VERY", "SO", "TOO", "ALSO", "NOW", "THEN", "AGAIN", "EVEN", "EVER", "STILL", "JUST", "ALREADY", "NEVER", "NOT", "N'T")

func isAdverb(w string) bool { return adverbs[w] || strings.HasSuffix(w, "LY") }

// notMainVerb reports whether a dictionary verb is not the head of a verb
// phrase: an auxiliary followed by a verb ("should have acted"), or a word
// right after another verb ("marched very close").
func (s *sentence) notMainVerb(v *verbAt) bool {
	if auxiliaries[s.toks[v.i].w] {
		for k := v.end; k < len(s.toks) && k < v.end+4; k++ {
			w := s.toks[k].w
			if auxiliaries[w] || isAdverb(w) {
				continue
			}
			_, n := s.d.verbs.formAt(s.words(0, len(s.toks)), k)
			return n > 0
		}
	}
	for k := v.start - 1; k >= 0; k-- {
		w := s.toks[k].w
		if isAdverb(w) {
			continue
		}
		return s.isV[k]
	}
	return false
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// explain describes the analysis of a sentence, for debugging.
func (s *sentence) explain() string {
	var b strings.Builder
	for i, t := range s.toks {
		b.WriteString(t.w)
		if k := s.inM[i]; k >= 0 && s.ms[k].end == i+1 {
			b.WriteString("{" + strings.Join(s.ms[k].codes, ",") + "}")
		}
		if s.isV[i] {
			b.WriteString("<V>")
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// newActors makes actors of the noun phrases no dictionary codes, when they
// have at most Options.NewActorLength words: the code is the phrase's words
// ("THE MINISTRY OF MAGIC"), possessive marks left out.
func (s *sentence) newActors() {
	plain := func(k int) bool {
		w := s.toks[k].w
		return s.inIt[k] < 0 && !s.isV[k] && !auxiliaries[w] && !prepositions[w] && !subordinators[w] &&
			!conjunctions[w] && !isPunct(w) && !pronouns[w] && !temporal[w] && !isAdverb(w)
	}
	for i := 0; i < len(s.toks); i++ {
		if !plain(i) || s.toks[i].w == "'S" {
			continue
		}
		if i > 0 && (s.inIt[i-1] >= 0 || s.toks[i-1].w == "'S" && i > 1 && s.inIt[i-2] >= 0) {
			continue // part of a coded phrase
		}
		j := i
		for j < len(s.toks) && (plain(j) || s.toks[j].w == "OF" && j+1 < len(s.toks) && plain(j+1) && j > i) {
			j++
		}
		var name []string
		for k := i; k < j; k++ {
			if s.toks[k].w != "'S" {
				name = append(name, s.toks[k].w)
			}
		}
		if len(name) <= s.opt.NewActorLength && !(len(name) == 1 && determiners[name[0]]) {
			s.add(item{start: i, end: j, codes: []string{strings.Join(name, " ")}})
		}
		i = j
	}
	// keep items in text order
	sort.Slice(s.items, func(a, b int) bool { return s.items[a].start < s.items[b].start })
	for k, it := range s.items {
		for t := it.start; t < it.end; t++ {
			s.inIt[t] = k
		}
	}
}
