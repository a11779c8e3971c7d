package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// Places the gazetteer does not know, but the text says are places: "the
// southern town of Mbinga", "Nigeria's Kaduna state", "Kuriga, a town in
// ...". Such a place is named as written, in the country the text puts it
// in (a possessive before it, a known place it is said to lie some way from,
// a known place or country after "in", else the one country its sentence
// names), at the point of the known region the text puts it in or near
// ("Dovrenka, 12 km northwest of Avdiivka") or else of its country; its Precision says which, so a map
// can tell an approximate point from a known one.

// settlementNouns are the words that say a name is a place.
var settlementNouns = set(`town city village province region district state county governorate prefecture
	municipality township commune oblast port harbour harbor island resort`)

// islandNouns name an island or a reef with the name before them, and are
// part of that name: "Rebun Island", "Yeonpyeong island".
var islandNouns = set(`island islet reef atoll`)

// regionNouns are the settlementNouns that name divisions of a country.
var regionNouns = set(`province region district state county governorate prefecture oblast`)

// localNouns follow the name of a place smaller than a region: "Pazigyi
// village in Sagaing region".
var localNouns = set(`village town township area`)

// facilityNouns name a facility after its place's name, with the kind of
// place it makes: "India's Sikka terminal".
var facilityNouns = map[string]string{"port": "port", "terminal": "port", "harbour": "port", "harbor": "port",
	"refinery": "site", "airport": "site", "airbase": "base", "base": "base", "prison": "site", "jail": "site"}

// facilityLen returns how many words at toks[b] name a facility of kind
// "site" after its own name, in lower case: "prison", "military prison",
// "jail"; 0 for none.
func facilityLen(toks []text.Token, b int) int {
	n := 0
	if b < len(toks) && facilityAdjectives[toks[b].Lower] {
		n = 1 // "Ofer military prison"
	}
	if b+n < len(toks) && facilityNouns[toks[b+n].Lower] == "site" && !toks[b+n].Cap {
		return n + 1
	}
	return 0
}

// facilityAdjectives may stand between a facility's name and its noun.
var facilityAdjectives = set(`military central federal main state`)

// spotNouns name a spot within or between towns with its own name before
// them, and are part of that name: "Pushkin Square", "the Ayalon highway",
// "the Velmora crossing".
var spotNouns = set(`square highway motorway avenue boulevard road bridge pass crossing`)

// spotAt reports whether the name toks[a:b] is of a spot or a facility
// within a known place: "Pushkin Square", "the Ayalon highway in", "Ofer
// prison near".
func spotAt(toks []text.Token, a, b int) bool {
	return b-1 > a && (spotNouns[toks[b-1].Lower] || facilityNouns[toks[b-1].Lower] == "site" && !toks[b-1].Cap) || b < len(toks) && spotNouns[toks[b].Lower] ||
		b < len(toks) && !toks[b].Cap && facilityNouns[toks[b].Lower] == "site" || baseLen(toks, b) > 0
}

