package coder

// Routes: the way goods, people or forces went, as the points a sentence
// names in order ("from Najin by sea to Vostochny and on by rail to
// Tikhoretsk"), with the words that say a place is passed, waited at,
// loaded at or is only who receives them.

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// fromTo reports whether the route's candidates, all countries, are the two
// ends of one "from A to B" phrase ("moved from South Korea to Qatar",
// "smuggling them from Iran to Yemen"): a way the text states.
func fromTo(toks []text.Token, sites []site, idx []int, cand []routePoint) bool {
	if len(cand) != 2 || cand[0].kind+cand[1].kind != 2 || cand[0].kind == 1 {
		return false
	}
	a, b := sites[idx[0]], sites[idx[1]]
	if cand[0].kind == 2 {
		// "crossed into Ukraine from Poland": the same two ends, told backwards
		return b.start > a.end && b.start <= a.end+3 && isWord(toks, b.start-1, "from") &&
			(isWord(toks, a.start-1, "into") || isWord(toks, a.start-1, "to"))
	}
	// "to" before the second end, or before what of it is meant: "from
	// South Korea to banks in Qatar"
	return b.start > a.end && isWord(toks, a.start-1, "from") && (b.start <= a.end+3 && isWord(toks, b.start-1, "to") ||
		isWord(toks, a.end, "to") && b.start <= a.end+4 && isWord(toks, b.start-1, "in") && wordsOnly(toks, a.end, b.start))
}

// wordsOnly reports whether tokens [a, b) are all words.
func wordsOnly(toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].Kind != text.Word {
			return false
		}
	}
	return true
}

// goesOn reports whether the movement goes on past a destination that ends
// at token i: "to Turkey and on through Bulgaria", "to Khasan, then on to".
func goesOn(toks []text.Token, i int) bool {
	k := i
	if isWord(toks, k, ",") {
		k++
	}
	if isWord(toks, k, "and") || isWord(toks, k, "then") {
		k++
	}
	if isWord(toks, k, "then") && isWord(toks, k-1, "and") {
		k++ // qty12: "to Minsk and then on to Kyiv"
	}
	return k > i && (isWord(toks, k, "on") || isWord(toks, k, "onward") || isWord(toks, k, "onwards"))
}

// closer reports whether a candidate other than cand[i], of the same kind
// and country, is a place smaller than a region.
func closer(cand []routePoint, sites []site, idx []int, i int) bool {
	for j, c := range cand {
		if j != i && c.kind == cand[i].kind && c.p.Country == cand[i].p.Country && sites[idx[j]].g.Kind != "region" && !sites[idx[j]].country {
			return true
		}
	}
	return false
}

// onTheWay reports whether a place after prep is passed on the way.
func onTheWay(prep string) bool {
	return prep == "via" || prep == "through" || prep == "across" || prep == "around"
}

// listedAfter reports whether the place at token b is listed after the one
// that ends at token a, past the nouns that say what that one is: "via
// Tumangang and Khasan", "via the Wagah border crossing and Pakistan".
func listedAfter(toks []text.Token, a, b int) bool {
	for a < b && isPlaceNoun(&toks[a]) {
		a++
	}
	return b > a && joins(toks, a, b) && hasConj(toks, a, b)
}

// listedWith reports whether candidate i is listed with a neighbouring
// candidate on the way: "via the Wagah border crossing and Pakistan".
func listedWith(toks []text.Token, sites []site, idx []int, i int) bool {
	a := sites[idx[i]]
	if i > 0 && listedAfter(toks, sites[idx[i-1]].end, a.start) {
		return true
	}
	return i+1 < len(idx) && listedAfter(toks, a.end, sites[idx[i+1]].start)
}

// passes reports whether route points cand pass through somewhere on the
// way to or from somewhere: "sold gas to Italy, piped through Georgia,
// Turkey, Greece and Albania".
func passes(cand []routePoint) bool {
	via, end := false, false
	for _, c := range cand {
		via, end = via || c.kind == 1, end || c.kind != 1
	}
	return via && end
}

