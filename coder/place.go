package coder

import (
	"slices"
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// site is a gazetteer place named in a sentence, or a country named as one
// end of a movement.
type site struct {
	start, end int
	g          *lexicon.Gazetteer
	prep       string // the preposition before it: "in", "from", "to", ...
	country    bool   // a country, standing at its representative point
	loaded     bool   // where goods were loaded: "loaded at Kaohsiung"
	dest       bool   // where a movement ends past its noun: "to a depot near Tikhoretsk"
	within     bool   // it only says where the place before it is: "Kashgar in China's Xinjiang region"
}

// genericSuffixes are words text sometimes glues to a place name:
// "Vostochnyport", "Rasoncity".
var genericSuffixes = []string{"port", "city", "harbour", "harbor"}

// sites finds the gazetteer places of a sentence, longest first, including
// names glued to a generic word; facts are those of toks, or nil for it to
// look up.
func (c *Coder) sites(toks []text.Token, facts []wordFacts) []site {
	var out []site
	for i := 0; i < len(toks); i++ {
		if !toks[i].Cap && !articleStart(toks, i) { // gazetteer10: "al-Bireh" (article.go)
			continue
		}
		if c.startsAt(toks, facts, i)&lexicon.StartsPlace == 0 {
			// only a glued name ("Vostochnyport") can still be a place
		} else if gs, n := c.lx.Place(toks, i); n > 0 {
			if gs[0].Kind == "sea" && i+n < len(toks) && (n == 1 && modifies(&toks[i+n]) || seaModified[toks[i+n].Lower]) {
				// a sea's name as an adjective: "the Pacific port city of Vladivostok", "Baltic states",
				// "the Baltic Sea port of Ust-Luga": the place is the one it qualifies
				continue
			}
			if isWord(toks, i-1, "what") && i+n < len(toks) && namingVerbs[toks[i+n].Lower] {
				i += n - 1 // "struck what New Delhi called a militant camp": who names it, not where
				continue
			}
			if i > 0 && namesakeEnd(toks, i-1) > i {
				i = namesakeEnd(toks, i-1) - 1 // "the General Santander police academy in Bogota": the site's namesake, no place
				continue
			}
			if partOfName(c.lx, toks, i+n) {
				i += n // "the bulk carrier Gibraltar Eagle", "the Tehran Times": a longer name
				continue
			}
			out = append(out, site{start: i, end: i + n, g: c.which(toks, i, i+n, gs), prep: sitePrep(toks, i)})
			i += n - 1
			continue
		}
		for _, suf := range genericSuffixes {
			if w := toks[i].Lower; len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
				if gs := c.lx.PlaceNamed(strings.TrimSuffix(w, suf)); len(gs) > 0 {
					out = append(out, site{start: i, end: i + 1, g: gs[0], prep: sitePrep(toks, i)})
					break
				}
			}
		}
	}
	for k := range out {
		st := &out[k]
		if (st.prep == "at" || st.prep == "in") && st.start >= 2 && isPlaceNoun(&toks[st.start-2]) {
			// "through the border crossing at Medyka", "via the port at Rason": the phrase's preposition
			if q := phrasePrep(toks, st.start-2); (q == "via" || q == "through" || q == "across" || q == "from" || q == "to" || q == "into") &&
				!(q == "to" && objectTo(toks, st.start-2)) { // wherepick8: not "set fire to a police station in Kisumu" (idiomto.go)
				st.prep = q
			}
		}
		if k > 0 && st.prep == "" && (out[k-1].prep == "via" || out[k-1].prep == "through") && listedAfter(toks, out[k-1].end, st.start) {
			st.prep = out[k-1].prep // "via Tumangang and Khasan": both on the way, in that order
		}
		p := phraseHead(toks, st.start) // the word that governs the place's phrase
		st.prep = verbPrep(toks, p, st.prep)
		if st.prep == "for" && departs(toks, p) {
			st.dest = true // "bound for Tripoli", "left Rotterdam on Tuesday for Beira"
		}
		if st.prep == "to" && spreadTo(toks, st.start) {
			st.prep = "in" // wherepick8: "clashes spread to Chittagong" were there (spreadto.go)
		}
		if st.prep == "to" && duringVisit(toks, st.start) {
			st.prep = "in" // "proposed drills during his visit to Pyongyang": it was there
		}
		if p > 0 && (toks[p].Lower == "at" || toks[p].Lower == "in") && loadedAt(toks, st.start) {
			st.loaded = true // "loaded 5,000 tonnes of diesel at the port of Kaohsiung"
		}
		if (st.prep == "in" || st.prep == "at") && arrives(toks, st.start) {
			st.dest = true // "docked in Havana", "arrived at the port of Beira": where the movement ends
		}
		if k > 0 && st.prep == "in" && isWord(toks, out[k-1].end, "in") && out[k-1].g.Country == st.g.Country &&
			(eventPreps[out[k-1].prep] || destPreps[out[k-1].prep] || out[k-1].prep == "from" || out[k-1].dest) {
			st.within = true // "Kashgar in China's Xinjiang region"
		}
		if k+1 < len(out) && possessorOf(toks, st.end, out[k+1].start) {
			st.within = true // "Delhi's historic Red Fort", "Baghdad's fortified Green Zone": the place is the one it owns
		}
		if (st.prep == "in" || st.prep == "near") && !st.within {
			// "to an ammunition depot near Tikhoretsk", "to a drone maker in Moscow"
			lo := 0
			if k > 0 {
				lo = out[k-1].end
			}
			st.dest = st.dest || sentTo(toks, st.start, lo)
		}
	}
	for k := range out {
		if st := &out[k]; st.dest && st.prep == "for" && arrivedIn(toks, out, st.g.Country) {
			// "docked at Venezuela's El Palito refinery ..., bound for
			// Caracas": where it was bound is where it arrived, told again
			st.dest = false
		}
	}
	return out
}

