package syntax

import (
	"fmt"
	"strings"
)

// Scores is the accuracy of parses against gold trees over the same words,
// counted the standard way (CoNLL 2018 shared task, on gold tokens):
// UPOS and XPOS over every word; UAS (the right head) and LAS (the right head and
// universal relation, the part of the label before ":") over the words
// that are not punctuation (gold tag PUNCT); FullLAS compares whole labels,
// subtypes included.
type Scores struct {
	Sentences, Words, Scored int // Scored: the words UAS and LAS count
	tags, xtags              int
	heads, labels, full      int
}

// Add counts the parse pred of the gold tree gold (the same words).
func (s *Scores) Add(gold, pred Tree) {
	s.addTags(gold, pred.UPOS, pred.XPOS)
	for i := range gold.Words {
		if gold.UPOS[i] == "PUNCT" {
			continue
		}
		s.Scored++
		if pred.Heads[i] != gold.Heads[i] {
			continue
		}
		s.heads++
		if universal(pred.Labels[i]) == universal(gold.Labels[i]) {
			s.labels++
		}
		if pred.Labels[i] == gold.Labels[i] {
			s.full++
		}
	}
}

// addTags counts the tags of one sentence (xpos may be nil).
func (s *Scores) addTags(gold Tree, upos, xpos []string) {
	s.Sentences++
	for i := range gold.Words {
		s.Words++
		if upos[i] == gold.UPOS[i] {
			s.tags++
		}
		if i < len(xpos) && i < len(gold.XPOS) && xpos[i] == gold.XPOS[i] {
			s.xtags++
		}
	}
}

func universal(label string) string {
	if i := strings.IndexByte(label, ':'); i >= 0 {
		return label[:i]
	}
	return label
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// UPOS is the share of words with the gold tag.
func (s Scores) UPOS() float64 { return ratio(s.tags, s.Words) }

// XPOS is the share of words with the gold XPOS tag.
func (s Scores) XPOS() float64 { return ratio(s.xtags, s.Words) }

// UAS is the share of scored words with the gold head.
func (s Scores) UAS() float64 { return ratio(s.heads, s.Scored) }

// LAS is the share of scored words with the gold head and universal relation.
func (s Scores) LAS() float64 { return ratio(s.labels, s.Scored) }

// FullLAS is the share of scored words with the gold head and full label.
func (s Scores) FullLAS() float64 { return ratio(s.full, s.Scored) }

func (s Scores) String() string {
	return fmt.Sprintf("UPOS %.4f  XPOS %.4f  UAS %.4f  LAS %.4f  (LAS with subtypes %.4f; %d sentences, %d words, %d scored)",
		s.UPOS(), s.XPOS(), s.UAS(), s.LAS(), s.FullLAS(), s.Sentences, s.Words, s.Scored)
}

// Evaluate parses the words of each gold tree with m and scores the result.
func Evaluate(m *Model, gold []Tree) Scores {
	var s Scores
	for _, g := range gold {
		s.Add(g, m.Parse(g.Words))
	}
	return s
}