// ownerPrep returns the preposition before a place's owner, "off" in "off
// China's Zhoushan island", or "".
func ownerPrep(toks []text.Token, i int) string {
	k := i - 1
	if !isWord(toks, k, "'s") {
		return ""
	}
	for k--; k > 0 && toks[k].Cap && toks[k].Kind == text.Word; k-- {
	}
	for k >= 0 && determiners[toks[k].Lower] {
		k--
	}
	if k >= 0 && (prepositions[toks[k].Lower] || toks[k].Lower == "off") {
		return toks[k].Lower
	}
	return ""
}

// giftWords give a thing to whoever "to" names: "donated to Malawi", "wheat
// that Russia donated to Burkina Faso".
var giftWords = set(`donate give gift grant sell sold given donated granted`)

// stayWords keep goods at a place before they move on: "stuck for months
// at Rotterdam", "stranded in Odesa", "money frozen in South Korea".
var stayWords = set(`stuck stranded held waiting stored idled anchored blocked frozen`)

// stopWords make a place a stop on the way: "with an inspection stop in
// Istanbul", "a refuelling stopover in Colombo".
var stopWords = set(`stop stopover call layover inspect inspected inspection inspections`)

// gift reports whether the place at token i is who receives a gift or a
// sale: the phrase's "to" follows a verb of giving, past its "by" agent
// ("donated by Ukraine to Ethiopia").
func gift(toks []text.Token, i int) bool {
	p := phraseHead(toks, i)
	if p < 1 || toks[p].Lower != "to" {
		return false
	}
	k := p - 1
	for k > 0 && toks[k].Cap && toks[k].Kind == text.Word {
		k-- // the agent's name
	}
	if isWord(toks, k, "by") {
		k--
	}
	for k > 0 && (freeWords[toks[k].Lower] || strings.HasSuffix(toks[k].Lower, "ly") && toks[k].Kind == text.Word && !toks[k].Cap) {
		k-- // "giving free of charge to", "sold directly to"
	}
	return k >= 0 && (giftWords[toks[k].Lemma] || giftWords[toks[k].Lower])
}

// freeWords say how a thing is given, between the verb and its "to": "is
// giving free of charge to Burkina Faso".
var freeWords = set(`free of charge for gratis`)

// governedBy reports whether a word of words governs the phrase of the
// place at token i, within two words before its preposition: "stuck for
// months at", "an inspection stop in".
func governedBy(toks []text.Token, i int, words map[string]bool) bool {
	p := phraseHead(toks, i)
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		if (words[toks[k].Lower] || words[toks[k].Lemma]) && !isWord(toks, k-1, "-") {
			return true // not "into rebel-held northwest Syria through ...": who holds a place
		}
		if toks[k].Kind != text.Word || clauseWords[toks[k].Lower] {
			break
		}
	}
	return false
}

// loadedAt reports whether goods were loaded where the place at token i is,
// past what was loaded: "loaded 5,000 tonnes of diesel at the port of
// Kaohsiung", "loaded with maize at a terminal in Izmail".
func loadedAt(toks []text.Token, i int) bool {
	p := phraseHead(toks, i)
	for k := p - 1; k >= 0 && k >= p-7; k-- {
		w := toks[k].Lower
		if loadWords[w] {
			return true
		}
		if w == "," || clauseWords[w] || prepositions[w] && w != "of" && w != "with" {
			break
		}
	}
	return false
}

// transferred reports whether goods change ships in the twelve words
// before the place at token i, within its clause: "transferred to a
// smaller tanker off Oman", "transferred the fuel to a North Korean vessel
// off China's Zhoushan island".
func transferred(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if l := toks[k].Lemma; l == "transfer" || l == "transship" || l == "tranship" || toks[k].Lower == "transferred" {
			return true
		}
		if toks[k].Lower == "," || toks[k].Lower == ";" || clauseWords[toks[k].Lower] {
			break
		}
	}
	return false
}

// routePoint is a candidate point of a route.
type routePoint struct {
	p    dyad.Place
	at   int // where its leg begins in the text
	kind int // 0 an origin, 1 a waypoint, 2 a destination
}

// laterDest reports whether a destination named name comes again in cand.
func laterDest(cand []routePoint, name string) bool {
	for _, c := range cand {
		if c.kind == 2 && c.p.Name == name {
			return true
		}
	}
	return false
}