// described adds to sites the places the text describes as places that the
// gazetteer lacks, keeping sites in sentence order.
func (c *Coder) described(s *sentence, sites []site) []site {
	toks := s.toks
	covered := func(k int) bool {
		for _, st := range sites {
			if k >= st.start && k < st.end {
				return true
			}
		}
		if s.in[k] < 0 {
			return false
		}
		// the words that name an actor, not those that only say where it
		// is ("bandits in the Dansadau area of Zamfara state")
		m := s.ms[s.in[k]]
		for j := m.start; j < k; j++ {
			if w := toks[j].Lower; w == "in" || w == "at" || w == "near" {
				return false
			}
		}
		return len(m.members) > 0
	}
	var add []site
	for a := 1; a < len(toks); a++ {
		// a word that only begins longer names, none of them here, is
		// unknown too, but only its place's own context may say it is one
		// ("Maga" of "MAGA movement"), unless a hyphen joins it into a
		// longer name no dictionary has ("Pan-American")
		if !toks[a].Cap {
			continue // every name below starts with a capital
		}
		isLoose := s.in[a] < 0 && looseName(c.lx, &toks[a])
		unknown := unknownName(c.lx, &toks[a]) || isLoose && hyphened(toks, a+1)
		loose := !unknown && isLoose
		if !unknown && !loose || covered(a) || toks[a-1].Cap && toks[a-1].Kind == text.Word {
			continue
		}
		b := a + 1
		for b < len(toks) && b < a+3 && unknownName(c.lx, &toks[b]) && !covered(b) {
			b++
		}
		for hyphened(toks, b) && !covered(b+1) {
			b += 2 // "Pan-American Highway": a word joined by a hyphen is of the name, whatever it is alone
		}
		kind, ok := describedAs(toks, a, b)
		switch {
		case loose:
			kind, ok = "", false
		case b-1 > a && islandNouns[toks[b-1].Lower]:
			kind, ok = "site", true // "Rebun Island"
		case b < len(toks) && islandNouns[toks[b].Lower] && !toks[b].Cap && !covered(b):
			kind, ok = "site", true // "Yeonpyeong island": the noun is part of its name
			b++
		case b-1 > a && spotNouns[toks[b-1].Lower] && !(b < len(toks) && !toks[b].Cap && (isPlaceNoun(&toks[b]) || facilityNouns[toks[b].Lower] != "")):
			kind, ok = "site", true // "Pushkin Square"; not "the Calcasieu Pass plant", a facility's name
		case b < len(toks) && spotNouns[toks[b].Lower] && !covered(b):
			kind, ok = "site", true // "the Ayalon highway", "Pushkin Square"
			b++
		case isWord(toks, b, "border") && (isWord(toks, b+1, "crossing") || isWord(toks, b+1, "post")) && !toks[b].Cap:
			kind, ok = "border", true // "the Velmora border crossing"
			b += 2
		case facilityLen(toks, b) > 0 && (isWord(toks, b+facilityLen(toks, b), "in") || isWord(toks, b+facilityLen(toks, b), "near")):
			// "Ofer prison near Ramallah", "Ofer military prison in the West
			// Bank": a site no gazetteer entry names keeps its kind word
			// (doc/POLICY.md §20)
			kind, ok = "site", true
			b += facilityLen(toks, b)
		case baseLen(toks, b) > 0 && (isWord(toks, a-1, "the") || isWord(toks, b+baseLen(toks, b), "in") || isWord(toks, b+baseLen(toks, b), "near")):
			kind, ok = "site", true // "the Murted air base near Ankara", named by its own name
		}
		if !ok && placedBy(s, sites, a, b) {
			kind, ok = "city", true // "in Zorvik, in Nigeria's Edo state", "near Zorvik in eastern Burkina Faso"
		}
		var country string
		var at *lexicon.Gazetteer
		if r := regionAfter(toks, sites, b); r != nil && !loose {
			kind, ok, country, at = "city", true, r.Country, r // "Harlingen, Texas"
		}
		if !ok {
			continue
		}
		if country == "" {
			country, at = c.describedCountry(s, sites, a, b)
		}
		if country == "" {
			a = b
			continue
		}
		st, ok := c.describedSite(toks, a, b, country, kind, at)
		if !ok {
			continue
		}
		add = append(add, st)
		a = b
	}
	out := sites
	if len(add) > 0 {
		out = make([]site, 0, len(sites)+len(add))
		i, j := 0, 0
		for i < len(sites) || j < len(add) {
			if j == len(add) || i < len(sites) && sites[i].start < add[j].start {
				out = append(out, sites[i])
				i++
			} else {
				out = append(out, add[j])
				j++
			}
		}
	}
	for k := 1; k < len(out); k++ {
		if relativeTo(toks, out[k-1].end, out[k].start) || locatedIn(toks, out[k-1], out[k]) || districtOf(toks, out[k-1], out[k]) ||
			k >= 2 && out[k-1].country && possesses(toks, out[k-1], out[k]) && locatedIn(toks, out[k-2], out[k]) {
			// "Qusayr, about 15 km south of Homs": Homs only says where
			// Qusayr is; and "the village of Solhan in Burkina Faso's
			// northern Yagha province", past the country that owns it
			out[k].within = true
		}
		if qualifies(toks, out[k-1], out[k]) || possesses(toks, out[k-1], out[k]) {
			out[k-1].within = true // "the Punjab city of Bahawalpur": Punjab only says where Bahawalpur is
		}
	}
	return out
}

// regionAfter returns the known region named right after a comma that
// follows token b, and a comma or the end after it: "Harlingen, Texas,".
func regionAfter(toks []text.Token, sites []site, b int) *lexicon.Gazetteer {
	if !isWord(toks, b, ",") {
		return nil
	}
	for _, st := range sites {
		if st.start == b+1 && st.g.Kind == "region" && (st.end == len(toks) || toks[st.end].Kind == text.Punct) {
			return st.g
		}
	}
	return nil
}

// unknownName reports whether t is a capitalised word that no dictionary
// has a phrase for: a name the coder knows nothing of.
func unknownName(lx *lexicon.Lexicon, t *text.Token) bool {
	return t.Kind == text.Word && t.Cap && len(t.Text) > 2 && lx.Starts(t) == 0 && !clauseWords[t.Lower] &&
		!prepositions[t.Lower] && !determiners[t.Lower] && strings.ToUpper(t.Text) != t.Text
}

