package lexicon

import (
	"unicode"

	"github.com/dyadhq/dyad/text"
)

// A phrase is a dictionary entry's words, tokenized like text, with what each
// word demands of the case of the text it matches: a capitalised dictionary
// word ("Chad", "Turkey") matches only capitalised text, an all-capital one
// ("US", "NATO") only all-capital text.
type phrase struct {
	words []string // folded
	caps  []caseRule
}

type caseRule uint8

const (
	anyCase caseRule = iota
	capital
	allCaps
)

func newPhrase(s string) phrase {
	toks := text.Tokenize(s, 0)
	p := phrase{words: make([]string, len(toks)), caps: make([]caseRule, len(toks))}
	for i, t := range toks {
		p.words[i] = t.Lower
		switch {
		case t.Upper:
			p.caps[i] = allCaps
		case t.Cap:
			p.caps[i] = capital
		}
	}
	return p
}

// fits reports whether token t satisfies rule c.
func (c caseRule) fits(t *text.Token) bool {
	switch c {
	case allCaps:
		return t.Upper || (len(t.Text) == 1 && unicode.IsUpper(rune(t.Text[0])))
	case capital:
		return t.Cap
	}
	return true
}

// trie maps token sequences to values. Keys are folded words (or lemmas, for
// tries built on lemmas); each value remembers the case rules of its phrase.
type trie[V any] struct {
	root node[V]
}

type node[V any] struct {
	next map[string]*node[V]
	vals []trieVal[V]
}

type trieVal[V any] struct {
	caps []caseRule
	val  V
}

func (t *trie[V]) add(p phrase, v V) {
	n := &t.root
	for _, w := range p.words {
		if n.next == nil {
			n.next = map[string]*node[V]{}
		}
		c := n.next[w]
		if c == nil {
			c = &node[V]{}
			n.next[w] = c
		}
		n = c
	}
	n.vals = append(n.vals, trieVal[V]{caps: p.caps, val: v})
}

// longest returns the values of the longest phrase that starts at toks[i],
// matching each token's key (its Lower or Lemma, as key says), and the index
// just past it; n is 0 when nothing matches.
func (t *trie[V]) longest(toks []text.Token, i int, key func(*text.Token) string) (vals []V, n int) {
	nd := &t.root
	for j := i; j < len(toks) && nd.next != nil; j++ {
		c := nd.next[key(&toks[j])]
		if c == nil {
			break
		}
		nd = c
		if len(nd.vals) == 0 {
			continue
		}
		var ok []V
		for _, v := range nd.vals {
			if casesFit(v.caps, toks[i:j+1]) {
				ok = append(ok, v.val)
			}
		}
		if len(ok) > 0 {
			vals, n = ok, j+1-i
		}
	}
	return vals, n
}

func casesFit(caps []caseRule, toks []text.Token) bool {
	for k, c := range caps {
		if !c.fits(&toks[k]) {
			return false
		}
	}
	return true
}

// Lower and Lemma are the keys tries are built on.
func Lower(t *text.Token) string { return t.Lower }

// Lemma returns the lemma of t.
func Lemma(t *text.Token) string { return t.Lemma }
