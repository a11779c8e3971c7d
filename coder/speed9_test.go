package coder

import (
	"testing"

	"github.com/dyadhq/dyad/text"
)

// TestWordClasses: a token's marks answer for every word list that is a
// class (wordclass.go) as the list itself does, for the words of every list
// and for words of none, on tokens lemmatized by the coder and on tokens
// never marked; the month "March" takes the month's lemma classes.
func TestWordClasses(t *testing.T) {
	c := testCoder(t)
	words := []string{"zebra", "said", "the", "frozen", "march", "March"}
	for _, l := range classLists {
		for w := range l {
			words = append(words, w)
		}
	}
	memo := &wordMemo{words: map[string]*wordFacts{}, others: map[string]*wordFacts{}}
	for _, w := range words {
		toks := text.Tokenize(w, 0)
		if len(toks) != 1 {
			continue // a list's word the tokenizer splits is never one token
		}
		plain := toks[0]
		lemmatize(c.lx, toks, memo, nil)
		for i, l := range classLists {
			k := toks[0].Lower
			if lemmaClass&(1<<i) != 0 {
				k = toks[0].Lemma
			}
			cl := wordClass(1 << i)
			if got := marked(&toks[0], cl); got != l[k] {
				t.Errorf("%q: class %d marked %v, list %v", w, i, got, l[k])
			}
			plain.Lemma = toks[0].Lemma
			if got := marked(&plain, cl); got != l[k] {
				t.Errorf("%q unmarked: class %d %v, list %v", w, i, got, l[k])
			}
		}
	}
}

// TestSpeed9Attrs: the attributes of events found through rules whose word
// lists became classes are as the lists gave them.
func TestSpeed9Attrs(t *testing.T) {
	checkAttr(t, []attrCase{
		{"protesting", "Kenyan police arrested 40 students protesting in Nairobi on Monday.", "KENCOP KENEDU 173", "40 students"},
		{"marching", "Thai riot police detained 25 farmers marching toward Bangkok on Tuesday.", "THACOP THAAGR 173", "25 farmers"},
	}, amount)
	checkAttr(t, []attrCase{
		{"outskirts", "Colombian troops clashed with rebels on the outskirts of Cali on Monday.", "COLMIL COLREB 190", "Cali"},
		{"frozen in", "The United States has frozen assets in Switzerland belonging to a Venezuelan minister, the Treasury said on Friday.", "USA CHE 163", "Switzerland"},
	}, placeName)
}