// partOfName reports whether the word at token k goes on the name of a
// place before it into a longer name: a capitalised word no dictionary
// knows that is no place noun and no time ("Gibraltar Eagle", not "Rafah
// Crossing" or "Kyiv Monday").
func partOfName(lx *lexicon.Lexicon, toks []text.Token, k int) bool {
	if k >= len(toks) || isPlaceNoun(&toks[k]) {
		return false
	}
	if !unknownName(lx, &toks[k]) {
		// a word that only starts longer place names ("Eagle Pass") and
		// names none here is still unknown
		t := &toks[k]
		if lx.Starts(t) != lexicon.StartsPlace || !t.Cap || len(t.Text) < 3 || strings.ToUpper(t.Text) == t.Text {
			return false
		}
		if _, n := lx.Place(toks, k); n > 0 {
			return false
		}
	}
	w := toks[k].Lower
	_, day := weekdays[w]
	return !day && monthNames[w] == 0 && !dateWords[w]
}

func placeOf(g *lexicon.Gazetteer, role string) *dyad.Place {
	return &dyad.Place{Name: g.Name, Country: g.Country, Lat: g.Lat, Lon: g.Lon, Role: role, Precision: g.Precision}
}

// locate returns where the event p happened, or a place the sentence only
// mentions: a visit's destination ("visited Vladivostok", "a visit to North
// Korea"), else a place after "in", "at" or "near" in the action's clause,
// else the first place of the sentence as merely mentioned.
func (c *Coder) locate(s *sentence, sites []site, p proto) *dyad.Place {
	within := func(st site, m member) bool { return st.start >= m.start && st.end <= m.end }
	// a place whose words hold a party's ("the Eritrean capital",
	// "Ukraine's capital") is that party's place as much as one within it
	holds := func(st site, m member) bool {
		return within(st, m) || m.start >= 0 && st.start <= m.start && st.end >= m.end && st.end > m.start ||
			m.country != "" && st.g.Country == m.country && namedAfter(s.toks, m.end, st.start)
	}
	sites = s.unsaid(sites, p)
	// attrs7: "summoned the envoy following the arrest of an aid worker in Tehran" (causeplace.go)
	sites = s.notCausePlaces(sites, p)
	// wherepick8: "arrested a man wanted for a kidnapping in Abuja" (suspectplace.go)
	sites = s.notChargePlaces(sites, p)
	// wherepick8: "speaking in Brussels, condemned Russian strikes on Kharkiv" (topicplace.go)
	sites = s.notTopicPlaces(sites, p)
	// wherepick8: "Speaking in Berlin, condemned the Iranian missile attack on Israel" (speakerplace.go)
	sites = s.notSpeakerPlaces(sites, p)
	// wherepick8: "According to officials in Islamabad, ..." (speakerplace.go)
	sites = s.notAccordingPlaces(sites, p)
	if p.code == "043" { // a host receives at home
		for k, st := range sites {
			if holds(st, p.src) {
				if o := s.beyondTitle(sites, &sites[k], p.src, p); o != nil {
					return placeOf(o.g, "event") // wherepick8: "the governor of Kandahar met ... in Kabul" (hosttitle.go)
				}
				return placeOf(visitTown(s.toks, sites, &sites[k]).g, "event")
			}
		}
	}
	if p.code == "042" && p.hasTgt {
		for k, st := range sites {
			if holds(st, p.tgt) {
				if o := s.beyondTitle(sites, &sites[k], p.tgt, p); o != nil {
					return placeOf(o.g, "event") // wherepick8: "met the governor of Kandahar in Kabul" (hosttitle.go)
				}
				return placeOf(visitTown(s.toks, sites, &sites[k]).g, "event")
			}
		}
		if p.tgt.country != "" {
			// "hosted by Putin in Moscow": a place of the host's country
			// the visit's clause names
			for _, st := range sites {
				if eventPreps[st.prep] && !st.within && st.g.Country == p.tgt.country && len(p.words) > 0 &&
					s.placeClause(st.start) == s.placeClause(p.words[0]) {
					return placeOf(st.g, "event")
				}
			}
			if pl := c.countryPlace(p.tgt.country, "event"); pl != nil {
				return pl
			}
		}
	}
	if p.code == "036" && p.hasTgt && len(p.words) > 0 && travelWords[s.toks[p.words[0]].Lemma] {
		// a trip still to come, and its host's invitation, are to be where
		// it goes: "will travel to Moscow at the invitation of Putin"
		for _, st := range sites {
			if st.start > p.words[0] && within(st, p.tgt) {
				return placeOf(st.g, "event")
			}
		}
		for _, st := range sites {
			if st.start > p.words[0] && (st.prep == "to" || st.prep == "") && st.g.Country == p.src.country && p.src.country != p.tgt.country {
				return placeOf(st.g, "event") // the host's
			}
		}
	}
	a := 0
	if len(p.words) > 0 {
		a = p.words[0]
	}
	cl := s.placeClause(a)
	if r := p.code.Root(); r == "06" || r == "07" || p.code == "174" || p.code == "153" || p.code == "154" {
		// a delivery (or a deportation, or forces sent) happens where it arrives: "delivered wheat to North
		// Korea's port of Nampo" (the last place it is sent to), "dropped food over Gaza City",
		// "ordered 2,000 troops to Los Angeles"
		sa, sb := s.stretch(a)
		if st := departure(s, sites, sa, sb); st != nil && !arrival(s.toks, sites, sa, sb) {
			// "sailed from Odesa on Monday ... bound for Tripoli": it left from
			// Odesa; but "sailed from Novorossiysk and docked at Lome" ended at Lome
			return placeOf(st.g, "event")
		}
		// the last place it is sent to ("to Khasan and on by road to
		// Belgorod" ends in Belgorod), else the last it is at ("handed over
		// rice to Myanmar at the border town of Muse": "stuck for months at
		// Rotterdam" is no end where a port it reached is named), else the
		// last it passes when it is sent to no country ("sent back 1,400
		// Afghans through the Torkham crossing")
		var dest [3]*site
		for k, st := range sites {
			// a source that is a place only is where the movement starts or
			// passes ("were expelled across the border at Dajabon")
			byPlace := p.src.start >= 0 && p.src.start < len(s.toks) && s.in[p.src.start] >= 0 && s.ms[s.in[p.src.start]].kind == mPlace
			if st.loaded || st.within || !(s.placeClause(st.start) == cl || st.start >= sa && st.end <= sb) || within(st, p.src) && !byPlace ||
				subjectRelative(s.toks, st.start, p.src, a) || governedBy(s.toks, st.start, stayWords) ||
				st.prep == "over" && clauseBefore(s.toks, st.start) && ownsThing(s.toks, st.end) {
				continue // not "after being stuck for weeks at Djibouti", nor "as tension rose over Caracas's claim"
			}
			switch {
			case st.prep == "to" || st.prep == "into" || st.prep == "over" || st.dest:
				dest[0] = &sites[k]
			case st.prep == "at":
				dest[1] = &sites[k]
			case st.prep == "through" || st.prep == "via" || st.prep == "across":
				dest[2] = &sites[k] // "expelled 500 Haitians across the border at Dajabon"
			}
		}
		if dest[2] != nil && dest[2].g.Kind != "border" && countryEnd(s, sa, sb) {
			// "sent tanks to Ukraine through the hub of Rzeszow": it ends in
			// Ukraine, not at Rzeszow; but a crossing of the border into the
			// country is where the movement happened ("deported 300 Afghans
			// through the Torkham crossing into Afghanistan")
			dest[2] = nil
		}
		if crossedInto(dest[2], dest[0]) {
			return placeOf(dest[2].g, "event")
		}
		for _, d := range dest {
			if d != nil {
				return placeOf(d.g, "event")
			}
		}
		// with no place it ends at, a movement happens where it is sent
		// from, outside the country it goes to: "deported 1,000 migrants on
		// ships that sailed from the port of Lumut", "wheat moving from
		// Iran's Chabahar port to Afghanistan"
		for _, st := range sites {
			if st.prep == "from" && !st.within && !st.country && st.g.Country != "" && (!p.hasTgt || st.g.Country != p.tgt.country) &&
				!within(st, p.src) && st.start >= sa && st.end <= sb {
				return placeOf(st.g, "event")
			}
		}
	}
	if p.code == "0841" {
		if st := s.swapVenue(sites); st != nil {
			return placeOf(st.g, "event") // "freed him in an exchange done at Vilnius airport" (swapvenue.go)
		}
		if st := s.handedAt(sites, a); st != nil {
			return placeOf(st.g, "event") // "freed them, flying them from Moscow to Ankara" (handedover.go)
		}
	}
	if st := s.toLeave(sites, p); st != nil {
		return placeOf(st.g, "event") // "ordered the ambassador to leave Bamako" (participleplace.go)
	}
	if st := s.flownOut(sites, p); st != nil {
		return placeOf(st.g, "event") // "left Niger, flying out of Niamey" (flownout.go)
	}
	if st := s.releasedFrom(sites, p); st != nil {
		return placeOf(st.g, "event") // whereempty8: "released the tanker, allowing it to sail from Bandar Abbas" (releasedfrom.go)
	}
	// the nearest place of the action's own clause; only when it names none,
	// one of a relative clause on a party, or where goods were loaded
	var best, byParty *site
	bestRetreat := false // best is where a retreat was made from, which no nearer place beats
	bestPrior := false   // best is the place of another verb joined to this one (joinedOther)
	// (a ship seized is no force used on a place: its flag, "a Hong
	// Kong-flagged tanker", is not where it was seized; seizedships.go)
	force := p.code.Root() >= "18" && !(p.code == "181" && len(p.words) > 0 && seizesVessel(s.toks, s.boundary, p.words[0]+1))
	for k := range sites {
		st := &sites[k]
		// a place that is the target of force is where it was used
		// ("struck targets near Damascus", "shelled Kharkiv")
		inTarget := p.hasTgt && within(*st, p.tgt)
		sea := st.g.Unowned() && seaPreps[st.prep] // "fired a missile into the Sea of Japan"
		// force used on a place named in the action's own words is used
		// there: "took control of 1,000 square kilometres of Russia's Kursk
		// region"; and so is a show of it: "sent soldiers onto the streets
		// of Dhaka"; and a road blocked: "blocked the Ayalon highway", and
		// a place stormed in a riot: "stormed Delhi's Red Fort"
		inWords := (force || p.code.Root() == "15" || p.code == "144" || p.code.Root() == "14" && strings.HasPrefix(string(p.code), "145")) && len(p.words) > 0 && st.start > a && (st.prep == "of" || st.prep == "" || accessTo(s.toks, st.start, p.code, p.words)) &&
			(st.end <= p.words[len(p.words)-1]+1 || objectOf(s.toks, st.start, p.words) || accessTo(s.toks, st.start, p.code, p.words)) // "shelled the Ukrainian city of Kherson"
		// and so is force that a participle after a comma says struck a place:
		// "fired missiles at Ukraine, hitting the centre of Kyiv" (participleplace.go)
		struck := force && (st.prep == "of" || st.prep == "") && st.start > a && struckByParticiple(s.toks, st.start)
		inWords = inWords || struck
		// a place that is the target and stands after "in" or "at" is also
		// where the event was: "arrived in Vilnius"
		atTarget := inTarget && eventPreps[st.prep] && !st.country
		// a march or a rally "through central Algiers", "across Serbia"
		// happens there
		rally := p.code.Root() == "14" && (st.prep == "through" || st.prep == "across" || st.prep == "into")
		// and so does a blockade of "a major Belgrade intersection": a place
		// that names what the action's own words block or occupy, even as
		// the capital that stands for the state protested to
		blocked := p.code.Root() == "14" && st.prep == "" && len(p.words) > 0 && st.start > a && st.end <= p.words[len(p.words)-1]
		// and so does the storming of a building its town's name qualifies:
		// "stormed Lyon city hall", "set fire to the door of Lyon city hall"
		blocked = blocked || p.code.Root() == "14" && (st.prep == "" || st.prep == "of") && len(p.words) > 0 && st.start > a &&
			townBuilding(s.toks, st.end) && objectOf(s.toks, st.start, p.words)
		rally = rally || blocked
		// what is done across or throughout a region or a town, and moves
		// nothing through it, is done there: "arrested 2,000 people in raids
		// across Sindh province", "fought across Khartoum" (spreadOver)
		spread := (st.prep == "across" || st.prep == "throughout") && spreadOver(st.g.Kind) && !moves(p.code)
		rally = rally || spread
		// force used "over the Odesa region" (drones shot down) or pushed
		// "into Russia's Kursk region" is used there
		aloft := force && (st.prep == "over" || st.prep == "into")
		// a place in a relative clause on a party is where that party was:
		// "fired tear gas at supporters who marched through central Maputo"
		party := (eventPreps[st.prep] || st.prep == "through" || st.prep == "across") &&
			(relativeAbout(s, st.start, p.src) || p.hasTgt && relativeAbout(s, st.start, p.tgt))
		// so is a place in a relative clause on what force or a show of it
		// acts on: "fired a missile on Wednesday that splashed down in the
		// Sea of Japan", "seized a tanker that was sailing in the Strait"
		party = party || (force || p.code.Root() == "15" || p.code.Root() == "17") && (eventPreps[st.prep] || sea) &&
			len(p.words) > 0 && relativeAbout(s, st.start, member{start: a, end: p.words[len(p.words)-1] + 1})
		// a retreat happens where it is made from: "forcing troops to
		// withdraw from Aleppo", "pulled out of Kherson"
		// (the words may take the place in: "pulled out of the city")
		retreat := p.code == "0874" && len(p.words) > 0 && st.start > a &&
			st.start <= p.words[len(p.words)-1]+4 && (st.prep == "from" || st.prep == "of" && isWord(s.toks, st.start-2, "out"))
		// people are freed where they were held: "freed 90 prisoners from
		// a jail near Ramallah"
		retreat = retreat || p.code == "0841" && st.prep == "from" && st.start > a
		// a town that names the road blocked is where, though it is also
		// whom: "blocked a major Zagreb intersection"
		block := inWords && p.code == "144"
		if st.within || within(*st, p.src) && !bombedAt(s, p) || inTarget && !force && !atTarget && !retreat && !block && !blocked && !spread && !st.g.Unowned() ||
			!force && warIn(s.toks, st.start) {
			continue // not "met in Paris to discuss the war in Gaza"
		}
		if s.inCause(a, st.start) && (p.code.Root() == "14" || st.prep != "over") {
			continue // "expelled eight diplomats over the killing of civilians in Bucha": not in Bucha
		}
		// where the attacker is, in its own phrase before the act, is not
		// where force struck: "Russian warships in the Black Sea fired
		// missiles at Odesa" was at Odesa, and with no other place at sea
		fromParty := force && p.src.start >= 0 && st.end <= a && (st.prep == "in" || st.prep == "off" || st.prep == "near" || st.prep == "at") &&
			phraseAfter(s.toks, p.src.end, st.start)
		fromParty = fromParty || force && st.end <= a && s.launchedFrom(st.start) // "missiles fired from the Golan Heights hit" (launchplace.go)
		fromParty = fromParty || force && st.end <= a && s.basedAt(p.src, st)     // wherepick8: "troops based in Sumy" (stationedat.go)
		fromParty = fromParty || force && s.sortieFrom(st, p.words)               // wherecountry10: "jets flying from bases in the Negev struck Rafah" (sortieplace.go)
		// "at two bases, Ain al-Asad and another near Erbil" (appositesite.go)
		named := force && st.prep == "" && !st.country && appositeSite(s, st.start, st.end, a)
		if (eventPreps[st.prep] || sea || force && inTarget || inWords || rally || aloft || retreat || named) && (s.placeClause(st.start) == cl || force && inTarget && antecedentAt(s.toks, st.end)) && !st.loaded &&
			!subjectRelative(s.toks, st.start, p.src, a) && !fromParty {
			// a place of another verb joined to this one by "and" is that
			// verb's, which a place of this one's own beats: "arrested
			// students in Mombasa and fired tear gas at marchers in Kisumu"
			prior := s.joinedOther(st, a)
			// and a place that only qualifies the target's own noun ("clashed
			// with Amhara militiamen near Debre Markos", "struck Gaza
			// militants near Khan Younis") says whose, not where, when the
			// clause names a place of its own
			prior = prior || force && inTarget && !eventPreps[st.prep] && st.end < p.tgt.end && modifies(&s.toks[st.end]) &&
				!namesSite(s.toks, st.end) // wherepick8: "raided the Jenin refugee camp" is where (namedsite.go)
			// wherepick8: "the leader of Hamas in Gaza met Egyptian officials in Cairo" (srcphrase.go)
			prior = prior || !force && s.ofSourcePhrase(st, p, a)
			// wherepick8: "met Xi in Guangzhou, after holding talks with him in Beijing" (beforecomma.go)
			prior = prior || s.severedBefore(st, a)
			if best == nil || retreat && !bestRetreat || retreat == bestRetreat && (bestPrior && !prior ||
				bestPrior == prior && abs(st.start-a) < abs(best.start-a)) ||
				struck && !prior && !bestRetreat && moreSpecific(s.toks, st, best) { // "shelled the Kharkiv region, hitting Kupiansk"
				best, bestRetreat, bestPrior = st, retreat, prior // "forcing troops to pull out of the city", not their foe's base before it
			}
		} else if (party || fromParty || subjectRelative(s.toks, st.start, p.src, a) || st.loaded && eventPreps[st.prep] && s.placeClause(st.start) == cl) && (byParty == nil || abs(st.start-a) < abs(byParty.start-a)) {
			// "a tanker that loaded diesel at Kaohsiung transferred it off
			// Zhoushan": where goods were loaded, only when nothing else is named
			byParty = st
		}
	}
	if best == nil && p.code == "0874" {
		best = s.capturedSite(sites) // "troops surrendered" as rebels "captured Goma" (yielded.go)
	}
	if best == nil {
		best = whereClause(s.toks, sites, a) // "marched to Nairobi, where police fired tear gas"
	}
	if best == nil && byParty != nil && s.ofTargetRelative(sites, byParty, p) {
		best = sourcePlace(s, sites, p.src) // wherepick8: "police in Kampala arrested a lawmaker who had led protests in Gulu" (relplace.go)
	}
	if best == nil {
		best = whereTownAfterTime(s, sites, a) // whereempty8: "marched to Nairobi on Tuesday, where police" (wheretime.go)
	}
	if best == nil {
		best = s.grippedTown(sites, p) // whereempty8: "called off a strike that had paralysed Conakry" (paralysed.go)
	}
	if best == nil {
		best = s.joinedScene(sites, p) // whereempty8: "entered the town of Bunia and arrested 20 militiamen" (sceneclause.go)
	}
	if best == nil {
		best = s.envoyPost(sites, p) // whereempty8: "summoned the Japanese ambassador to Beijing" (envoypost.go)
	}
	if best == nil || byParty != nil && moreSpecific(s.toks, byParty, best) && !byParty.loaded {
		// a town where a party was, near the region the act's clause names,
		// says better where: "killed in clashes in Puno region with
		// protesters who stormed the airport in Juliaca"
		best = byParty
	}
	if best == nil || bestPrior {
		// "marchers in Kisumu" of "fired tear gas at marchers in Kisumu and
		// arrested students in Mombasa": the source's own place, nearer than another verb's
		if src := sourcePlace(s, sites, p.src); best == nil || src != nil && abs(src.start-a) < abs(best.start-a) {
			best = src
		}
	}
	if best == nil {
		best = antecedentPlace(s, sites, p.src) // whereempty8: "Lagos police said they arrested" (saidplace.go)
	}
	if best == nil {
		best = referredSource(s, sites, p.src) // whereempty8: "the region's governor declared" (saidplace.go)
	}
	if best != nil {
		return placeOf(best.g, "event")
	}
	if pl := c.compassTarget(s, p); pl != nil {
		return pl // "fired missiles at western Ukraine" (compass.go)
	}
	if pl := c.nationwidePlace(s, p); pl != nil {
		return pl // "unions staged a nationwide strike": across the source's country (swapvenue.go)
	}
	if pl := c.countryScene(s, p, cl); pl != nil {
		return pl
	}
	if pl := c.whereCountryAfterTime(s, p, a); pl != nil {
		return pl // whereempty8: "deported them to El Salvador over the weekend, where they were jailed" (wheretime.go)
	}
	// else the place the sentence names: first one the sentence is set in
	// ("arrested 47 people in Nairobi's business district as protesters
	// tried to march on parliament"), which is where the event was when it
	// lies in the source's country, or in the target's for a material act
	// (what is said about a country is not said there), then any; a capital standing for its
	// state ("a supplier for Moscow") is an actor, not a place of the event,
	// unless a preposition of place says it is where ("protesters who
	// gathered in Dakar")
	for _, set := range []bool{true, false} {
		for _, st := range sites {
			if set != (eventPreps[st.prep] && !st.country) || st.within || within(st, p.src) || p.hasTgt && within(st, p.tgt) ||
				s.inCause(a, st.start) && (p.code.Root() == "14" || st.prep != "over") || s.otherAct(st.start, a) {
				continue
			}
			if s.in[st.start] < 0 || set {
				if set && st.g.Country != "" && (st.g.Country == p.src.country || p.hasTgt && st.g.Country == p.tgt.country && p.code.Quad()%2 == 0) {
					return placeOf(st.g, "event") // the scene of a sentence about its own country's actors
				}
				if st.g.Unowned() && p.code.Quad() == 4 {
					// waters or a disputed reef are the scene of the force
					// and seizures near them, where no party is at home:
					// "boarded boats on a resupply mission to Second Thomas Shoal"
					return placeOf(st.g, "event")
				}
				return placeOf(st.g, "mentioned")
			}
		}
	}
	return nil
}

