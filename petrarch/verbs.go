package petrarch

import (
	"fmt"
	"strings"
)

// elemKind is the kind of one element of a verb pattern.
type elemKind uint8

const (
	eWord     elemKind = iota // a word
	eSyn                      // one phrase of a synset
	eTarget                   // "+": the target
	eSource                   // "$": the source
	eSkip                     // "^": an actor passed over
	eCompound                 // "%": a compound actor
)

// elem is one element of a pattern. joined means nothing may come between
// it and the next element of its side (the "_" connector); for the last
// element of the lower side and the first of the upper, the next element is
// the verb.
type elem struct {
	kind   elemKind
	word   string
	syn    [][]string
	joined bool
}

// pattern is a "- PRE * POST [CODE]" line of a verb block.
type pattern struct {
	pre, post []elem
	code      string // "" is the null code
	reverse   string // the target→source code of "[A:B]", or ""
	paired    bool
	// verbJoined: the first upper element must follow the verb directly.
	// (The last lower element's joined says it must precede the verb.)
	verbJoined bool
	file       string
	line       int
	text       string
}

// weight orders the patterns of a verb: the one that names most words wins.
func (p *pattern) weight() int {
	n := 0
	for _, side := range [][]elem{p.pre, p.post} {
		for _, e := range side {
			switch e.kind {
			case eWord, eSyn:
				n += 2
			default:
				n++
			}
		}
	}
	return n
}

// verbBlock is a "--- NAME [CODE] ---" block: verbs that share patterns.
type verbBlock struct {
	name     string
	patterns []*pattern
}

// verbForm is one way a verb of a block is written: the verb word, the words
// that must come right before and after it ("WIRE" TAP, CORDON "OFF"), and
// the code of the verb alone.
type verbForm struct {
	before, after []string
	block         *verbBlock
	code, reverse string
	paired        bool
	lemma         string
}

// verbs is a parsed verbs file.
type verbs struct {
	forms      map[string][]*verbForm // by the verb word
	synsets    map[string][][]string
	patterns   int
	transforms int // PETRARCH-2 transformation lines read and not applied
}

func parseVerbs(file string, lines []line, warn func(error)) *verbs {
	v := &verbs{forms: map[string][]*verbForm{}, synsets: map[string][][]string{}}
	// Synsets first: a pattern may use one defined later in the file.
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !strings.HasPrefix(l.text, "&") {
			continue
		}
		name := strings.ToUpper(strings.TrimPrefix(strings.Fields(l.text)[0], "&"))
		noPlural := strings.HasSuffix(name, "_")
		name = strings.TrimSuffix(name, "_")
		var phrases []string
		for i+1 < len(lines) && strings.HasPrefix(lines[i+1].text, "+") {
			i++
			phrases = append(phrases, strings.TrimSpace(lines[i].text[1:]))
		}
		v.synsets[name] = nil
		for _, ph := range phrases {
			if strings.HasPrefix(ph, "&") {
				continue // nested: resolved below
			}
			v.synsets[name] = append(v.synsets[name], words(ph))
			if !noPlural && !strings.HasSuffix(ph, "_") {
				v.synsets[name] = append(v.synsets[name], words(plural(ph)))
			}
		}
		defer func(name string, phrases []string, n int) {
			for _, ph := range phrases {
				if strings.HasPrefix(ph, "&") {
					inner, ok := v.synsets[strings.TrimSuffix(strings.ToUpper(ph[1:]), "_")]
					if !ok {
						warn(&ParseError{File: file, Line: n, Err: fmt.Errorf("unknown synset %s", ph)})
					}
					v.synsets[name] = append(v.synsets[name], inner...)
				}
			}
		}(name, phrases, l.n)
	}
	var block *verbBlock
	var blockCode string
	var blockForms []*verbForm
	inSynset := false
	for _, l := range lines {
		bad := func(format string, args ...any) {
			warn(&ParseError{File: file, Line: l.n, Err: fmt.Errorf(format, args...)})
		}
		t := l.text
		switch {
		case t == "":
			inSynset = false
		case strings.HasPrefix(t, "&"):
			inSynset = true
		case strings.HasPrefix(t, "~"):
			// a PETRARCH-2 transformation ("~ a (a b ATTACK) SAY = a b
			// 015"): it rewrites events of embedded clauses, which this
			// coder does not build; counted, not applied
			v.transforms++
		case strings.HasPrefix(t, "+") && inSynset:
		case strings.HasPrefix(t, "---"):
			inSynset = false
			inner := strings.Trim(t, "- ")
			codes, name := brackets(inner)
			block = &verbBlock{name: name}
			blockCode, blockForms = "---", nil
			if len(codes) > 0 {
				blockCode = codes[0]
			}
		case block == nil:
			bad("line outside a verb block")
		case strings.HasPrefix(t, "-"):
			p, err := v.parsePattern(t[1:])
			if err != nil {
				bad("%v", err)
				continue
			}
			p.file, p.line = file, l.n
			block.patterns = append(block.patterns, p)
			v.patterns++
		default:
			codes, rest := brackets(t)
			code := blockCode
			if len(codes) > 0 {
				code = codes[0]
			}
			irregular, rest, _ := braces(rest)
			if len(strings.Fields(strings.ReplaceAll(rest, "_", " "))) == 0 {
				bad("empty verb") // connectors and white space of any kind ("_\r_") alone
				continue
			}
			c, r, paired := splitCode(code)
			add := func(phrase string) {
				f, err := verbPhrase(phrase)
				if err != nil {
					bad("%v", err)
					return
				}
				f.block, f.code, f.reverse, f.paired = block, c, r, paired
				f.lemma = strings.Join(words(strings.ReplaceAll(rest, "+", "")), " ")
				v.forms[f.word()] = append(v.forms[f.word()], f)
				blockForms = append(blockForms, f)
			}
			for _, form := range regularForms(rest) {
				add(form)
			}
			for _, form := range strings.Fields(strings.ReplaceAll(irregular, ",", " ")) {
				add(form)
			}
		}
	}
	return v
}

