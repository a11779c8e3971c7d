package coder

import "github.com/dyadhq/dyad/text"

// A definite office word ("the president", "the prime minister") later in a
// sentence that has named a person by that office ("Maldives President
// Mohamed Muizzu asked India to withdraw its troops, days after the
// president returned from a state visit to China") is that person: the
// sentence says whose the office is, so the role is no guess from the
// document, and its clause is coded with that person's country
// ("Ruto ... after the president visited Beijing" is KEN's visit).

// fromOffice is where a role word takes the country of the person the
// sentence named before by the same office.
const fromOffice = "same office named before"

// sameOffice returns the member of the mention before ms[i] whose words hold
// the words of the role ms[i] after "the": "President" of "Kenyan President
// William Ruto" for "the president"; none when two of different countries
// hold it ("Ruto met Chinese President Xi after the president arrived").
func sameOffice(toks []text.Token, ms []mention, i int) (member, bool) {
	m := &ms[i]
	a := m.start
	if isWord(toks, a, "the") {
		a++
	}
	if !isWord(toks, a-1, "the") || a >= m.end || m.role != "GOV" {
		return member{}, false
	}
	n := m.end - a
	var found member
	for k := i - 1; k >= 0; k-- {
		p := &ms[k]
		if p.start < 0 || p.end > m.start || len(p.members) != 1 || p.members[0].country == "" || p.kind != mFull {
			continue
		}
		for j := p.start; j+n <= p.end; j++ {
			same := true
			for d := 0; d < n && same; d++ {
				same = toks[j+d].Lower == toks[a+d].Lower
			}
			if same {
				if found.country != "" && found.country != p.members[0].country {
					return member{}, false
				}
				found = p.members[0]
				break
			}
		}
	}
	return found, found.country != ""
}