// inCause reports whether the place at token t stands in the cause of a
// protest whose words begin at token a: "rioting over the police killing of
// a teenager in Nanterre" was not held in Nanterre. The cause runs from
// "over" to the end of its clause.
func (s *sentence) inCause(a, t int) bool {
	cause := false
	for k := a + 1; k < t; k++ {
		switch {
		case s.boundary[k] || s.toks[k].Lower == ",":
			if !cause {
				return false
			}
			cause = false // the cause ended before the place: "over a leaked call, days after protesters rallied in Bangkok"
		case s.toks[k].Lower == "over" && !particleOver[s.toks[k-1].Lemma] && !(k+1 < t && s.toks[k+1].Kind == text.Number) &&
			!flightOver[s.toks[k-1].Lemma] && // wherepick8: not "jets flying over Lebanon" (overflight.go)
			!(a >= 0 && particleOver[s.toks[a].Lemma] && isWord(s.toks, k+1, "to")):
			// "handed two captives over to aid workers in Sanaa": the verb's particle, no cause
			cause = true
		}
	}
	return cause
}

// particleOver are verbs whose "over" is a particle, not a cause: "handed
// over rice to Zimbabwe at a ceremony in Harare" (and "over 700" is more
// than 700).
var particleOver = set(`hand take turn pass win hold`)