// looseName reports whether t is a capitalised word that only begins names
// of people, groups or places of the dictionaries ("Maga" of "MAGA
// movement"): when none of them is matched there, it may be an unknown name.
func looseName(lx *lexicon.Lexicon, t *text.Token) bool {
	if t.Kind != text.Word || !t.Cap || len(t.Text) <= 2 {
		return false // the cheap tests first: most words are not capitalised
	}
	return lx.Starts(t)&^(lexicon.StartsActor|lexicon.StartsPlace) == 0 &&
		!clauseWords[t.Lower] && !prepositions[t.Lower] && !determiners[t.Lower] && strings.ToUpper(t.Text) != t.Text
}

// describedAs tells whether the words around the name toks[a:b] say it is a
// place, and of which kind: "the town of X", "X province", "X, a village
// in".
func describedAs(toks []text.Token, a, b int) (string, bool) {
	kind := func(w string) string {
		switch {
		case regionNouns[w]:
			return "region"
		case w == "port" || w == "harbour" || w == "harbor":
			return "port"
		}
		return "city"
	}
	if a >= 2 && toks[a-1].Lower == "of" && settlementNouns[toks[a-2].Lower] && !toks[a-2].Cap {
		return kind(toks[a-2].Lower), true // "the southern town of Mbinga"
	}
	if b < len(toks) && regionNouns[toks[b].Lower] && !toks[b].Cap {
		return "region", true // "Kaduna state", "Puno region"
	}
	if b < len(toks) && localNouns[toks[b].Lower] && !toks[b].Cap {
		return "city", true // "Pazigyi village", "Kanbalu township", "the Tsafe area"
	}
	if a >= 2 && toks[a-1].Lower == "in" && heldAtNouns[toks[a-2].Lower] && (b == len(toks) || !toks[b].Cap) {
		return "city", true // "drove him to a jail in Attock" (see heldAtNouns)
	}
	if b+1 < len(toks) && districtNouns[toks[b].Lower] && !toks[b].Cap && toks[b+1].Lower == "of" {
		return "city", true // "the Karrada neighbourhood of Baghdad" (see districtOf)
	}
	if b < len(toks) && facilityNouns[toks[b].Lower] != "" && !toks[b].Cap && isWord(toks, a-1, "'s") {
		return facilityNouns[toks[b].Lower], true // "India's Sikka terminal", "Germany's Schwedt refinery"
	}
	if a >= 3 && isWord(toks, a-1, "'s") && wayPreps[toks[a-3].Lower] && (b == len(toks) || !toks[b].Cap) {
		return "city", true // "from India's Motihari to", "into Chad's Adre": where a movement starts or ends
	}
	if b+2 < len(toks) && toks[b].Lower == "," && (toks[b+1].Lower == "a" || toks[b+1].Lower == "the") {
		for k := b + 2; k < len(toks) && k <= b+4; k++ {
			if settlementNouns[toks[k].Lower] && isWord(toks, k+1, "in") || isWord(toks, k+1, "near") {
				return kind(toks[k].Lower), true // "Kuriga, a town in Nigeria's Kaduna state"
			}
		}
	}
	return "", false
}

// wayPreps say where a movement starts, passes or ends.
var wayPreps = set(`from to into via through`)

// describedSite is the site of the described place toks[a:b] in country:
// at the point of the region it lies in (at) when one is known, else at its
// country's; false when the country is not known either.
func (c *Coder) describedSite(toks []text.Token, a, b int, country, kind string, at *lexicon.Gazetteer) (site, bool) {
	g := &lexicon.Gazetteer{Name: joinWords(toks[a:b]), Country: country, Kind: kind}
	if at != nil {
		g.Lat, g.Lon, g.Precision = at.Lat, at.Lon, "region"
	} else if ct, ok := c.lx.Country(country); ok {
		g.Lat, g.Lon, g.Precision = ct.Lat, ct.Lon, "country"
	} else {
		return site{}, false
	}
	return site{start: a, end: b, g: g, prep: verbPrep(toks, phraseHead(toks, a), sitePrep(toks, a))}, true
}

