package coder

import (
	"slices"
	"strings"
	"sync"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/syntax"
	"github.com/dyadhq/dyad/text"
)

// A sentence's working state: its tokens, its actors' mentions, its time
// phrases and its clauses, worked out once for the rules that read them.

// sentence is the coder's working state for one sentence.
type sentence struct {
	lx         *lexicon.Lexicon
	words      map[string]bool // every lemma and lower-case form of the sentence
	sig        lexicon.Sig     // their signature
	after      []lexicon.Sig   // token index i → the signature of the words from i on; after[len(toks)] is empty (matchAt)
	bits       []tokBits       // token index → what its words are, worked out once
	facts      []wordFacts     // token index → what the lexicon says of its word (wordfacts.go)
	time       []bool          // tokens of time phrases ("on Wednesday", "last week")
	toks       []text.Token
	ms         []mention
	at         []int           // token index → index of the mention starting there, or -1
	in         []int           // token index → index of the mention covering it, or -1
	boundary   []bool          // clause boundaries
	mainAt     []int           // tokens that end a relative clause on the subject, before the main verb (relativeSubjects)
	clauseSubj []modClauseSubj // subordinate clauses' subjects across a modifier phrase (subclause.go)
	stance     [2]int          // the phrase of an adjective of stance on the subject, [from, to), or zeros (stanceSubjects)
	tail       int             // the comma that opens a closing attribution ("..., police said"), or -1
	tree       *syntax.Tree    // the dependency parse, once a rule has asked for it (see parse)
	bound      []proto         // the events bind has found so far, in word order: what a reaction may be about
	starts     []int           // the first words of the sentence's acts and events, once all are found (codeSentence): what locate weighs a place's act by
	wordBuf    []int           // matchAt's scratch for a pattern's words
	matchBuf   [2][]match      // matches' scratch for every word's matches and the acts, which it returns copies of
	notSpans   []notSpan       // where the phrases of the dictionary's "not" lines lie (exclude.go)
	classes    []uint8         // by class number: 1 when the sentence has some phrase of the class, 2 when none, 0 until asked (hasClass)
	drops      *dropLog        // drops: the acts let go and why, when explaining; nil when coding (drops.go)
	prevPolice member          // noparties9: the police that were the subject of the sentence before (arrestedbypolice.go)
	prevActed  bool            // noparties9: and the sentence before coded an act of theirs, whose day an undated arrest takes
}

// lexed is what a sentence's tokens say before its actors are known, worked
// out once for the rules that read it: the tokens of its time phrases and
// its clause boundaries, and what the lexicon says of its words (nil until
// prepare, which looks them up, sets it).
type lexed struct {
	time, bounds []bool
	facts        []wordFacts
}

func lex(toks []text.Token) lexed {
	return lexed{time: timeTokens(toks), bounds: boundaries(toks)}
}

func newSentence(lx *lexicon.Lexicon, toks []text.Token, ms []mention, pre lexed) *sentence {
	s, n := sentences.Get().(*sentence), len(toks)
	*s = sentence{lx: lx, toks: toks, ms: ms,
		// the storage an earlier sentence released
		words: s.words, wordBuf: s.wordBuf[:0], classes: s.classes, matchBuf: s.matchBuf,
		after: resized(s.after, n+1), at: resized(s.at, n+1), in: resized(s.in, n+1), bits: resized(s.bits, n),
		time:     append(s.time[:0], pre.time...), // a rule may mark more (frameAcrossPP)
		boundary: append(s.boundary[:0], pre.bounds...)}
	if len(s.classes) == lx.NumClasses()+1 {
		clear(s.classes) // hasClass marks them for this sentence
	} else {
		s.classes = nil // another lexicon's
	}
	for i := range s.at {
		s.at[i], s.in[i] = -1, -1
	}
	for k, m := range ms {
		s.at[m.start] = k
		for i := m.start; i < m.end; i++ {
			s.in[i] = k
		}
	}
	s.facts = pre.facts
	if len(s.facts) != n {
		s.facts = make([]wordFacts, n) // tokens lemmatized without prepare
		for i := range toks {
			s.facts[i] = factsOf(lx, &toks[i])
		}
	}
	for i, t := range toks {
		s.words[t.Lower] = true
		if t.Lemma != t.Lower {
			s.words[t.Lemma] = true
		}
		s.bits[i] = s.facts[i].bits
		s.sig.Set(s.bits[i].sig[0])
		s.sig.Set(s.bits[i].sig[1])
	}
	s.after[n] = lexicon.Sig{}
	for i := n - 1; i >= 0; i-- {
		s.after[i] = s.after[i+1]
		s.after[i].Set(s.bits[i].sig[0])
		s.after[i].Set(s.bits[i].sig[1])
	}
	s.notSpans = s.findNots()
	s.subordinateActors()
	s.subordinateModified()
	s.relativeSubjects()
	s.asideEnds()
	s.stanceSubjects()
	s.reducedRelatives()
	s.tail = reportTail(toks)
	return s
}