// travelWords go somewhere: the triggers of a visit.
var travelWords = set(`visit trip tour travel fly head journey`)

// unsaid returns sites without the places where someone who reports the
// event p is rather than where it happened: one in a closing attribution
// ("..., officials in Bishkek said") or in the subject of a verb of saying
// ("the Indian embassy in Kabul said in a statement", "a spokesman in Paris
// told reporters"). A speaker's place stays when the speaker is p's source
// ("police in Kathmandu said they had arrested") or the saying is p itself.
func (s *sentence) unsaid(sites []site, p proto) []site {
	a := -1
	if len(p.words) > 0 {
		a = p.words[0]
	}
	said := func(st site) bool {
		if st.start >= p.src.start && st.end <= p.src.end {
			return false
		}
		mi := s.in[st.start]
		if mi >= 0 && slices.ContainsFunc(s.ms[mi].members, func(mb member) bool { return mb.code == p.src.code }) {
			return false // the source speaks of itself: "they" in "police in Kathmandu said they had arrested"
		}
		if s.tail >= 0 && st.start > s.tail {
			return a <= s.tail
		}
		if mi < 0 {
			return false
		}
		m := &s.ms[mi]
		k := m.end
		for k < len(s.toks) && (s.toks[k].Lower == "also" || strings.HasSuffix(s.toks[k].Lower, "ly") && !s.toks[k].Cap) {
			k++ // "officials in Bishkek later said"
		}
		return k < len(s.toks) && reportVerbs[s.toks[k].Lower] && s.toks[k].Lower != "according" && (a < m.start || a > k)
	}
	if !slices.ContainsFunc(sites, said) {
		return sites
	}
	var out []site
	for _, st := range sites {
		if !said(st) {
			out = append(out, st)
		}
	}
	return out
}