// describedCountry finds the country of the described place toks[a:b]: a
// country's possessive or adjective before it ("Nigeria's northwestern Kaduna
// state", "the Uzbek border town of"), a
// known place or country after an "in" that follows it ("a town in
// Nigeria's ..."), else the one country the sentence's actors and places
// name. It also returns the known region the text puts it in, if any.
func (c *Coder) describedCountry(s *sentence, sites []site, a, b int) (string, *lexicon.Gazetteer) {
	toks := s.toks
	for _, st := range sites {
		if qualifies(toks, st, site{start: a, end: b}) {
			return st.g.Country, st.g // "the Punjab city of Bahawalpur", "the Kharkiv town of"
		}
	}
	for k := a - 1; k >= 1 && k >= a-5; k-- {
		if toks[k].Lower == "'s" {
			for _, st := range sites {
				if st.end == k && st.g.Country != "" {
					return st.g.Country, st.g // "Hong Kong's Kowloon district": at the possessor's point
				}
			}
			if mi := s.in[k-1]; mi >= 0 && len(s.ms[mi].members) == 1 && len(s.ms[mi].members[0].code) == 3 {
				return s.ms[mi].members[0].country, nil
			}
			break
		}
		if mi := s.in[k]; mi >= 0 && s.ms[mi].kind == mWeak && len(s.ms[mi].members) == 1 && len(s.ms[mi].members[0].code) == 3 {
			return s.ms[mi].members[0].country, nil // "the Uzbek border town of X"
		}
		if g := c.regionOfAdjective(&toks[k]); g != nil && s.in[k] < 0 {
			return g.Country, g // "the Crimean town of X"
		}
		if toks[k].Kind != text.Word || toks[k].Cap || prepositions[toks[k].Lower] && toks[k].Lower != "of" {
			break
		}
	}
	for _, st := range sites {
		if st.start > b && st.g.Country != "" && relativeTo(toks, b, st.start) {
			return st.g.Country, st.g // "Ocheretyne, about 15 km northwest of Avdiivka"
		}
	}
	spot := spotAt(toks, a, b)
	again := false
	for k := b; k < len(toks) && k < b+9; k++ {
		if again && s.boundary[k] {
			break
		}
		if toks[k].Lower != "in" && !(toks[k].Lower == "of" && k == b+1 && (localNouns[toks[b].Lower] || districtNouns[toks[b].Lower])) &&
			!(toks[k].Lower == "," && k == b && possessiveAhead(toks, k+1)) &&
			!((toks[k].Lower == "off" || toks[k].Lower == "near") && k == b+1 && toks[b].Lower == ",") &&
			!(toks[k].Lower == "near" && spot && k <= b+max(1, baseLen(toks, b))) &&
			!(toks[k].Lower == "near" && k == b) { // attrs6: "the town of Qabatiya near Jenin": near a known place, in its country
			continue // "a town in Nigeria's ...", "Kanbalu township of Sagaing region", "Rebun Island, off Hokkaido", "Ofer prison near Ramallah"
		}
		for _, st := range sites {
			if st.start > k && st.start <= k+5 && st.g.Country != "" {
				if st.g.Kind == "region" || spot {
					return st.g.Country, st.g // a spot stands at its town's point: "Pushkin Square in Moscow"
				}
				return st.g.Country, nil
			}
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if mi := s.in[j]; mi >= 0 && len(s.ms[mi].members) == 1 && len(s.ms[mi].members[0].code) == 3 {
				return s.ms[mi].members[0].country, nil
			}
		}
		// an "in" that names nothing known may be another unknown place's:
		// "the village of X and 30 in nearby Y, in western Niger's Z
		// region"; look on to the next, within the clause
		again = true
	}
	one := s.oneCountry()
	for _, st := range sites {
		if st.g.Country != "" && one != "" && st.g.Country != one {
			return "", nil
		}
	}
	return one, nil
}

// regionOfAdjective returns the region of the gazetteer whose adjective t
// is, formed as English forms most ("Crimean" of Crimea, "Siberian" of
// Siberia, "Bavarian" of Bavaria), or nil.
func (c *Coder) regionOfAdjective(t *text.Token) *lexicon.Gazetteer {
	if t.Kind != text.Word || !t.Cap || !strings.HasSuffix(t.Lower, "an") || len(t.Lower) < 5 {
		return nil
	}
	for _, g := range c.lx.PlaceNamed(strings.TrimSuffix(t.Lower, "n")) {
		if g.Kind == "region" && g.Country != "" {
			return g
		}
	}
	return nil
}

