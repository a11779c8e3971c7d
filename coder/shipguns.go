package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Warships and the armed ships of a state's forces fight with guns too heavy
// to carry, which the codebook's 194 names ("guns of large caliber ... and
// tanks and/or warships", its usage note): "Turkish warships shelled the
// coast", "Russian navy ships fired on a Georgian patrol boat", "coast
// guard cutters opened fire" are 194 (POLICY section 12), and what they
// fire named as missiles is 195, the heavier (weaponed reads both). A ship
// that rams or sprays water cannon uses no gun.

// warshipFire reports whether the action at t, of proto p, is a warship's
// fire: a verb of fire or attack whose subject, read back over a few words
// of its clause, names a warship, and no water cannon after it.
func (s *sentence) warshipFire(p proto, t int) bool {
	if !fireVerbs[s.toks[t].Lemma] {
		return false
	}
	for j := t + 1; j < len(s.toks) && j <= t+8 && !s.boundary[j]; j++ {
		if s.toks[j].Lower == "water" {
			return false // "fired water cannon at"
		}
	}
	for k := t - 1; k >= 0 && k >= t-8; k-- {
		if s.boundary[k] || s.toks[k].Kind == text.Punct && s.toks[k].Lower != "-" && s.toks[k].Lower != "," || subjectStops[s.toks[k].Lower] {
			return false
		}
		if warshipAt(s.toks, k) {
			return true
		}
	}
	return false
}

// warshipAt reports whether token k names a warship: a warship's own noun
// ("frigates", "a destroyer"), or a ship, a vessel, a boat or a cutter of a
// navy, a coast guard or a border guard ("navy ships", "border guard
// vessels", "naval vessels", "patrol boats"). Not a carrier, whose aircraft
// are the weapon, nor a drone or a boat of no force ("fishing boats").
func warshipAt(toks []text.Token, k int) bool {
	noun := toks[k].Lemma
	if n, ok := strings.CutSuffix(toks[k].Lower, "s"); ok && (warships[n] || armedShips[n]) {
		noun = n // a plural the lemmatizer does not know: "cutters"
	}
	if warships[noun] {
		return !isWord(toks, k+1, "-") // "destroyer-based" names no ship firing
	}
	if !armedShips[noun] || k == 0 {
		return false
	}
	prev := toks[k-1].Lower
	return shipForces[prev] || prev == "guard" && k > 1 && (toks[k-2].Lower == "coast" || toks[k-2].Lower == "border")
}

var (
	// warships are the nouns of a warship.
	warships = set(`warship frigate destroyer corvette gunboat cruiser battleship`)
	// armedShips are the nouns of a ship that a force's word before them
	// arms.
	armedShips = set(`ship vessel boat cutter`)
	// shipForces are the words of a force that own an armed ship.
	shipForces = set(`navy naval coastguard patrol missile military`)
	// fireVerbs are the verbs of a ship's fire or attack.
	fireVerbs = set(`fire open open_fire shoot shell bombard pound strike hit attack target`)
)

// airForceAt reports whether tokens from k are "air force", a force of
// aircraft: what it shoots down it downs from the air (POLICY section 12).
func airForceAt(toks []text.Token, k int) bool {
	return toks[k].Lower == "air" && k+1 < len(toks) && toks[k+1].Lemma == "force"
}
