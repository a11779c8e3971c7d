package coder

import (
	"github.com/dyadhq/dyad/text"
)

// Lists of actors: the glue between the members of a list ("the United
// States, Japan and South Korea", "two Chinese and two Russian bombers"),
// and what ends one (a clause of its own) or is no member (a model's name
// among modifiers).

// lists joins mentions separated by commas, "and", "or" or hyphens into one
// mention with several members: "the United States, Japan and South Korea",
// "US-Japan-South Korea".
//
// The joined mentions are written over ms's own storage: each one read
// lies at or after the place the next one written takes.
func lists(toks []text.Token, ms []mention) []mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.kind == mPronoun && !m.poss && len(m.members) > 0 && i+1 < len(ms) && ms[i+1].kind == mFull &&
			ms[i+1].start == m.end+1 && isWord(toks, m.end, "and") {
			// "he and Kim Jong Un signed a pact": a pronoun and a name
			m.members = append(append([]member{}, m.members...), ms[i+1].members...)
			m.end, m.kind = ms[i+1].end, mFull
			out = append(out, m)
			i++
			continue
		}
		if i+1 < len(ms) && possessiveList(toks, m, ms[i+1]) {
			// "Britain's and France's leaders": the role of each
			n := ms[i+1]
			mb := n.members[0]
			mb.code, mb.country, mb.name = m.members[0].country+mb.code[3:], m.members[0].country, m.members[0].name
			mb.start, mb.end = m.start, m.end
			n.members = append([]member{mb}, n.members...)
			n.start, n.prep = m.start, m.prep
			out = append(out, n)
			i++
			continue
		}
		if j, ok := adjectiveAndGroup(toks, ms, i); ok { // lost9: "between Israeli and Hamas negotiators" (vanish.go)
			out = append(out, j)
			i++
			continue
		}
		if m.kind != mFull && m.kind != mPlace {
			out = append(out, m)
			continue
		}
		j := i
		for j+1 < len(ms) {
			n := j + 1
			if weakLead(ms, n) {
				n++ // "Malian soldiers and Russian Wagner mercenaries"
			}
			seen := ms[i : j+2]
			if n > j+1 {
				seen = append(ms[i:j+1:j+1], ms[n])
			}
			if !((ms[n].kind == mFull || ms[n].kind == mPlace) &&
				(joins(toks, ms[j].end, epithet(toks, ms[j+1].start)) || joinsCounted(toks, ms[j].end, ms[j+1].start) && counted(toks, ms[j], ms[n])) && !isWord(toks, ms[j].end, "'s") &&
				!newClause(toks, ms[j].end, ms[j+1].start) && !speakerAfter(toks, ms[j].end, ms[n]) && !listClosed(toks, seen) &&
				!singularSubject(toks, ms[j].end, ms[j+1]) && !(j == i && reportedAfterComma(toks, ms[j].end, ms[n])) &&
				!ownInfinitive(toks, ms, ms[n])) { // actors7: "Iran to summon the envoy and France to condemn" (ownsubject.go)
				break
			}
			j = n
		}
		if j > i && ms[i].start > 1 && closesOpening(toks, ms[i:j+1]) {
			// "After talks in Cairo, Israel and Hamas agreed": the comma
			// closes the opening phrase, and what follows is the subject,
			// not more of the phrase's list, which ends at its "and" and a
			// comma of its own ("After talks with Russia, China and India,
			// the US imposed")
			k := i + 1
			for k < j && !hasConj(toks, ms[k-1].end, ms[k].start) {
				k++
			}
			if hasConj(toks, ms[k-1].end, ms[k].start) && isWord(toks, ms[k].end, ",") {
				j = k
			} else {
				j = i
			}
		}
		tail := othersTail(toks, ms[j].end)
		if j > i {
			// a list ending in ", " without "and" is an apposition or a
			// series of clauses, not a list: require a conjunction or hyphens
			// (or the others it ends with: "Germany, France and other
			// European governments")
			if !hasConj(toks, ms[i].end, ms[j].start) && tail < 0 {
				out = append(out, m)
				continue
			}
			for k := i + 1; k <= j; k++ {
				if !weakLead(ms, k) {
					m.members = append(m.members, ms[k].members...)
				}
			}
			m.end = ms[j].end
			m.kind = mFull
			i = j
			if j+1 < len(ms) && ownedMember(toks, ms[j], ms[j+1]) {
				// "a truce between Israel and Lebanon's Hezbollah": the
				// last side is the group its country owns, not the country
				m.members[len(m.members)-1] = ms[j+1].members[0]
				m.end = ms[j+1].end
				i = j + 1
			}
		}
		if tail > 0 {
			// the others are nobody in particular: the list is its named
			// members, and the words of the others are its own
			m.end = tail
			for i+1 < len(ms) && ms[i+1].start < tail {
				i++
			}
		}
		out = append(out, m)
	}
	return out
}

