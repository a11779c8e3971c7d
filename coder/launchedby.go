package coder

import "github.com/dyadhq/dyad"

// Weapons brought down whose launcher a participle clause names after them:
// "Ukraine shot down 20 drones overnight, saying Russia had launched them
// from Crimea". The drones name no owner of their own ("20 Russian drones"
// would), so the shooting down had no target; the clause says whose they
// were. It gives two events, as a barrage told the other way round does
// ("Russia launched 87 drones at Ukraine, and Ukraine shot down 60 of
// them"): the launcher's strike on the defender (195, 194 for rockets and
// shells) and the defender's act against the launcher (190).

// senderVerbs are the verbs of the clause that name who sent the weapons.
var senderVerbs = set(`launch fire send`)

// launchedBy returns the events of each weapons' shooting down whose
// launcher ", saying|adding X had launched them" names, each unless ps
// already has it ("shot down 20 Russian drones, saying ...").
func launchedBy(s *sentence, ps []proto) []proto {
	if !s.words["down"] && !s.words["intercepted"] {
		return nil
	}
	var out []proto
	for k := 1; k+1 < len(s.toks); k++ {
		down := s.toks[k].Lower == "down" && downVerbs[s.toks[k-1].Lemma]
		if !down && s.toks[k].Lower != "intercepted" {
			continue
		}
		trig := k
		if down {
			trig = k - 1
		}
		w := -1 // the weapons, within six words ("20 Russian drones")
		for j := k + 1; j < len(s.toks) && j <= k+6 && !s.boundary[j]; j++ {
			if launchedWeapons[s.toks[j].Lemma] {
				w = j
				break
			}
		}
		if w < 0 {
			continue
		}
		l, at := s.namedLauncher(w)
		if l < 0 {
			continue
		}
		d, _ := s.subject(trig, l)
		if d < 0 || len(s.ms[d].members) == 0 {
			continue
		}
		x, y := s.ms[d].members[0], s.ms[l].members[0]
		if x.country == "" || y.country == "" || x.country == y.country {
			continue
		}
		code := dyad.EventCode("195")
		if l := s.toks[w].Lemma; l == "rocket" || l == "shell" {
			code = "194"
		}
		if !hasEvent(ps, "190", x, y) {
			out = append(out, proto{src: x, tgt: y, hasTgt: true, code: "190", words: []int{trig, k}, conf: 0.7, frame: -1})
		}
		if !hasEvent(ps, string(code), y, x) {
			out = append(out, proto{src: y, tgt: x, hasTgt: true, code: code, words: []int{at}, conf: 0.6, frame: -1})
		}
	}
	return out
}

// namedLauncher returns the mention that ", saying|adding X had launched
// them" after the weapons at token w names, and the launch verb's token;
// or -1.
func (s *sentence) namedLauncher(w int) (int, int) {
	j := w + 1
	for j < len(s.toks) && j <= w+6 && s.toks[j].Lower != "," {
		if mi := s.in[j]; mi >= 0 && s.ms[mi].kind != mPlace && s.ms[mi].kind != mPronoun {
			return -1, -1 // "shot down drones fired by Iran, saying ...": an owner named before
		}
		j++
	}
	if !isWord(s.toks, j, ",") || !isWord(s.toks, j+1, "saying") && !isWord(s.toks, j+1, "adding") {
		return -1, -1
	}
	mi := s.in[min(j+2, len(s.toks)-1)]
	if j+2 >= len(s.toks) || mi < 0 || s.ms[mi].start != j+2 || !s.ms[mi].usable() || len(s.ms[mi].members) == 0 {
		return -1, -1
	}
	v := s.ms[mi].end
	if isWord(s.toks, v, "had") {
		v++
	}
	if v+1 >= len(s.toks) || !senderVerbs[s.toks[v].Lemma] || !isWord(s.toks, v+1, "them") {
		return -1, -1
	}
	return mi, v
}