// sentences recycles the working state of sentences: its word set, the
// largest allocation of coding a sentence, and its per-token tables die
// with the sentence, and the next one reuses their storage (newSentence).
var sentences = sync.Pool{New: func() any { return &sentence{words: map[string]bool{}} }}

// release hands the sentence's storage back for the next sentence; s may
// not be used after. A word set grown by a rare long sentence is left to
// the collector, since clearing it would cost every sentence after.
func (s *sentence) release() {
	if len(s.words) <= 256 {
		clear(s.words)
		sentences.Put(s)
	}
}

// resized returns xs's storage, grown if need be, as a slice of n elements
// the caller sets.
func resized[T any](xs []T, n int) []T { return slices.Grow(xs[:0], n)[:n] }

// tokBits are a token's Sig bits, of its lemma and its lower-case form, and
// its wordFlags.
type tokBits struct {
	sig   [2]uint8
	flags wordFlag
}

// wordFlag marks a token as one of the word sets that the gap loops of
// match.go and slots.go test at every step, looked up once per sentence
// rather than once per step of every pattern.
type wordFlag uint8

const (
	fEffect   wordFlag = 1 << iota // its lemma is one of effectNouns
	fNegation                      // one of negations
	fJoiner                        // punctuation or a word that opens a clause of its own, at a boundary
	fPledge                        // speed7: its lemma is one of pledgeTriggers (othersduty.go)
)

// lemmaFlags are the flags that hold for a lemma, the others for the word
// as written.
const lemmaFlags = fEffect | fPledge

func flagsOf(t text.Token) wordFlag {
	if t.Kind == text.Punct {
		return fJoiner
	}
	f := wordFlags[t.Lower]
	if t.Lemma == t.Lower {
		return f
	}
	return f&^lemmaFlags | wordFlags[t.Lemma]&lemmaFlags
}

// wordFlags are the flags of every word that has any, for one lookup per
// token rather than one per set: lemmaFlags hold for a lemma, the others
// for the word as written.
var wordFlags = func() map[string]wordFlag {
	m := map[string]wordFlag{"and": fJoiner, "unless": fJoiner, "if": fJoiner, "until": fJoiner, "whose": fJoiner}
	for _, ws := range []map[string]bool{subordinators, conjunctions} {
		for w := range ws {
			m[w] |= fJoiner
		}
	}
	for w := range negations {
		m[w] |= fNegation
	}
	// precision7: nor does a gap pass "without": "left the White House
	// without signing a deal" left no deal, and signed none
	m["without"] |= fNegation
	for w := range effectNouns {
		m[w] |= fEffect
	}
	for w := range pledgeTriggers {
		m[w] |= fPledge
	}
	return m
}()

// actorAfter returns the usable mention that begins right after token i,
// past any determiners ("after the Taliban"), or -1: the subject of the
// clause a subordinator at i opens.
func (s *sentence) actorAfter(i int) int {
	j := i + 1
	for j < len(s.toks) && determiners[s.toks[j].Lower] {
		j++
	}
	if mi := s.at[j]; mi >= 0 && s.ms[mi].usable() {
		return mi
	}
	return -1
}

