package lexicon

import (
	"strings"
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
	if p, ok := plainPhrase(s); ok {
		return p
	}
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

// plainPhrase is newPhrase for the commonest phrases, ASCII letters
// separated by single spaces ("Vladimir Putin"), which text.Tokenize splits
// at the spaces: it gives the same words and case rules without building
// tokens, the bulk of the work of loading tens of thousands of names.
func plainPhrase(s string) (phrase, bool) {
	n := 1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return phrase{}, false
			}
			n++
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		default:
			return phrase{}, false
		}
	}
	if s == "" {
		return phrase{}, false
	}
	lower := strings.ToLower(s) // one copy; the words are slices of it
	p := phrase{words: make([]string, n), caps: make([]caseRule, n)}
	start, k := 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ' ' {
			continue
		}
		w := s[start:i]
		upper := 0
		for j := 0; j < len(w); j++ {
			if w[j] <= 'Z' {
				upper++
			}
		}
		switch {
		case upper >= 2 && upper == len(w):
			p.caps[k] = allCaps
		case w[0] <= 'Z':
			p.caps[k] = capital
		}
		p.words[k] = lower[start:i]
		start, k = i+1, k+1
	}
	return p, true
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
	slab []node[V] // nodes are allocated in blocks: fewer objects to make and collect
}

type node[V any] struct {
	// the children: a map when there are several (and at the root, always),
	// else the only child and its key, which spares a map for each word of
	// the tens of thousands of names that share no word after the first
	next map[string]*node[V]
	key  string
	only *node[V]
	vals []trieVal[V]
}

// child returns the child of n for word w, or nil.
func (n *node[V]) child(w string) *node[V] {
	if n.next != nil {
		return n.next[w]
	}
	if n.only != nil && n.key == w {
		return n.only
	}
	return nil
}

type trieVal[V any] struct {
	caps []caseRule
	val  V
}

func (t *trie[V]) add(p phrase, v V) {
	if t.root.next == nil {
		t.root.next = map[string]*node[V]{}
	}
	n := &t.root
	for _, w := range p.words {
		c := n.child(w)
		if c == nil {
			if len(t.slab) == 0 {
				t.slab = make([]node[V], 256)
			}
			c, t.slab = &t.slab[0], t.slab[1:]
			switch {
			case n.next != nil:
				n.next[w] = c
			case n.only == nil:
				n.key, n.only = w, c
			default:
				n.next = map[string]*node[V]{n.key: n.only, w: c}
				n.key, n.only = "", nil
			}
		}
		n = c
	}
	n.vals = append(n.vals, trieVal[V]{caps: p.caps, val: v})
}

// longest returns the values of the longest phrase that starts at toks[i],
// matching each token's key (its Lower or Lemma, as key says), and the index
// just past it; n is 0 when nothing matches.
func (t *trie[V]) longest(toks []text.Token, i int, key func(*text.Token) string) (vals []V, n int) {
	if i >= len(toks) || t.root.next == nil && t.root.only == nil {
		return nil, 0
	}
	return longestFrom(t.root.child(key(&toks[i])), toks, i, key)
}

// longestFrom is longest given first, the root's child for toks[i] (nil
// for none): a caller that remembers it for a word (ActorStart) spares the
// look-up in the root's large map.
func longestFrom[V any](first *node[V], toks []text.Token, i int, key func(*text.Token) string) (vals []V, n int) {
	nd := first
	for j := i; nd != nil; j++ {
		if len(nd.vals) > 0 {
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
		if j+1 >= len(toks) || nd.next == nil && nd.only == nil {
			break
		}
		nd = nd.child(key(&toks[j+1]))
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
