package coder

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// Places a sentence refers back to rather than names: "sent drones at the
// capital", "fired tear gas at demonstrators across the capital", "imposed a
// curfew on the city". The capital is the capital of the country an
// adjective or a possessive before it names ("the Ukrainian capital",
// "Ukraine's capital"), else the capital the sentence has named, else the
// capital of the one country the sentence names; the city or the town is
// the latest city, port or capital the sentence has named. A seat of
// government where something is done is in its country's capital: "signed
// at a White House ceremony" was signed in Washington, "talks at the
// Kremlin" were held in Moscow.

// cityNouns refer back to a settlement named before: "the city", "the town",
// "Nigeria's largest port".
var cityNouns = set(`city town port`)

// settlementWords describe a settlement referred back to: "the lakeside
// city", "the northern town", "the besieged city", "the rebel-held town".
var settlementWords = set(`lakeside coastal seaside riverside hilltop desert mountain border frontline
	strategic key industrial historic ancient provincial regional southern northern eastern western central
	northeastern northwestern southeastern southwestern main remote`)

// partNouns name a part of a settlement named before: "on its outskirts",
// "the city's centre".
var partNouns = set(`outskirts suburbs centre center`)

// rankWords rank a settlement among its country's: "Nigeria's largest city",
// "the country's second-largest port", "its main port".
var rankWords = set(`largest biggest main chief principal commercial busiest`)

// referred adds to sites the places the sentence refers back to, keeping
// sites in sentence order.
func (c *Coder) referred(s *sentence, sites []site) []site {
	toks := s.toks
	var add []site
	for k := 1; k < len(toks); k++ {
		w := toks[k].Lower
		if toks[k].Cap || !(w == "capital" || marked(&toks[k], cCityNoun|cRegionRef)) || // speed9: word classes (wordclass.go)
			!refEnds(toks, sites, k+1, w == "capital") && !(regionRefNouns[w] && isWord(toks, k+1, "'s")) && !placedBuilding(toks, k) {
			continue
		}
		start := k
		var st *site
		switch {
		case regionRefNouns[w]:
			// "crossed into Russia's Kursk region ... and Moscow declared an
			// emergency in the region", "the region's governor": the latest
			// region the sentence has named, only when it has named one
			if isWord(toks, k-1, "the") {
				start, st = k-1, latestRegion(sites, k-1)
			}
		case w == "capital":
			start, st = c.capitalAt(s, sites, k)
		case rankWords[toks[k-1].Lower]:
			start, st = rankedSettlement(s, sites, k)
		default:
			if j := describedFrom(toks, k); isWord(toks, j-1, "the") {
				start, st = j-1, latestSettlement(sites, j-1, "")
			}
		}
		if st == nil || covers(sites, start, k+1) {
			continue
		}
		ref := site{start: start, end: k + 1, g: st.g, prep: sitePrep(toks, start)}
		// "the region's main city, Stepanakert": the region only says where the city is
		ref.within = slices.ContainsFunc(sites, func(o site) bool { return o.start > k && possessorOf(toks, k+1, o.start) })
		add = append(add, ref)
	}
	add = append(add, outskirts(toks, sites)...)
	add = append(add, regionSeats(toks, sites)...)
	add = append(add, c.seats(s, sites)...)
	if len(add) == 0 {
		return sites
	}
	return withSites(sites, add)
}

// refEnds reports whether the word before token k ends a reference back to
// a place: the noun phrase stops there ("the capital,", "the city on
// Tuesday"), and no name follows in apposition ("the capital Sanaa", "the
// capital, Tbilisi", a place of sites) and nothing of which it is a part ("the city's mayor",
// "the capital of Iraq's Kurdistan region", "capital markets"). "The
// capital city" is the capital.
func refEnds(toks []text.Token, sites []site, k int, capital bool) bool {
	if capital && isWord(toks, k, "city") {
		k++
	}
	if k >= len(toks) {
		return true
	}
	t := &toks[k]
	switch {
	case t.Lower == "of" || t.Lower == "'s" || t.Lower == "-":
		return false
	case t.Lower == ",":
		return !covers(sites, k+1, k+2) // "the capital, Tbilisi,"; not "the city, Amnesty said"
	case t.Kind == text.Punct:
		return true
	case t.Cap:
		return weekdayAt(toks, k) || monthNames[t.Lower] > 0
	}
	return prepositions[t.Lower] || clauseWords[t.Lower] || t.Lower == "and" || t.Lower == "or" || dateWords[t.Lower] ||
		timeLead[t.Lower] || t.Lower == "overnight" || t.Lower == "yesterday" || t.Lower == "today"
}

