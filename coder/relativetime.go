package coder

import "github.com/dyadhq/dyad/text"

// relativeTime reports whether the time expression at token pos stands in
// a relative clause on a noun ("air strikes that killed 25 fighters on
// Sunday") that has ended before the act at token t: it dates the clause's
// own act, not an act the sentence tells after it ("..., and Trump blamed
// Iran for the attack" was not done on Sunday). The clause opens within
// ten words before the time, past no comma, and a comma ends it before t;
// an aside right before t's verb is on its subject, and tells its act.
func (s *sentence) relativeTime(pos, t int) bool {
	open := -1
	for k := pos - 1; k >= 0 && k >= pos-10; k-- {
		w := s.toks[k].Lower
		if w == "that" || w == "which" || w == "who" {
			open = k
			break
		}
		if w == "," || w == ";" {
			return false
		}
	}
	if open < 1 || s.toks[open-1].Lower != "," && !(s.toks[open].Lower == "that" && isNounish(&s.toks[open-1])) {
		return false
	}
	for k := open - 1; k >= 0 && k >= open-4; k-- {
		if reportWords[s.toks[k].Lower] || presentReport[s.toks[k].Lower] {
			return false // not "said on Monday that", a report's complement
		}
	}
	for k := pos + 1; k < t; k++ {
		if s.toks[k].Lower == "," {
			// not an aside between a subject and its verb: "Al Shabaab
			// militants, who stormed a hotel on Friday, killed 20 people"
			// tells one raid, on the aside's day
			return !(s.toks[open-1].Lower == "," && t <= k+2)
		}
	}
	return false
}

// isNounish reports whether t may end a noun phrase that "that" opens a
// relative clause on: a noun in the plural or a capitalised name, not a
// verb of saying.
func isNounish(t *text.Token) bool {
	return t.Kind == text.Word && !reportWords[t.Lower] && !presentReport[t.Lower] && !isWeekday(t.Lower) && monthNames[t.Lower] == 0 &&
		(pluralHead(t) || t.Cap)
}