// moves reports whether code is of acts that move something from one place
// to another: giving (06, 07) and expelling (174).
func moves(code dyad.EventCode) bool {
	return code.Root() == "06" || code.Root() == "07" || code == "174"
}

// atVisit places the talks and the cooperation of a sentence between a
// visitor and the country it visits, which name no place of their own, where
// the visit is: "became the first president in 12 years to visit Tokyo,
// holding a summit with Kishida" held the summit in Tokyo.
// Visits both ways between two countries ("exchanged visits") place nothing.
func atVisit(evs []dyad.Event) {
	visit := func(v *dyad.Event) (guest, host string, ok bool) {
		if v.Action.Code != "042" || v.Location == nil || v.Location.Role != "event" || v.Location.Country == "" || v.Source == nil {
			return "", "", false
		}
		return v.Source.Country, v.Location.Country, v.Source.Country != v.Location.Country
	}
	for i := range evs {
		guest, host, ok := visit(&evs[i])
		if !ok {
			continue
		}
		for k := range evs {
			if g, h, ok := visit(&evs[k]); ok && g == host && h == guest {
				return
			}
		}
		for k := range evs {
			e := &evs[k]
			if r := e.Action.Code.Root(); r != "03" && r != "04" && r != "05" || e.Source == nil || e.Target == nil ||
				e.Location != nil && e.Location.Role != "mentioned" || e.Action.Code == "043" && e.Source.Country != host {
				continue
			}
			if a, b := e.Source.Country, e.Target.Country; a == guest && b == host || a == host && b == guest {
				pl := *evs[i].Location
				e.Location = &pl
			}
		}
	}
}

