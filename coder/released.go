package coder

import (
	"slices"

	"github.com/dyadhq/dyad/lexicon"
)

// Releases told of the people freed, with no one named as freeing them:
// "Five Americans who had been held in Iran were freed on Monday", "two
// French nationals jailed in Iran have been released", "a journalist,
// held for two years by militants in Mali, was set free". The state or
// the group that had held them freed them (0841): the one the sentence
// says held them, in or by. No dictionary pattern reads a bare passive
// "were released", which alone says nothing of who (and "released" alone is
// as often a report or a statement), so the rule reads it here, only
// when the sentence names the holder.

// custodyAt returns the passive release or holding whose participle is
// token t (releasedAt, lockedAt, heldAt), or false.
func (s *sentence) custodyAt(t int) (match, bool) {
	if m, ok := s.releasedAt(t); ok {
		return m, true
	}
	if m, ok := s.lockedAt(t); ok {
		return m, true // held where they were taken (lockedup.go)
	}
	return s.heldAt(t)
}

// releasePattern is the grammar rule's pattern, for explanations.
var releasePattern = &lexicon.Pattern{Code: "0841", Text: "$T held in|by $S ... be freed|released"}

// releasedAt returns the release whose participle is token t ("were
// freed", "has been released"), by whoever held its subject, or false.
func (s *sentence) releasedAt(t int) (match, bool) {
	if l := s.toks[t].Lemma; l != "release" && l != "free" || !s.participle(t) && !isWord(s.toks, t-1, "being") && !s.setFree(t) || s.byAgent(t+1) >= 0 {
		return match{}, false // "were freed by Iran" names who: the dictionary reads it
	}
	if t+1 < len(s.toks) && s.at[t+1] >= 0 {
		return match{}, false // "was released a week later" at most; not "were freed Americans"
	}
	head := t
	if isWord(s.toks, t-1, "being") && (isWord(s.toks, t-2, "after") || isWord(s.toks, t-2, "before")) {
		head = t - 2 // "flew to Doha after being freed": the freed are the subject of the clause it ends
	}
	tgt, _ := s.subject(head, -1)
	if tgt < 0 || s.ms[tgt].kind == mPlace {
		return match{}, false
	}
	src := s.keeper(s.ms[tgt].end, t)
	if src < 0 || src == tgt {
		return match{}, false
	}
	return match{p: releasePattern, trig: t, end: t + 1, words: []int{t}, target: tgt, source: src, weight: 3}, true
}

// setFree reports whether token t is the "free" of a passive "were set
// free" ("were also set free").
func (s *sentence) setFree(t int) bool {
	if s.toks[t].Lower != "free" || !isWord(s.toks, t-1, "set") {
		return false
	}
	for k := t - 2; k >= 0 && k >= t-4; k-- {
		if beForms[s.toks[k].Lower] {
			return true
		}
	}
	return false
}

// keeper returns who held the people whose mention ends at token from, as
// their own words up to the release at token t say: the state they were
// held in or taken to, or the country of the place ("held in Iran", "held
// in Gaza", "taken to Russia"), or the agent of
// their holding ("held for two years by militants in Mali"); or -1.
func (s *sentence) keeper(from, t int) int {
	for k := from; k < t && k < from+12; k++ {
		w := s.toks[k].Lower
		if !heldWords[w] && !takenWords[w] {
			continue
		}
		if heldWords[w] && (isWord(s.toks, k+1, "captive") || isWord(s.toks, k+1, "hostage")) && isWord(s.toks, k+2, "in") {
			k++ // "held captive in Libya", "held hostage in Gaza": held in
		}
		if isWord(s.toks, k+1, "in") && heldWords[w] || isWord(s.toks, k+1, "to") && takenWords[w] {
			if mi := s.at[k+2]; mi >= 0 && (s.ms[mi].kind == mFull || s.ms[mi].kind == mPlace) && s.stateOf(mi) != "" {
				return mi
			}
		}
		if by := s.byAgent(k + 1); by >= 0 && by < t && s.ms[by].kind != mPlace {
			return by
		}
	}
	return -1
}

