package coder

import "github.com/dyadhq/dyad/text"

// bind8: the owner "its" of what a hostile act is aimed at, past the
// act's own object, is not the act's doer either (boundSubject, binding.go,
// reads it right after the verb): "Kyiv said Moscow had launched 40
// missiles at its energy grid" strikes Ukraine's grid, "Japan said Chinese
// coast guard ships had entered its territorial waters" Japan's waters. A
// doer that strikes its own is told with "its own".

// farBoundSubject returns the end token of the subject of the hostile
// verb whose aim's owner is the "its" at token i ("launched missiles at
// its", "entered its territorial waters"), when that subject cannot be the
// pronoun's antecedent; else -1.
func farBoundSubject(toks []text.Token, i int) int {
	if toks[i].Lower != "its" || i < 3 || isWord(toks, i+1, "own") {
		return -1
	}
	v := i - 1
	if aimPreps[toks[v].Lower] {
		// "launched 40 missiles at its": back over the verb's object
		v--
		for n := 0; n < 5 && v > 0 && toks[v].Kind != text.Punct && !toks[v].Cap && !pastForm(&toks[v]); n++ {
			v--
		}
		if t := &toks[v]; !pastForm(t) || !hostileLemmas[t.Lemma] && !launchLemmas[t.Lemma] {
			return -1
		}
	} else if t := &toks[v]; !pastForm(t) || !entryLemmas[t.Lemma] || i+1 >= len(toks) || !territoryWords[toks[i+1].Lower] && !(i+2 < len(toks) && territoryWords[toks[i+2].Lower]) {
		return -1 // "entered its territorial waters", "crossed its border"
	}
	if t := &toks[v]; t.Kind != text.Word || t.Cap || reportWords[t.Lower] || reportVerbs[t.Lower] {
		return -1
	}
	k := v - 1
	for k >= 0 && (bindAux[toks[k].Lower] || verbAdverbs[toks[k].Lower]) {
		k--
	}
	for k > 0 && craftNouns[toks[k].Lower] && !toks[k].Cap {
		k-- // "Chinese coast guard ships had entered": the actor before the craft
	}
	if k < 0 || toks[k].Kind != text.Word {
		return -1
	}
	return k
}

// aimPreps put what an act of force is aimed at after its object.
var aimPreps = set(`at on into against toward towards`)

// launchLemmas launch what strikes: "launched 40 missiles at".
var launchLemmas = set(`launch fire lob hurl drop`)

// entryLemmas enter a place without leave.
var entryLemmas = set(`enter intrude cross violate breach`)

// territoryWords are what a state owns that others enter.
var territoryWords = set(`waters airspace territory border borders frontier`)

// itsDoer returns the end token of the doer of the hostile act whose aim's
// owner is the "its" at token i, read right after the verb or past its
// object, or -1.
func itsDoer(toks []text.Token, i int) int {
	if b := boundSubject(toks, i); b >= 0 {
		return b
	}
	return farBoundSubject(toks, i)
}

// craftNouns are the vessels and aircraft an actor's name may precede.
var craftNouns = set(`ships vessels boats jets planes aircraft drones warships warplanes helicopters`)
