package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// People a force acts on after it has gone into a country are that
// country's: "Hezbollah fighters crossed into northern Israel and killed
// three soldiers" killed Israeli soldiers, "burst into southern Israel,
// taking dozens of soldiers and civilians as hostages" took Israelis. With
// no word of whose they are, the document's country (often the force's
// own) would make the raid an act on its own people. (actors7)

// fromEntered is where such a role word's country comes from.
const fromEntered = "country the clause went into"

// enteredCountry returns the country of the place or state that "into"
// names before the role word at token i, in its clause, when a verb
// stands between them whose object the role word is ("... into Israel and
// killed three soldiers", "..., seizing dozens of civilians"); else "".
func enteredCountry(toks []text.Token, ms []mention, i int) (country, name string) {
	verb := -1
	for k := i - 1; k >= 1 && k >= i-16; k-- {
		t := &toks[k]
		switch {
		case t.Lower == "into":
			if verb < 0 {
				return "", ""
			}
			return intoCountry(toks, ms, k)
		case t.Lower == "," && verb >= 0 && verb == k+1 && strings.HasSuffix(toks[k+1].Lower, "ing"):
			// ", taking dozens of soldiers": the participle's object
		case t.Kind == text.Punct && t.Lower != "-" || clauseWords[t.Lower] || subordinators[t.Lower]:
			return "", ""
		case t.Lower == "and" && verb < 0 && !roleEndsAt(ms, k):
			return "", "" // "and soldiers captured": the subject of a clause of its own
		case t.Lower == "and" && verb < 0:
			// "abducted soldiers and civilians": one more object
		case verb < 0 && t.Kind == text.Word && !t.Cap && (pastForm(t) || harmPast[t.Lower] || strings.HasSuffix(t.Lower, "ing") && t.Lemma != t.Lower):
			verb = k
		}
	}
	return "", ""
}

// intoCountry returns the country of the one-country mention that follows
// "into" at token k, across a determiner and a region word ("into
// southern Israel", "into Ukraine's Kharkiv region"), or "".
func intoCountry(toks []text.Token, ms []mention, k int) (country, name string) {
	j := k + 1
	for j < len(toks) && j <= k+3 && (determiners[toks[j].Lower] || regionWords[toks[j].Lower]) {
		j++
	}
	for _, p := range ms {
		if p.start == j && (p.kind == mPlace || p.kind == mFull) && len(p.members) == 1 && p.members[0].country != "" && p.members[0].person == nil &&
			(p.kind == mPlace || len(p.members[0].code) == 3) {
			return p.members[0].country, p.members[0].name
		}
	}
	return "", ""
}

// roleEndsAt reports whether a role word's mention ends at token k: the
// conjunct before an "and" in a list of role words.
func roleEndsAt(ms []mention, k int) bool {
	for _, p := range ms {
		if p.end == k && (p.kind == mAgent || p.kind == mImplied) {
			return true
		}
	}
	return false
}
