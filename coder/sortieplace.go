package coder

// wherecountry10: where aircraft or weapons took off from, told inside the
// act's own words before its verb, is the attacker's place, not where its
// force struck: "Israeli jets flying from bases in the Negev struck Rafah"
// was at Rafah, "drones taking off from an airfield near Kursk hit Sumy" at
// Sumy. launchedFrom (launchplace.go) takes such a place only before the
// act's first word; here the weapon's noun opens the act ("jets ... struck"),
// so the place lies between its words.

// sortieWords are participles of aircraft or weapons leaving a place.
var sortieWords = set(`flying flown operating launched fired`)

// sortieBases are nouns of the sites they leave from ("from bases in").
var sortieBases = set(`base bases airbase airbases airfield airfields airstrip airstrips`)

// sortieFrom reports whether site st stands in a "flying from (bases in)"
// phrase before the last of the act's words p.words.
func (s *sentence) sortieFrom(st *site, words []int) bool {
	if len(words) < 2 || st.start <= words[0] || st.end > words[len(words)-1] {
		return false
	}
	k := st.start - 1
	for n := 0; k > 0 && n < 3 && determiners[s.toks[k].Lower]; n++ {
		k--
	}
	if k > 1 && (s.toks[k].Lower == "in" || s.toks[k].Lower == "near" || s.toks[k].Lower == "at") && sortieBases[s.toks[k-1].Lower] {
		k -= 2 // "from bases in the Negev"
		for n := 0; k > 0 && n < 2 && s.toks[k].Lower != "from" && (determiners[s.toks[k].Lower] || s.plainNoun(k) && !sortieBases[s.toks[k].Lower]); n++ {
			k-- // "from military bases in"
		}
	}
	if k < 1 || s.toks[k].Lower != "from" {
		return false
	}
	w := s.toks[k-1].Lower
	if w == "off" && k >= 2 && s.toks[k-2].Lower == "taking" {
		k-- // "drones taking off from"
	} else if !sortieWords[w] {
		return false
	}
	// the participle follows the weapon's noun itself, not a clause's
	// auxiliary: "a jet that was flying from Athens to Vilnius" is a
	// flight's way, which the act may have ended elsewhere
	return k >= 2 && s.plainNoun(k-2) && !auxiliaries[s.toks[k-2].Lower] && !closedClass(s.toks[k-2].Lower)
}

// launchedVia reports whether token k is the "from" of a weapon "fired
// from" or "flying from", or the "in" of one "based in": "Israeli drones
// based in Cyprus struck Beirut" are Israel's, and Cyprus only where they
// were (ownerFiring, launchplace.go).
func (s *sentence) launchedVia(k int) bool {
	if k < 1 {
		return false
	}
	w := s.toks[k-1].Lower
	switch s.toks[k].Lower {
	case "from":
		return launchWords[w] || sortieWords[w]
	case "in", "at":
		return w == "based" || w == "stationed"
	}
	return false
}

// baseCountry reports whether the country named at tokens [start, end) is
// where the act's attacker is based or flew from, before the act's last
// word: "Russian troops based in Belarus shelled targets in Ukraine" was in
// Ukraine, and Belarus is no scene of it (countryScene, scene.go).
func (s *sentence) baseCountry(start, end int, p proto) bool {
	if p.code.Root() < "18" || len(p.words) == 0 || end > p.words[len(p.words)-1] {
		return false
	}
	k := start - 1
	for k > 0 && determiners[s.toks[k].Lower] {
		k--
	}
	if k < 1 {
		return false
	}
	return s.launchedVia(k) || (s.toks[k].Lower == "in" || s.toks[k].Lower == "at") && basedWords[s.toks[k-1].Lower]
}
