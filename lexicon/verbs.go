package lexicon

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// ElemKind is the kind of one element of an action pattern.
type ElemKind uint8

// Pattern element kinds; data/README.md gives their syntax.
const (
	EWords  ElemKind = iota // one of Words (lemmas)
	EClass                  // a phrase of a class
	EGap                    // "...": up to MaxGap words
	ETarget                 // "$T"
	ESource                 // "$S"
	ENot                    // "!x": words that may not stand here (exclude.go)
)

// MaxGap is how many words "..." may skip.
const MaxGap = 12

// Elem is one element of a pattern.
type Elem struct {
	Kind     ElemKind
	Words    []string   // EWords: alternatives, lemmas
	Class    [][]string // EClass: the class's phrases, each a lemma sequence
	Optional bool
	Nouns    bool // EClass: a class of nouns ("class AID +nouns:"), whose words match no verb's form (text.VerbForm)
	Behind   bool // ENot: the words end where the next element begins, else they begin where the last one ended

	byFirst map[string][][]string // EClass: the phrases by their first word
	first   Sig                   // EClass: the signature of the phrases' first words
	class   int                   // EClass: the class's number, from 1, shared by the elements of one named class (ClassID)
	sigs    []Sig                 // EClass: the signature of each phrase of Class, in its order (AnyIn)
}