// timeInto reports whether the "into" before the place at token i follows
// a duration, which makes it a time: "a month into Turkey's siege", "two
// weeks into the war in Gaza".
func timeInto(toks []text.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if toks[k].Lower == "into" {
			return durations[toks[k-1].Lower]
		}
	}
	return false
}

// route reads the path of a movement: where it starts ("from Najin"), what
// it passes ("via Rason", "through the Korea Strait", "across the Caspian
// Sea"), and where it ends ("to Vostochny", "into Russia at Khasan"), in
// that order whatever the order of the words. Countries named as ends
// count as points ("to Russia via Rason"); a route needs two points, one of
// them a place of the gazetteer. Each point's mode is the mode of the leg
// that leaves it.
func route(toks []text.Token, sites []site, qs []qty) []dyad.Place {
	var cand []routePoint
	var idx []int // the site of each candidate
	places := 0
	held := false // a point where the goods were held: "money frozen in South Korea"
	for si, st := range sites {
		g := st.g
		if t := routeTown(toks, sites, si); t != nil {
			g = t // attrs7: "from the Azovstal steel works in Mariupol" goes from Mariupol (routetown.go)
		}
		p := routePoint{p: dyad.Place{Name: g.Name, Country: g.Country, Lat: g.Lat, Lon: g.Lon, Precision: g.Precision}, at: st.start}
		prep := st.prep
		if prep == "" {
			prep = ownerPrep(toks, st.start) // "off China's Zhoushan island"
		}
		if k := st.start - 1; prep == "" {
			for k >= 0 && determiners[toks[k].Lower] {
				k--
			}
			if isWord(toks, k, "around") || isWord(toks, k, "round") {
				prep = "around" // "shipped around the Cape of Good Hope"
			}
		}
		if prep == "" && transitedAt(toks, st.start) {
			prep = "via" // qty8: "after transiting the Suez Canal" (transit.go)
		}
		if st.country && isWord(toks, st.start-1, "and") && actsNext(toks, st.end) {
			continue // "through the Rafah crossing, and Israel released 39 prisoners": the subject of another clause
		}
		if si+1 < len(sites) && isWord(toks, st.end, "'s") && sites[si+1].start == st.end+1 && sites[si+1].g.Country == g.Country {
			continue // "from London's Stansted airport": it says where the next place is
		}
		if st.prep == "over" && clauseBefore(toks, st.start) && ownsThing(toks, st.end) {
			continue // "as tension rose over Caracas's claim": whose claim, no point of a way
		}
		if plannedLeg(toks, sites, si) {
			continue // qty8: ", and are expected to be moved on to Egypt": a leg to come (plannedleg.go)
		}
		prev := si - 1
		for prev >= 0 && sites[prev].end > st.start {
			prev-- // a country site for the place itself
		}
		if prep == "" && prev >= 0 && onTheWay(sites[prev].prep) && listedAfter(toks, sites[prev].end, st.start) {
			prep = sites[prev].prep // "via Uzbekistan and Termez": a country and a place, both on the way
		}
		switch {
		case st.loaded:
			prep = "from"
		case st.dest && !st.within: // not "to the Murted air base near Ankara": the base ends it
			prep = "to"
		case st.within:
			continue
		case prep == "to" && gift(toks, st.start):
			continue // "wheat donated by Ukraine to Ethiopia": who gets it, not where it goes
		case prep == "to" && tiedTo(toks, st.start):
			continue // flows7: "vessels linked to Israel": whose, not where (linkedto.go)
		case prep == "into" && timeInto(toks, st.start):
			continue // "two weeks into Israel's siege of the enclave": a time, not a way
		case (prep == "at" || prep == "in") && governedBy(toks, st.start, stayWords):
			prep = "from" // "after being stuck for months at Rotterdam": where it was before
		case (prep == "at" || prep == "in") && governedBy(toks, st.start, stopWords), prep == "off" && inspectedOff(toks, st.start),
			prep == "off" && transferred(toks, st.start):
			prep = "via" // "with a stop in Istanbul", "transferred to a smaller tanker off Oman"
		}
		held = held || prep == "from" && governedBy(toks, st.start, stayWords)
		switch prep {
		case "from":
		case "via", "through", "across", "under", "over", "around":
			p.kind = 1
		case "to", "into", "toward", "towards", "at":
			p.kind, p.at = 2, st.end
			if goesOn(toks, st.end) {
				p.kind, p.at = 1, st.start // "to Turkey and on through Bulgaria": a point on the way
			}
		default:
			continue
		}
		if !st.country {
			places++
		}
		cand = append(cand, p)
		idx = append(idx, si)
	}
	if places == 0 && !fromTo(toks, sites, idx, cand) && !passes(cand) && !held {
		// countries alone are the flow's own parties, unless the text says
		// "from A to B", what it passes or where it was held
		return nil
	}
	// a country whose own place the route names as the same kind of point
	// adds nothing ("to Egypt ... to Alexandria"); but "to North Korea ...
	// as trucks crossed the Yalu River" ends in North Korea, and a country
	// listed with a place of it on the way is crossed as well as the place
	// ("via the Wagah border crossing and Pakistan", "via Uzbekistan and
	// Termez")
	type named struct {
		country string
		kind    int
	}
	seen := map[named]bool{}
	for i, c := range cand {
		if !sites[idx[i]].country {
			seen[named{c.p.Country, c.kind}] = true
		}
	}
	drop := make([]bool, len(cand))
	for i, c := range cand {
		drop[i] = sites[idx[i]].country && seen[named{c.p.Country, c.kind}] && !(c.kind == 1 && listedWith(toks, sites, idx, i))
	}
	// a region that a place of its country names more closely, as the same
	// kind of point, adds nothing: "oil from Iraq's Kurdistan region ...
	// through the pipeline from Kirkuk"
	for i := range cand {
		drop[i] = drop[i] || sites[idx[i]].g.Kind == "region" && closer(cand, sites, idx, i) && !thenLeg(toks, sites, idx, cand, i) // qty8: "and then to Russia's Kursk region" (thenleg.go)
	}
	// a country passed through that holds an end of the route is no point
	// of it: "pumping crude through Sudan ... to Port Sudan", "through
	// Turkey to Ceyhan"
	for i, c := range cand {
		if c.kind != 1 || !sites[idx[i]].country {
			continue
		}
		for j, e := range cand {
			if e.kind != 1 && !sites[idx[j]].country && e.p.Country == c.p.Country {
				drop[i] = true
			}
		}
	}
	crossedOnTheWay(sites, idx, cand)
	keep, keepIdx := cand[:0], idx[:0]
	for i, c := range cand {
		if !drop[i] {
			keep, keepIdx = append(keep, c), append(keepIdx, idx[i])
		}
	}
	cand, idx = keep, keepIdx
	var pts []dyad.Place
	var modeAt []int
	for kind := 0; kind <= 2; kind++ {
		for i, c := range cand {
			if c.kind != kind {
				continue
			}
			if kind == 2 && laterDest(cand[i+1:], c.p.Name) {
				continue // "to Malawi ... for Beira, from where it will be trucked to Malawi": Malawi ends it
			}
			if kind == 2 && backToStart(cand, i) {
				continue // "swept into Damascus ..., flown from the Syrian capital to Moscow": no way back to its start
			}
			if n := len(pts); n > 0 && pts[n-1].Name == c.p.Name {
				continue
			}
			pts = append(pts, c.p)
			modeAt = append(modeAt, c.at)
		}
	}
	if len(pts) < 2 {
		return nil
	}
	// modes: "by sea" before the first place or within a leg belongs to the
	// leg's starting point, the point whose leg began last before it; "from
	// where ... by rail" to the last point
	legAt := func(i int) int {
		k := 0
		for j := range pts {
			if modeAt[j] <= i && modeAt[j] >= modeAt[k] {
				k = j
			}
		}
		return k
	}
	for i := 0; i < len(toks); i++ {
		m, ok := modes[toks[i].Lower]
		if !ok || !(isWord(toks, i-1, "by") || toks[i].Lower == "overland" || isWord(toks, i-1, "via")) {
			continue
		}
		k := legAt(i)
		if pts[k].Mode == "" {
			pts[k].Mode = m
		}
	}
	for _, q := range qs {
		if !q.distance {
			continue
		}
		k := legAt(q.start)
		if pts[k].Distance == nil {
			d := q.q
			pts[k].Distance = &d
		}
	}
	return pts
}