// listClosed reports whether the list of ms but its last has already had
// its conjunction, and only a bare comma comes before the last: "released
// by Belgium and Sweden, officials in Oman said" ends at Sweden, as "A, B
// and C" ends at its last conjunct, and what follows the comma is a phrase
// of its own ("as well as" still adds). Only the glue between members
// counts: "Trinidad and Tobago" is one member.
func listClosed(toks []text.Token, ms []mention) bool {
	n := len(ms) - 1
	e, b := ms[n-1].end, ms[n].start
	if hasConj(toks, e, b) {
		return false
	}
	for i := e; i < b; i++ {
		if toks[i].Lower == "as" {
			return false
		}
	}
	for k := 0; k+1 < n; k++ {
		if hasConj(toks, ms[k].end, ms[k+1].start) {
			return true
		}
	}
	return false
}

// ownedMember reports whether mention n is one actor of the country that
// mention m names right before it with "'s" ("Lebanon's Hezbollah").
func ownedMember(toks []text.Token, m, n mention) bool {
	return isWord(toks, m.end, "'s") && n.start == m.end+1 && n.kind == mFull && len(m.members) == 1 &&
		len(n.members) == 1 && n.members[0].country != "" && n.members[0].country == m.members[0].country
}

// othersTail returns the end of the phrase of unnamed others that closes a
// list of actors at token k ("and other Western countries", "and its
// allies", "as well as their European partners"), or -1.
func othersTail(toks []text.Token, k int) int {
	if isWord(toks, k, ",") {
		k++
	}
	switch {
	case isWord(toks, k, "and"):
		k++
	case isWord(toks, k, "as") && isWord(toks, k+1, "well") && isWord(toks, k+2, "as"):
		k += 3
	default:
		return -1
	}
	if k < len(toks) && (toks[k].Kind == text.Number || numberWords[toks[k].Lower] > 1 || toks[k].Lower == "several") && isWord(toks, k+1, "other") {
		k++ // "Argentina, Chile and four other Latin American countries"
	}
	if e := countedOthers(toks, k); e > 0 {
		return e // noparties: "Saudi Arabia and three Arab allies" (countedothers.go)
	}
	if !isWord(toks, k, "other") && !isWord(toks, k, "its") && !isWord(toks, k, "their") {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := &toks[j]
		if t.Kind != text.Word && t.Text != "-" || closedClass(t.Lower) {
			return -1
		}
		if othersNouns[t.Lemma] || othersNouns[t.Lower] {
			return j + 1
		}
	}
	return -1
}

// othersNouns end a phrase of unnamed others: "and other countries".
var othersNouns = set(`country nation state government ally partner power neighbour neighbor member donor leader
	countries nations states governments allies partners powers neighbours neighbors members donors leaders`)

// joins reports whether the tokens from a to b are only list glue: ",",
// "and", "or", "as well as", "-".
func joins(toks []text.Token, a, b int) bool { return glue(toks, a, b, false) }

// epithet returns where the epithet of a list member that starts at token b
// begins ("Saudi Arabia and nuclear-armed Pakistan", "Russia and
// neighbouring Belarus"), or b when it has none. Only a member after a
// conjunction has one: the words before a first member are the sentence's.
func epithet(toks []text.Token, b int) int {
	e := b
	switch {
	case b >= 3 && toks[b-2].Text == "-" && plainWord(&toks[b-1]) && plainWord(&toks[b-3]):
		e = b - 3 // "nuclear-armed", "war-torn", "oil-rich"
	case b >= 1 && epithets[toks[b-1].Lower]:
		e = b - 1
	}
	if e < b && (isWord(toks, e-1, "and") || isWord(toks, e-1, "or")) {
		return e
	}
	return b
}

