package coder

import (
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// includedPeople gives a role mention of no country of its own (the people
// an act is done to: "prisoners", "detainees") the country of the ones an
// apposition after it singles out: "freed 16 prisoners, among them a Wall
// Street Journal reporter" frees Americans, "released five prisoners,
// including two Britons" Britons; not the context's country. The named ones
// are folded into it, as peopleNamed folds "most of them Afghans" (a list
// of several countries gives each).
func includedPeople(toks []text.Token, ms []mention) []mention {
next:
	for i := 0; i+1 < len(ms); i++ {
		m := &ms[i]
		if m.kind != mAgent || len(m.members) > 0 || m.role == "" {
			continue
		}
		comma := commaAfterPeople(toks, ms, i)
		if comma < 0 {
			continue
		}
		k := comma + 1
		trailing := false
		switch {
		case isWord(toks, k, "among") && (isWord(toks, k+1, "them") || isWord(toks, k+1, "whom")):
			k += 2
		case isWord(toks, k, "including"):
			k++
		default:
			trailing = true // ", two Americans among them"
		}
		for k < len(toks) && (determiners[toks[k].Lower] || counting(toks[k])) {
			k++
		}
		j := i + 1
		for j < len(ms) && ms[j].start < k {
			j++
		}
		if j == len(ms) || ms[j].start != k {
			continue
		}
		if trailing && !(isWord(toks, ms[j].end, "among") && isWord(toks, ms[j].end+1, "them")) {
			continue
		}
		last, them := j, -1 // "including two Americans and a Briton", "two Americans among them as well as a Briton"
		if trailing && j+1 < len(ms) && ms[j+1].start == ms[j].end+1 {
			them = j + 1 // the mention of "them"
		}
		for last+1 < len(ms) && (ms[last+1].kind == mFull || last+1 == them) {
			e := ms[last].end
			if last+1 == them {
				last++
				continue
			}
			if isWord(toks, e, "as") && isWord(toks, e+1, "well") && isWord(toks, e+2, "as") {
				e += 2
			} else if !isWord(toks, e, "and") && !isWord(toks, e, ",") {
				break
			}
			if ms[last+1].start-e > 3 {
				break
			}
			last++
		}
		var each []member
		seen := map[string]bool{}
		for x, n := range ms[j : last+1] {
			if j+x == them {
				continue
			}
			if n.kind != mFull || len(n.members) == 0 {
				continue next
			}
			for _, b := range n.members {
				if b.country == "" || len(b.code) < 3 || b.code[:3] != b.country {
					continue next // an organisation, or a person of no state
				}
				if !seen[b.country] {
					seen[b.country] = true
					each = append(each, member{code: b.country + m.role, country: b.country, name: b.name, start: m.start, end: m.end})
				}
			}
		}
		m.members, m.kind = each, mFull
		keep := i + 1 // the place they were taken in stays: "20 foreigners in Niger, including"
		if i+1 < j && ms[i+1].end <= comma {
			keep++
		}
		ms = append(ms[:keep], ms[last+1:]...)
	}
	return ms
}

// commaAfterPeople returns the comma that closes the phrase of the people
// of mention ms[i], or -1: right after it, or past the word that makes
// them hostages ("took 30 people hostage, among them") or past the place
// they were taken in ("kidnapped 20 foreigners in Niger, including").
func commaAfterPeople(toks []text.Token, ms []mention, i int) int {
	k := ms[i].end
	if k < len(toks) && (toks[k].Lower == "hostage" || toks[k].Lower == "captive") {
		k++
	}
	if k+1 < len(toks) && locatives[toks[k].Lower] && i+1 < len(ms) && ms[i+1].start == k+1 && ms[i+1].kind != mAgent {
		k = ms[i+1].end
	}
	k = pastDay(toks, k) // "released 24 hostages on Friday, including"
	if !isWord(toks, k, ",") {
		return -1
	}
	return k
}

// pastDay returns the token after the day named at token k ("on Friday",
// "late on Sunday", "overnight", "on Monday night"), or k.
func pastDay(toks []text.Token, k int) int {
	if isWord(toks, k, "overnight") || isWord(toks, k, "yesterday") || isWord(toks, k, "today") {
		return k + 1
	}
	j := k
	if isWord(toks, j, "late") || isWord(toks, j, "early") {
		j++
	}
	if !isWord(toks, j, "on") || j+1 >= len(toks) || !weekdayAt(toks, j+1) {
		return k
	}
	j += 2
	if isWord(toks, j, "night") || isWord(toks, j, "morning") || isWord(toks, j, "evening") || isWord(toks, j, "afternoon") {
		j++
	}
	return j
}

// quotedNames clears the boundaries of the quotation marks around a short
// name in quotes, a nickname within a name or after a noun ("drug lord
// Joaquin "El Chapo" Guzman", "the gang leader "Barbecue""): a name, not
// a quotation, so "extradited Joaquin "El Chapo" Guzman to the United
// States" still reaches its "to".
func quotedNames(toks []text.Token, b []bool) {
	for i := 0; i < len(toks); i++ {
		if toks[i].Text != `"` {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+4 && toks[j].Kind == text.Word && toks[j].Cap {
			j++
		}
		if j > i+1 && j < len(toks) && toks[j].Text == `"` {
			b[i], b[j] = false, false
			i = j
		}
	}
}

// townNouns name a settlement whose name follows "of": "her hometown of
// Trinidad", "the town of Lebanon, Pennsylvania". ("The city of Kuwait",
// "the city of Singapore" are the state's own capital.)
var townNouns = set(`town hometown village municipality settlement township`)

// townNamed reports whether the country's name at token i is a town's, after
// "the town of" and the like: a Bolivian town named Trinidad is no Trinidad
// and Tobago. (The place reading, where the gazetteer has one, still
// stands.)
func townNamed(toks []text.Token, i int, as []*lexicon.Actor) bool {
	if i < 2 || len(as) == 0 || !isWord(toks, i-1, "of") || !townNouns[toks[i-2].Lower] {
		return false
	}
	a := pick(as)
	return a.Kind == lexicon.Name && a.Country != "" && a.Code == a.Country
}
