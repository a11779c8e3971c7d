package petrarch

import (
	"fmt"
	"os"
	"strings"
)

// ParseError is a malformed dictionary line: loading reports it and goes on.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// line is one non-empty line of a dictionary with its comments removed.
type line struct {
	n      int    // 1-based
	text   string // trimmed
	indent bool   // began with a space or tab
}

// readLines reads a dictionary file into its meaningful lines.
func readLines(path string) ([]line, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return splitLines(string(b)), nil
}

func splitLines(src string) []line {
	var out []line
	inComment := false
	for i, raw := range strings.Split(src, "\n") {
		s := strings.TrimRight(raw, "\r")
		// XML-style comments, possibly spanning lines
		var b strings.Builder
		for len(s) > 0 {
			if inComment {
				j := strings.Index(s, "-->")
				if j < 0 {
					s = ""
					break
				}
				s, inComment = s[j+3:], false
				continue
			}
			j := strings.Index(s, "<!")
			if j < 0 {
				b.WriteString(s)
				break
			}
			b.WriteString(s[:j])
			s, inComment = s[j+2:], true
		}
		s = b.String()
		if j := strings.IndexAny(s, "#;"); j >= 0 {
			s = s[:j]
		}
		t := strings.TrimSpace(s)
		if t == "" {
			if strings.TrimSpace(raw) == "" {
				out = append(out, line{n: i + 1}) // blank lines end verb blocks and synsets
			}
			continue
		}
		out = append(out, line{n: i + 1, text: t, indent: s[0] == ' ' || s[0] == '\t'})
	}
	return out
}

// words splits a dictionary phrase into upper-case words: "_" and spaces
// both separate words.
func words(phrase string) []string {
	return strings.Fields(strings.ToUpper(strings.ReplaceAll(phrase, "_", " ")))
}

// openWords splits a phrase like words and also says, for each word,
// whether other words may come before it in the text: a blank joins words
// loosely, "_" tightly (TABARI's connectors).
func openWords(phrase string) (ws []string, open []bool) {
	for i, chunk := range strings.Fields(strings.ToUpper(phrase)) {
		for j, w := range strings.Split(chunk, "_") {
			if w == "" {
				continue
			}
			ws = append(ws, w)
			open = append(open, i > 0 && j == 0 && len(ws) > 1)
		}
	}
	return ws, open
}

// loose is a phrase with a loose connector, matched with words between.
type loose[V any] struct {
	words []string
	open  []bool
	val   V
}

// looseIndex holds the loose phrases by first word.
type looseIndex[V any] map[string][]loose[V]

func (x looseIndex[V]) add(phrase string, v V) {
	ws, open := openWords(phrase)
	for _, o := range open {
		if o {
			x[ws[0]] = append(x[ws[0]], loose[V]{ws, open, v})
			return
		}
	}
}

// match returns the value of the loose phrase that ends furthest from i and
// the number of tokens it spans; between loosely joined words it passes over
// at most two words that skip accepts.
func (x looseIndex[V]) match(toks []string, i int, skip func(int) bool) (v V, n int) {
	for _, p := range x[toks[i]] {
		k, ok := i+1, true
		for j := 1; j < len(p.words) && ok; j++ {
			gap := 0
			for p.open[j] && gap < 2 && k < len(toks) && toks[k] != p.words[j] && skip(k) {
				k++
				gap++
			}
			if k >= len(toks) || toks[k] != p.words[j] {
				ok = false
				break
			}
			k++
		}
		if ok && k-i > n {
			v, n = p.val, k-i
		}
	}
	return v, n
}

// brackets returns the contents of every [...] in s and s without them.
func brackets(s string) (codes []string, rest string) {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		codes = append(codes, strings.TrimSpace(s[i+1:i+j]))
		s = s[i+j+1:]
	}
	return codes, strings.TrimSpace(b.String())
}

// braces returns the contents of the first {...} in s (ok false if none)
// and s without it.
func braces(s string) (inner string, rest string, ok bool) {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return "", s, false
	}
	j := strings.IndexByte(s[i:], '}')
	if j < 0 {
		return "", s, false
	}
	return s[i+1 : i+j], strings.TrimSpace(s[:i] + " " + s[i+j+1:]), true
}

// trie maps word sequences to values.
type trie[V any] struct {
	next map[string]*trie[V]
	vals []V
}

func (t *trie[V]) add(ws []string, v V) {
	n := t
	for _, w := range ws {
		if n.next == nil {
			n.next = map[string]*trie[V]{}
		}
		c := n.next[w]
		if c == nil {
			c = &trie[V]{}
			n.next[w] = c
		}
		n = c
	}
	n.vals = append(n.vals, v)
}

// longest returns the values of the longest phrase at toks[i:] and its length.
func (t *trie[V]) longest(toks []string, i int) ([]V, int) {
	var best []V
	n, bestLen := t, 0
	for j := i; j < len(toks); j++ {
		n = n.next[toks[j]]
		if n == nil {
			break
		}
		if len(n.vals) > 0 {
			best, bestLen = n.vals, j-i+1
		}
	}
	return best, bestLen
}
