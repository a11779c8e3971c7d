package coder

import (
	"sort"

	"github.com/dyadhq/dyad/text"
)

// Frozen money let go. "$6 billion of Iranian oil money frozen in South
// Korea was moved to accounts in Qatar" names no actor that moves the
// money: it is its owner's, held by the country it was frozen in, and
// moving it on or releasing it is that country's return of property to
// the owner (0842), whoever carries out the transfer.

// frozenWords say that a country holds money its owner cannot use.
var frozenWords = set(`frozen blocked`)

// moneyWords are what a country freezes.
var moneyWords = set(`money fund funds asset assets reserve reserves revenue revenues deposit deposits`)

// releaseWords let held money go: "was moved to accounts in Qatar",
// "were released", "was unfrozen".
var releaseWords = set(`move transfer release unfreeze unfrozen send wire`)

// unfrozen returns the releases of frozen money in a sentence that no
// pattern coded: money words right before a word of freezing "in" a
// country, the owner's name on the money, and a verb of release after them
// in the same report.
func (c *Coder) unfrozen(s *sentence, protos []proto) []proto {
	var out []proto
	for k := 1; k+2 < len(s.toks); k++ {
		if !marked(&s.toks[k], cFrozen) || !isWord(s.toks, k+1, "in") { // speed9: a word class (wordclass.go)
			continue
		}
		m := frozenMoney(s.toks, k)
		if m < 0 {
			continue
		}
		mi := s.at[k+2]
		holder := s.stateOf(mi)
		if holder == "" {
			continue
		}
		gs := m // the money's words: "oil money"
		for gs > 0 && s.toks[gs-1].Kind == text.Word && !s.toks[gs-1].Cap && s.in[gs-1] < 0 &&
			!prepositions[s.toks[gs-1].Lower] && !determiners[s.toks[gs-1].Lower] && !itemStops[s.toks[gs-1].Lower] {
			gs--
		}
		a, b := s.stretch(k)
		owner := c.owner(s, a, gs)
		if owner.country == "" || owner.country == holder {
			continue
		}
		v := s.released(s.ms[mi].end, b)
		if v < 0 || coded(protos, v, v, v+1) {
			continue
		}
		words := []int{v}
		for j := gs; j <= m; j++ {
			words = append(words, j)
		}
		sort.Ints(words)
		src := c.countryMember(holder, s.ms[mi].start, s.ms[mi].end)
		out = append(out, proto{src: src, tgt: owner, hasTgt: true, code: "0842", words: words, conf: 0.75, frame: -1})
	}
	return out
}

// frozenMoney returns the money word the word of freezing at token k is
// said of, right before it ("oil money frozen in South Korea") or through
// a relative clause ("funds that had been frozen in South Korea", "assets
// which were blocked in Luxembourg"), or -1.
func frozenMoney(toks []text.Token, k int) int {
	j := k - 1
	if j > 0 && (toks[j].Lower == "been" || toks[j].Lower == "was" || toks[j].Lower == "were") {
		if toks[j].Lower == "been" {
			j--
			if j < 0 || toks[j].Lower != "had" && toks[j].Lower != "has" && toks[j].Lower != "have" {
				return -1
			}
		}
		j--
		if j < 1 || toks[j].Lower != "that" && toks[j].Lower != "which" {
			return -1
		}
		j--
	}
	if j < 0 || !moneyWords[toks[j].Lower] {
		return -1
	}
	return j
}

// released returns the first verb of release in [from, b) that is said to
// have happened ("was moved", "were transferred"), or -1: not one denied,
// possible or to come ("will be transferred", "plans to move").
func (s *sentence) released(from, b int) int {
	for t := from; t < b; t++ {
		tk := &s.toks[t]
		lemma, inflected := verbLemma(tk)
		if !inflected || !(releaseWords[lemma] || releaseWords[tk.Lower]) {
			continue
		}
		if s.negated(t) || s.hypothetical(t) || s.future(t) || isWord(s.toks, t-1, "to") {
			return -1
		}
		return t
	}
	return -1
}

// future reports whether "will", "would" or "shall" stands within three
// words before token t: "will be transferred" is not yet done.
func (s *sentence) future(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if w := s.toks[k].Lower; w == "will" || w == "would" || w == "shall" || w == "'ll" {
			return true
		}
		if s.boundary[k] {
			break
		}
	}
	return false
}
