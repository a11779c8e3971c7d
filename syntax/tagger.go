package syntax

import (
	"unicode"
	"unicode/utf8"

	"github.com/dyadhq/dyad/text"
)

// uposTags are the 17 Universal POS tags.
var uposTags = []string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// noTag is the tag feature of the words before the first.
const noTag = 255

// A Tagger assigns two tags to each word: its Universal POS tag and its
// treebank's own (XPOS: the Penn Treebank tags for English, which tell a
// past tense from a participle, VBD from VBN). Each comes from an averaged
// perceptron that tags greedily from left to right, reading the word, its
// prefixes and suffixes, its shape, the words around it and the two tags
// before it; frequent words that training always saw with one tag get it
// directly. A Tagger is safe for concurrent use.
type Tagger struct {
	upos, xpos *tagModel
}

// tagModel assigns the tags of one tag set.
type tagModel struct {
	names []string         // tag numbers to names
	dict  map[string]uint8 // frequent unambiguous words (as written) and their tag
	w     *weights
}

// word holds the hashed forms of one word that features read.
type word struct {
	form, lower, shape uint64
	pre, suf           [4]uint64
	flags              uint64
}

var (
	hashNone  = hashString("\x00none")
	hashStart = hashString("\x00start")
	hashEnd   = hashString("\x00end")
)

// Word flags.
const (
	flagCap = 1 << iota
	flagUpper
	flagDigit
	flagHyphen
	flagFirst
)

// lower folds w to lower case with dyad's folding of typographic quotes,
// apostrophes and dashes, so "’s" reads as "'s" (text.Fold).
func lower(w string) string { return text.Fold(w) }

// shape maps letters to X and x, digits to d, and collapses runs of more
// than two: "McCain" Xx·Xxx → "XxXxx", "1990s" → "ddx".
func shape(w string) string {
	var b [16]byte
	n, last, run := 0, byte(0), 0
	for _, r := range w {
		c := byte('-')
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		}
		if c == last {
			if run++; run > 2 {
				continue
			}
		} else {
			last, run = c, 1
		}
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

// newWord hashes the forms of w, the i-th word of a sentence.
func newWord(w string, i int) word {
	lw := lower(w)
	x := word{form: hashString(w), lower: hashString(lw), shape: hashString(shape(w))}
	pre, suf := 0, len(lw) // byte offsets of the prefix's end and the suffix's start
	for k := range 4 {
		if pre == len(lw) {
			x.pre[k], x.suf[k] = hashNone, hashNone
			continue
		}
		_, n := utf8.DecodeRuneInString(lw[pre:])
		_, m := utf8.DecodeLastRuneInString(lw[:suf])
		pre, suf = pre+n, suf-m
		x.pre[k], x.suf[k] = hashString(lw[:pre]), hashString(lw[suf:])
	}
	letters, uppers := 0, 0
	for k, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
			uppers++
			if k == 0 {
				x.flags |= flagCap
			}
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			x.flags |= flagDigit
		case r == '-':
			x.flags |= flagHyphen
		}
	}
	if uppers > 1 && uppers == letters {
		x.flags |= flagUpper
	}
	if i == 0 {
		x.flags |= flagFirst
	}
	return x
}

// Tagger feature templates.
const (
	tBias = iota
	tForm
	tLower
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tPre4
	tShape
	tFlags
	tPrevTag
	tPrevTags
	tPrevTagWord
	tPrevWord
	tPrevSuf
	tPrev2Word
	tNextWord
	tNextSuf
	tNext2Word
	tPrevWordWord
	tWordNextWord
	tPrevTagNextWord
	tNextShape
	tPrevShape
)

var (
	startWord = word{form: hashStart, lower: hashStart, shape: hashStart, suf: [4]uint64{hashStart, hashStart, hashStart, hashStart}}
	endWord   = word{form: hashEnd, lower: hashEnd, shape: hashEnd, suf: [4]uint64{hashEnd, hashEnd, hashEnd, hashEnd}}
)

// tagFeatures appends the features of word i of ws, given the tags before it.
func tagFeatures(f []uint32, ws []word, i int, prev, prev2 int) []uint32 {
	w := &ws[i]
	at := func(j int) *word {
		switch {
		case j < 0:
			return &startWord
		case j >= len(ws):
			return &endWord
		}
		return &ws[j]
	}
	p, p2, n, n2 := at(i-1), at(i-2), at(i+1), at(i+2)
	pt, pt2 := uint64(prev), uint64(prev2)
	f = append(f,
		key1(tBias, 0),
		key1(tForm, w.form),
		key1(tLower, w.lower),
	)
	for k := range uint64(4) {
		f = append(f, key1(tSuf1+k, w.suf[k]), key1(tPre1+k, w.pre[k]))
	}
	return append(f,
		key1(tShape, w.shape),
		key1(tFlags, w.flags),
		key1(tPrevTag, pt),
		key2(tPrevTags, pt2, pt),
		key2(tPrevTagWord, pt, w.lower),
		key1(tPrevWord, p.lower),
		key1(tPrevSuf, p.suf[2]),
		key1(tPrev2Word, p2.lower),
		key1(tNextWord, n.lower),
		key1(tNextSuf, n.suf[2]),
		key1(tNext2Word, n2.lower),
		key2(tPrevWordWord, p.lower, w.lower),
		key2(tWordNextWord, w.lower, n.lower),
		key2(tPrevTagNextWord, pt, n.lower),
		key2(tNextShape, w.shape, n.shape),
		key2(tPrevShape, p.shape, w.shape),
	)
}

// Tag returns the Universal POS tag and the XPOS tag of each word.
func (t *Tagger) Tag(words []string) (upos, xpos []string) {
	ws := make([]word, len(words))
	for i, w := range words {
		ws[i] = newWord(w, i)
	}
	return t.upos.tag(words, ws), t.xpos.tag(words, ws)
}

// finite retags as a past tense (VBD) the first participle (VBN) of a
// sentence that has no finite verb (VBD, VBZ, VBP or MD), when no verb
// comes before it: "Egyptian police arrested dozens of protesters" is a
// clause, not a noun phrase. The treebank is web text, with few sentences
// of news's most common shape, and the tagger takes such verbs for
// participles. Model.Parse applies it; the parser was trained without it.
func finite(upos, xpos []string) {
	first := -1
	for i, x := range xpos {
		switch x {
		case "VBD", "VBZ", "VBP", "MD":
			return
		case "VBN":
			if first < 0 && upos[i] == "VERB" {
				first = i
			}
		}
		if first < 0 && (upos[i] == "VERB" || upos[i] == "AUX") && x != "VBN" {
			return
		}
	}
	if first > 0 {
		xpos[first] = "VBD"
	}
}

// tag returns the tags of words, whose hashed forms are ws.
func (m *tagModel) tag(words []string, ws []word) []string {
	out := make([]string, len(words))
	var scores scoreArray
	feats := make([]uint32, 0, 40)
	prev, prev2 := noTag, noTag
	for i, w := range words {
		c, ok := m.dict[w]
		if !ok {
			feats = tagFeatures(feats[:0], ws, i, prev, prev2)
			m.w.score(feats, &scores)
			c = uint8(argmax(scores[:len(m.names)]))
		}
		out[i] = m.names[c]
		prev2, prev = prev, int(c)
	}
	return out
}

func argmax(s []int32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}
