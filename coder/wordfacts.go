package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// What the lexicon says of each word of a sentence is looked up once, when
// the sentence is tokenized (prepare), and kept beside its tokens for every
// pass that asks: its lemma, the dictionary phrases it may start, the
// patterns and frames it triggers, its signature bits. These are a function
// of the word as written in lower case alone, and news repeats its words
// from sentence to sentence, so a document's words are remembered for the
// next (wordMemo): one look-up of a word seen before replaces the ten or so
// of the lexicon's large tables that the word would otherwise cost.

// wordFacts are what the lexicon says of one token.
type wordFacts struct {
	lemma    string              // the token's Lemma
	starts   uint8               // lexicon.Starts of the token
	patterns []*lexicon.Pattern  // the patterns its lemma triggers
	lowers   []*lexicon.Pattern  // those its lower-case form triggers, when not its lemma
	frames   []*lexicon.Pattern  // the frames its lemma triggers
	pres     []lexicon.Prefilter // the Prefilters of patterns (lexicon.PrefiltersAt)
	lpres    []lexicon.Prefilter // and of lowers
	bits     tokBits
	actor    *lexicon.ActorStart // speed7: where the actors' names that begin with it go on, when it starts one
	marks    uint64              // speed9: its word classes (wordclass.go), for text.Token.Marks
}

// factsOf works out the facts of t, a token whose Lemma is set.
func factsOf(lx *lexicon.Lexicon, t *text.Token) wordFacts {
	f := wordFacts{lemma: t.Lemma, starts: lx.Starts(t), patterns: lx.PatternsAt(t.Lemma), frames: lx.FramesAt(t.Lemma),
		pres: lx.PrefiltersAt(t.Lemma), bits: tokBits{sig: [2]uint8{lexicon.Bit(t.Lemma), lexicon.Bit(t.Lower)}, flags: flagsOf(*t)},
		marks: marksOf(t.Lower, t.Lemma)} // speed9: word classes
	if t.Lemma != t.Lower {
		f.lowers, f.lpres = lx.PatternsAt(t.Lower), lx.PrefiltersAt(t.Lower)
	}
	if f.starts&lexicon.StartsActor != 0 {
		f.actor = lx.ActorStartOf(t.Lower)
	}
	return f
}

// wordMemo remembers the facts of the tokens of the documents coded
// before, by their lower-case form, for one lexicon: those of words
// (text.Word), and apart from them those of numbers and punctuation, which
// their first character tells apart. It is kept with docBufs, so one
// goroutine at a time uses it.
type wordMemo struct {
	lx     *lexicon.Lexicon
	words  map[string]*wordFacts
	others map[string]*wordFacts
}

// maxMemo bounds the words a wordMemo holds: past it, it starts over.
const maxMemo = 1 << 14

// lemmatize sets the Lemma of every token of toks and appends their facts
// to out, which it returns: as the lexicon's Lemmatize and factsOf would,
// remembering in memo (when not nil) the facts of words not seen before.
func lemmatize(lx *lexicon.Lexicon, toks []text.Token, memo *wordMemo, out []wordFacts) []wordFacts {
	if memo == nil {
		lx.Lemmatize(toks)
		for i := range toks {
			out = append(out, factsOf(lx, &toks[i]))
			toks[i].Marks = out[len(out)-1].marks // speed9: word classes (wordclass.go)
		}
		return out
	}
	if memo.lx != lx || len(memo.words)+len(memo.others) >= maxMemo {
		memo.lx = lx
		clear(memo.words)
		clear(memo.others)
	}
	for i := range toks {
		t := &toks[i]
		m := memo.words
		if t.Kind != text.Word {
			m = memo.others
		}
		f := m[t.Lower]
		if f == nil {
			// a copy of the token, so that the memo keeps no document's text
			w := []text.Token{{Kind: t.Kind, Lower: strings.Clone(t.Lower)}}
			w[0].Lemma = w[0].Lower
			lx.Lemmatize(w)
			f = new(wordFacts)
			*f = factsOf(lx, &w[0])
			m[w[0].Lower] = f
		}
		t.Lemma = f.lemma
		t.Marks = f.marks // speed9: word classes (wordclass.go)
		if t.Cap && t.Lower == "march" && mayMonth(toks, i) {
			// the month, no march: "killed 40 bandits in March 2023" tells
			// of no protest to the rules that read a protest verb's lemma
			t.Lemma = "March"
			t.Marks = marksOf(t.Lower, t.Lemma) // speed9: its lemma classes are the month's
		}
		out = append(out, *f)
	}
	return out
}