// capitalAt resolves "capital" at token k: the first token of its phrase
// and the site of the capital it means, or nil.
func (c *Coder) capitalAt(s *sentence, sites []site, k int) (int, *site) {
	toks := s.toks
	capitalOf := func(country string) *site {
		if g := c.lx.Capital(country); g != nil {
			return &site{g: g}
		}
		return nil
	}
	// "the Ukrainian capital", "Ukraine's capital", "the country's capital"
	if k >= 2 && toks[k-1].Lower == "'s" {
		if mi := s.in[k-2]; mi >= 0 && len(s.ms[mi].members) == 1 && s.ms[mi].members[0].country != "" {
			return s.ms[mi].start, capitalOf(s.ms[mi].members[0].country)
		}
		return k, nil
	}
	if mi := s.in[k-1]; mi >= 0 && s.ms[mi].kind == mWeak && len(s.ms[mi].members) == 1 && s.ms[mi].members[0].country != "" {
		if isWord(toks, s.ms[mi].start-1, "the") {
			return s.ms[mi].start, capitalOf(s.ms[mi].members[0].country)
		}
		return k, nil
	}
	if !isWord(toks, k-1, "the") {
		return k, nil
	}
	// the capital the sentence has named: "struck Kyiv ... and sent drones at the capital"
	for i := len(sites) - 1; i >= 0; i-- {
		if sites[i].end <= k && sites[i].g.Kind == "capital" {
			return k, &sites[i]
		}
	}
	if one := s.oneCountry(); one != "" {
		return k, capitalOf(one)
	}
	return k, nil
}

// oneCountry returns the one country the sentence's actors name, or ""
// when they name none or more than one.
func (s *sentence) oneCountry() string {
	one := ""
	for _, m := range s.ms {
		for _, mb := range m.members {
			if mb.country == "" {
				continue
			}
			if one != "" && mb.country != one {
				return ""
			}
			one = mb.country
		}
	}
	return one
}

// rankedSettlement resolves a settlement ranked among its country's at
// token k ("Nigeria's largest city", "Ukraine's second-largest city", "the
// country's main port"): the first token of its phrase and the latest
// city, port or capital the sentence has named, of that country when the
// phrase names one. Which city is largest the gazetteer does not say: one
// the sentence names none of is no place.
func rankedSettlement(s *sentence, sites []site, k int) (int, *site) {
	toks := s.toks
	j := k - 1
	for j > 0 && (rankWords[toks[j].Lower] || toks[j].Lower == "-" || toks[j].Lower == "second" || toks[j].Lower == "third") {
		j--
	}
	switch {
	case toks[j].Lower == "the":
		return j, latestSettlement(sites, j, "")
	case toks[j].Lower == "'s" && j > 0:
		if mi := s.in[j-1]; mi >= 0 && len(s.ms[mi].members) == 1 && s.ms[mi].members[0].country != "" {
			return s.ms[mi].start, latestSettlement(sites, s.ms[mi].start, s.ms[mi].members[0].country)
		}
		if isWord(toks, j-1, "country") && isWord(toks, j-2, "the") {
			return j - 2, latestSettlement(sites, j-2, "") // "the country's largest city"
		}
	}
	return k, nil
}