// subordinateActors marks as a clause boundary the "after" or "before" whose
// subject is one actor, however long its name, right before a past verb:
// "a day after Ugandan President Yoweri Museveni and the leader of the
// Somali region of Jubaland signed an agreement" (boundaries counts words,
// not actors). So too a noun summing up the clause before that opens a
// relative clause with no "that": "..., a ruling Washington swiftly
// condemned" is Washington's act, not a complement of the ruling's clause,
// and so does "in what" ("in what Manila called an act of piracy").
func (s *sentence) subordinateActors() {
	for i, t := range s.toks {
		if s.boundary[i] || !marked(&s.toks[i], cSubord) && s.summary(i) < 0 && !(t.Lower == "what" && isWord(s.toks, i-1, "in")) { // speed9: a word class
			continue
		}
		mi := s.actorAfter(i)
		if mi < 0 {
			continue
		}
		k := s.ms[mi].end
		if subordinators[t.Lower] && isWord(s.toks, k, "'s") {
			k = s.possessedNoun(k + 1) // "after President Donald Trump's levies on Canadian imports came into force"
		}
		if s.ms[mi].kind == mWeak {
			k = s.modifiedNouns(k) // "after American cargo planes had airdropped": the adjective's nouns
		}
		for k < len(s.toks) && (auxAdverbs[s.toks[k].Lower] || strings.HasSuffix(s.toks[k].Lower, "ly") && s.in[k] < 0) {
			k++ // "after Moscow also signed", "a ruling Washington swiftly condemned"
		}
		if k < len(s.toks) && !s.toks[k].Cap && pastForm(&s.toks[k]) && s.in[k] < 0 {
			s.boundary[i] = true
		} else if subordinators[t.Lower] && s.postModified(k) {
			s.boundary[i] = true // "after protesters angry over a rise in fares set fire" (postmodifier.go)
		}
	}
}

// relativeSubjects ends a relative clause on the sentence's subject before
// the main verb: in "Al Shabaab gunmen who stormed a hotel on Friday killed
// 21 people" the killing is the gunmen's own act, not a complement of the
// storming. The main verb is the first past verb after the relative
// clause's own one that no "and", comma, auxiliary, "to" or modifier word
// ties to what comes before.
func (s *sentence) relativeSubjects() {
	for k, t := range s.toks {
		if !s.boundary[k] || t.Lower != "who" && t.Lower != "which" && t.Lower != "that" || k == 0 || s.in[k-1] < 0 {
			continue
		}
		j := s.ms[s.in[k-1]].start - 1
		for j >= 0 && determiners[s.toks[j].Lower] {
			j--
		}
		if j >= 0 {
			continue // not the sentence's subject: "killed the commander who planned"
		}
		own := k + 1
		for own < len(s.toks) && auxWords[s.toks[own].Lower] {
			own++ // "who had stormed"
		}
		if own >= len(s.toks) || !pastForm(&s.toks[own]) {
			continue
		}
		if j := s.verbAfterPhrase(own+2, len(s.toks)); j >= 0 {
			s.boundary[j-1] = true
			s.mainAt = append(s.mainAt, j-1)
		}
	}
}

// verbAfterPhrase returns the main verb that follows a phrase on a clause's
// subject (a relative clause, a participle's or a state of mind's phrase),
// looking from token from up to to: the first past verb that no auxiliary,
// determiner, preposition, "and", "or", number or quantifier ties to what
// comes before; -1 when a clause boundary or a comma comes first (a clause or
// an aside of its own, left to other rules) or none does.
func (s *sentence) verbAfterPhrase(from, to int) int {
	for j := max(from, 1); j < to; j++ {
		v, p := &s.toks[j], &s.toks[j-1]
		if s.boundary[j-1] || p.Text == "," {
			return -1
		}
		if v.Kind != text.Word || p.Kind == text.Punct {
			continue
		}
		if !v.Cap && pastForm(v) && s.in[j] < 0 && !strings.HasSuffix(v.Lower, "ing") &&
			!auxWords[p.Lower] && !determiners[p.Lower] && !prepositions[p.Lower] && p.Lower != "and" && p.Lower != "or" &&
			p.Kind != text.Number && !quantifiers[p.Lower] {
			return j
		}
	}
	return -1
}

// possessedNoun returns the token after the words, up to five,
// of a possessed noun phrase that begins at k ("levies on Canadian
// imports"): where its verb would stand.
func (s *sentence) possessedNoun(k int) int {
	for n := 0; n < 5 && k < len(s.toks) && s.toks[k].Kind == text.Word && !clauseWords[s.toks[k].Lower] && !pastForm(&s.toks[k]); n++ {
		k++
	}
	return k
}

