package coder

import (
	"slices"

	"github.com/dyadhq/dyad/text"
)

// Namesakes: buildings and sites named after a person by title and name
// ("the General Santander police academy", "the King Faisal air base").
// The name is the site's, not an actor's, and a place in it ("Santander")
// is no place of the event.

// namesakes drops the mentions inside the name of a site named after a
// titled person: "the", a title, one to three capitalised words, at most
// two lower-case modifiers and a noun of a site ("the General Lee monument",
// "the Marshal Tito barracks").
func namesakes(toks []text.Token, ms []mention) []mention {
	if !slices.ContainsFunc(ms, func(m mention) bool { return namesakeEnd(toks, m.start) > m.start }) {
		return ms // most sentences name no site so: no copy
	}
	out := make([]mention, 0, len(ms))
	skipTo := -1
	for i := range ms {
		m := ms[i]
		if m.start < skipTo {
			continue
		}
		if e := namesakeEnd(toks, m.start); e > m.start {
			skipTo = e
			if m.end <= e {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// namesakeEnd returns the end of the name of a site named after a titled
// person when one starts at token k, the token of its title, or -1.
func namesakeEnd(toks []text.Token, k int) int {
	if k >= len(toks) || !toks[k].Cap || !namesakeTitles[toks[k].Lower] || !isWord(toks, k-1, "the") {
		return -1 // "detained President Mohamed Bazoum inside his palace" names a person
	}
	j := k + 1
	for j < len(toks) && j <= k+3 && toks[j].Cap && toks[j].Kind == text.Word {
		j++
	}
	if j == k+1 {
		return -1
	}
	for n := 0; n <= 2 && j < len(toks); n++ {
		t := &toks[j]
		if !plainWord(t) {
			return -1
		}
		if namesakeSites[t.Lemma] || namesakeSites[t.Lower] {
			return j + 1
		}
		j++
	}
	return -1
}

// namesakeTitles are the titles a site's namesake is named by.
var namesakeTitles = set(`general king queen prince president marshal admiral sheikh sultan emperor saint imam ayatollah
	cardinal pope colonel field-marshal`)

// namesakeSites are the nouns of sites news names after a person.
var namesakeSites = set(`academy school college university base barracks airport airbase monument memorial statue mausoleum
	market hotel hospital stadium bridge street avenue square boulevard highway dam port mosque church cathedral
	shrine camp garrison palace hall centre center complex library museum`)