// plainWord reports whether t is a lower-case word that is no grammar word.
func plainWord(t *text.Token) bool { return t.Kind == text.Word && !t.Cap && !closedClass(t.Lower) }

// epithets are the adjectives news puts before a country's name in a list.
var epithets = set(`neighbouring neighboring tiny impoverished landlocked isolated reclusive secretive fellow`)

// designator reports whether a model's name starts at token k: a short
// capitalised word, a hyphen and a number ("Su-27", "MQ-9", "Tu-95MS").
func designator(toks []text.Token, k int) bool {
	return k+2 < len(toks) && toks[k].Cap && toks[k].Kind == text.Word && len(toks[k].Text) <= 3 &&
		toks[k+1].Text == "-" && toks[k+2].Kind == text.Number
}

// possessiveList reports whether country m, with its "'s", and the role
// phrase n of another country's, with its own "'s", are joined by "and"
// ("Britain's and France's leaders", "Russia's and China's envoys"): the
// role word is each country's.
func possessiveList(toks []text.Token, m, n mention) bool {
	if m.kind != mFull || len(m.members) != 1 || len(m.members[0].code) != 3 || !isWord(toks, m.end, "'s") || !isWord(toks, m.end+1, "and") ||
		n.start != m.end+2 || n.kind != mFull || len(n.members) != 1 || len(n.members[0].code) != 6 {
		return false
	}
	for k := n.start; k < n.end; k++ {
		if toks[k].Lower == "'s" {
			return n.members[0].country != m.members[0].country
		}
	}
	return false
}

// newClause reports whether the glue from a to b opens a clause with a
// subject of its own: "in Erbil, and Baghdad recalled its ambassador".
func newClause(toks []text.Token, a, b int) bool {
	for i := a; i < b; i++ {
		if toks[i].Lower == "and" && isWord(toks, i-1, ",") && subordinate(toks, i) {
			return true
		}
	}
	return false
}

// singularSubject reports whether mention n, after an "and" from token a,
// is the subject of a verb in the singular: "arrived in Moscow and Russia
// has granted him asylum" joins two clauses, for a list would take "have".
func singularSubject(toks []text.Token, a int, n mention) bool {
	return isWord(toks, n.start-1, "and") && n.start-1 >= a && n.end < len(toks) && singularVerbs[toks[n.end].Lower]
}

// singularClause reports whether the "and" at i opens a clause of a named
// subject whose verb is in the singular, with no comma before it ("arrived
// in Moscow and Russia has granted him asylum"): no list goes on there.
func singularClause(toks []text.Token, i int) bool {
	j := i + 1
	if isWord(toks, j, "the") {
		j++
	}
	if j >= len(toks) || !toks[j].Cap || toks[j].Kind != text.Word {
		return false
	}
	for n := 0; n < 4 && j < len(toks) && toks[j].Cap && toks[j].Kind == text.Word; n++ {
		j++
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if toks[k].Lower == "between" {
			return false // "a meeting between Putin and Xi was held": the list is the meeting's
		}
	}
	return j+1 < len(toks) && toks[j].Lower == "has" && pastForm(&toks[j+1])
}

// singularVerbs are auxiliaries of a singular subject.
var singularVerbs = set(`has is was`)

// speakerAfter reports whether mention n, after the glue from token a, is
// a person who speaks a report of his own: ", and Prime Minister Donald
// Tusk said" opens a clause (fresh set 33), no more of the list before it.
// (A state named so, ", and Pakistan said", is left to the list rules the
// team's gold sets were coded with.)
func speakerAfter(toks []text.Token, a int, n mention) bool {
	return isWord(toks, a, ",") && isWord(toks, a+1, "and") && n.end < len(toks) && reportVerbs[toks[n.end].Lower] && toks[n.end].Lower != "according" &&
		len(n.members) == 1 && n.members[0].person != nil
}

// counted reports whether m and n may be members of a list that counts
// each: both name only the people or the armed forces of countries ("16
// Americans and one Canadian", "five Somali soldiers and two Ugandan
// peacekeepers", "three Israeli soldiers and two Lebanese civilians").
// Machines of forces are not counted so ("two Chinese H-6 bombers and two
// Russian Tu-95 bombers"): a pattern that names the machine ("intercepted
// ... bombers") takes the second for its target, as it did before such
// lists were joined, where one joined phrase would leave it none.
func counted(toks []text.Token, m, n mention) bool {
	return countable(m) && countable(n) && !equipment[toks[m.end-1].Lemma] && !equipment[toks[n.end-1].Lemma]
}

