package syntax

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Tree is a sentence with its analysis: a part-of-speech tag, a head and a
// dependency label for each word. Heads are indexes into Words; the root
// word's head is -1. Trees read from a treebank carry its gold analysis,
// trees returned by Parse the parser's.
type Tree struct {
	Words  []string
	UPOS   []string // Universal POS tags (NOUN, VERB, PROPN, ...)
	XPOS   []string // the treebank's own tags: Penn Treebank tags for English (NNS, VBD, VBN, WDT, ...)
	Heads  []int    // index of each word's head, -1 for the root
	Labels []string // Universal Dependencies relations, with subtypes (nsubj, nsubj:pass, obl:tmod, ...)
}

// Len returns the number of words.
func (t Tree) Len() int { return len(t.Words) }

// Root returns the index of the root word, or -1 for an empty tree.
func (t Tree) Root() int {
	for i, h := range t.Heads {
		if h < 0 {
			return i
		}
	}
	return -1
}

// Children returns the indexes of the words whose head is i, in order.
func (t Tree) Children(i int) []int {
	var out []int
	for j, h := range t.Heads {
		if h == i {
			out = append(out, j)
		}
	}
	return out
}

// A ParseError reports a malformed line of a CoNLL-U file.
type ParseError struct {
	Line int // 1-based line number
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Reader reads sentences from a CoNLL-U file (universaldependencies.org
// /format.html). It keeps the word lines (ID, FORM, UPOS, XPOS, HEAD, DEPREL) and
// skips comments, multiword token lines ("1-2") and empty nodes ("8.1"), so
// words are the syntactic words the trees are built on.
type Reader struct {
	s    *bufio.Scanner
	line int
}

// NewReader returns a Reader that reads from r.
func NewReader(r io.Reader) *Reader {
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 64<<10), 16<<20)
	return &Reader{s: s}
}

// Read returns the next sentence, or io.EOF after the last. A malformed line
// gives a *ParseError; the sentence it was in is lost and reading can go on.
func (r *Reader) Read() (Tree, error) {
	var t Tree
	var bad error
	for r.s.Scan() {
		r.line++
		line := r.s.Text()
		if strings.TrimSpace(line) == "" {
			if bad != nil {
				return Tree{}, bad
			}
			if t.Len() > 0 {
				return t, nil
			}
			continue
		}
		if line[0] == '#' || bad != nil {
			continue
		}
		if err := t.addLine(line); err != nil {
			bad = &ParseError{Line: r.line, Err: err}
		}
	}
	if err := r.s.Err(); err != nil {
		return Tree{}, err
	}
	if bad != nil {
		return Tree{}, bad
	}
	if t.Len() > 0 {
		return t, nil
	}
	return Tree{}, io.EOF
}

// ReadAll reads every sentence to the end of the input. It stops at the first
// error.
func (r *Reader) ReadAll() ([]Tree, error) {
	var out []Tree
	for {
		t, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, t)
	}
}

// addLine adds the word of one CoNLL-U word line to t.
func (t *Tree) addLine(line string) error {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return fmt.Errorf("%d fields, want 10", len(f))
	}
	if strings.ContainsAny(f[0], "-.") {
		return nil // a multiword token or an empty node
	}
	id, err := strconv.Atoi(f[0])
	if err != nil || id != t.Len()+1 {
		return fmt.Errorf("word id %q, want %d", f[0], t.Len()+1)
	}
	head := -1
	if f[6] != "_" {
		h, err := strconv.Atoi(f[6])
		if err != nil || h < 0 {
			return fmt.Errorf("head %q", f[6])
		}
		head = h - 1
	}
	t.Words = append(t.Words, f[1])
	t.UPOS = append(t.UPOS, f[3])
	t.XPOS = append(t.XPOS, f[4])
	t.Heads = append(t.Heads, head)
	t.Labels = append(t.Labels, f[7])
	return nil
}

// check reports whether t has a tag, head and label for every word (XPOS
// may be missing) and its heads form a tree: one root and no cycles.
func (t Tree) check() error {
	if len(t.UPOS) != t.Len() || len(t.Heads) != t.Len() || len(t.Labels) != t.Len() || t.XPOS != nil && len(t.XPOS) != t.Len() {
		return fmt.Errorf("%d words, %d UPOS, %d XPOS, %d heads, %d labels", t.Len(), len(t.UPOS), len(t.XPOS), len(t.Heads), len(t.Labels))
	}
	roots := 0
	for i, h := range t.Heads {
		if h < -1 || h >= t.Len() || h == i {
			return fmt.Errorf("word %d: head %d", i+1, h+1)
		}
		if h == -1 {
			roots++
		}
	}
	if roots != 1 {
		return fmt.Errorf("%d roots", roots)
	}
	for i := range t.Heads {
		h, n := i, 0
		for h >= 0 {
			if h, n = t.Heads[h], n+1; n > t.Len() {
				return errors.New("a cycle")
			}
		}
	}
	return nil
}

// WriteCoNLLU writes t as one CoNLL-U sentence block: each comment as a
// "# " line ("sent_id = 3", "text = ..."), the word lines, a blank line.
// Lemmas, features and the enhanced graph are "_".
func WriteCoNLLU(w io.Writer, t Tree, comments ...string) error {
	bw := bufio.NewWriter(w)
	for _, c := range comments {
		bw.WriteString("# " + strings.ReplaceAll(c, "\n", " ") + "\n")
	}
	for i, word := range t.Words {
		tag, xpos, head, label := "_", "_", "_", "_"
		if i < len(t.UPOS) && t.UPOS[i] != "" {
			tag = t.UPOS[i]
		}
		if i < len(t.XPOS) && t.XPOS[i] != "" {
			xpos = t.XPOS[i]
		}
		if i < len(t.Heads) {
			head = strconv.Itoa(t.Heads[i] + 1)
		}
		if i < len(t.Labels) && t.Labels[i] != "" {
			label = t.Labels[i]
		}
		fmt.Fprintf(bw, "%d\t%s\t_\t%s\t%s\t_\t%s\t%s\t_\t_\n", i+1, word, tag, xpos, head, label)
	}
	bw.WriteString("\n")
	return bw.Flush()
}
