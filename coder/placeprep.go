package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// How a place's phrase is governed: the preposition before it, through the
// phrases that name it ("through the border city of Dandong"), the verb of
// moving whose object it is, and the words around it that say it is where a
// movement starts, passes or ends.

// possessorOf reports whether the place ending at token end owns the place
// at token next: "'s" between them, and at most two adjectives after it
// ("Mogadishu's Lido beach", "Delhi's historic Red Fort").
func possessorOf(toks []text.Token, end, next int) bool {
	if !isWord(toks, end, "'s") || next <= end || next > end+4 {
		return false
	}
	if isWord(toks, next-1, ",") && next >= end+3 && isPlaceNoun(&toks[next-2]) && !toks[next-2].Cap {
		next-- // "the region's main city, Stepanakert": the city named after its noun
	} else if next > end+3 {
		return false
	}
	for k := end + 1; k < next; k++ {
		t := &toks[k]
		if t.Kind != text.Word || t.Cap || prepositions[t.Lower] || itemStops[t.Lower] || clauseWords[t.Lower] || determiners[t.Lower] {
			return false
		}
	}
	return true
}

// sentTo reports whether the place at token i, after "in" or "near", ends
// a phrase that "to" or "into" opens, within six words and not before token
// lo: "to a drone maker in Moscow", "moved to accounts in Qatar".
func sentTo(toks []text.Token, i, lo int) bool {
	for j := i - 2; j >= 0 && j >= i-6 && j >= lo; j-- {
		w := toks[j].Lower
		if w == "to" || w == "into" {
			return true
		}
		if toks[j].Kind != text.Word || clauseWords[w] || prepositions[w] && w != "in" && w != "near" {
			return false
		}
	}
	return false
}

// arrivedIn reports whether a verb of arriving ends a movement at a place of
// sites in country cc: "docked at El Palito", "landed in Khartoum".
func arrivedIn(toks []text.Token, sites []site, cc string) bool {
	for _, st := range sites {
		if st.dest && (st.prep == "at" || st.prep == "in") && st.g.Country == cc && arrives(toks, st.start) {
			return true
		}
	}
	return false
}

// verbPrep is the preposition a verb of moving that governs a place's
// phrase (p, see phraseHead) stands for when the place is its object, else
// prep as it is.
func verbPrep(toks []text.Token, p int, prep string) string {
	if prep != "" && prep != "of" || p < 0 {
		return prep
	}
	switch t := &toks[p]; {
	case t.Lemma == "cross":
		return "across" // "crossed the Tumen River": a waypoint
	case t.Lemma == "leave" || t.Lower == "left" || t.Lemma == "depart":
		return "from" // "left the Dutch port of Rotterdam"
	case t.Lemma == "enter" || t.Lemma == "reach":
		return "into" // "entered the Gaza Strip", "reached the port of Nampo", "reached India's Sikka terminal"
	}
	return prep
}

// duringVisit reports whether the place at token i ends "during his visit
// to", "during a trip to", "during her state visit to": what is done then
// is done there.
func duringVisit(toks []text.Token, i int) bool {
	k := i - 1
	if k < 1 || toks[k].Lower != "to" {
		return false
	}
	k--
	if toks[k].Lemma != "visit" && toks[k].Lemma != "trip" && toks[k].Lemma != "tour" && toks[k].Lemma != "stay" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch {
		case toks[j].Lower == "during" || toks[j].Lower == "on" && j == k-2:
			return true
		case toks[j].Kind != text.Word || prepositions[toks[j].Lower]:
			return false
		}
	}
	return false
}

// phraseHead returns the index of the word before the noun phrase that
// ends in the place at token i ("left the Dutch port of Rotterdam",
// "loaded 5,000 tonnes of diesel at the port of Kaohsiung"): across
// determiners, names, possessives, the nouns of places, "of" and a few
// other words; -1 at the sentence's start.
func phraseHead(toks []text.Token, i int) int {
	p, other := i-1, 0
	for p >= 0 {
		t := &toks[p]
		switch {
		case marked(t, cDeterminer) || t.Lower == "'s" || t.Lower == "of" || t.Lower == "-" || isPlaceNoun(t): // speed9: word classes (wordclass.go), here and below
		case t.Lower == "in" && p > 0 && isPlaceNoun(&toks[p-1]):
			// "docked at Germany's terminal in Wilhelmshaven", "loaded at a
			// plant in Louisiana": the place says where the noun's place is
		case t.Kind == text.Word && t.Cap && !marked(t, cPreposition):
		case t.Kind == text.Word && !marked(t, cPreposition|cClause) && !loadWords[t.Lower] &&
			t.Lemma != "cross" && t.Lemma != "leave" && t.Lower != "left" && t.Lemma != "depart" && t.Lemma != "enter" && t.Lemma != "reach" && other < 6:
			other++
		default:
			return p
		}
		p--
	}
	return p
}

