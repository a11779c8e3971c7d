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
	// stranger marks a person no dictionary knows and no words give a
	// role: an actor only as the target of an act on people (strangerActs)
	stranger strangerKind
	unknown  bool // a person named by a name no dictionary knows: a person, not the state
}

// strangerKind tells how sure the country of a stranger is.
type strangerKind uint8

const (
	notStranger     strangerKind = iota
	strangerPlaced               // the country of a place the sentence or dateline names
	strangerGuessed              // the one country the sentence names, or the document's
)

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
	mImplied              // a role word given the document's country: "police" in a report from Kenya
)

// mention is a stretch of tokens that names one or more actors.
type mention struct {
	start, end int // token range [start, end)
	kind       mkind
	members    []member
	poss       bool   // followed by "'s", or a possessive pronoun
	prep       string // the preposition it is the object of, if any
	role       string // for mAgent and mImplied: the role
	implied    string // for mImplied: where the country came from (fromDateline, fromDocument)
	named      [2]int // the tokens of a person's name within the mention, when it has one
	placedIn   string // the country of the place its own words put it in: "protesters in Tbilisi"
	victims    int    // for mEvent: how many members, at the end, were the earlier event's targets
	oneSided   bool   // for mEvent: the earlier event was one party's act on its targets, not coded both ways
	hostile    bool   // for mEvent: the earlier event was conflict (quad 3 or 4) done to its targets: sanctions, force
	ship       bool   // for mPronoun: it stands for a ship, and its members for whose the ship is
	unknown    bool   // an unknown person's name, with the role its apposition gives or none
	stranger   bool   // an unknown person's name with no role: its members are strangers
	former     bool   // an unknown person's apposition names a role held before: only the country is the person's
	uprooted   bool   // for mAgent: migrants or refugees of no nationality named, no country's people (migrants.go)
	// shared holds the bodies of a name several states use alike
	// ("Congress"), its owner's among them, when the mention is one
	shared []*lexicon.Actor
}

// byStart orders mentions by their first token. sort.Sort runs the same
// algorithm as sort.Slice, so ties keep the order sort.Slice gave them,
// without the reflective swapper sort.Slice allocates for every sentence.
type byStart []mention

func (ms byStart) Len() int           { return len(ms) }
func (ms byStart) Less(i, j int) bool { return ms[i].start < ms[j].start }
func (ms byStart) Swap(i, j int)      { ms[i], ms[j] = ms[j], ms[i] }

// free reports whether m may be a subject: it names actors and is not the
// object of a preposition.
func (m *mention) usable() bool {
	return len(m.members) > 0 && m.kind != mWeak && m.kind != mAgent
}

// isWord reports whether toks[i] exists and its lower form is w.
func isWord(toks []text.Token, i int, w string) bool {
	return i >= 0 && i < len(toks) && toks[i].Lower == w
}