// Holding told as a passive with its holder: "the president was held by
// the presidential guard", "three Frenchmen are being held by Iran". A
// state's body or a state holds people in detention (173), an armed group
// holds them hostage (181). Only a finite passive: "hostages held by Hamas
// appeared in a video" tells whose they are, not an act; nor in a sentence
// that tells their release or swap, where it is their past.
var (
	heldPattern    = &lexicon.Pattern{Code: "173", Text: "$T be held by $S"}
	hostagePattern = &lexicon.Pattern{Code: "181", Text: "$T be held by $S"}
)

// heldAt returns the holding whose participle "held" is token t, or false.
func (s *sentence) heldAt(t int) (match, bool) {
	if s.toks[t].Lower != "held" || t < 1 || !beForms[s.toks[t-1].Lower] || !isWord(s.toks, t+1, "by") {
		return match{}, false
	}
	for k := range s.toks {
		if l := s.toks[k].Lemma; l == "release" || l == "free" || l == "swap" || l == "exchange" {
			return match{}, false // "workers who had been held by Hamas were freed": the holding is their past
		}
	}
	src := s.byAgent(t + 1)
	if src < 0 || s.ms[src].kind == mPlace || len(s.ms[src].members) != 1 {
		return match{}, false
	}
	tgt, _ := s.subject(t, src)
	if tgt < 0 || s.ms[tgt].kind == mPlace || !heldPeople(s.ms[tgt].members) {
		return match{}, false
	}
	p, by := heldPattern, s.ms[src].members[0]
	if r := role(by); r != "" && !stateBodies[r] && r != "SPY" || nonState(by) {
		p = hostagePattern
	}
	return match{p: p, trig: t, end: s.ms[src].end, words: []int{t, t + 1}, target: tgt, source: src, weight: 3}, true
}

// heldPeople reports whether ms are people that can be held: persons,
// roles, a people; not bare states.
func heldPeople(ms []member) bool {
	for _, m := range ms {
		if m.person == nil && len(m.code) <= 3 {
			return false
		}
	}
	return len(ms) > 0
}

// swapHalves adds the other half of a swap that names only the people given
// for a release ("Iran freed five Americans in exchange for five
// Iranians"): whose the first release freed frees them, in turn. With a
// holder named ("five Iranians held in the United States") the
// dictionary's pattern reads it, and nothing is added.
func (c *Coder) swapHalves(s *sentence, ps []proto) []proto {
	var out []proto
	for _, p := range ps {
		if p.code != "0841" || !p.hasTgt || len(p.words) == 0 || p.tgt.country == "" || p.tgt.country == p.src.country {
			continue
		}
		end := p.words[len(p.words)-1]
		for k := end + 1; k+1 < len(s.toks) && k <= end+12; k++ {
			if l := s.toks[k].Lemma; l != "exchange" && l != "swap" && l != "return" || !isWord(s.toks, k+1, "for") || s.boundary[k] {
				continue
			}
			mi := -1
			for j := k + 2; j < len(s.toks) && j <= k+6; j++ {
				if s.at[j] >= 0 {
					mi = s.at[j]
					break
				}
			}
			if mi < 0 || len(s.ms[mi].members) != 1 || s.ms[mi].kind == mPlace {
				break
			}
			them := s.ms[mi].members[0]
			if them.country == "" || them.country == p.tgt.country || slices.ContainsFunc(ps, func(q proto) bool { return q.code == "0841" && q.tgt.country == them.country }) {
				break
			}
			name, _ := c.lx.Name(p.tgt.country)
			src := member{code: p.tgt.country, country: p.tgt.country, name: name, start: -1, end: -1}
			out = append(out, proto{src: src, tgt: them, hasTgt: true, code: "0841", words: []int{k, k + 1}, conf: p.conf - 0.1, frame: -1})
			break
		}
	}
	return append(ps, out...)
}
