package coder

import "github.com/dyadhq/dyad/text"

// basedIn gives role word ms[i] the country of the place its words say it is
// based in, or "": "Pakistan-based militants", "Gaza-based gunmen",
// "gunmen based in Syria". Where a group is based says whose it is when no
// other affiliation is named (a group's own name keeps its code, and "from"
// or "of" a group is memberOfGroup's); without it the role word would take
// the country of the sentence's place or its target ("attacked Indian
// soldiers in Kashmir"), which is where it struck, not where it came from.
func basedIn(toks []text.Token, ms []mention, i int) (country, name string) {
	k := ms[i].start - 1
	for j := 0; j < 2 && k >= 0 && toks[k].Kind == text.Word && !toks[k].Cap && !closedClass(toks[k].Lower) && toks[k].Lower != "based"; j++ {
		k-- // "Pakistan-based armed militants"
	}
	if k >= 2 && toks[k].Lower == "based" && toks[k-1].Text == "-" {
		return placeMention(ms, -1, k-1)
	}
	k = ms[i].end
	if isWord(toks, k, "based") && (isWord(toks, k+1, "in") || isWord(toks, k+1, "inside")) {
		k += 2
		for k < len(toks) && determiners[toks[k].Lower] {
			k++
		}
		return placeMention(ms, k, -1)
	}
	return "", ""
}

// placeMention returns the country and name of the one-member mention of a
// country or a place that starts at token start or ends at token end.
func placeMention(ms []mention, start, end int) (country, name string) {
	for _, p := range ms {
		if (p.start == start || p.end == end) && (p.kind == mFull || p.kind == mWeak || p.kind == mPlace) &&
			len(p.members) == 1 && p.members[0].country != "" && p.members[0].person == nil && len(p.members[0].code) == 3 {
			return p.members[0].country, p.members[0].name
		}
	}
	return "", ""
}