// boundaries marks the tokens that end one clause and begin another.
func boundaries(toks []text.Token) []bool {
	b := make([]bool, len(toks))
	for i, t := range toks {
		// speed9: the lists tested as word classes (wordclass.go)
		b[i] = marked(&toks[i], cClause) || (t.Lower == "that" && !isWord(toks, i-1, "so") && !(i+1 < len(toks) && marked(&toks[i+1], cThatTime) && !(i > 0 && marked(&toks[i-1], cReport)))) ||
			(t.Lower == "as" && i+1 < len(toks) && !isWord(toks, i+1, "well") && !isWord(toks, i-1, "such") && !isWord(toks, i-1, "as") &&
				!(i > 0 && (marked(&toks[i-1], cNaming) || marked(&toks[i-1], cRoleVerb) && !subordinate(toks, i)))) || // "what Kyiv described as an oil depot", "resigned as president": a name, no clause
			// "a day after he and Kim Jong Un signed", ", and Baghdad recalled its ambassador":
			// a clause with a subject of its own
			// (and ", and in return El Salvador freed": subordinate looks past the linking phrase)
			(marked(&toks[i], cSubord) || t.Lower == "and" && isWord(toks, i-1, ",")) && subordinate(toks, i) || // speed9: a word class
			t.Lower == "and" && singularClause(toks, i) ||
			timeAnd(toks, i) // "on Monday and police opened fire" (timeand.go)
	}
	quotedNames(toks, b) // including.go
	if k := reportTail(toks); k >= 0 {
		b[k] = true
	}
	if k := frontedEnd(toks); k >= 0 {
		b[k] = true
	}
	if _, k := relationalOpening(toks); k >= 0 && subordinate(toks, k) {
		// "In retaliation for the attack on its embassy, Iran expelled
		// two diplomats": the opening phrase's event ends at its comma
		b[k] = true
	}
	return b
}

// thatTimes make "that" before them a determiner of a time, no clause: "later
// that day", "that night"; but not after a verb of saying ("said that night
// raids had killed").
var thatTimes = set(`day night morning afternoon evening week weekend month year time`)

// frontedWords open a sentence with a clause of time, cause or contrast
// that ends at a comma: "As Israeli troops pushed into Rafah, Hamas fired
// rockets", "Before the gunmen stormed the town, they shelled it".
// ("If", "unless" and "since" are left to the rules of conditions and
// background.)
var frontedWords = set(`as when after before while although though because once whereas`)

// frontedEnd returns the comma that ends a clause opening the sentence with
// a word of frontedWords, where the main clause begins with a subject and
// its past verb, or -1: the comma is a clause boundary, so the main
// clause's act is not taken for a complement of the fronted one.
func frontedEnd(toks []text.Token) int {
	f := 0 // "Days after Ukraine and Russia swapped prisoners, ...": a span of time may lead
	for f < len(toks) && f < 5 && !frontedWords[toks[f].Lower] && (openingLeads[toks[f].Lower] || toks[f].Kind == text.Number) {
		f++
	}
	if f >= len(toks) || !frontedWords[toks[f].Lower] || isWord(toks, f+1, "well") || isWord(toks, f+1, "part") {
		return -1
	}
	for k := f + 1; k < len(toks); k++ {
		if toks[k].Text == "," && subordinate(toks, k) {
			return k
		}
	}
	return -1
}

// subordinators are prepositions that also open a clause: "a day after he
// and Kim Jong Un signed the pact".
var subordinators = set(`after before once`)

