package coder

import "github.com/dyadhq/dyad/text"

// Weapons of a barrage that the defender brought down, counted as a part
// of "them": "Russia launched 87 drones at Ukraine, and Ukrainian air
// defences shot down 60 of them", "Iran fired 300 drones and missiles at
// Israel, most of which ... and U.S. forces shot down dozens of them". The
// pronoun stands for the weapons, and the act is against whoever launched
// them, not the nearest plural actor (the defenders, or the country the
// weapons were fired at).

// downedAgain resolves each "them" or "those" counted after a verb of
// shooting down ("shot down 60 of them") to the launcher of the latest
// weapons named before it, when one is found.
func downedAgain(toks []text.Token, ms []mention, bounds []bool) {
	for i := range ms {
		p := &ms[i]
		if p.kind != mPronoun || p.end != p.start+1 || !isWord(toks, p.start-1, "of") || !shotDownBefore(toks, p.start-1) {
			continue
		}
		if w := toks[p.start].Lower; w != "them" && w != "those" {
			continue
		}
		if l := launcher(toks, ms, p.start, bounds); l >= 0 {
			p.members = respan(ms[l].members, p.start, p.end)
		}
	}
}

// shotDownBefore reports whether "down" (of "shot down", "brought down")
// stands within three words before the "of" at token of: "shot down 60 of",
// "shot down most of".
func shotDownBefore(toks []text.Token, of int) bool {
	for k := of - 1; k >= 0 && k >= of-3; k-- {
		if toks[k].Lower == "down" && k > 0 && downVerbs[toks[k-1].Lemma] {
			return true
		}
	}
	return false
}

// downVerbs are the verbs that with "down" bring down what flies.
var downVerbs = set(`shoot shot bring brought`)

// launchedWeapons are the nouns of what a barrage is made of.
var launchedWeapons = set(`drone missile rocket projectile shell bomb`)

// launcher returns the mention that launched the latest weapons named
// before token i: the actor after the weapons' "by" ("drones launched by
// Hezbollah"), else the subject of their clause, the first actor of it
// that no preposition governs ("Russia attacked Ukraine with 188 drones":
// Russia, not Ukraine). It returns -1 when no such weapons or actor is
// found.
func launcher(toks []text.Token, ms []mention, i int, bounds []bool) int {
	w := -1
	for k := i - 1; k >= 0; k-- {
		if toks[k].Kind == text.Word && launchedWeapons[toks[k].Lemma] {
			w = k
			break
		}
	}
	if w < 0 {
		return -1
	}
	for j := range ms {
		if m := &ms[j]; m.prep == "by" && m.start > w && m.start <= w+3 && len(m.members) > 0 && m.kind != mPronoun {
			return j
		}
	}
	start := w
	for start > 0 && !bounds[start-1] && toks[start-1].Lower != "," {
		start--
	}
	for j := range ms {
		m := &ms[j]
		if m.start >= start && m.end <= w && m.prep == "" && len(m.members) > 0 && m.kind != mPronoun && m.kind != mPlace &&
			!m.poss && m.members[0].country != "" {
			return j
		}
	}
	return -1
}