// partRoutes gives each report of a movement in a sentence of two its own
// way: "Five Americans ... were flown from Tehran to Doha, after $6 billion
// of Iranian money frozen in South Korea was moved to accounts in Qatar"
// tells two, in parts that a comma and "after", "before" or "as" divide.
// The events evs start at the words trigs; it reports whether it gave the
// routes, which it does only when every part with an event has a route.
func (c *Coder) partRoutes(s *sentence, sites []site, qs []qty, evs []dyad.Event, trigs []int) bool {
	cuts := []int{0}
	for k := 1; k < len(s.toks); k++ {
		if partAt(s, k) {
			cuts = append(cuts, k)
		}
	}
	if len(cuts) < 2 {
		return false
	}
	cuts = append(cuts, len(s.toks))
	type part struct {
		rt  []dyad.Place
		evs []int
	}
	partRoute := func(a, b int) []dyad.Place {
		var in []site
		for _, st := range sites {
			if st.start >= a && st.end <= b {
				in = append(in, st)
			}
		}
		var ms []mention
		for _, m := range s.ms {
			if m.start >= a && m.end <= b {
				ms = append(ms, m)
			}
		}
		return route(s.toks, c.withCountries(s.toks, in, ms), qs)
	}
	var parts []part
	var bare []int // the parts with no event, by their first cut
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		var mine []int
		for j, t := range trigs {
			if t >= a && t < b {
				mine = append(mine, j)
			}
		}
		if len(mine) == 0 {
			bare = append(bare, i)
			continue
		}
		rt := partRoute(a, b)
		if rt == nil {
			return false
		}
		parts = append(parts, part{rt, mine})
	}
	// a part whose movement the coder took for no event still tells a way
	// of its own, not that of the part with the events: "Five Americans
	// flew from Tehran to Doha after $6 billion was moved from South Korea
	// to Qatar"
	for _, i := range bare {
		if len(parts) >= 2 || len(parts) == 0 {
			break
		}
		if partRoute(cuts[i], cuts[i+1]) != nil {
			parts = append(parts, part{})
		}
	}
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if len(p.evs) == 0 {
			continue // the way of a part with no event
		}
		sub := make([]dyad.Event, len(p.evs))
		for j, i := range p.evs {
			sub[j] = evs[i]
		}
		attachRoute(sub, 0, p.rt)
		for j, i := range p.evs {
			evs[i].Route = sub[j].Route
		}
	}
	return true
}