// subordinate reports whether the word at i opens a clause: a subject of
// names, pronouns and determiners, then a past verb. (It serves ", and"
// too.)
func subordinate(toks []text.Token, i int) bool {
	if toks[i].Lower == "once" && !(i+1 < len(toks) && (toks[i+1].Cap || toks[i+1].Lower == "the")) {
		return false // "once again", "once a week": no clause; "once Russia had granted him asylum" is one
	}
	if (toks[i].Lower == "before" || toks[i].Lower == "after") && i+1 < len(toks) && (dayTimes[toks[i+1].Lower] && toks[i+1].Lower != "hours" || toks[i+1].Lower == "dark") {
		// "raided the house before dawn and arrested him", "after dark": a time of day,
		// no clause whose subject the verb after "and" would be
		return false
	}
	lead := i
	if toks[i].Lower == "and" {
		lead = leadAdverbial(toks, i+1) - 1 // ", and in return El Salvador freed", ", and on Tuesday France expelled"
	}
	skip := 0 // the words of an aside between the subject and its verb
	for j := lead + 1; j < len(toks) && j <= lead+9+skip; j++ {
		t := &toks[j]
		if t.Text == "'" && j > i+1 && strings.HasSuffix(toks[j-1].Lower, "s") {
			continue // "the two countries' ministers signed"
		}
		if inReturn(toks, j) {
			j++ // "and Trump in return paused"
			continue
		}
		if e := midTime(toks, j); e > j && j > lead+1 {
			j = e - 1 // "and the Colombian government on Friday blamed": the subject's verb after its time
			continue
		}
		if t.Kind == text.Number && j == lead+1 {
			continue // "after 26 people were killed": a subject counted
		}
		if e := prepAside(toks, j); e > j && j > lead+1 {
			skip += e - j
			j = e - 1 // ", and Putin, in a televised address, called" (timeand.go)
			continue
		}
		if toks[i].Lower == "and" && j > i+1 && (t.Lower == "announced" || t.Lower == "declared") && j+1 < len(toks) && nounLeads[toks[j+1].Lower] {
			return true // ", and Keita announced his resignation": an act of its own named by a noun, not a report
		}
		if toks[i].Lower == "and" && j > i+1 && t.Lower == "claimed" && (isWord(toks, j+1, "responsibility") || isWord(toks, j+1, "credit")) {
			return true // ", and Islamic State claimed responsibility": a claim of its own (saidclause.go)
		}
		if toks[i].Lower == "and" && j > i+1 && t.Lower == "warned" {
			// ", and Britain warned of serious consequences": a warning of its
			// own, not a complement of the act before it (but ", and Pyongyang
			// said it would fire more" still names who did what the first
			// clause condemned)
			return true
		}
		if t.Text == "," && toks[i].Lower == "and" && j > i+1 && toks[j-1].Cap && j+1 < len(toks) && toks[j+1].Cap && toks[j+1].Kind == text.Word {
			continue // ", and France, Germany and Britain criticised": a list of named subjects (branch complements)
		}
		if t.Kind != text.Word || prepositions[t.Lower] && !(t.Lower == "of" && partitives[toks[j-1].Lower]) && !(t.Lower == "including" && j > lead+1) || clauseWords[t.Lower] {
			return false // but "thousands of protesters responded" and "cities including Atlanta imposed" are subjects
		}
		if j > i+1 && !t.Cap && (pastForm(t) || samePast(toks, j)) && !determiners[toks[j-1].Lower] {
			return true
		}
	}
	return false
}

// nounLeads open the noun phrase that a verb of announcing takes as its
// object ("announced his resignation", "declared a ceasefire"), where a
// report would go on with a clause ("said it would").
var nounLeads = set(`a an the his her its their`)

// samePasts are verbs whose past is spelled as their present, which
// pastForm cannot tell.
var samePasts = set(`hit cut put set shut beat hurt spread cast quit`)

// samePast reports whether toks[j] is one of samePasts standing as a verb
// before its object: "after Cambodian artillery hit a petrol station", not
// "after a direct hit"; or right after a named subject, before any word
// ("after Russia cut gas supplies").
func samePast(toks []text.Token, j int) bool {
	if !samePasts[toks[j].Lower] || j+1 >= len(toks) {
		return false
	}
	n := &toks[j+1]
	// a pronoun object makes it a verb too: ", and two days later put them on a bus"
	return determiners[n.Lower] || objectPronouns[n.Lower] || n.Kind == text.Number || n.Cap && n.Kind == text.Word ||
		j > 0 && toks[j-1].Cap && toks[j-1].Kind == text.Word && n.Kind == text.Word ||
		pluralSubject(toks, j-1) && n.Kind == text.Word && !prepositions[n.Lower] && !clauseWords[n.Lower]
}

// samePastVerb reports whether token j is one of samePasts standing as a
// verb: as samePast finds it, or right after an actor's words and before
// a word of its object ("Croatian police beat migrants", "border guards
// beat asylum seekers"), where "police" gives no plural -s to tell it by.
func (s *sentence) samePastVerb(j int) bool {
	if samePast(s.toks, j) {
		return true
	}
	if !samePasts[s.toks[j].Lower] || j < 1 || j+1 >= len(s.toks) || s.in[j-1] < 0 || s.in[j] >= 0 {
		return false
	}
	n := &s.toks[j+1]
	return n.Kind == text.Word && !prepositions[n.Lower] && !clauseWords[n.Lower] && n.Lower != "and" && n.Lower != "or" ||
		s.sharedObject(j+1) // "beat and robbed migrants"
}

