package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// A verb joined by ", and" after a reported clause: "The UN said that the
// Taliban had barred women from work, and called on the authorities to
// reverse the order" is the UN's appeal, not the Taliban's.

// complementGovernors govern a clause of what was said, found or demanded
// ("said that", "concluded that", "demands, including that").
var complementGovernors = set(`said says told announced stated added claimed warned noted insisted argued confirmed declared
	determined concluded found ruled alleged including demanding`)

// complementAux are the words that mark a reported clause's own verb as
// being in another tense than a simple past joined after it.
var complementAux = set(`had has have would will must should could might`)

// speakerActs are the verbs of what a reporting subject goes on to do
// itself, in words: an appeal, a demand, a warning, a judgement, an
// ultimatum ("gave Doha ten days"). A material act joined after a reported
// clause ("said that Russian troops had shelled Kherson, and killed three")
// is the reported subject's.
var speakerActs = set(`call urge demand appeal ask press warn vow pledge threaten accuse condemn denounce criticise criticize
	reject welcome praise give offer promise`)

// reportedBefore returns the "that" of a reported clause that the ", and" at
// token k ends, when the past verb at token t after it (a verb of
// speakerActs) shares the subject of the clause that reports it, else -1. The reported clause must be in
// another tense (an auxiliary: "had barred", "would close") or hold no past
// verb at all (a demand: "that it shut down the network and close the
// base"): "said that Russian troops shelled the town, and killed" stays the
// troops'.
func (s *sentence) reportedBefore(k, t int) int {
	if t >= len(s.toks) || !pastForm(&s.toks[t]) || !speakerActs[s.toks[t].Lemma] {
		return -1
	}
	b := k - 1
	for b >= 0 && (!s.boundary[b] || b > 0 && s.toks[b-1].Text != "," && strings.HasSuffix(s.toks[b].Lower, "ing")) {
		b-- // "barred women from reporting for work": a gerund opens no clause
	}
	if b < 1 || s.toks[b].Lower != "that" {
		return -1
	}
	g := b - 1
	for g > 0 && s.time[g] {
		g-- // "said on Tuesday that"
	}
	if g > 0 && s.toks[g].Text == "," {
		g-- // "13 demands, including that"
	}
	if !complementGovernors[s.toks[g].Lower] {
		return -1
	}
	aux, past := false, false
	for j := b + 1; j < k; j++ {
		w := &s.toks[j]
		if complementAux[w.Lower] {
			aux = true
		}
		if j > b+1 && !w.Cap && pastForm(w) {
			past = true
		}
	}
	if !aux && past {
		return -1
	}
	return b
}

// seatAsPlace reports whether actor hit best at token i is the seat of an
// organisation ("Brussels", the EU's capital in the actors files) after a
// preposition of place or motion: "marched in Brussels", "flew to Brussels"
// name the city, in its country, not the organisation.
func seatAsPlace(toks []text.Token, i int, best raw) bool {
	if best.kind != rActor || len(best.acts) == 0 || i == 0 {
		return false
	}
	a := pick(best.acts)
	return a.Kind == lexicon.Capital && a.Country == "" && (locatives[toks[i-1].Lower] || seatMotions[toks[i-1].Lower])
}

// seatMotions are the prepositions of a way to or from a place.
var seatMotions = set(`to from into toward towards via`)
