package coder

import (
	"fmt"
	"io"
	"strings"

	"github.com/dyadhq/dyad/syntax"
	"github.com/dyadhq/dyad/text"
)

// parseWords returns the words of toks as package syntax reads them.
func parseWords(toks []text.Token) []string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return words
}

// writeParse writes the dependency parse of a sentence's tokens on one
// line, a word at a time as n:word/UPOS/head/relation, words numbered from
// 1 and head 0 the root, as CoNLL-U numbers them. Only Explain parses every
// sentence; coding does not.
func writeParse(w io.Writer, toks []text.Token) {
	if len(toks) == 0 {
		return
	}
	m, err := syntax.Default()
	if err != nil {
		fmt.Fprintf(w, "  parse   (none: %v)\n", err)
		return
	}
	tr := m.Parse(parseWords(toks))
	var b strings.Builder
	b.WriteString("  parse  ")
	for i, word := range tr.Words {
		fmt.Fprintf(&b, " %d:%s/%s/%d/%s", i+1, word, tr.UPOS[i], tr.Heads[i]+1, tr.Labels[i])
	}
	b.WriteByte('\n')
	io.WriteString(w, b.String())
}