// pluralSubject reports whether toks[k] is a plural noun that can be the
// subject of a verb after it: "after Iranian missiles and drones hit
// targets", "after protesters set fire to"; not a verb or a function word
// ("was hit", "has cut", "its").
func pluralSubject(toks []text.Token, k int) bool {
	if k < 0 || toks[k].Kind != text.Word || toks[k].Cap || len(toks[k].Lower) < 4 || !strings.HasSuffix(toks[k].Lower, "s") {
		return false
	}
	w := toks[k].Lower
	return !determiners[w] && !beForms[w] && w != "has" && w != "does" && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous")
}

// leadAdverbial returns the token after an adverbial that opens the clause
// at token j before its subject, with the comma that may close it: "in
// return", "in response", "on Tuesday", "on March 3", "later", "then"; or j
// when none does.
func leadAdverbial(toks []text.Token, j int) int {
	k := j
	switch {
	case isWord(toks, j, "in") && j+1 < len(toks) && answerNouns[toks[j+1].Lower]:
		k = j + 2
	case isWord(toks, j, "on") && j+1 < len(toks) && (weekdayAt(toks, j+1) || monthNames[toks[j+1].Lower] > 0):
		k = j + 2
		for k < len(toks) && k <= j+3 && toks[k].Kind == text.Number {
			k++ // "on March 3"
		}
	case isWord(toks, j, "later") || isWord(toks, j, "then") || isWord(toks, j, "meanwhile"):
		k = j + 1
	}
	if k > j && isWord(toks, k, ",") {
		k++
	}
	return k
}

// midTime returns the end of a time phrase at toks[j] that stands between
// a subject and its verb, a past form right after it ("the government on
// Friday blamed", "Pakistan late on Sunday accused", "the army last week
// shelled", "Kenya earlier this month expelled"), or j.
func midTime(toks []text.Token, j int) int {
	k := j
	if isWord(toks, k, "late") || isWord(toks, k, "early") {
		k++
	}
	switch {
	case isWord(toks, k, "on") && k+1 < len(toks) && (weekdayAt(toks, k+1) || monthNames[toks[k+1].Lower] > 0):
		k += 2
		for k < len(toks) && k <= j+5 && (toks[k].Kind == text.Number || dayParts[toks[k].Lower]) {
			k++ // "on March 3", "on Friday night"
		}
	case isWord(toks, k, "last") && k+1 < len(toks) && timeUnits[toks[k+1].Lower]:
		k += 2
	case isWord(toks, k, "earlier") && isWord(toks, k+1, "this") && k+2 < len(toks) && timeUnits[toks[k+2].Lower]:
		k += 3
	case isWord(toks, k, "overnight") || isWord(toks, k, "yesterday"):
		k++
	default:
		return j
	}
	if k >= len(toks) || toks[k].Kind != text.Word || toks[k].Cap || !pastForm(&toks[k]) {
		return j
	}
	return k
}

// timeUnits follow "last" and "earlier this" in a time phrase.
var timeUnits = set(`week month year night weekend`)

// answerNouns make with "in" an adverb of how one act answers another.
var answerNouns = set(`return response turn retaliation reply exchange protest`)

// inReturn reports whether toks[j] is the "in" of "in return", "in
// response": an adverb that may stand between a subject and its verb.
func inReturn(toks []text.Token, j int) bool {
	return isWord(toks, j, "in") && j+1 < len(toks) && answerNouns[toks[j+1].Lower] && j+2 < len(toks) && toks[j+2].Kind == text.Word && pastForm(&toks[j+2])
}

// clauses numbers the clause of each token, by the boundaries b before it.
func clauses(toks []text.Token, b []bool) []int {
	out := make([]int, len(toks)+1)
	n := 0
	for k := range toks {
		out[k] = n
		if b[k] {
			n++
		}
	}
	out[len(toks)] = n
	return out
}

