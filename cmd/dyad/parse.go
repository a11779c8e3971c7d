package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/syntax"
	"github.com/dyadhq/dyad/text"
)

func parseCmd() *cobra.Command {
	var (
		tokenized bool
		format    string
		evals     []string
	)
	cmd := &cobra.Command{
		Use:   "parse [--tokenized] [--format conllu|text] [FILE|-]",
		Short: "Tag and parse sentences: Universal POS tags and dependency trees (CoNLL-U)",
		Long: `Parse tags and parses each sentence of its input with the embedded model
(package syntax, trained on the Universal Dependencies English Web Treebank)
and writes one CoNLL-U block a sentence: word, Universal POS tag, Penn
Treebank tag (XPOS), head and label.

Plain text is split into sentences and tokenized by dyad's own text package.
With --tokenized each line is one sentence of words separated by spaces, kept
exactly as they are; its sent_id is the line number (blank lines give no
block). --format text writes the words with their tags on one line and then
the dependencies, one a line: label(head-i, word-j).

--eval FILE.conllu (repeatable) parses the words of a treebank file instead
and prints UPOS and XPOS accuracy over all words, and UAS and LAS over the
words that are not punctuation (LAS on the universal part of the label, as
the CoNLL 2018 shared task scores it, and with subtypes too).`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "conllu" && format != "text" {
				return dyad.Errorf(dyad.EINVALID, "--format %q: want conllu or text", format)
			}
			m, err := syntax.Default()
			if err != nil {
				return dyad.Errorf(dyad.EINTERNAL, "%v", err)
			}
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			defer out.Flush()
			if len(evals) > 0 {
				if len(args) > 0 {
					return dyad.Errorf(dyad.EINVALID, "give --eval files or an input, not both")
				}
				for _, name := range evals {
					if err := evalTreebank(out, m, name); err != nil {
						return err
					}
				}
				return nil
			}
			in := cmd.InOrStdin()
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return dyad.Errorf(dyad.ENOTFOUND, "%v", err)
				}
				defer f.Close()
				in = f
			}
			write := func(t syntax.Tree, id int, sentence string) error {
				if format == "text" {
					return writeDeps(out, t)
				}
				return syntax.WriteCoNLLU(out, t, "sent_id = "+strconv.Itoa(id), "text = "+sentence)
			}
			if tokenized {
				return parseLines(in, cmd.ErrOrStderr(), m, write)
			}
			b, err := io.ReadAll(in)
			if err != nil {
				return err
			}
			doc := strings.ToValidUTF8(string(b), "\uFFFD")
			for i, sp := range text.Sentences(doc) {
				toks := text.Tokenize(doc[sp[0]:sp[1]], sp[0])
				if len(toks) == 0 {
					continue
				}
				words := make([]string, len(toks))
				for k, tok := range toks {
					words[k] = tok.Text
				}
				if err := write(m.Parse(words), i+1, doc[sp[0]:sp[1]]); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&tokenized, "tokenized", false, "each input line is one sentence of words separated by spaces")
	cmd.Flags().StringVar(&format, "format", "conllu", "output: conllu or text")
	cmd.Flags().StringArrayVar(&evals, "eval", nil, "score the parser on a CoNLL-U treebank file (repeatable)")
	return cmd
}

// parseLines parses each line of in as one sentence of space-separated
// words. A line that is not UTF-8 is reported and skipped.
func parseLines(in io.Reader, stderr io.Writer, m *syntax.Model, write func(syntax.Tree, int, string) error) error {
	s := bufio.NewScanner(in)
	s.Buffer(make([]byte, 64<<10), 16<<20)
	for n := 1; s.Scan(); n++ {
		line := s.Text()
		if !utf8.ValidString(line) {
			fmt.Fprintf(stderr, "dyad: line %d: invalid UTF-8, skipped\n", n)
			continue
		}
		words := strings.Fields(line)
		if len(words) == 0 {
			continue
		}
		if err := write(m.Parse(words), n, strings.Join(words, " ")); err != nil {
			return err
		}
	}
	if err := s.Err(); err != nil {
		return dyad.Errorf(dyad.EINVALID, "%v", err)
	}
	return nil
}

// writeDeps writes t as its tagged words on one line, then its
// dependencies in the Stanford style, label(head-i, word-j), and a blank
// line.
func writeDeps(w *bufio.Writer, t syntax.Tree) error {
	for i, word := range t.Words {
		if i > 0 {
			w.WriteByte(' ')
		}
		w.WriteString(word + "/" + t.UPOS[i])
	}
	w.WriteByte('\n')
	for i, word := range t.Words {
		head, h := "ROOT", t.Heads[i]
		if h >= 0 {
			head = t.Words[h]
		}
		fmt.Fprintf(w, "%s(%s-%d, %s-%d)\n", t.Labels[i], head, h+1, word, i+1)
	}
	_, err := w.WriteString("\n")
	return err
}

// evalTreebank parses the words of a CoNLL-U file and prints the scores.
func evalTreebank(w io.Writer, m *syntax.Model, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return dyad.Errorf(dyad.ENOTFOUND, "%v", err)
	}
	defer f.Close()
	gold, err := syntax.NewReader(f).ReadAll()
	if err != nil {
		return dyad.Errorf(dyad.EINVALID, "%s: %v", name, err)
	}
	start := time.Now()
	s := syntax.Evaluate(m, gold)
	el := time.Since(start)
	fmt.Fprintf(w, "== %s\n", name)
	fmt.Fprintf(w, "sentences %d, words %d (%d scored: punctuation left out of UAS and LAS)\n", s.Sentences, s.Words, s.Scored)
	fmt.Fprintf(w, "UPOS %.4f\nXPOS %.4f\nUAS  %.4f\nLAS  %.4f (with subtypes %.4f)\n", s.UPOS(), s.XPOS(), s.UAS(), s.LAS(), s.FullLAS())
	fmt.Fprintf(w, "tagged and parsed in %v: %.0f sentences/s\n", el.Round(time.Millisecond), float64(s.Sentences)/el.Seconds())
	return nil
}