// AnyIn reports whether words, a set of words whose signature is sig, holds
// every word of one of an EClass element's phrases, without which the
// element cannot match. The signatures spare most look-ups.
func (e *Elem) AnyIn(sig *Sig, words map[string]bool) bool {
	if !sig.Meets(&e.first) {
		return false
	}
	for i, ph := range e.Class {
		if i < len(e.sigs) && !sig.Covers(&e.sigs[i]) {
			continue
		}
		all := true
		for _, w := range ph {
			if !words[w] {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// phraseSigs returns the signature of each phrase of phs.
func phraseSigs(phs [][]string) []Sig {
	out := make([]Sig, len(phs))
	for i, ph := range phs {
		for _, w := range ph {
			out[i].Add(w)
		}
	}
	return out
}

// ClassID returns the number of an EClass element's class, from 1 to the
// lexicon's NumClasses: elements of the same named class share it, so a
// matcher can work out once per sentence whether any of its phrases is
// there. It is 0 for other kinds.
func (e *Elem) ClassID() int { return e.class }

// ClassAt returns the phrases of an EClass element that begin with word.
func (e *Elem) ClassAt(word string) [][]string { return e.byFirst[word] }

// MayStart reports whether a phrase of an EClass element may begin with
// the word whose Bit is bit: when not, ClassAt has nothing for it, and a
// matcher that keeps its words' bits need not look the word up.
func (e *Elem) MayStart(bit uint8) bool { return e.first.Has(bit) }

// MayStartIn reports whether a phrase of an EClass element may begin with
// one of the words whose signature is sig: when not, none begins there.
func (e *Elem) MayStartIn(sig *Sig) bool { return sig.Meets(&e.first) }

// Pattern is one line of verbs.txt: a CAMEO code and the words that express it.
type Pattern struct {
	Code   dyad.EventCode
	Elems  []Elem
	Recip  bool   // the event goes both ways
	Solo   bool   // the event needs no target
	Framed bool   // the act is coded only under a frame ("threatened to retaliate")
	Act    bool   // for frames: nothing is coded without an action after it ("sought to")
	Frame  string // for frames: the kind (INTENT, REJECT, ...)
	File   string
	Line   int
	Text   string // the line as written, for explanations
	// Before holds the negative elements written before the trigger ("!in
	// protest"): words that may not end right before it (exclude.go).
	Before []Elem

	// forms maps each alternative written next to its own lemma in one
	// element ("refused" in "refuse|refused") to that lemma (formsOf).
	forms map[string]string

	// Need, NeedSig and Sig let a matcher reject a pattern without trying
	// it: Need holds the alternatives of every word element after the trigger
	// that must match, NeedSig the signature of each element's alternatives,
	// Sig the signature of the elements with one alternative. NeedClass
	// holds the class elements after the trigger that must match: a
	// sentence none of whose phrases it has every word of cannot match p.
	Need      [][]string
	NeedSig   []Sig
	Sig       Sig
	NeedClass []*Elem
}

// Sig is a 256-bit signature of a set of words: a word sets one bit
// (Add), so a set whose signature lacks a word's bit lacks the word. A
// sentence's words set about a fifth of the bits, which lets a matcher
// reject most patterns that need a word the sentence lacks without looking
// the word up.
type Sig [4]uint64

// Bit returns the bit that word sets in a Sig.
func Bit(word string) uint8 {
	h := uint32(2166136261)
	for i := 0; i < len(word); i++ {
		h = (h ^ uint32(word[i])) * 16777619
	}
	return uint8(h)
}

// Add sets the bit of word.
func (s *Sig) Add(word string) { s.Set(Bit(word)) }

// Set sets bit.
func (s *Sig) Set(bit uint8) { s[bit>>6] |= 1 << (bit % 64) }

// Has reports whether bit is set.
func (s *Sig) Has(bit uint8) bool { return s[bit>>6]&(1<<(bit%64)) != 0 }

// Covers reports whether every bit of o is set in s.
func (s *Sig) Covers(o *Sig) bool {
	return o[0]&^s[0]|o[1]&^s[1]|o[2]&^s[2]|o[3]&^s[3] == 0
}

// Meets reports whether s and o share a bit.
func (s *Sig) Meets(o *Sig) bool {
	return o[0]&s[0]|o[1]&s[1]|o[2]&s[2]|o[3]&s[3] != 0
}

// Weight is how many words a match of p must consume: the longest-weighted
// pattern wins at a trigger.
func (p *Pattern) Weight() int {
	n := 0
	for _, e := range p.Elems {
		if (e.Kind == EWords || e.Kind == EClass) && !e.Optional {
			n += 2
		}
		if e.Kind == ETarget || e.Kind == ESource {
			n++
		}
	}
	return n
}

// CodeMap turns an action's code into another through a frame: the longest
// prefix of the code that Prefixes names, else Default.
type CodeMap struct {
	Default  dyad.EventCode
	Prefixes map[string]dyad.EventCode
}

// Apply returns the code that c becomes through m.
func (m *CodeMap) Apply(c dyad.EventCode) dyad.EventCode {
	for n := len(c); n >= 2; n-- {
		if v, ok := m.Prefixes[string(c[:n])]; ok {
			return v
		}
	}
	return m.Default
}

// verbSet is the parsed content of verbs files.
type verbSet struct {
	classes  map[string][][]string
	nouns    map[string]bool // the classes of nouns (+nouns)
	patterns []*Pattern
	frames   []*Pattern
	maps     map[string]*CodeMap
	byFirst  map[string]map[string][][]string
	classID  map[string]int   // the number of each named class (Elem.ClassID)
	sigs     map[string][]Sig // the signatures of each named class's phrases, shared by its elements
	nclass   int              // the classes numbered so far, named and phrasal
	pending  []pendingLine    // pattern lines parsed once every class is known
	nots     []pendingNot     // "not" lines, resolved once every pattern is compiled (exclude.go)
	notIdx   map[string][]NotPhrase
}

type pendingLine struct {
	file  string
	line  int
	frame string
	code  string
	body  string
}

func (v *verbSet) parse(file, src string, codes map[dyad.EventCode]CodeInfo, warn func(error)) {
	for n, line := range strings.Split(src, "\n") {
		ln := n + 1
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		bad := func(format string, args ...any) {
			warn(&ParseError{File: file, Line: ln, Err: fmt.Errorf(format, args...)})
		}
		head, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimSpace(rest)
		switch head {
		case "class":
			name, body, ok := strings.Cut(rest, ":")
			name = strings.TrimSpace(name)
			if n, flag, has := strings.Cut(name, " "); has {
				if strings.TrimSpace(flag) != "+nouns" {
					bad("class %s: unknown flag %q", n, strings.TrimSpace(flag))
					continue
				}
				name = n
				if v.nouns == nil {
					v.nouns = map[string]bool{}
				}
				v.nouns[name] = true
			}
			if !ok || name == "" {
				bad("want class NAME [+nouns]: phrase; phrase")
				continue
			}
			for _, ph := range strings.Split(body, ";") {
				if p := newPhrase(strings.TrimSpace(ph)); len(p.words) > 0 {
					v.classes[name] = append(v.classes[name], p.words)
				}
			}
		case "not", "not:":
			if head == "not:" {
				rest = ":" + rest
			}
			if err := v.parseNot(file, ln, rest); err != nil {
				bad("%v", err)
			}
		case "frame":
			kind, body, _ := strings.Cut(rest, " ")
			if kind == "" || strings.TrimSpace(body) == "" {
				bad("want frame KIND PATTERN")
				continue
			}
			v.pending = append(v.pending, pendingLine{file, ln, kind, "", body})
		case "map":
			f := strings.Fields(rest)
			if len(f) < 2 {
				bad("want map KIND DEFAULT [PREFIX=CODE]...")
				continue
			}
			m := &CodeMap{Default: dyad.EventCode(f[1]), Prefixes: map[string]dyad.EventCode{}}
			if _, ok := codes[m.Default]; !ok {
				bad("map %s: unknown code %s", f[0], f[1])
				continue
			}
			for _, kv := range f[2:] {
				k, c, ok := strings.Cut(kv, "=")
				if _, known := codes[dyad.EventCode(c)]; !ok || !known {
					bad("map %s: %q: want PREFIX=CODE with a known code", f[0], kv)
					continue
				}
				m.Prefixes[k] = dyad.EventCode(c)
			}
			v.maps[f[0]] = m
		default:
			if _, ok := codes[dyad.EventCode(head)]; !ok {
				bad("unknown CAMEO code %q", head)
				continue
			}
			v.pending = append(v.pending, pendingLine{file, ln, "", head, rest})
		}
	}
}

// index returns the phrases of class name by first word, built once per class.
func (v *verbSet) index(name string) map[string][][]string {
	if m, ok := v.byFirst[name]; ok {
		return m
	}
	m := map[string][][]string{}
	for _, ph := range v.classes[name] {
		m[ph[0]] = append(m[ph[0]], ph)
	}
	v.byFirst[name] = m
	return m
}

// compile turns pending lines into patterns once all classes are known.
func (v *verbSet) compile(warn func(error)) {
	for _, pl := range v.pending {
		p, err := v.compileLine(pl)
		if err != nil {
			warn(&ParseError{File: pl.file, Line: pl.line, Err: err})
			continue
		}
		if p.Frame != "" {
			v.frames = append(v.frames, p)
		} else {
			v.patterns = append(v.patterns, p)
		}
	}
	v.pending = nil
	v.resolveNots(warn)
}

func (v *verbSet) compileLine(pl pendingLine) (*Pattern, error) {
	p := &Pattern{Code: dyad.EventCode(pl.code), Frame: pl.frame, File: pl.file, Line: pl.line, Text: strings.TrimSpace(pl.body)}
	for _, f := range strings.Fields(pl.body) {
		switch {
		case f == "+recip":
			p.Recip = true
		case f == "+solo":
			p.Solo = true
		case f == "+framed":
			p.Framed = true
		case f == "+act":
			p.Act = true
		case strings.HasPrefix(f, "+"):
			return nil, fmt.Errorf("unknown flag %s", f)
		case f == "...":
			p.Elems = append(p.Elems, Elem{Kind: EGap})
		case f == "$T":
			p.Elems = append(p.Elems, Elem{Kind: ETarget})
		case f == "$S":
			p.Elems = append(p.Elems, Elem{Kind: ESource})
		case strings.HasPrefix(f, "!"):
			e, err := v.notElem(f)
			if err != nil {
				return nil, err
			}
			p.Elems = append(p.Elems, e)
		case strings.HasPrefix(f, "&"):
			e := Elem{Kind: EClass}
			name := strings.TrimPrefix(f, "&")
			if strings.HasSuffix(name, "?") {
				e.Optional, name = true, strings.TrimSuffix(name, "?")
			}
			c, ok := v.classes[name]
			if !ok {
				return nil, fmt.Errorf("unknown class &%s", name)
			}
			e.Class = c
			e.Nouns = v.nouns[name]
			e.byFirst = v.index(name)
			if e.class = v.classID[name]; e.class == 0 {
				if v.classID == nil {
					v.classID, v.sigs = map[string]int{}, map[string][]Sig{}
				}
				v.nclass++
				e.class = v.nclass
				v.classID[name] = e.class
				v.sigs[name] = phraseSigs(c)
			}
			e.sigs = v.sigs[name]
			p.Elems = append(p.Elems, e)
		default:
			e := Elem{Kind: EWords}
			if strings.HasSuffix(f, "?") {
				e.Optional, f = true, strings.TrimSuffix(f, "?")
			}
			for _, w := range strings.Split(f, "|") {
				if w == "" {
					continue
				}
				// "_" joins the words of one alternative: "call_off|end"
				w = strings.ToLower(strings.ReplaceAll(w, "_", " "))
				if slices.Contains(e.Words, w) {
					// "crew|crew member" split at its space: a phrase
					// meant as one alternative, which "_" writes
					return nil, fmt.Errorf("%q has %q twice (join a phrase's words with _)", f, w)
				}
				e.Words = append(e.Words, w)
			}
			if len(e.Words) == 0 {
				return nil, fmt.Errorf("empty word in %q", f)
			}
			for form, lemma := range formsOf(e.Words) {
				if p.forms == nil {
					p.forms = map[string]string{}
				}
				p.forms[form] = lemma
			}
			if e = phrasal(e); e.Kind == EClass {
				v.nclass++
				e.class = v.nclass
			}
			p.Elems = append(p.Elems, e)
		}
	}
	if err := p.placeNots(); err != nil {
		return nil, err
	}
	if len(p.Elems) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	if first := p.Elems[0]; first.Optional || (first.Kind != EWords && first.Kind != EClass) {
		return nil, fmt.Errorf("the first element must be a word, alternatives or a class")
	}
	p.prepare()
	return p, nil
}

// formsOf returns the alternatives of one element that are inflections of
// another of its alternatives ("refuses", "refused", "refusing" in
// "refuse|refuses|refused|refusing"), each with that lemma. Such a form adds
// nothing to its lemma, which matches every inflection; but as a word the
// dictionary knows it could become its own lemma ("used" is too short to
// undo, "denies" is no plain -s plural, a frame's "-ing" word is kept whole
// like "willing"), and the verb's other patterns and frames, written with
// the lemma, would then miss it ("is refusing to lift" would lose "refuse
// to"). The loader reads these forms as their lemma (text.Lemmatizer.Forms):
// writing "refused" next to "refuse" is writing "refuse".
func formsOf(words []string) map[string]string {
	var out map[string]string
	known := map[string]bool{}
	for _, lemma := range words {
		if strings.ContainsAny(lemma, " -'") {
			continue
		}
		known[lemma] = true
		lz := text.Lemmatizer{Known: known}
		for _, w := range words {
			// a word of three letters is no inflection: "its" is not "it"
			if w != lemma && len(w) > 3 && lz.Lemma(w) == lemma {
				if out == nil {
					out = map[string]string{}
				}
				out[w] = lemma
			}
		}
		delete(known, lemma)
	}
	return out
}

// phrasal returns e unchanged when each of its alternatives is one word of
// text, and otherwise e as a class of its alternatives: a phrase written with
// "_" ("call_off") is two words, and the tokenizer splits "live-fire" and
// "sit-in" into three words each, which no single word matches. An
// alternative that does not begin and end with a letter or digit ("'s", the
// possessive the tokenizer keeps whole in text) is a word as written.
func phrasal(e Elem) Elem {
	multi := false
	for _, w := range e.Words {
		r0, _ := utf8.DecodeRuneInString(w)
		r1, _ := utf8.DecodeLastRuneInString(w)
		inner := (unicode.IsLetter(r0) || unicode.IsDigit(r0)) && (unicode.IsLetter(r1) || unicode.IsDigit(r1))
		if inner && len(newPhrase(w).words) > 1 {
			multi = true
			break
		}
	}
	if !multi {
		return e
	}
	c := Elem{Kind: EClass, Optional: e.Optional, byFirst: map[string][][]string{}}
	for _, w := range e.Words {
		ph := newPhrase(w).words
		if len(ph) == 0 {
			continue // "_" alone names no words
		}
		c.Class = append(c.Class, ph)
		c.byFirst[ph[0]] = append(c.byFirst[ph[0]], ph)
	}
	return c
}

// prepare fills Need, NeedSig and Sig, and the signature of each class
// element's first words.
func (p *Pattern) prepare() {
	for i := range p.Elems {
		e := &p.Elems[i]
		for w := range e.byFirst {
			e.first.Add(w)
		}
		if e.Kind == EClass && len(e.sigs) != len(e.Class) {
			e.sigs = phraseSigs(e.Class)
		}
	}
	for i := 1; i < len(p.Elems); i++ {
		if e := &p.Elems[i]; e.Kind == EClass && !e.Optional {
			p.NeedClass = append(p.NeedClass, e)
		}
	}
	for _, e := range p.Elems[1:] {
		if e.Kind == EWords && !e.Optional {
			p.Need = append(p.Need, e.Words)
			var sig Sig
			for _, w := range e.Words {
				sig.Add(w)
			}
			p.NeedSig = append(p.NeedSig, sig)
			if len(e.Words) == 1 {
				p.Sig.Add(e.Words[0])
			}
		}
	}
}

// Prefilter is a summary of a pattern's Sig, NeedSig and NeedClass, small
// enough to be kept apart from the pattern: a part of the tests a matcher
// makes before trying the pattern at a trigger (May).
type Prefilter struct {
	sig   Sig    // Pattern.Sig
	meets [2]Sig // NeedSig[0], and the first words of NeedClass[0]; a zero Sig asks nothing
}

// May reports whether a pattern may match at a trigger after which a
// sentence's words have signature rest: whether rest has every bit of the
// pattern's Sig, one of its first needed word's alternatives, and one of
// the first words of its first needed class. A pattern it rejects cannot
// match; one it accepts may not.
func (f *Prefilter) May(rest *Sig) bool {
	return rest.Covers(&f.sig) && (f.meets[0] == Sig{} || rest.Meets(&f.meets[0])) && (f.meets[1] == Sig{} || rest.Meets(&f.meets[1]))
}

// prefilter returns p's Prefilter.
func (p *Pattern) prefilter() Prefilter {
	f := Prefilter{sig: p.Sig}
	if len(p.NeedSig) > 0 {
		f.meets[0] = p.NeedSig[0]
	}
	if len(p.NeedClass) > 0 {
		f.meets[1] = p.NeedClass[0].first
	}
	return f
}

// Triggers returns the lemmas that can start p.
func (p *Pattern) Triggers() []string {
	e := p.Elems[0]
	if e.Kind == EWords {
		return e.Words
	}
	var out []string
	for _, ph := range e.Class {
		out = append(out, ph[0])
	}
	return out
}

// Coverage returns, for every code of the codebook, how many action patterns
// code it directly (0 for a code with none). Frames are not counted: they
// reach their codes only through a map and an action after them.
func (lx *Lexicon) Coverage() map[dyad.EventCode]int {
	n := make(map[dyad.EventCode]int, len(lx.codes))
	for c := range lx.codes {
		n[c] = 0
	}
	for _, p := range lx.patterns {
		n[p.Code]++
	}
	return n
}