// word returns the verb word of f.
func (f *verbForm) word() string { return f.after[0] }

// verbPhrase reads "WIRE_+TAPPED", "+CORDON_OFF", "BREAK" or "LASH OUT":
// the word marked "+", else the first, is the verb. f.after holds the verb
// then the words after it.
func verbPhrase(s string) (*verbForm, error) {
	ws := strings.Fields(strings.ToUpper(strings.ReplaceAll(s, "_", " ")))
	if len(ws) == 0 {
		return nil, fmt.Errorf("empty verb")
	}
	at := 0
	for i, w := range ws {
		if strings.HasPrefix(w, "+") {
			at = i
			ws[i] = w[1:]
		}
	}
	if ws[at] == "" {
		return nil, fmt.Errorf("verb %q: empty word after +", s)
	}
	return &verbForm{before: ws[:at], after: ws[at:]}, nil
}

// regularForms returns a verb phrase with its verb word in its regular
// forms: base, -S, -ED, -ING.
func regularForms(phrase string) []string {
	ws := strings.Fields(strings.ReplaceAll(phrase, "_", " "))
	at := 0
	for i, w := range ws {
		if strings.HasPrefix(w, "+") {
			at = i
		}
	}
	base := strings.ToUpper(strings.TrimPrefix(ws[at], "+"))
	var out []string
	for _, f := range inflect(base) {
		c := append([]string{}, ws...)
		c[at] = "+" + f
		out = append(out, strings.Join(c, " "))
	}
	return out
}

func inflect(b string) []string {
	if len(b) < 2 {
		return []string{b}
	}
	last, prev := b[len(b)-1], b[len(b)-2]
	vowel := func(c byte) bool { return strings.IndexByte("AEIOU", c) >= 0 }
	s, ed, ing := b+"S", b+"ED", b+"ING"
	switch {
	case last == 'Y' && !vowel(prev):
		s, ed = b[:len(b)-1]+"IES", b[:len(b)-1]+"IED"
	case last == 'E':
		ed = b + "D"
		if prev != 'E' {
			ing = b[:len(b)-1] + "ING"
		}
	case strings.HasSuffix(b, "SS"), strings.HasSuffix(b, "SH"), strings.HasSuffix(b, "CH"), last == 'X', last == 'Z':
		s = b + "ES"
	}
	return []string{b, s, ed, ing}
}

// splitCode reads "064", "032:033" or "---".
func splitCode(c string) (code, reverse string, paired bool) {
	a, b, ok := strings.Cut(c, ":")
	norm := func(s string) string {
		s = strings.TrimSpace(s)
		if s == "---" {
			return ""
		}
		return s
	}
	return norm(a), norm(b), ok
}

// parsePattern reads the body of a "- PRE * POST [CODE]" line.
func (v *verbs) parsePattern(s string) (*pattern, error) {
	codes, body := brackets(s)
	if len(codes) == 0 {
		return nil, fmt.Errorf("pattern without a [code]")
	}
	p := &pattern{text: strings.TrimSpace(s)}
	p.code, p.reverse, p.paired = splitCode(codes[0])
	// PETRARCH-2 groups noun phrases in {} and prepositional phrases in ();
	// text is matched word by word, so the groups are read as their words.
	body = strings.NewReplacer("{", " ", "}", " ", "(", " ", ")", " ", "**", "*").Replace(body)
	seenVerb := false
	for _, chunk := range strings.Fields(body) {
		parts := strings.Split(chunk, "_")
		for i, part := range parts {
			joinNext := i < len(parts)-1
			if part == "" {
				continue
			}
			if part == "*" {
				if seenVerb {
					return nil, fmt.Errorf("two verbs (*) in a pattern")
				}
				seenVerb = true
				p.verbJoined = joinNext // "*_OUT": the first upper element follows the verb directly
				continue
			}
			e, err := v.element(part)
			if err != nil {
				return nil, err
			}
			e.joined = joinNext
			if seenVerb {
				p.post = append(p.post, e)
			} else {
				p.pre = append(p.pre, e)
			}
		}
	}
	if !seenVerb {
		return nil, fmt.Errorf("pattern without the verb (*)")
	}
	return p, nil
}

func (v *verbs) element(part string) (elem, error) {
	switch part {
	case "+":
		return elem{kind: eTarget}, nil
	case "$":
		return elem{kind: eSource}, nil
	case "^":
		return elem{kind: eSkip}, nil
	case "%":
		return elem{kind: eCompound}, nil
	}
	if strings.HasPrefix(part, "&") {
		name := strings.TrimSuffix(strings.ToUpper(part[1:]), "_")
		syn, ok := v.synsets[name]
		if !ok {
			return elem{}, fmt.Errorf("unknown synset &%s", name)
		}
		return elem{kind: eSyn, syn: syn}, nil
	}
	return elem{kind: eWord, word: strings.ToUpper(part)}, nil
}

// formAt returns the longest verb form at token k and its length in tokens.
func (v *verbs) formAt(ws []string, k int) (*verbForm, int) {
	var best *verbForm
	n := 0
	for _, f := range v.forms[ws[k]] {
		a, b := k-len(f.before), k+len(f.after)
		if a >= 0 && b <= len(ws) && equal(ws[a:k], f.before) && equal(ws[k:b], f.after) && b-a > n {
			best, n = f, b-a
		}
	}
	return best, n
}