// countable reports whether m names only the people or the armed forces of
// countries ("Americans", "Somali soldiers"), no person and no state.
func countable(m mention) bool {
	for _, b := range m.members {
		if len(b.code) != 6 || b.person != nil || !countedRoles[b.code[3:]] {
			return false
		}
	}
	return len(m.members) > 0
}

// countedRoles are the roles of people a list may count: civilians, armed
// forces, and people named by what they do ("13 Israeli hostages and four
// Thai farm workers", "two French journalists and three Belgian students").
var countedRoles = set(`CVL MIL PKO COP UAF SPY LAB OPP EDU MED REF REL`)

// joinsCounted is joins with numbers allowed among the glue: "two Chinese
// and two Russian bombers".
func joinsCounted(toks []text.Token, a, b int) bool { return glue(toks, a, b, true) }

// glue reports whether the tokens from a to b are list glue, numbers too
// when counted.
func glue(toks []text.Token, a, b int, counted bool) bool {
	if b <= a || b-a > 4 {
		return false
	}
	for i := a; i < b; i++ {
		if _, number := numberWords[toks[i].Lower]; counted && (number || toks[i].Kind == text.Number) {
			continue
		}
		switch toks[i].Lower {
		case ",", "and", "or", "-", "&", "as", "well", "the":
		default:
			return false
		}
	}
	return true
}

// hasConj reports whether the glue from a to b has a conjunction (a list
// needs one: "Iran, Russia" alone is an apposition).
func hasConj(toks []text.Token, a, b int) bool {
	for i := a; i < b; i++ {
		switch toks[i].Lower {
		case "and", "or", "-", "&":
			return true
		}
	}
	return false
}

// openers are the prepositions that open a sentence with a phrase of its
// own, closed by a comma: "After talks in Cairo, ...", "Ahead of talks with
// Japan and South Korea, ...", and the participles of speaking and meeting
// that do so: "Speaking alongside Biden and Scholz, Zelensky said".
var openers = set(`after following before during despite amid in at on since with without upon under ahead alongside unlike like
	speaking addressing responding reacting commenting meeting visiting talking citing referring writing asked`)

// openingLeads are the words of a span of time that may come before an
// opener: "Hours after the talks, ...", "Just two days before the vote, ...",
// "Shortly after midnight, ...".
var openingLeads = set(`a an one two three four five six seven eight nine ten few several just only barely less more than nearly almost some
	minutes minute hours hour days day weeks week months month years year moments moment shortly soon immediately late early hard`)

// opensWithPhrase reports whether the sentence opens with a prepositional
// phrase, after at most a span of time ("Hours after", "Shortly before").
func opensWithPhrase(toks []text.Token) bool {
	for k := 0; k < len(toks) && k < 6; k++ {
		if openers[toks[k].Lower] {
			return true
		}
		if !openingLeads[toks[k].Lower] && toks[k].Kind != text.Number {
			return false
		}
	}
	return false
}

// closesOpening reports whether the glue between the listed mentions holds
// the comma that closes a sentence's opening phrase: "Hours after the
// meeting between Zelensky and Biden, Russia struck Kyiv".
func closesOpening(toks []text.Token, ms []mention) bool {
	for k := 0; k+1 < len(ms); k++ {
		for t := ms[k].end; t < ms[k+1].start; t++ {
			if openingComma(toks, t) {
				return true
			}
		}
	}
	return false
}

// openingComma reports whether token a is the first comma of a sentence
// that opens with a prepositional phrase: the comma that closes it.
func openingComma(toks []text.Token, a int) bool {
	if !isWord(toks, a, ",") || len(toks) == 0 || !opensWithPhrase(toks) {
		return false
	}
	for k := 0; k < a; k++ {
		if toks[k].Lower == "," {
			return false
		}
	}
	return true
}

// weakLead reports whether ms[k] is a country's adjective that leads the
// named actor right after it ("Russian Wagner mercenaries", whose name
// already carries the country): one member of a list, not two.
func weakLead(ms []mention, k int) bool {
	return ms[k].kind == mWeak && k+1 < len(ms) && ms[k+1].kind == mFull && ms[k+1].start == ms[k].end
}
