package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Victims of a strike whose doer an adjective names: "Seven Yemeni
// fishermen were killed in a Saudi air strike near Hodeidah", "two Iraqi
// soldiers died in a Turkish drone attack", "a Russian general was killed
// in a Ukrainian missile strike". The subject of the passive (or of "died")
// is the target and the state or group before the strike noun its source;
// the strike's own words give its weapon (attackWeapon: 195 from the air,
// 194 artillery and rockets, else 190). The strike's nominal patterns read
// it only when a target slot follows ("strike on Hodeidah"); this reads it
// when none does, or when the place is its doer's own country. An act with
// no doer named ("were killed in an air strike") stays no event.

// struckHarmWords are the past participles (and "died") of the harm a strike's
// victims suffer.
var struckHarmWords = set(`killed wounded injured died`)

// strikeNouns head the noun phrase of a strike after "in".
var strikeNouns = set(`strike strikes airstrike airstrikes raid raids attack attacks shelling bombardment barrage fire`)

// strikeVictims adds the strike told by its victims (see above) when no
// event of the sentence already has its noun.
func strikeVictims(s *sentence, ps []proto) []proto {
	toks := s.toks
	for i := 1; i+3 < len(toks); i++ {
		if !marked(&toks[i], cStruckHarm) || !isWord(toks, i+1, "in") { // speed9: a word class (wordclass.go)
			continue
		}
		// the victims: an actor ending right before "were|was" (or "died")
		v := i
		if toks[i].Lower != "died" {
			if v = i - 1; v < 1 || toks[v].Lower != "were" && toks[v].Lower != "was" {
				continue
			}
		}
		vi := s.in[v-1]
		if vi < 0 || s.ms[vi].end != v || len(s.ms[vi].members) != 1 {
			continue
		}
		vm := &s.ms[vi]
		if vm.kind == mPronoun || vm.kind == mPlace || vm.prep != "" {
			continue
		}
		// "in a|an|the SOURCE [weapon words] NOUN"
		k := i + 2
		if k < len(toks) && (toks[k].Lower == "a" || toks[k].Lower == "an" || toks[k].Lower == "the") {
			k++
		}
		si := -1
		if k < len(toks) {
			si = s.at[k]
		}
		if si < 0 || len(s.ms[si].members) != 1 || s.ms[si].kind == mPronoun || s.ms[si].kind == mPlace || s.ms[si].poss {
			continue
		}
		src, tgt := s.ms[si].members[0], vm.members[0]
		if src.country == "" || tgt.country == "" || src.code == tgt.code || src.country == tgt.country {
			continue
		}
		noun := -1
		for j := s.ms[si].end; j < len(toks) && j < s.ms[si].end+3; j++ {
			if toks[j].Kind != text.Word || s.in[j] >= 0 {
				break
			}
			if strikeNouns[toks[j].Lower] {
				noun = j
				break
			}
		}
		if noun < 0 || inWords(ps, noun) {
			continue
		}
		code := s.attackWeapon(s.ms[si].start-1, noun) // "Saudi artillery barrage": the mention's words too
		if w := toks[noun].Lower; w == "airstrike" || w == "airstrikes" {
			code = "195"
		}
		ps = append(ps, proto{src: src, tgt: tgt, hasTgt: true, code: dyad.EventCode(code), words: []int{i, noun}, conf: 0.7, frame: -1})
	}
	return ps
}
