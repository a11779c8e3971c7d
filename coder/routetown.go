package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// A way that starts or ends at a building of a town the text names with it
// ("evacuated from the Azovstal steel works in Mariupol", "from Gaza City's
// Al-Shifa hospital to Rafah") goes from that town: the plant or the
// hospital says where in the town the people were, not a point of the way,
// as the event's place is the town ("in Mariupol"). A node of travel keeps
// its own name ("from London's Stansted airport", "via the port of Rason"):
// that is where the way runs.

// townKinds are gazetteer kinds of the towns a building stands in.
var townKinds = set(`city capital port`)

// nodeWords name the nodes of travel a way runs through.
var nodeWords = set(`airport airports airfield airbase base port harbour harbor terminal station crossing checkpoint bridge pier jetty dock docks`)

// routeTown returns the town that names where the site sites[si] lies
// when the sentence names it with the site, in the site's own phrase, and
// the site is no node of travel; nil otherwise.
func routeTown(toks []text.Token, sites []site, si int) *lexicon.Gazetteer {
	st := sites[si]
	if st.country || st.g.Kind != "site" || travelNode(st.g.Name) {
		return nil
	}
	for k := st.start; k < len(toks) && k <= st.end; k++ {
		if nodeWords[toks[k].Lower] {
			return nil // "London's Stansted airport": the words say it is one
		}
	}
	if si > 0 {
		// "Gaza City's Al-Shifa hospital"
		if p := sites[si-1]; townKinds[p.g.Kind] && p.g.Country == st.g.Country && possessorOf(toks, p.end, st.start) {
			return p.g
		}
	}
	if si+1 < len(sites) {
		// "the Azovstal steel works in Mariupol": the nouns of the building, then "in" and its town
		n := sites[si+1]
		if !townKinds[n.g.Kind] || n.g.Country != st.g.Country || n.start > st.end+4 || !isWord(toks, n.start-1, "in") {
			return nil
		}
		for k := st.end; k < n.start-1; k++ {
			if t := &toks[k]; t.Kind != text.Word || t.Cap || nodeWords[t.Lower] || prepositions[t.Lower] || clauseWords[t.Lower] {
				return nil
			}
		}
		return n.g
	}
	return nil
}

// travelNode reports whether a place's name says it is a node of travel:
// "Ben Gurion Airport", "Yokota Air Base".
func travelNode(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if nodeWords[w] {
			return true
		}
	}
	return false
}
