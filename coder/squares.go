package coder

import "github.com/dyadhq/dyad/text"

// Named squares and avenues: "a protest in Parliament Square", "the camp
// on Kiev's Independence Square", "marched down Liberty Avenue". Their
// names are often ordinary words the dictionaries know as something else
// (a legislature, a party, a holiday), so described.go, which reads only
// names no dictionary has, passes them over and the act falls back on the
// city or on no place at all. A capitalised "Square", "Avenue" or
// "Boulevard" after capitalised words says the words are a spot's own
// name, and an act there happened at the spot (doc/POLICY.md §20: a site
// no gazetteer entry names keeps its kind word), in the country of the town
// that owns it ("Kiev's") or that the text puts it in, else of the
// sentence's one country.

// squareNouns are the capitalised nouns that end a named spot of a town.
var squareNouns = set(`square avenue boulevard`)

// namedSquares adds to sites the named squares and avenues of the sentence
// the gazetteer lacks, keeping sites in sentence order; a town that owns
// one ("Kiev's") then only says where it is.
func (c *Coder) namedSquares(s *sentence, sites []site) []site {
	toks := s.toks
	var add []site
	for k := 1; k < len(toks); k++ {
		if !toks[k].Cap || !squareNouns[toks[k].Lower] || !toks[k-1].Cap || toks[k-1].Kind != text.Word {
			continue // the cheap test first: most words are no capitalised "Square"
		}
		if k+1 < len(toks) && toks[k+1].Cap && toks[k+1].Kind == text.Word {
			continue // a longer name: "Liberty Square Partners"
		}
		if sitedAt(sites, k) || sitedAt(sites, k-1) {
			continue // the gazetteer's own: "Pushkin Square", "Tiananmen Square"
		}
		a := k - 1
		for a > 0 && a > k-3 && toks[a-1].Cap && toks[a-1].Kind == text.Word && !sitedAt(sites, a-1) && toks[a-1].Lower != "the" {
			a--
		}
		if notPlaceName(&toks[a]) || !spotPrep(toks, a) {
			continue
		}
		country, at := c.describedCountry(s, sites, a, k+1)
		if country == "" {
			continue
		}
		st, ok := c.describedSite(toks, a, k+1, country, "site", at)
		if !ok {
			continue
		}
		add = append(add, st)
	}
	if len(add) == 0 {
		return sites
	}
	out := withSites(sites, add)
	for k := 1; k < len(out); k++ {
		if possesses(toks, out[k-1], out[k]) {
			out[k-1].within = true // "Kiev's Independence Square": Kiev only says where the square is
		}
	}
	return out
}

// sitedAt reports whether a site of sites holds token k.
func sitedAt(sites []site, k int) bool {
	for _, st := range sites {
		if k >= st.start && k < st.end {
			return true
		}
	}
	return false
}

// spotPrep reports whether the words before the name at token a put
// something at a spot: a preposition of place ("in", "on", "at", "near",
// "outside", "to", "into", "from", "across", "through", "around"), across
// "the" and a town's possessive ("on Kiev's").
func spotPrep(toks []text.Token, a int) bool {
	k := a - 1
	if isWord(toks, k, "the") {
		k--
	}
	if isWord(toks, k, "'s") {
		k-- // "on Kiev's": past the town's name, of up to three words
		for n := 0; n < 3 && k >= 0 && toks[k].Cap && toks[k].Kind == text.Word; n++ {
			k--
		}
	}
	return k >= 0 && squarePreps[toks[k].Lower]
}

// squarePreps put an act at a spot.
var squarePreps = set(`in on at near outside to into from across through around onto toward towards`)
