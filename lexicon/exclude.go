package lexicon

import (
	"fmt"
	"strings"
)

// Exclusions: the words next to which a pattern's words, or a class's
// phrases, are not the act they name (data/README.md, "Exclusions").
//
// A negative element "!x" of a pattern (x: alternatives as a word element
// writes them, "!general|hunger|nationwide", "!live_round", or "!&CLASS")
// matches no word: it fails the match where one of its phrases stands next
// to its neighbour. Written after an element it looks ahead ("leave $T
// !&HARMSTATE": the target is not followed by "dead"); written before the
// trigger, or after a gap and before an element, it looks behind ("... !in
// protest": the protest is not the one of "in protest").
//
// A "not" line names phrases inside which a class's phrases do not match:
// "not ATTACKN: war game; general strike" keeps the "war" of "war games"
// and the "strike" of "a general strike" out of every pattern's &ATTACKN
// ("&CLASS" among the phrases names a class's phrases: "not ATTACKN:
// &STRIKE143");
// "not: PHRASE; ..." (no class) keeps every pattern's and frame's words out
// of the phrase, a name of a body or a compound whose words are no act. A
// phrase a pattern matches whole, or more than, is not excluded by it.

// NotPhrase is a phrase of a "not" line: Words its lemmas, Class the
// number of the class it is a context for (Elem.ClassID), 0 for every
// pattern.
type NotPhrase struct {
	Words []string
	Class int
}

type pendingNot struct {
	file    string
	line    int
	class   string
	phrases [][]string
	refs    []string // classes whose phrases the line names as its own ("&STRIKE143")
}

// parseNot reads the body of a "not" line: "CLASS: phrase; phrase" or
// ": phrase; phrase".
func (v *verbSet) parseNot(file string, line int, rest string) error {
	name, body, ok := strings.Cut(rest, ":")
	name = strings.TrimSpace(name)
	if !ok || strings.ContainsAny(name, " \t") {
		return fmt.Errorf("want not [CLASS]: phrase; phrase")
	}
	pn := pendingNot{file: file, line: line, class: name}
	for _, ph := range strings.Split(body, ";") {
		ph = strings.TrimSpace(ph)
		if ref, ok := strings.CutPrefix(ph, "&"); ok {
			pn.refs = append(pn.refs, ref) // resolved with the classes, which later lines may add to
			continue
		}
		if p := newPhrase(ph); len(p.words) > 0 {
			pn.phrases = append(pn.phrases, p.words)
		}
	}
	if len(pn.phrases) == 0 && len(pn.refs) == 0 {
		return fmt.Errorf("not %s: no phrase", name)
	}
	v.nots = append(v.nots, pn)
	return nil
}

// resolveNots indexes the phrases of the "not" lines by first word, with
// the number of their class; a line whose class no pattern uses excludes
// nothing, and one whose class is unknown is an error.
func (v *verbSet) resolveNots(warn func(error)) {
	for _, pn := range v.nots {
		id := 0
		if pn.class != "" {
			if _, ok := v.classes[pn.class]; !ok {
				warn(&ParseError{File: pn.file, Line: pn.line, Err: fmt.Errorf("not: unknown class %s", pn.class)})
				continue
			}
			if id = v.classID[pn.class]; id == 0 {
				warn(&ParseError{File: pn.file, Line: pn.line, Err: fmt.Errorf("not: no pattern uses class %s", pn.class)})
				continue
			}
		}
		phrases := pn.phrases
		for _, ref := range pn.refs {
			c, ok := v.classes[ref]
			if !ok {
				warn(&ParseError{File: pn.file, Line: pn.line, Err: fmt.Errorf("not: unknown class &%s", ref)})
			}
			phrases = append(phrases[:len(phrases):len(phrases)], c...)
		}
		for _, ph := range phrases {
			if v.notIdx == nil {
				v.notIdx = map[string][]NotPhrase{}
			}
			v.notIdx[ph[0]] = append(v.notIdx[ph[0]], NotPhrase{Words: ph, Class: id})
		}
	}
	v.nots = nil
}

// notElem reads a negative element "!x".
func (v *verbSet) notElem(f string) (Elem, error) {
	body := strings.TrimPrefix(f, "!")
	e := Elem{Kind: ENot}
	if strings.HasPrefix(body, "&") {
		c, ok := v.classes[strings.TrimPrefix(body, "&")]
		if !ok {
			return e, fmt.Errorf("unknown class %s", body)
		}
		e.Class = c
		return e, nil
	}
	for _, w := range strings.Split(body, "|") {
		if w == "" {
			continue
		}
		if ph := newPhrase(strings.ReplaceAll(w, "_", " ")).words; len(ph) > 0 {
			e.Class = append(e.Class, ph)
		}
	}
	if len(e.Class) == 0 {
		return e, fmt.Errorf("empty negative element %q", f)
	}
	return e, nil
}

// placeNots sets the direction of each negative element of p and moves
// those before the trigger to p.Before: one written first looks behind the
// trigger, one after a gap behind the element after it, any other ahead
// from the element before it. A negative with a gap or nothing on both
// sides ("... !x ...") would exclude nothing anywhere, and is an error.
func (p *Pattern) placeNots() error {
	lead := 0
	for lead < len(p.Elems) && p.Elems[lead].Kind == ENot {
		lead++
	}
	for i := range p.Elems[:lead] {
		p.Elems[i].Behind = true
	}
	p.Before = append(p.Before, p.Elems[:lead]...)
	p.Elems = p.Elems[lead:]
	for i := range p.Elems {
		if p.Elems[i].Kind != ENot {
			continue
		}
		prev := i - 1
		for prev >= 0 && p.Elems[prev].Kind == ENot {
			prev--
		}
		next := i + 1
		for next < len(p.Elems) && p.Elems[next].Kind == ENot {
			next++
		}
		if p.Elems[prev].Kind == EGap {
			if next == len(p.Elems) || p.Elems[next].Kind == EGap {
				return fmt.Errorf("a negative element between gaps excludes nothing")
			}
			p.Elems[i].Behind = true
		}
		if p.Elems[i].Optional {
			return fmt.Errorf("a negative element cannot be optional")
		}
	}
	return nil
}

// NotsAt returns the phrases of "not" lines that begin with word.
func (lx *Lexicon) NotsAt(word string) []NotPhrase { return lx.nots[word] }

// NotMayStart reports whether a phrase of a "not" line may begin with the
// word whose Bit is bit: when not, NotsAt has nothing for it.
func (lx *Lexicon) NotMayStart(bit uint8) bool { return lx.notFirst.Has(bit) }

// HasNots reports whether the lexicon has any "not" line, without which no
// sentence need be searched for their phrases.
func (lx *Lexicon) HasNots() bool { return len(lx.nots) > 0 }