// placedBuilding reports whether the reference back to a place at token k
// owns a building that a preposition of place puts an act at: "rallied
// outside the city's legislature", "gathered in front of the capital's
// main court" (not "the city's mayor").
func placedBuilding(toks []text.Token, k int) bool {
	if !isWord(toks, k+1, "'s") || !isWord(toks, k-1, "the") || k < 2 || !eventPreps[toks[k-2].Lower] && toks[k-2].Lower != "of" {
		return false
	}
	if toks[k-2].Lower == "of" && !(isWord(toks, k-3, "front") || isWord(toks, k-3, "outside")) {
		return false // "in front of the city's", not "the mayor of the city's"
	}
	return townBuilding(toks, k+2) || k+2 < len(toks) && cityBuildings[toks[k+2].Lower]
}

// cityBuildings are seats of a city's or a state's bodies that protests
// gather at, besides buildingNouns: "the city's legislature".
var cityBuildings = set(`legislature assembly council courts embassy consulate palace`)

// regionRefNouns refer back to a division of a country named before: "the
// region", "the province's governor".
var regionRefNouns = set(`region province oblast governorate prefecture`)

// latestRegion returns the latest region of sites that ends before token k,
// or nil.
func latestRegion(sites []site, k int) *site {
	for i := len(sites) - 1; i >= 0; i-- {
		if sites[i].end <= k && !sites[i].country && sites[i].g.Kind == "region" && sites[i].g.Country != "" {
			return &sites[i]
		}
	}
	return nil
}

// latestSettlement returns the latest city, port or capital of sites that
// ends before token k, of country when it is not "", or nil.
func latestSettlement(sites []site, k int, country string) *site {
	for i := len(sites) - 1; i >= 0; i-- {
		if sites[i].end > k || sites[i].country || country != "" && sites[i].g.Country != country {
			continue
		}
		switch sites[i].g.Kind {
		case "city", "capital", "port":
			return &sites[i]
		}
	}
	return nil
}

// covers reports whether a site already covers a token of [a, b).
func covers(sites []site, a, b int) bool {
	for _, st := range sites {
		if st.start < b && a < st.end {
			return true
		}
	}
	return false
}

// seats returns, as sites, the seats of government that the sentence names
// as where something is done ("at the White House", "inside the Kremlin"),
// each at its country's capital.
func (c *Coder) seats(s *sentence, sites []site) []site {
	var out []site
	for _, m := range s.ms {
		prep := m.prep
		if k := m.start - 1; prep == "" && k >= 0 {
			if determiners[s.toks[k].Lower] && k > 0 {
				k--
			}
			prep = s.toks[k].Lower // "outside" and "inside" are no prepositions of actors
		}
		if !eventPreps[prep] && s.attributiveSeatAt(&m) {
			prep = "at" // "an Oval Office meeting" is a meeting at the Oval Office (seatmeeting.go)
		}
		if !eventPreps[prep] || prep == "on" && !seatPart(s.toks, m.end) || len(m.members) != 1 || covers(sites, m.start, m.end) {
			continue
		}
		k := m.start
		if determiners[s.toks[k].Lower] {
			k++
		}
		as, _ := c.lx.Actor(s.toks, k)
		for _, a := range as {
			if a.Kind != lexicon.Seat || a.Country == "" {
				continue
			}
			if g := c.lx.Capital(a.Country); g != nil {
				out = append(out, site{start: m.start, end: m.end, g: g, prep: prep})
			}
			break
		}
	}
	return out
}

// seatPart reports whether the word at token k names a part of the grounds
// of the seat of government before it: "on the White House lawn", "on the
// Kremlin's steps" stand at the seat as "at the White House" does, where
// "talks on the White House" are only about it.
func seatPart(toks []text.Token, k int) bool {
	if isWord(toks, k, "'s") {
		k++
	}
	return k < len(toks) && seatParts[toks[k].Lower]
}

var seatParts = set(`lawn lawns grounds steps balcony courtyard garden gardens`)

