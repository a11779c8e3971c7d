package coder

import "github.com/dyadhq/dyad/text"

// Places the gazetteer lacks and no noun calls a place, but whose next
// words put them in or near a known place or country: "a church in Zorvik,
// in Nigeria's southern Edo state", "near Zorvik in eastern Burkina Faso",
// "in Zorvik, 40 km from Maiduguri", "in Zorvik in the east of the
// country". A capitalised word after "in" is no place by itself (a month, a
// language, a body), so the preposition before the name and the words after
// it must both say where.

// locativePreps govern a name that placedBy may take for a place.
var locativePreps = set(`in near outside around`)

// sceneNouns are places within a town where attacks, raids and arrests
// happen: the name after "a market in" is of a town.
var sceneNouns = set(`village town market church mosque school camp hospital checkpoint station prison farm
	mine compound barracks`)

// placedBy reports whether the unknown name toks[a:b] is a place because a
// locative preposition governs it and a noun of a place within a town
// stands right before it ("a church in Zorvik"), or the words right after it
// say where it lies: a distance or a way from a known place, or "in" or "near" (after
// an optional comma) a known place or a country, across determiners,
// compass words and a country's possessive, or such a possessive right
// after a comma; or "in the east of the country", "in the country's north".
func placedBy(s *sentence, sites []site, a, b int) bool {
	toks := s.toks
	p := a - 1
	if isWord(toks, p, "nearby") {
		p-- // "in nearby Zorvik"
	}
	if p < 0 || !locativePreps[toks[p].Lower] && !(wayPreps[toks[p].Lower] && isWord(toks, b, ",")) || notPlaceName(&toks[a]) {
		return false // a way's end or start set off by a comma may say where it lies: "flew him from Zorvik, in central Bolivia, to"
	}
	if p >= 1 && !toks[p-1].Cap && (sceneNouns[toks[p-1].Lemma] || sceneNouns[toks[p-1].Lower]) && !isWord(toks, b, "'s") {
		return true // "stormed a church in Zorvik", "raided villages near Zorvik"
	}
	for _, st := range sites {
		if st.start > b && st.g.Country != "" && relativeTo(toks, b, st.start) {
			return true // "in Zorvik, about 40 km from Maiduguri"
		}
	}
	k := b
	if isWord(toks, k, ",") {
		k++
	}
	switch {
	case k > b && possessiveAhead(toks, k):
		k-- // ", Nigeria's Kebbi state": read as ", in Nigeria's"
	case !isWord(toks, k, "in") && !isWord(toks, k, "near"):
		return false
	}
	if theCountrys(toks, k+1) {
		return true // "in Zorvik in the east of the country"
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		for _, st := range sites {
			if st.start == j && st.g.Country != "" && st.g.Precision == "" {
				return true // ", in Nigeria's southern Edo state", ", near Kano"
			}
		}
		if mi := s.in[j]; mi >= 0 && len(s.ms[mi].members) == 1 && len(s.ms[mi].members[0].code) == 3 && s.ms[mi].members[0].country != "" {
			return true // "in eastern Burkina Faso", "in Nigeria's ..."
		}
		if w := toks[j].Lower; !determiners[w] && !regionWords[w] && w != "'s" {
			return false
		}
	}
	return false
}

// theCountrys reports whether the words from token k name a part of the
// country the sentence is about: "the east of the country", "the country's
// north", "the far north of the country".
func theCountrys(toks []text.Token, k int) bool {
	if !isWord(toks, k, "the") {
		return false
	}
	if isWord(toks, k+1, "country") && isWord(toks, k+2, "'s") && compass(toks[min(k+3, len(toks)-1)].Lower) {
		return true
	}
	j := k + 1
	if isWord(toks, j, "far") {
		j++
	}
	return j+3 < len(toks) && compass(toks[j].Lower) && isWord(toks, j+1, "of") && isWord(toks, j+2, "the") && isWord(toks, j+3, "country")
}

// notPlaceName reports whether t is a capitalised word of time or a
// language, which "in" may govern: "in January", "read out in Pashto".
func notPlaceName(t *text.Token) bool {
	_, day := weekdays[t.Lower]
	return day || monthNames[t.Lower] > 0 || dateWords[t.Lower] || languages[t.Lower]
}

// languages are names of languages that are no people's adjective in the
// dictionaries (those are actors, no unknown names).
var languages = set(`pashto dari swahili kiswahili amharic tigrinya oromo urdu hindi bengali bangla tamil sinhala
	tagalog creole quechua aymara guarani hausa yoruba igbo lingala wolof`)

// moreSpecific reports whether the place a is a town within reach of the
// region b of its country (a region of the gazetteer, or a place the text
// calls one: "the Puno region"), and so says more exactly where than b.
func moreSpecific(toks []text.Token, a, b *site) bool {
	region := b.g.Kind == "region" || b.end < len(toks) && regionNouns[toks[b.end].Lower] && !toks[b.end].Cap
	return region && a.g.Kind != "region" && a.g.Country == b.g.Country && a.g.Country != "" && km(a.g, b.g) <= 150 &&
		!(a.end < len(toks) && regionNouns[toks[a.end].Lower])
}

// whereClause returns the place that ", where" after it makes the scene of
// the clause the act at token a stands in: "marched to Nairobi, where police
// fired tear gas", "fled to Zorvik, where gunmen later killed 12 of them".
func whereClause(toks []text.Token, sites []site, a int) *site {
	k := whereBefore(toks, a)
	if k < 0 {
		return nil
	}
	for i := range sites {
		if sites[i].end == k-1 && !sites[i].country && sites[i].g.Country != "" {
			for i > 0 && sites[i].within {
				i-- // "to Zorvik, in Zamfara state, where": Zorvik
			}
			return &sites[i]
		}
	}
	return nil
}

// whereBefore returns the token of the ", where" that opens the clause of
// the act at token a, within eight words before it and with no other
// clause between, or -1.
func whereBefore(toks []text.Token, a int) int {
	for k := a - 1; k >= 2 && k >= a-8; k-- {
		w := toks[k].Lower
		if w == "where" {
			if !isWord(toks, k-1, ",") {
				return -1
			}
			return k
		}
		if toks[k].Kind != text.Word || relativePronouns[w] || w == "and" || w == "but" {
			return -1
		}
	}
	return -1
}

// buildingNouns name a building of a town that the town's name may qualify:
// "Lyon city hall", "the Kano police headquarters".
var buildingNouns = set(`hall headquarters parliament stadium airport station market courthouse prison mosque church cathedral office`)

// townBuilding reports whether a building's noun follows the place that
// ends at token k, within two lower-case words: "Lyon city hall", "Lyon's
// main police station".
func townBuilding(toks []text.Token, k int) bool {
	if isWord(toks, k, "'s") {
		k++
	}
	for j := k; j < len(toks) && j < k+3; j++ {
		t := &toks[j]
		if t.Kind != text.Word || t.Cap {
			return false
		}
		if buildingNouns[t.Lower] {
			return true
		}
	}
	return false
}
