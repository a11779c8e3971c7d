package coder

import (
	"slices"
	"strings"

	"github.com/dyadhq/dyad/text"
)

// vessels are the nouns a ship's name stands beside.
var vessels = set(`ship vessel tanker supertanker carrier freighter ferry trawler boat yacht cruiser destroyer frigate corvette warship`)

// shipNames returns the spans [start, end) of the ships' names of a
// sentence: the capitalised words after a vessel noun ("the tanker Eagle
// S"), in apposition to one ("a bulk carrier, the Gibraltar Eagle,") or
// before one in apposition ("the Galaxy Leader, a car carrier"). A place or
// a role word within such a name is neither a place nor an actor.
func shipNames(toks []text.Token) [][2]int {
	var out [][2]int
	for k := range toks {
		if toks[k].Cap || toks[k].Kind != text.Word || !vessels[toks[k].Lemma] {
			continue
		}
		if e := nameRun(toks, k+1); e > k+1 {
			out = append(out, [2]int{k + 1, e})
		} else if isWord(toks, k+1, ",") && isWord(toks, k+2, "the") {
			if e := nameRun(toks, k+3); e > k+3 && (e == len(toks) || toks[e].Lower == "," || toks[e].Lower == ".") {
				out = append(out, [2]int{k + 3, e})
			}
		}
		// "the Galaxy Leader, a car carrier operated by": back over the
		// noun's modifiers to "a", the comma and the name
		j := k - 1
		for j > 0 && k-j <= 4 && (toks[j].Kind == text.Word || toks[j].Lower == "-") && toks[j].Lower != "a" && toks[j].Lower != "an" {
			j--
		}
		if !isWord(toks, j, "a") && !isWord(toks, j, "an") || !isWord(toks, j-1, ",") {
			continue
		}
		s := j - 1
		for s > 0 && nameWord(&toks[s-1]) {
			s--
		}
		if s < j-1 && isWord(toks, s-1, "the") {
			out = append(out, [2]int{s, j - 1})
		}
	}
	return out
}

// nameRun returns the end of the run of name words that starts at token i.
func nameRun(toks []text.Token, i int) int {
	for i < len(toks) && nameWord(&toks[i]) {
		i++
	}
	return i
}

// nameWord reports whether t can be a word of a ship's name: capitalised,
// and not a day or a month ("seized the tanker Monday").
func nameWord(t *text.Token) bool {
	if t.Kind != text.Word || !t.Cap {
		return false
	}
	_, day := weekdays[t.Lower]
	return !day && monthNames[t.Lower] == 0
}

// inShipName drops the hits that lie in a ship's name and are not the whole
// of it: "Gibraltar" in "the Gibraltar Eagle", "Leader" in "the Galaxy
// Leader". A name that is one hit stays: "released the tanker Iran seized".
func inShipName(toks []text.Token, raws []raw) []raw {
	names := shipNames(toks)
	if len(names) == 0 {
		return raws
	}
	out := raws[:0]
	for _, x := range raws {
		if !slices.ContainsFunc(names, func(n [2]int) bool {
			return n[0] <= x.start && x.end <= n[1] && n[1]-n[0] > x.end-x.start && !navyPrefix(toks, x, n[0])
		}) {
			out = append(out, x)
		}
	}
	return out
}

// lastCraft returns the last noun of a ship or an aircraft before token i,
// or -1: "shot down a Pakistani drone, saying it had violated Indian
// airspace" names the drone's side by "it", as a ship's "it" does.
func lastCraft(toks []text.Token, i int) int {
	for k := i - 1; k >= 0; k-- {
		if t := &toks[k]; t.Kind == text.Word && !t.Cap && (vessels[t.Lemma] || aircraftNouns[t.Lemma]) {
			return k
		}
	}
	return -1
}

// aircraftNouns are the machines of the air that "it" stands for.
var aircraftNouns = set(`drone aircraft plane warplane jet airliner helicopter balloon`)

// lastVessel returns the last vessel noun before token i, or -1.
func lastVessel(toks []text.Token, i int) int {
	for k := i - 1; k >= 0; k-- {
		if t := &toks[k]; t.Kind == text.Word && !t.Cap && vessels[t.Lemma] {
			return k
		}
	}
	return -1
}

// shipRunners are the participles that name whose a ship is after it.
var shipRunners = set(`owned operated managed chartered`)

// shipLinks name whose a ship is with "to" after them.
var shipLinks = set(`linked tied belonging`)

// shipOwner returns whose the ship of the vessel noun at token v is: the
// actor that modifies the noun ("the British-flagged tanker", "a
// Cook Islands-registered tanker") or that owns or runs it, after it ("a car
// carrier operated by a Japanese company"); nil when the words name none.
func shipOwner(toks []text.Token, ms []mention, v int) []member {
	for k := range ms {
		m := &ms[k]
		if m.kind == mPronoun || len(m.members) == 0 {
			continue
		}
		if m.end <= v && m.end >= v-3 && gapOfModifiers(toks, m.end, v) {
			return m.members
		}
		if m.start > v+2 && m.start <= v+5 && shipRunners[toks[v+1].Lower] && isWord(toks, v+2, "by") {
			return m.members
		}
		if m.start > v+2 && m.start <= v+5 && shipLinks[toks[v+1].Lower] && isWord(toks, v+2, "to") {
			return m.members // "a car carrier linked to an Israeli businessman" (thevessel.go)
		}
	}
	return nil
}

// gapOfModifiers reports whether the tokens from a to b are all words that
// modify a noun after them ("-flagged", "bulk", "car"), with no verb or
// preposition among them.
func gapOfModifiers(toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		t := &toks[k]
		if t.Lower == "-" || ownerWords[t.Lower] {
			continue
		}
		if t.Kind != text.Word || prepositions[t.Lower] || clauseWords[t.Lower] || t.Lower == "and" || t.Lower != t.Lemma {
			return false
		}
	}
	return true
}

// navyPrefix reports whether hit x is the prefix that opens a ship's name
// at token start and says whose navy it is: "the destroyer USS Gravely" is
// an American warship, "the frigate HMS Richmond" a British one. (actors7)
func navyPrefix(toks []text.Token, x raw, start int) bool {
	return x.kind == rUnit && x.start == start && x.end == start+1 && toks[start].Upper
}

// namedShipAfter returns the mention of a navy's ship named right after the
// vessel noun of role mention ms[i] ("the aircraft carrier USS
// Eisenhower"), which says whose the vessel is, or -1. (actors7)
func namedShipAfter(toks []text.Token, ms []mention, i int) int {
	m := &ms[i]
	if m.role != "MIL" || m.end >= len(toks) || !vessels[toks[m.end-1].Lemma] || !toks[m.end].Upper {
		return -1
	}
	for k := range ms {
		if p := &ms[k]; p.start == m.end && p.kind == mFull && len(p.members) == 1 && strings.HasSuffix(p.members[0].code, "MIL") {
			return k
		}
	}
	return -1
}