// departs reports whether a word of leaving comes within twelve words before
// token p: "for" after it is where the movement goes.
func departs(toks []text.Token, p int) bool {
	for k := p - 1; k >= 0 && k >= p-12; k-- {
		switch toks[k].Lemma {
		case "leave", "left", "depart", "sail", "head", "set":
			return true
		}
		if toks[k].Lower == "bound" || toks[k].Lower == "left" {
			return true
		}
		if toks[k].Lower == ";" || clauseWords[toks[k].Lower] {
			return false
		}
	}
	return false
}

// modifies reports whether token t is a noun that a word before it may
// modify: lower case, and no preposition, conjunction or verb form ("the
// Pacific port city", not "the Adriatic with", "the Mediterranean issued").
func modifies(t *text.Token) bool {
	w := t.Lower
	return t.Kind == text.Word && !t.Cap && !prepositions[w] && !itemStops[w] && !clauseWords[w] &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// sitePrep is the preposition that governs a place at token i, looking
// through the phrases that name it: "through the border city of Dandong"
// and "to Russia's port of Vostochny" are "through" and "to", "in Russia's
// Kursk region" is "in", "off the coast of Luzon" is "off".
func sitePrep(toks []text.Token, i int) string {
	if i >= 2 && isWord(toks, i-1, "-") && arabicArticles[toks[i-2].Lower] && !toks[i-2].Cap {
		i -= 2 // "in the al-Fashaga border area": the name begins with its article
	}
	p := prepBefore(toks, i)
	if byWayOf(toks, i) {
		p = "via" // "by way of Ethiopia": passed on the way
	}
	if p == "" {
		p = prepPastEpithet(toks, i)
	}
	if i >= 3 && (p == "" && isWord(toks, i-1, "around") || p != "" && isWord(toks, i-1, p)) &&
		(isWord(toks, i-2, "and") || isWord(toks, i-2, "or")) && prepositions[toks[i-3].Lower] {
		p = toks[i-3].Lower // "in and around Port-au-Prince", "in or near Gaza": the first says where
	}
	k := i - 1
	for k >= 0 && determiners[toks[k].Lower] {
		k--
	}
	if p == "" && k >= 0 && (toks[k].Lower == "off" || toks[k].Lower == "outside" || toks[k].Lower == "inside") {
		return toks[k].Lower // "off Luzon", "outside Peshawar"; not prepositions elsewhere ("called off")
	}
	n := i - 1
	if isWord(toks, n, ",") {
		n--
	}
	if p == "" && n >= 1 && isPlaceNoun(&toks[n]) && !toks[n].Cap {
		// "in the capital, Tbilisi,", "to the northern port city, Sevastopol",
		// "in the regional capital Nukus", "in the Kyrgyz capital Bishkek":
		// the place noun's preposition, across its own phrase only
		for k := n - 1; k >= 0 && k >= n-6; k-- {
			w := toks[k].Lower
			if prepositions[w] {
				return w
			}
			// "on the region's main city, Stepanakert", "in Ukraine's second city, Kharkiv":
			// a possessor and a rank within the phrase
			if !determiners[w] && !regionWords[w] && !isPlaceNoun(&toks[k]) && !capitalKinds[w] && !(toks[k].Cap && toks[k].Kind == text.Word && k > 0) &&
				!(w == "'s" || rankWords[w] || w == "second" || w == "third") {
				break
			}
		}
	}
	if p == "of" && k >= 1 && (toks[k-1].Lower == "streets" || toks[k-1].Lower == "street") {
		return "in" // "took to the streets of Caracas"
	}
	if p == "of" && k >= 1 && compass(toks[k-1].Lower) {
		return "near" // "10 km north of Kharkiv", "south-west of Donetsk"
	}
	if p == "of" && isWord(toks, k-1, "out") {
		return "from" // "sailed out of Odesa"
	}
	if p == "of" {
		// "the border city of", "the coast of", "Russia's port of", "the
		// Polish logistics hub of"
		j := k - 1
		for j >= 0 && j >= k-3 && !prepositions[toks[j].Lower] && toks[j].Kind == text.Word {
			if isPlaceNoun(&toks[j]) || toks[j].Lower == "'s" || toks[j].Lower == "side" { // "from the Egyptian side of the Rafah crossing"
				if q := phrasePrep(toks, j); q != "" {
					return q
				}
			}
			j--
		}
		if q := ofPartPrep(toks, k); q != "" {
			return q // whereempty8: "in the centre of Kyiv", "outside the main stadium of Conakry" (siteof.go)
		}
		return p
	}
	poss := i - 1
	for poss > 0 && regionWords[toks[poss].Lower] && !toks[poss].Cap {
		poss-- // "Afghanistan's eastern Paktika province": a compass word between
	}
	if p == "" && !isWord(toks, poss, "'s") && i >= 2 && isWord(toks, i-2, "'s") && possessorOf(toks, i-2, i) {
		poss = i - 2 // "in Baghdad's fortified Green Zone"
	} else if p == "" && !isWord(toks, poss, "'s") && i >= 3 && isWord(toks, i-3, "'s") && possessorOf(toks, i-3, i) {
		poss = i - 3 // "at Delhi's historic old Red Fort"
	}
	if p == "" && isWord(toks, poss, "'s") {
		// "Russia's Kursk region": the possessor's preposition
		j := poss - 1
		for j > 0 && toks[j-1].Cap && toks[j-1].Kind == text.Word && !prepositions[toks[j-1].Lower] {
			j--
		}
		if isWord(toks, j-1, "off") {
			return "off" // "off China's Zhoushan island"
		}
		return prepBefore(toks, j)
	}
	return p
}

// capitalKinds say which capital a place noun is: "the regional capital
// Nukus", "the provincial capital, Goma".
var capitalKinds = set(`regional provincial state district`)

// phrasePrep is the preposition that governs the noun phrase ending at
// token i: the first one before it across at most four words of the phrase
// ("through the Polish logistics hub", "via the northeastern port"), or
// what sitePrep finds for a possessor ("to Russia's port").
func phrasePrep(toks []text.Token, i int) string {
	if toks[i].Lower == "'s" {
		return sitePrep(toks, i+1)
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].Lower
		if w == "of" && isWord(toks, k-1, "out") {
			return "from" // "pulled out of the Chinese city of Xi'an"
		}
		if w == "around" && k >= 2 && (isWord(toks, k-1, "and") || isWord(toks, k-1, "or")) && prepositions[toks[k-2].Lower] {
			return toks[k-2].Lower // "in and around the city of Gondar": the first says where, as sitePrep reads it
		}
		if prepositions[w] || w == "off" || w == "outside" || w == "inside" {
			return w // "off the coast of Luzon", "outside the northern town of Maiduguri"
		}
		if w == "'s" {
			return sitePrep(toks, k+1)
		}
		if toks[k].Kind != text.Word || clauseWords[w] || w == "and" || w == "or" {
			return ""
		}
	}
	return ""
}

// arabicArticles begin place names written in lower case before a hyphen:
// "al-Fashaga", "el-Arish".
var arabicArticles = set(`al el ad ar as ash at az`)

// prepPastEpithet is the preposition of a place named after an article and
// one or two words that describe it, or "": "near the disputed Ta Muen Thom
// temple", "in the fertile Fashaga border area", "at the newly reopened
// Rafah crossing", "across the war-torn Sagaing region".
func prepPastEpithet(toks []text.Token, i int) string {
	k := i - 1
	for n := 0; n < 2 && k > 0 && plainWord(&toks[k]); n++ {
		if k >= 3 && isWord(toks, k-1, "-") && plainWord(&toks[k-2]) {
			k -= 2 // "rebel-held", "war-torn": one word
		}
		k--
	}
	if k == i-1 || k < 1 || !determiners[toks[k].Lower] || toks[k].Lower == "that" || toks[k].Lower == "this" {
		return ""
	}
	if w := toks[k-1].Lower; eventPreps[w] || w == "through" || w == "across" {
		return w // where, not whither: "a claim to the oil-rich Essequibo region" moves nothing there
	}
	return ""
}