// reportTail returns the comma that opens a closing attribution ("...,
// Human Rights Watch said on Thursday.", "..., police said"), or -1: what
// follows it reports the sentence and is none of its actions' objects.
func reportTail(toks []text.Token) int {
	for k := len(toks) - 2; k >= 1; k-- {
		// ", according to a report released by ...": however long
		if toks[k].Lower == "," && isWord(toks, k+1, "according") && isWord(toks, k+2, "to") && !hasPunct(toks[k+3:], ",", "\"", ":", ";") {
			return k
		}
	}
	for k := len(toks) - 1; k >= 1 && k >= len(toks)-12; k-- {
		if toks[k].Lower != "," {
			continue
		}
		if isWord(toks, k+1, "and") || isWord(toks, k+1, "but") {
			return -1 // "..., and Keita announced his resignation": a clause of its own, no attribution
		}
		if invertedReport(toks, k) {
			return k // "..., said Romania's foreign minister on Tuesday": the verb before its speaker
		}
		for j := k + 1; j < len(toks) && j <= k+7; j++ {
			if reportVerbs[toks[j].Lower] && j > k+1 {
				if len(toks)-j <= 7 {
					return k
				}
				break
			}
		}
		return -1
	}
	return -1
}

// invertedReport reports whether the comma at token k opens a closing
// report whose verb comes before its speaker: ", said Romania's foreign
// minister", ", said a spokesman for the foreign ministry on Tuesday"; a
// speaker opens with a name or an article, never a pronoun (", said it
// would retaliate" is the subject's own clause), and the report ends the
// sentence within a dozen words.
func invertedReport(toks []text.Token, k int) bool {
	if !isWord(toks, k+1, "said") && !isWord(toks, k+1, "says") || k+2 >= len(toks) || len(toks)-(k+1) > 13 {
		return false
	}
	n := &toks[k+2]
	if n.Kind != text.Word || !n.Cap && n.Lower != "the" && n.Lower != "a" && n.Lower != "an" || subjectPronouns[n.Lower] || n.Lower == "that" {
		return false
	}
	return !hasPunct(toks[k+2:len(toks)-1], ",", "\"", ":", ";")
}

// asideAt reports whether the comma at token k opens a relative clause
// (", which", ", who") or a participle clause (", suspecting it"), not
// the next of a list of gerunds ("accused the United States of violating
// human rights, ignoring international law and ...").
func (s *sentence) asideAt(k int) bool {
	if s.toks[k].Lower != "," {
		return false
	}
	if isWord(s.toks, k+1, "which") || isWord(s.toks, k+1, "who") || isWord(s.toks, k+1, "whose") {
		return true
	}
	if k+2 < len(s.toks) && prepositions[s.toks[k+1].Lower] && (isWord(s.toks, k+2, "whom") || isWord(s.toks, k+2, "which")) {
		return true // ", to whom Mexico had granted asylum", ", in which soldiers detained 12 men"
	}
	if isWord(s.toks, k+2, "of") && (isWord(s.toks, k+3, "them") || isWord(s.toks, k+3, "whom")) {
		// "airlifted 300 people, 200 of them Indians, from Khartoum": who
		// the counted ones are, not the act's other party
		return true
	}
	if isWord(s.toks, k+1, "including") {
		// "returned artifacts, including a fresco, to Italy": the examples
		// of what the pattern passed (a slot right before them still
		// takes them: "on several states, including Iran")
		return true
	}
	if !s.participleClause(k) {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-lexicon.MaxGap && !s.boundary[j]; j-- {
		if strings.HasSuffix(s.toks[j].Lower, "ing") && prepositions[s.toks[j-1].Lower] {
			return false
		}
	}
	return true
}

// asideEnd returns the comma that closes the aside opened by the comma at
// token k, or -1 when its clause ends first.
func (s *sentence) asideEnd(k int) int {
	for j := k + 1; j < len(s.toks) && j <= k+lexicon.MaxGap; j++ {
		switch s.toks[j].Lower {
		case ",":
			return j
		case ";", ":", ".", "\"", "(", ")":
			return -1
		}
	}
	return -1
}

// clause returns the index of the clause token t is in.
func (s *sentence) clause(t int) int {
	n := 0
	for k := 0; k < t; k++ {
		if s.boundary[k] {
			n++
		}
	}
	return n
}

// participial reports whether token t opens a participial clause after a
// comma (", warning that"): an act of the sentence's subject of its own.
func (s *sentence) participial(t int) bool {
	return t < len(s.toks) && isWord(s.toks, t-1, ",") && strings.HasSuffix(s.toks[t].Lower, "ing") && s.in[t] < 0
}
