package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Who the people held are, where words around a name say it: an
// apposition of kinship gives no role, and a title no dictionary holds
// stands between a verb of custody and a person it knows.

// kinApposed reports whether the comma at token b opens an apposition that
// says only whose kin the person named before it is ("X, a son of the
// jailed drug lord,", "X, the father of a football star,"): it gives no
// role, so the person is a civilian of the sentence's country, as one with
// no apposition is (persons.go).
func kinApposed(toks []text.Token, b int) bool {
	k := b + 1
	if !isWord(toks, k, "a") && !isWord(toks, k, "an") && !isWord(toks, k, "the") {
		return false
	}
	k++
	if k < len(toks) && !kinNouns[toks[k].Lower] && toks[k].Kind == text.Word && !toks[k].Cap {
		k++ // "the elderly father of"
	}
	return k+1 < len(toks) && kinNouns[toks[k].Lower] && isWord(toks, k+1, "of")
}

// kinNouns name a person by kinship.
var kinNouns = set(`son daughter father mother brother sister wife husband widow nephew niece cousin uncle aunt
	grandson granddaughter grandfather grandmother relative child`)

// namedPersonAt reports whether a mention whose first member is a person
// the dictionaries know starts at token k: "Aung San Suu Kyi and President
// Win Myint".
func (s *sentence) namedPersonAt(k int) bool {
	if k >= len(s.toks) || !s.toks[k].Cap || s.at[k] < 0 {
		return false
	}
	m := &s.ms[s.at[k]]
	return len(m.members) > 0 && m.members[0].person != nil && m.members[0].start == k
}

// demonymApposition returns the mention of the unknown person named at
// toks[a:b] whose apposition after the comma at b is a people's name in
// the singular and no role ("X, a Russian serving a life sentence for
// murder,", "X, an American jailed in Moscow"): a civilian of that people,
// whom an act of custody or release may hold or free. Not a role that
// follows the adjective ("a Russian diplomat": roleApposition reads it).
func demonymApposition(toks []text.Token, ms []mention, a, b int) (mention, bool) {
	k := b + 1
	if !isWord(toks, k, "a") && !isWord(toks, k, "an") {
		return mention{}, false
	}
	k++
	for _, m := range ms {
		if m.start < k {
			continue
		}
		if m.start > k || m.kind != mWeak || len(m.members) != 1 || m.members[0].country == "" || m.end != k+1 || m.end >= len(toks) {
			return mention{}, false
		}
		if t := &toks[m.end]; t.Lower != "," && t.Lower != "who" && !(t.Kind == text.Word && !t.Cap && (strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "ed"))) {
			return mention{}, false
		}
		c := m.members[0].country
		mb := member{code: c + "CVL", country: c, name: m.members[0].name, start: a, end: b, unknown: true}
		return mention{start: a, end: b, kind: mFull, members: []member{mb}, named: [2]int{a, b}, unknown: true}, true
	}
	return mention{}, false
}
