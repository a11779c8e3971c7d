package coder

import "github.com/dyadhq/dyad/text"

// A part of an amount named before, counted by a pronoun: "Russia fired
// 120 missiles at Ukraine, and its air defences intercepted 95 of them",
// "the rebels seized 40 trucks and burned 12 of those". The number counts
// the things the earlier amount counted, so it takes that amount's item;
// without one it would be a bare number and no quantity at all.

// partitiveItem returns the item of the latest counted amount in out that
// ends before start, when toks[of] is "of" and the word after it is "them",
// "those" or "these", with the index after the pronoun. It returns "" when
// there is no such amount, or the amount is a measure or money ("30 tonnes
// ... 10 of them" does not count tonnes).
func partitiveItem(toks []text.Token, out []qty, start, of int) (string, int) {
	if !isWord(toks, of, "of") || of+1 >= len(toks) || !partitivePronouns[toks[of+1].Lower] {
		return "", 0
	}
	for n := len(out) - 1; n >= 0; n-- {
		q := out[n]
		if q.end > start || q.start > 0 && amountPlacePreps[toks[q.start-1].Lower] {
			continue // "damaging homes in 17 regions, ... 76 of them": places, not the drones
		}
		if q.q.Unit != "" || q.q.Item == "" || q.term || q.distance {
			return "", 0
		}
		return q.q.Item, of + 2
	}
	return "", 0
}

// amountPlacePreps put an amount of places, which a part counted after it does
// not count: "in at least 17 regions".
var amountPlacePreps = set(`in across near throughout within`)

// partitivePronouns stand for a plural named before them.
var partitivePronouns = set(`them those these`)

// peopleOfThem returns the index after the pronoun when the amount that
// starts at token start is "N of them" counting the object of an act done
// to people ("police arrested all 13 of them", "detained some 1,500 of
// them", "freed 20 of those"), with no amount before it to take an item
// from: a count of persons with no noun (POLICY §20); else 0.
func peopleOfThem(toks []text.Token, start, of int) int {
	if !isWord(toks, of, "of") || of+1 >= len(toks) || !partitivePronouns[toks[of+1].Lower] {
		return 0
	}
	k := start - 1
	for k >= 0 && k >= start-3 && ofThemFillers[toks[k].Lower] {
		k-- // "all", "some", "at least"
	}
	if k < 0 || !(ofThemActs[toks[k].Lower] || ofThemActs[toks[k].Lemma] && toks[k].Lower != toks[k].Lemma) {
		return 0
	}
	return of + 2
}

// ofThemFillers stand between a verb and the number it counts: "arrested
// all 13 of them", "detained some 1,500 of them", "killed at least 12".
var ofThemFillers = set(`all some about around nearly almost roughly least at more than over up to only`)

// ofThemActs are done to people, so what they count with no noun is
// persons: arrests, killings, releases, expulsions.
var ofThemActs = set(`arrest detain kill free release deport expel abduct kidnap injure wound capture execute rescue
	evacuate jail imprison sentence convict charge hold repatriate`)