// namedAfter reports whether the place at token i is named in the phrase
// of the party that ends at token end: "the Ukrainian port of Odesa", "the
// Serbian capital, Belgrade", "Nigeria's largest city Lagos".
func namedAfter(toks []text.Token, end, i int) bool {
	if i <= end || i > end+5 {
		return false
	}
	for k := end; k < i; k++ {
		w := toks[k].Lower
		if !(w == "of" || w == "," || w == "'s" || w == "-" || determiners[w] || isPlaceNoun(&toks[k]) || rankWords[w] ||
			regionWords[w] || capitalKinds[w] || settlementWords[w] || w == "second" || w == "third") {
			return false
		}
	}
	return true
}

// relativePronouns open a relative clause.
var relativePronouns = set(`which who whom whose where`)

// departure returns the place that the main verb of the stretch [a, b)
// says a movement left ("sailed from Odesa", "left the port of Rotterdam
// for Beira", "pulled out of Xi'an bound for Duisburg"), or nil: a report
// of a departure happens where it leaves.
func departure(s *sentence, sites []site, a, b int) *site {
	for t := a; t < b; t++ {
		w := &s.toks[t]
		leaves := w.Lemma == "leave" || w.Lower == "left" || w.Lemma == "depart" || w.Lemma == "sail" ||
			w.Lemma == "pull" && isWord(s.toks, t+1, "out")
		setSail := w.Lower == "sail" && isWord(s.toks, t-1, "set") // "set sail from Odesa": the past is "set"
		// "set off from the Attari border post", "set out from Mersin"
		setOff := w.Lower == "set" && (isWord(s.toks, t+1, "off") || isWord(s.toks, t+1, "out")) && !isWord(s.toks, t-1, "will")
		leaves = leaves || setOff
		if !leaves || w.Lower == w.Lemma && !setSail && !setOff ||
			isWord(s.toks, t-1, "to") || isWord(s.toks, t-1, "have") || isWord(s.toks, t-1, "that") || isWord(s.toks, t-1, "which") ||
			isWord(s.toks, t-1, "after") || isWord(s.toks, t-1, "since") || s.negated(t) {
			continue // the main verb of leaving, not "to leave Ukraine", "a carrier that sailed from" or "docked in Havana after sailing from"
		}
		for k := range sites {
			if st := &sites[k]; st.start > t && st.start <= t+8 && st.prep == "from" && st.g.Country != "" {
				return st
			}
		}
	}
	return nil
}

