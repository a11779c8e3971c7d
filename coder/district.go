package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Parts of a place named by their own name and the place they are part of:
// "the Barmal district of Afghanistan's Paktika province", "the Recoleta
// district of Buenos Aires", "the Karrada neighbourhood of Baghdad". The
// part is where the event was; the place after "of" only says where the
// part lies.

// districtNouns name a part of a province or a town after the part's own
// name, with the whole after "of".
var districtNouns = set(`district neighbourhood neighborhood suburb quarter borough`)

// districtOf reports whether the place b only says which place the part a,
// named right before it with a districtNoun and "of", lies in: "the Barmal
// district of Paktika province", "the Recoleta district of Buenos Aires".
// Only compass words, determiners and a country's possessive stand between.
func districtOf(toks []text.Token, a, b site) bool {
	k := a.end
	if a.country || b.country || a.g.Country != b.g.Country || k+1 >= len(toks) || toks[k].Cap ||
		!districtNouns[toks[k].Lower] || toks[k+1].Lower != "of" || b.start > k+6 {
		return false
	}
	for j := k + 2; j < b.start; j++ {
		if w := toks[j].Lower; !determiners[w] && !regionWords[w] && !countryPossessive(toks, j, b.start) {
			return false
		}
	}
	return true
}

// baseLen returns how many words at token k say that the unknown name
// before them is of a military base, or 0: "the Murted air base near
// Ankara", "the Shayrat airbase", "a naval base".
func baseLen(toks []text.Token, k int) int {
	if k >= len(toks) || toks[k].Cap {
		return 0
	}
	switch toks[k].Lower {
	case "airbase":
		return 1
	case "air", "naval", "military", "army":
		if isWord(toks, k+1, "base") {
			return 2
		}
	}
	return 0
}

// namedFacilities widens a known town to the airport or base its name
// begins, when the gazetteer has none of that name: "at Baghdad
// International Airport", "Kandahar Air Base". The facility is named as
// written and stands at its town's point (precision region); "Kabul
// airport", in lower case, stays the town, as the team's gold names it.
func namedFacilities(toks []text.Token, sites []site) []site {
	for i, st := range sites {
		k := st.end
		if st.country || k >= len(toks) || !toks[k].Cap || st.g.Kind != "city" && st.g.Kind != "capital" && st.g.Kind != "port" {
			continue // the cheap test first: a capital after the name
		}
		n := 0
		switch {
		case isWord(toks, k, "international") && k+1 < len(toks) && toks[k+1].Cap && (isWord(toks, k+1, "airport") || isWord(toks, k+1, "airfield")):
			n = 2
		case isWord(toks, k, "airport") || isWord(toks, k, "airbase") || isWord(toks, k, "airfield"):
			n = 1
		case isWord(toks, k, "air") && k+1 < len(toks) && toks[k+1].Cap && isWord(toks, k+1, "base"):
			n = 2
		}
		if n == 0 {
			continue
		}
		g := *st.g
		g.Name, g.Kind, g.Precision = joinWords(toks[st.start:k+n]), "site", "region"
		sites[i].g, sites[i].end = &g, k+n
	}
	return sites
}

// sidesOf marks a place that only says which side of a crossing or a
// border is meant as no place of its own: "seized the Gaza side of the
// Rafah crossing" was at the crossing, not in the Gaza Strip.
func sidesOf(toks []text.Token, sites []site) []site {
	for i, st := range sites {
		if isWord(toks, st.end, "side") && isWord(toks, st.end+1, "of") && i+1 < len(sites) && sites[i+1].start <= st.end+4 {
			sites[i].within = true
		}
	}
	return sites
}

// crossedInto reports whether a movement through the border crossing
// pass into the region dest of the crossing's own country happened at the
// crossing, as one into a country does (doc/POLICY.md §4): "rolled
// through the Rafah crossing from Egypt into the Gaza Strip".
func crossedInto(pass, dest *site) bool {
	// new13a: a crossing on the far side of the border is the way in too
	// when the words tell the entry ("crossed into Sudan's Darfur region
	// through the Adre crossing", Adre being Chad's; "entered northern Gaza
	// through the Erez crossing"): the movement happened at the crossing
	// (doc/POLICY.md §4), whichever side's name the gazetteer gives it; what
	// is sent "to" a region through a crossing still ends there
	return pass != nil && dest != nil && pass.g.Kind == "border" && dest.g.Kind == "region" &&
		(dest.g.Country == pass.g.Country || dest.prep != "to")
}

// heldAtNouns name a building or a camp that people are taken to or held
// in, whose town an unknown name after "in" is: "drove him to a jail in
// Attock", "took him to the agency's office in Gwacheon".
var heldAtNouns = set(`jail prison office headquarters hospital camp centre center facility compound court`)

// warNouns name a war or a crisis that a place after "in" belongs to:
// "to help Moscow's war in Ukraine", "talks on the conflict in Sudan".
var warNouns = set(`war wars conflict conflicts crisis fighting`)

// warIn reports whether the place at token i only says where a war named
// before its "in" is: such a place is the war's, not that of an act short
// of force told in the sentence ("sent 1,500 soldiers to Russia's Far East
// ... to help Moscow's war in Ukraine" did not send them to Ukraine).
func warIn(toks []text.Token, i int) bool {
	k := i - 1
	for k > 0 && determiners[toks[k].Lower] {
		k--
	}
	if k < 1 || toks[k].Lower != "in" {
		return false
	}
	return warNouns[toks[k-1].Lower] || truceNouns[toks[k-1].Lower] && aboutTruce(toks, k-1)
}

// truceNouns name a peace that talks or a deal are about: "an agreement on
// a ceasefire in Ukraine" is not made in Ukraine.
var truceNouns = set(`ceasefire truce peace`)

// aboutTruce reports whether the truce noun at token k is what a word
// before it is about ("an agreement on a ceasefire", "talks for peace"),
// not a truce declared or holding where it is named.
func aboutTruce(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch w := toks[j].Lower; {
		case w == "on" || w == "for" || w == "about" || w == "towards" || w == "toward":
			return true
		case !determiners[w] && !(toks[j].Kind == text.Word && !toks[j].Cap && !prepositions[w]):
			return false
		}
	}
	return false
}

// bombedAt reports whether the source of the bombing p is only the place
// its bomb went off (doc/POLICY.md §5: "a bomb that no words say anyone
// set is coded from where it went off"), which is then also where the
// event was: "a car bomb exploded near Karachi's international airport".
func bombedAt(s *sentence, p proto) bool {
	if !strings.HasPrefix(string(p.code), "183") || p.src.start < 0 || p.src.start >= len(s.toks) {
		return false
	}
	mi := s.in[p.src.start]
	return mi >= 0 && s.ms[mi].kind == mPlace
}
