package coder

import (
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// member is one actor of a mention: a mention of a list ("the United States,
// Japan and South Korea") has several.
type member struct {
	code    string // full CAMEO actor code: "RUSGOV"
	country string
	name    string
	start   int // token range of the words that named it
	end     int
	person  *lexicon.Individual
}

// mkind tells what a mention is.
type mkind uint8

const (
	mFull    mkind = iota // an actor named in the sentence
	mWeak                 // an adjective that modifies no role word: "Russian missile strike"
	mPronoun              // resolved from earlier mentions
	mGroup                // "the two nations": resolved from the document
	mEvent                // "the trip": the participants of an earlier event
	mPlace                // a place that stands for its country
	mAgent                // a role word with no country: "troops"
)

// mention is a stretch of tokens that names one or more actors.
type mention struct {
	start, end int // token range [start, end)
	kind       mkind
	members    []member
	poss       bool   // followed by "'s", or a possessive pronoun
	prep       string // the preposition it is the object of, if any
	role       string // for mAgent: the role
}

// free reports whether m may be a subject: it names actors and is not the
// object of a preposition.
func (m *mention) usable() bool {
	return len(m.members) > 0 && m.kind != mWeak && m.kind != mAgent
}

var prepositions = set(`in at on from with for to of by against between among into toward towards over near
	about under after before during across through within without despite than like upon onto via amid amidst
	including alongside beside`)

var determiners = set(`the a an this that these those its their his her our`)

var pronouns = map[string]bool{"he": false, "she": false, "it": false, "they": false, "him": false,
	"them": false, "his": true, "her": true, "its": true, "their": true} // true: possessive

// eventNouns refer back to an event of the document: "the trip" to the last
// visit, "the pact" to the last agreement. The reference stands for the
// event's participants together.
var eventNouns = map[string][]string{
	"trip": {"042", "043"}, "visit": {"042", "043"}, "tour": {"042", "043"},
	"summit": {"04"}, "meeting": {"04"}, "talks": {"04"},
	"treaty": {"057", "03"}, "pact": {"057", "03"}, "accord": {"057", "03"}, "agreement": {"057", "03"}, "deal": {"057", "03"},
}

var groupNouns = set(`nation country state side government neighbour neighbor ally partner power capital leader`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range splitFields(words) {
		m[w] = true
	}
	return m
}

func splitFields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

// isWord reports whether toks[i] exists and its lower form is w.
func isWord(toks []text.Token, i int, w string) bool {
	return i >= 0 && i < len(toks) && toks[i].Lower == w
}