// relativeTo reports whether the words from token a to the place at token b
// only say where the place that ends at a lies from it: ", about 15 km
// north-west of", ", south of", ", some 40 km from".
func relativeTo(toks []text.Token, a, b int) bool {
	if !isWord(toks, a, ",") || b-a < 3 || b-a > 9 {
		return false
	}
	way := isWord(toks, b-1, "of") && compass(toks[b-2].Lower)
	if !way && !(isWord(toks, b-1, "from") && lengthUnits[toks[b-2].Lower]) {
		return false
	}
	for k := a + 1; k < b-2; k++ {
		t := &toks[k]
		if t.Kind != text.Number && !quantifiers[t.Lower] && !lengthUnits[t.Lower] && !compass(t.Lower) && t.Lower != "-" {
			return false
		}
	}
	return true
}

// locatedIn reports whether the region b only says where the place a before
// it lies: "Pazigyi village in Sagaing region", "the Tsafe area of Zamfara
// state", "Kanbalu township of Sagaing region"; and so does any known place
// for a spot the gazetteer lacks: "Pushkin Square in Moscow", "Ofer prison
// near Ramallah".
func locatedIn(toks []text.Token, a, b site) bool {
	spot := a.g.Kind == "site" && a.g.Precision != ""
	if b.g.Kind != "region" && !spot || a.g.Kind == "region" || a.g.Country != b.g.Country {
		return false
	}
	k := a.end
	if n := baseLen(toks, k); n > 0 {
		k += n // "the Murted air base near Ankara"
	} else if k < len(toks) && (localNouns[toks[k].Lower] || isPlaceNoun(&toks[k]) || facilityNouns[toks[k].Lower] != "") && !toks[k].Cap {
		k++
	}
	comma := isWord(toks, k, ",") && isWord(toks, k+1, "in")
	if comma {
		k++ // "Igueben, in Nigeria's southern Edo state"
	}
	if !isWord(toks, k, "in") && !isWord(toks, k, "of") && !(spot && isWord(toks, k, "near")) {
		return false
	}
	for k++; k < b.start; k++ {
		if w := toks[k].Lower; !determiners[w] && !regionWords[w] && !countryPossessive(toks, k, b.start) {
			return false
		}
	}
	return true
}

// possessiveAhead reports whether a possessive name begins at token k,
// after compass words: "Nigeria's Kebbi state", "northwestern Nigeria's".
func possessiveAhead(toks []text.Token, k int) bool {
	for k < len(toks) && regionWords[toks[k].Lower] {
		k++
	}
	return k < len(toks) && toks[k].Cap && toks[k].Kind == text.Word && countryPossessive(toks, k, min(k+4, len(toks)))
}

// countryPossessive reports whether token k, before token end, is part of
// a possessive name that ends before end: "Nigeria" and "'s" in ", in
// Nigeria's southern Edo state".
func countryPossessive(toks []text.Token, k, end int) bool {
	if toks[k].Lower == "'s" {
		return true
	}
	for ; k < end && toks[k].Cap && toks[k].Kind == text.Word; k++ {
	}
	return k > 0 && k < end && toks[k].Lower == "'s"
}

// lengthUnits are the units a distance between places is given in.
var lengthUnits = set(`km kilometres kilometers kilometre kilometer miles mile nautical`)

// hyphened reports whether token k is a hyphen written between the word
// before it and a capitalised word after it: "Pan-American".
func hyphened(toks []text.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].Lower == "-" && toks[k-1].End == toks[k].Start && toks[k].End == toks[k+1].Start &&
		toks[k+1].Kind == text.Word && toks[k+1].Cap
}

// joinWords joins tokens' texts with single spaces, but none around a
// hyphen written without them ("Pan-American Highway").
func joinWords(toks []text.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.Start > toks[i-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// possesses reports whether the place a is the possessor of the place b of
// its own country right after it, and only says where b is: "Hong Kong's
// Kowloon district", "Lagos's Ikeja district".
func possesses(toks []text.Token, a, b site) bool {
	return a.end+1 == b.start && isWord(toks, a.end, "'s") && a.g.Country != "" && a.g.Country == b.g.Country
}

// qualifies reports whether the gazetteer's place a names the region the
// place b lies in, as a word before the noun that says what b is: "the Punjab city
// of Bahawalpur", "the Kharkiv town of Zelvany" (when a is a region, or b a
// place the gazetteer lacks); not "the Lekki district of Lagos", where the
// noun says what a is.
func qualifies(toks []text.Token, a, b site) bool {
	if a.g == nil || a.g.Country == "" || a.g.Precision != "" || a.end+2 != b.start || !isWord(toks, b.start-1, "of") {
		return false
	}
	n := &toks[a.end]
	if !settlementNouns[n.Lower] || n.Cap || regionNouns[n.Lower] {
		return false // "the Lekki district of Lagos": the noun says what a is
	}
	return a.g.Kind == "region" || b.g == nil || b.g.Precision != ""
}