// objectOf reports whether the place at token i ends the noun phrase right
// after a word of words: "shelled the eastern Ukrainian city of Kherson".
func objectOf(toks []text.Token, i int, words []int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if contains(words, k) {
			return true
		}
		if w := toks[k].Lower; toks[k].Kind != text.Word || prepositions[w] && w != "of" || clauseWords[w] || w == "and" {
			return false
		}
	}
	return false
}

// isPlaceNoun reports whether t is a noun of placeNouns, by its lemma or as
// written ("crossing", whose lemma is the verb "cross").
func isPlaceNoun(t *text.Token) bool { return placeNouns[t.Lemma] || placeNouns[t.Lower] }

// venueRoots are the roots of verbal acts done at a venue: what is
// promised, discussed or signed "in Turkey" was done there.
var venueRoots = set(`03 04 05`)

// arrival reports whether a place in the stretch [a, b) is where a movement
// ended: "docked at Togo's port of Lome", "arrived in Havana".
func arrival(toks []text.Token, sites []site, a, b int) bool {
	for _, st := range sites {
		if st.start >= a && st.end <= b && (st.prep == "in" || st.prep == "at") && arrives(toks, st.start) {
			return true
		}
	}
	return false
}

// phraseAfter reports whether the place at token i is named in a phrase
// right after the noun that ends at token end: "warships in the eastern
// Mediterranean", "troops off Gaza City".
func phraseAfter(toks []text.Token, end, i int) bool {
	if end >= i || !prepositions[toks[end].Lower] && toks[end].Lower != "off" {
		return false
	}
	k := end + 1
	for k < i && (determiners[toks[k].Lower] || regionWords[toks[k].Lower]) {
		k++
	}
	return k == i
}