// describedFrom returns the first token of the words describing the
// settlement noun at token k ("lakeside" in "the lakeside city",
// "rebel" in "the rebel-held town"), k when there are none.
func describedFrom(toks []text.Token, k int) int {
	j := k
	for n := 0; n < 4 && j > 0; n++ {
		t := &toks[j-1]
		switch {
		case t.Cap || t.Kind == text.Punct && t.Lower != "-":
			return j
		case settlementWords[t.Lower], len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed"), t.Lower == "held" && isWord(toks, j-2, "-"):
		case t.Lower == "-" && j > 1 && !toks[j-2].Cap:
		case j < k && isWord(toks, j, "-"): // "rebel" of "rebel-held"
		default:
			return j
		}
		j--
	}
	return j
}

// outskirts returns, as sites, the parts of a settlement that a pronoun or
// the settlement's noun refers back to ("struck positions on its
// outskirts", "in the city's centre"), each at the latest city, port or
// capital the sentence named before it.
func outskirts(toks []text.Token, sites []site) []site {
	var out []site
	for k := 1; k < len(toks); k++ {
		if !marked(&toks[k], cPartNoun) || !refEnds(toks, sites, k+1, false) { // speed9: a word class (wordclass.go)
			continue
		}
		start := -1
		switch {
		case toks[k-1].Lower == "its":
			start = k - 1
		case k >= 3 && toks[k-1].Lower == "'s" && cityNouns[toks[k-2].Lower] && toks[k-3].Lower == "the":
			start = k - 3
		}
		if start < 0 || covers(sites, start, k+1) {
			continue
		}
		if st := latestSettlement(sites, start, ""); st != nil {
			out = append(out, site{start: start, end: k + 1, g: st.g, prep: sitePrep(toks, start)})
		}
	}
	return out
}

// regionSeats returns, as sites, the seat of a region a sentence names as
// "the capital of REGION" when it has named a city of the region's country
// before: "withdrew from Wad Madani, a day after rebels seized the capital
// of Gezira state" means Wad Madani. Which city is a region's seat the
// gazetteer does not say, so a city far from the region's middle, a national capital named before ("from
// Khartoum to the capital of Gezira state") or no city at all leaves the
// region as the place.
func regionSeats(toks []text.Token, sites []site) []site {
	var out []site
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Lower != "capital" || toks[k+1].Lower != "of" || !isWord(toks, k-1, "the") && !capitalKinds[toks[k-1].Lower] {
			continue
		}
		var region *site
		for i := range sites {
			if sites[i].start == k+2 || sites[i].start == k+3 && determiners[toks[k+2].Lower] {
				region = &sites[i]
			}
		}
		if region == nil || region.g.Kind != "region" {
			continue
		}
		var seat *site
		for i := len(sites) - 1; i >= 0; i-- {
			st := &sites[i]
			if st.end > k || st.country || st.g.Country != region.g.Country {
				continue
			}
			if (st.g.Kind == "city" || st.g.Kind == "port") && km(st.g, region.g) <= 120 {
				seat = st // near the region's middle: not Goma for "the capital of South Kivu"
			}
			break // only the latest place of that country
		}
		if seat == nil {
			continue
		}
		start := k - 1
		if isWord(toks, start-1, "the") {
			start--
		}
		// the seat stands for the region's words too, so the region is no
		// second place of the event
		out = append(out, site{start: start, end: region.end, g: seat.g, prep: sitePrep(toks, start)})
	}
	return out
}

// km is the distance in kilometres between two places, near enough for
// places a few hundred kilometres apart.
func km(a, b *lexicon.Gazetteer) float64 {
	const r = 6371.0
	lat := (a.Lat + b.Lat) / 2 * math.Pi / 180
	x := (b.Lon - a.Lon) * math.Pi / 180 * math.Cos(lat)
	y := (b.Lat - a.Lat) * math.Pi / 180
	return r * math.Sqrt(x*x+y*y)
}

// withSites returns sites with add among them, in sentence order (a site
// of add after the sites that start where it does).
func withSites(sites, add []site) []site {
	out := append(append(make([]site, 0, len(sites)+len(add)), sites...), add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}