// partWords open a second report of a sentence after a comma.
var partWords = set(`after before as while`)

// partAt reports whether a second report of the sentence opens at token k:
// a word of partWords after a comma, after a comma and a span of time
// (", hours after"), or "after" or "before" that opens a clause of its own
// ("flew to Doha on Monday after $6 billion was moved").
func partAt(s *sentence, k int) bool {
	w := s.toks[k].Lower
	if !marked(&s.toks[k], cPartWord) { // speed9: a word class (wordclass.go)
		return false
	}
	switch {
	case isWord(s.toks, k-1, ","):
		return true
	case spanWords[s.toks[k-1].Lower] && (isWord(s.toks, k-2, ",") || k >= 3 && isWord(s.toks, k-3, ",") && s.toks[k-2].Kind == text.Word):
		return true // ", hours after", ", two days before"
	}
	// not "after being freed": a clause with no subject of its own goes
	// on with the report before it
	return (w == "after" || w == "before") && k+1 < len(s.toks) && !strings.HasSuffix(s.toks[k+1].Lower, "ing") &&
		s.opensClause(k, min(k+12, len(s.toks)))
}

// spanWords are spans of time that may stand before "after" or "before".
var spanWords = set(`hours minutes days weeks months hour day week month`)

// wordAt returns the first of words, or -1 when there are none.
func wordAt(words []int) int {
	if len(words) == 0 {
		return -1
	}
	return words[0]
}
