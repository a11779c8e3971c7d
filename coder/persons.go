package coder

import (
	"sort"
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// People the dictionaries do not know. Domestic news names activists,
// journalists and suspects no list will ever hold ("Police arrested Jacob
// Ngarivhume"); a name alone says who only when words around it do:
//
//   - an apposition that names a role ("X, an opposition activist,", "X,
//     one of Vietnam's best-known dissident journalists,") makes the name
//     that role's actor, with the country the role takes (the apposition's
//     own words first);
//   - with no role anywhere, a name right after a verb of an act on people
//     ("arrested X", "sentenced X") or before its passive ("X was
//     detained") is a person of the sentence's country (CVL), an actor
//     only as the target of such an act by a state body or an armed group
//     of that country (see strangerActs).
//
// Either way the name is remembered, so that a later sentence's surname
// is the same person (POLICY §8).

// strangers adds the mentions of unknown people's names to ms (sorted by
// start), given the dictionary hits raws of the sentence.
func (c *Coder) strangers(toks []text.Token, raws []raw, ms []mention) []mention {
	if !lowerWords(toks) {
		return ms // a headline capitalises every word, names or not
	}
	hit := make([]bool, len(toks))
	for _, x := range raws {
		for k := x.start; k < x.end; k++ {
			hit[k] = true
		}
	}
	for _, m := range ms {
		for k := max(0, m.start); k < m.end; k++ {
			hit[k] = true
		}
	}
	var ships [][2]int // "the Galaxy Leader, a car carrier,": no person; found on the first name
	shipsRead := false
	var out []mention
	for a := 0; a < len(toks); a++ {
		if !c.nameStart(toks, hit, a) {
			continue
		}
		b := c.nameEnd(toks, hit, a)
		if b < 0 {
			continue
		}
		if !shipsRead {
			ships, shipsRead = shipNames(toks), true
		}
		if inSpans(ships, a) {
			a = b
			continue
		}
		if isWord(toks, b, ",") {
			if k, m, ok := c.roleApposition(toks, ms, b+1); ok {
				m.start, m.named, m.unknown = a, [2]int{a, b}, true
				for j := range m.members {
					m.members[j].start = a
				}
				ms = append(ms[:k], ms[k+1:]...)
				ms = dropBetween(ms, b+1, m.end)
				out = append(out, m)
				a = b
				continue
			}
			if m, ok := demonymApposition(toks, ms, a, b); ok {
				out = append(out, m) // "X, a Russian serving a life sentence,": a person of that people
				a = b
				continue
			}
		}
		if c.actedOn(toks, a, b) && (!apposed(toks, b) || kinApposed(toks, b)) {
			// an apposition says who the person is, even one no role of
			// the dictionaries names: "X, a son of the ousted leader,"
			out = append(out, mention{start: a, end: b, kind: mAgent, role: "CVL", named: [2]int{a, b}, unknown: true, stranger: true})
		}
		a = b
	}
	if len(out) == 0 {
		return ms
	}
	ms = append(ms, out...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	return ms
}

// markUnknown gives the members of unknown people's mentions, once the
// role words have their countries, what the mentions say of them: a person
// ("unknown"), a role held before ("former": the country only), no role
// ("stranger", how sure its country is).
func markUnknown(ms []mention) []mention {
	for i := range ms {
		if ms[i].unknown {
			for j := range ms[i].members {
				ms[i].members[j].unknown = true
			}
		}
		if ms[i].former {
			// "X, a former army officer,": the country, not the office
			for j, mb := range ms[i].members {
				if mb.country != "" {
					ms[i].members[j].code = mb.country
				}
			}
		}
		if ms[i].stranger {
			kind := strangerPlaced
			if ms[i].implied == fromOnly || ms[i].implied == fromDocument || ms[i].implied == fromStory {
				kind = strangerGuessed
			}
			for j := range ms[i].members {
				ms[i].members[j].stranger = kind
			}
		}
	}
	return ms
}

// lowerWords reports whether toks has a word of four letters or more in
// lower case that is no grammar word, as text in sentence case has.
func lowerWords(toks []text.Token) bool {
	for i := range toks {
		if t := &toks[i]; t.Kind == text.Word && !t.Cap && !t.Upper && len(t.Lower) > 3 && !closedClass(t.Lower) {
			return true
		}
	}
	return false
}

// nameStart reports whether an unknown person's name may begin at token a:
// a name word no dictionary hit covers, with no capitalised word of a
// longer name before it.
func (c *Coder) nameStart(toks []text.Token, hit []bool, a int) bool {
	if hit[a] || !c.personWord(&toks[a]) {
		return false
	}
	if a == 0 {
		return true
	}
	p := &toks[a-1]
	return !(p.Kind == text.Word && p.Cap && !hit[a-1]) && p.Lower != "-" && p.Lower != "'s"
}

// nameEnd returns the end of the unknown person's name that starts at
// token a: two to four name words (a hyphen within a word and particles
// between them: "Jean-Pierre", "Abd al-Rahman"), not followed by another
// capitalised word or a possessive ("Huawei's chief" is the company's), or
// -1.
func (c *Coder) nameEnd(toks []text.Token, hit []bool, a int) int {
	words, k := 0, a
	for k < len(toks) {
		t := &toks[k]
		switch {
		case hit[k]:
		case c.personWord(t):
			words++
			k++
			continue
		case (t.Lower == "-" || t.Lower == "'") && k > a && k+1 < len(toks) && t.Start == toks[k-1].End && toks[k+1].Start == t.End:
			k++
			continue
		case innerParticles[t.Lower] && k > a && k+1 < len(toks):
			k++
			continue
		}
		break
	}
	for k > a && !toks[k-1].Cap {
		k-- // a particle or hyphen ends no name
	}
	if words < 2 || words > 4 || k < len(toks) && (toks[k].Cap && toks[k].Kind == text.Word && !dayOrMonth(toks[k].Lower) || toks[k].Lower == "'s") {
		return -1
	}
	return k
}

// dayOrMonth reports whether w is the name of a day of the week or a month.
func dayOrMonth(w string) bool {
	_, day := weekdays[w]
	return day || monthNames[w] > 0
}

// personWord reports whether t can be a word of a person's name:
// capitalised, letters only, not all capitals (an acronym), no grammar
// word, day, month or word of the names of organisations, places and
// things, and no verb the patterns know.
func (c *Coder) personWord(t *text.Token) bool {
	if t.Kind != text.Word || !t.Cap || t.Upper || len(t.Lower) < 2 || closedClass(t.Lower) || thingWords[t.Lower] {
		return false
	}
	if dayOrMonth(t.Lower) {
		return false
	}
	for _, r := range t.Lower {
		if (r < 'a' || r > 'z') && r < 0x80 {
			return false
		}
	}
	return len(c.lx.PatternsAt(t.Lemma)) == 0 && len(c.lx.FramesAt(t.Lemma)) == 0
}

// innerParticles stand within people's names in lower case: "Abu Bakr al
// Baghdadi", "Ursula von der Leyen".
var innerParticles = set(`al el bin ibn bint van von der den de da das dos del della di du la le`)

// thingWords are words of the names of organisations, places, ships,
// events and documents, never of a person's: "Apple Daily", "Galaxy
// Leader", "Camp David".
var thingWords = set(`party movement front group company corp corporation inc ltd llc plc bank airlines airways association
	union council committee commission court ministry agency army navy brigade brigades battalion news daily times post
	herald tribune journal gazette telegraph street square road avenue bridge island islands mountain mountains hill hills
	river lake sea bay port harbour harbor airport station university college school academy hospital prison camp center
	centre institute foundation fund church mosque temple cathedral leader express star spirit pride glory ocean maritime
	shipping energy oil gas petroleum holdings media network television radio day week year cup games olympics prize award
	act law bill accord agreement treaty declaration operation war revolution republic kingdom state states province
	district city county region north south east west northern southern eastern western central national international
	federal democratic islamic united people peoples liberation forces force service services office embassy club league
	federation organisation organization institution alliance coalition brotherhood network project program programme
	initiative summit conference forum festival museum palace tower hall park valley desert gulf strait canal field base
	fort village town county valley beach coast cape peninsula plateau lines line railway railways motors technologies
	group systems industries international global trust capital partners`)

// roleApposition finds at token i (after a name's comma) an apposition
// that names a role: a role word with the words that give it a country
// ("an opposition activist", "a Zimbabwean journalist", "one of Vietnam's
// best-known dissident journalists", "a former army officer"), closed by
// punctuation, a relative pronoun or a preposition, not by a verb ("X,
// the police said"). It returns the index of the role's mention in ms and
// the mention the apposition makes, from the role's own words.
func (c *Coder) roleApposition(toks []text.Token, ms []mention, i int) (int, mention, bool) {
	k := i
	if isWord(toks, k, "one") && isWord(toks, k+1, "of") {
		k += 2
	}
	if isWord(toks, k, "a") || isWord(toks, k, "an") || isWord(toks, k, "the") {
		k++
	}
	// "one of Vietnam's": the country its possessive names
	var owner *mention
	ri := -1
	weak := make([]bool, 0, 8) // the tokens from k on that an adjective modifying the role takes: "a Somali al Shabaab commander"
	for j := range ms {
		m := &ms[j]
		if m.start < k {
			continue
		}
		if m.start > k+4 {
			break
		}
		if owner == nil && m.start == k && m.kind == mFull && m.poss && len(m.members) == 1 && len(m.members[0].code) == 3 &&
			m.members[0].country != "" && m.members[0].person == nil {
			owner = m
			k = m.end + 1
			continue
		}
		if m.kind == mWeak {
			for len(weak) < m.end-k {
				weak = append(weak, len(weak) >= m.start-k)
			}
			continue
		}
		ri = j
		break
	}
	if ri < 0 {
		return -1, mention{}, false
	}
	r := ms[ri]
	for j := k; j < r.start; j++ {
		// the modifiers between: "best-known", "prominent", "former"
		if j-k < len(weak) && weak[j-k] {
			continue
		}
		if t := &toks[j]; t.Cap || t.Kind != text.Word && t.Lower != "-" || closedClass(t.Lower) || len(c.lx.PatternsAt(t.Lemma)) > 0 && t.Lemma != t.Lower {
			return -1, mention{}, false
		}
	}
	if e := r.end; e < len(toks) && !closesApposition(&toks[e]) {
		return -1, mention{}, false
	}
	switch {
	case r.kind == mAgent && len(r.members) == 0 && r.role != "" && !stateless[r.role] && !toks[r.end-1].Cap:
		if owner != nil {
			o := owner.members[0]
			r.kind, r.members = mFull, []member{{code: o.country + r.role, country: o.country, name: o.name, end: r.end}}
		}
	case r.kind == mFull && owner == nil && len(r.members) == 1 && r.members[0].person == nil && len(r.members[0].code) > 3 &&
		!toks[r.end-1].Cap && r.members[0].country != "":
		// "a Zimbabwean opposition activist": the role with its country
	default:
		return -1, mention{}, false
	}
	r.poss = false
	for j := i; j < r.end; j++ {
		if w := toks[j].Lower; w == "former" || w == "ex" || strings.HasPrefix(w, "ex-") {
			r.former = true
		}
	}
	return ri, r, true
}

// closesApposition reports whether t may follow an apposition's role word:
// punctuation, a relative pronoun or a preposition ("an activist from
// Harare"), not a verb ("X, the police said").
func closesApposition(t *text.Token) bool {
	switch t.Lower {
	case ",", ".", ";", ")", "who", "whose", "whom", "and":
		return true
	}
	return prepositions[t.Lower] && t.Lower != "by"
}

// apposed reports whether an apposition follows a name ending at token b:
// a comma and a word that begins one ("X, a son of the ousted leader,"),
// not a report's tail ("X, the police said").
func apposed(toks []text.Token, b int) bool {
	if !isWord(toks, b, ",") || b+1 >= len(toks) || !appositionStarts[toks[b+1].Lower] {
		return false
	}
	for k := b + 2; k < len(toks) && toks[k].Kind != text.Punct; k++ {
		if clauseWords[toks[k].Lower] {
			return false
		}
	}
	return true
}

// appositionStarts begin an apposition after a name's comma.
var appositionStarts = set(`a an the one former`)

// actedOn reports whether the unknown name at toks[a:b] is what an act on
// people is done to: right after its verb ("arrested X", "to release X")
// or the subject of its passive ("X was detained", "X has been jailed").
func (c *Coder) actedOn(toks []text.Token, a, b int) bool {
	if a > 0 && actsOnPersons[toks[a-1].Lemma] {
		return true
	}
	k := b
	if isWord(toks, k, "has") || isWord(toks, k, "had") || isWord(toks, k, "have") {
		k++
		if !isWord(toks, k, "been") {
			return false
		}
	} else if !isWord(toks, k, "was") && !isWord(toks, k, "is") && !isWord(toks, k, "were") {
		return false
	}
	return k+1 < len(toks) && actsOnPersons[toks[k+1].Lemma] && toks[k+1].Lower != toks[k+1].Lemma
}

// actsOnPersons are the verbs of acts a state or an armed group does to a
// named person: arrest, trial, abduction, killing, release, expulsion, a ban
// (people.go's peopleActs are those done to people described in words).
var actsOnPersons = set(`arrest detain sentence convict charge indict prosecute jail imprison abduct kidnap kill murder assassinate
	execute release free expel deport ban`)

// strangerActs keeps the events of a person no dictionary knows and whose
// role no words give (a member marked stranger) only where the person is
// the target of an act on people (coerce, assault, fight, mass violence,
// a release) by a state body or an armed group of the person's country:
// "Police in Harare arrested Jacob Ngarivhume" is ZWECOP → ZWECVL 173,
// while what such a person does, or what a company or a foreign state does
// to him, is no event of a person the coder can name.
func strangerActs(ps []proto) []proto {
	out := ps[:0]
	for _, p := range ps {
		if p.src.stranger != notStranger || p.hasTgt && p.tgt.stranger != notStranger && !(peopleCode(p.code) && ownForce(p.src, p.tgt)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// peopleCode reports whether code is an act done to people: coercion,
// assault, fighting, mass violence (17–20) or a release (084).
func peopleCode(code dyad.EventCode) bool {
	switch code.Root() {
	case "17", "18", "19", "20":
		return true
	}
	return strings.HasPrefix(string(code), "084")
}

// ownForce reports whether src is a state body (the state itself,
// government, military, police, judiciary, intelligence, legislature) or
// an armed group (rebels, insurgents, separatists, gunmen) of stranger
// tgt's country. Where only the sentence's one country or the document's
// gives tgt its country, the source must be a body that acts at home (the
// state, its government, police, courts, intelligence): "US forces killed
// X" names no American.
func ownForce(src, tgt member) bool {
	if src.country != tgt.country || tgt.country == "" || src.stranger != notStranger {
		return false
	}
	code := src.code
	if len(code) == 3 {
		return code == tgt.country
	}
	if len(code) < 6 {
		return false
	}
	if tgt.stranger == strangerGuessed {
		return homeRoles[code[3:6]] || armedRoles[code[3:6]] && code[3:6] != "MIL" // drops: "ELN rebels freed X": armed groups act at home, armies abroad too
	}
	return homeRoles[code[3:6]] || armedRoles[code[3:6]]
}

// homeRoles are the state bodies that act on people at home (armedRoles,
// the forces and armed groups, may act abroad too).
var homeRoles = set(`GOV COP JUD SPY LEG`)

// inSpans reports whether token i lies in one of spans.
func inSpans(spans [][2]int, i int) bool {
	for _, s := range spans {
		if s[0] <= i && i < s[1] {
			return true
		}
	}
	return false
}

// dropBetween removes the mentions that lie within tokens [from, to): the
// words of an apposition now part of a person's mention.
func dropBetween(ms []mention, from, to int) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.start >= from && m.end <= to {
			continue
		}
		out = append(out, m)
	}
	return out
}
