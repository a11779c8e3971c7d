package coder

import (
	"slices"
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// inLongerName reports whether hit x, a country or a place, is the tail of a
// longer proper name the dictionaries do not know: "Puerto Jordan" is a town
// in Colombia, not Jordan; "Fernando Villavicencio" a man, not the Colombian
// city; "Mr Jordan" a surname. The word before it is then a courtesy title
// or a capitalised word that no earlier hit took and that is not the
// sentence's first, a day or a month. Text in title case ("Russian Troops Enter Ukraine") is left alone.
func inLongerName(toks []text.Token, before []raw, x raw) bool {
	i := x.start
	if i < 1 || x.kind != rPlace && !(x.kind == rActor && pick(x.acts).Kind != lexicon.Person && pick(x.acts).Country != "") {
		return false
	}
	if i == 1 {
		// the sentence's first word is capitalised whatever it is; a given
		// name there opens a person's name: "Thomas Shannon, a U.S.
		// diplomat, ..." is no town in Ireland
		p := &toks[0]
		return p.Kind == text.Word && p.Cap && !p.Upper && p.End == toks[1].Start-1 && lexicon.GivenName(p.Lower) && !titleCase(toks)
	}
	p := &toks[i-1]
	if p.Kind != text.Word || !p.Cap || p.Upper || p.End != toks[i].Start-1 {
		return false
	}
	if n := len(before); n > 0 && before[n-1].end == i {
		return false // "NATO ally Turkey" is two hits
	}
	if courtesy[p.Lower] {
		return true // "Mr Jordan": a surname
	}
	if _, ok := weekdays[p.Lower]; ok || monthNames[p.Lower] > 0 {
		return false
	}
	return !titleCase(toks)
}

// thingName reports whether role hit x, one capitalised word ("Leader",
// "President", "Princess"), ends the proper name of a thing: a ship's
// ("boarded the Galaxy Leader", "the tanker Ocean Princess", "hijacked the
// Golden President"), a hotel's or a company's. The word before it is then
// capitalised and no hit's, after "the" or a vessel's noun (a phrase of
// the dictionaries that begins before it, "Vice President", is the longer hit): no person is named so, while a title goes before a
// name ("President Ruto") or after a country ("the Kenyan President").
func thingName(toks []text.Token, before []raw, x raw) bool {
	i := x.start
	if x.kind != rAgent || x.end != i+1 || i < 2 || !toks[i].Cap || toks[i].Upper || !namedRanks[toks[i].Lower] {
		return false
	}
	p := &toks[i-1]
	if p.Kind != text.Word || !p.Cap || p.Upper || courtesy[p.Lower] {
		return false
	}
	if n := len(before); n > 0 && before[n-1].end == i {
		return false // "the Kenyan President": the country's
	}
	if _, ok := weekdays[p.Lower]; ok || monthNames[p.Lower] > 0 {
		return false
	}
	return (toks[i-2].Lower == "the" || vesselNouns[toks[i-2].Lower]) && !titleCase(toks)
}

// namedRanks are the role words that end ships' and firms' names ("Galaxy
// Leader", "Golden President", "Ocean Princess"); an office's other words
// ("the Health Minister") are left to the role dictionary.
var namedRanks = set(`leader president princess prince queen king emperor`)

// vesselNouns go before a ship's name: "the tanker Ocean Princess".
var vesselNouns = set(`ship vessel tanker freighter carrier ferry yacht boat trawler`)

// courtesy titles come before a surname: "Mr Jordan".
var courtesy = set(`mr mr. mrs mrs. ms ms. dr dr. sir lord lady`)

// titleCase reports whether most words of a sentence are capitalised, as in
// headlines.
func titleCase(toks []text.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.Kind == text.Word && len(t.Lower) > 3 {
			words++
			if t.Cap {
				caps++
			}
		}
	}
	return words >= 4 && caps*3 >= words*2
}

// titledSurnames resolves a title followed by a surname the dictionaries
// know only as part of full names: "President Bush" in 2003 is George W.
// Bush, "Prime Minister Netanyahu" Benjamin Netanyahu. Of the people with
// that surname, the one who held an office of the title's role on the
// date is meant; failing that, the only one who held any office then.
func (c *Coder) titledSurnames(toks []text.Token, ms []mention, date string) []mention {
	for i := range ms {
		m := &ms[i]
		if m.kind != mAgent || len(m.members) > 0 || m.named[1]-m.named[0] != 1 {
			continue
		}
		var words []string
		for _, t := range toks[m.start:m.named[0]] {
			words = append(words, t.Lower)
		}
		title := strings.Join(words, " ")
		people := c.lx.Surnamed(toks[m.named[0]].Lower)
		var pick []*lexicon.Actor
		for _, a := range people {
			if r, ok := a.Person.At(date); ok && len(r.Code) >= 6 && r.Code[3:6] == m.role {
				pick = append(pick, a)
			}
		}
		if len(pick) > 1 {
			// "President Bush" in 2003: the one whose office is called so
			pick = slices.DeleteFunc(pick, func(a *lexicon.Actor) bool {
				r, _ := a.Person.At(date)
				return !titled(r, title)
			})
		}
		if len(pick) == 0 {
			// "President Bush" in 2018: the one of that name who ever held
			// an office called so, now a former holder
			for _, a := range people {
				if slices.ContainsFunc(a.Person.Roles, func(r lexicon.Role) bool { return titled(r, title) }) {
					pick = append(pick, a)
				}
			}
		}
		if len(pick) != 1 {
			continue
		}
		mb := memberOf(pick[0], raw{start: m.start, end: m.end}, date)
		m.kind, m.members = mFull, []member{mb}
	}
	return ms
}

// titled reports whether role r's title names the title words before a
// surname ("president" in "President of the United States").
func titled(r lexicon.Role, title string) bool {
	return title != "" && strings.Contains(strings.ToLower(r.Title), title)
}

// recase gives a sentence written all in lower case ("obama praised
// mubarak") the capitals its names would have: a word that starts a name,
// place or organisation of the dictionaries, and no role word or action,
// counts as capitalised. In a sentence with capitals, case tells names
// from words ("Bush" from "bush") and is left as written.
func (c *Coder) recase(toks []text.Token) {
	facts := make([]wordFacts, len(toks))
	for i := range toks {
		facts[i] = factsOf(c.lx, &toks[i])
	}
	c.recaseFacts(toks, facts)
}

// recaseFacts is recase with the facts of toks (wordfacts.go) at hand.
func (c *Coder) recaseFacts(toks []text.Token, facts []wordFacts) {
	for i := 1; i < len(toks); i++ {
		if toks[i].Kind == text.Word && (toks[i].Cap || toks[i].Upper) {
			return
		}
	}
	for i := range toks {
		t := &toks[i]
		f := &facts[i]
		b := f.starts
		if t.Kind != text.Word || t.Cap || len(t.Lower) < 3 || b&(lexicon.StartsActor|lexicon.StartsPlace) == 0 || b&lexicon.StartsAgent != 0 ||
			len(f.patterns) > 0 || len(f.frames) > 0 || closedClass(t.Lower) {
			continue
		}
		t.Cap = true
	}
}

// surnameHits adds to raws, ordered by start, the capitalised words no
// dictionary phrase took that are the surname of exactly one person in
// office on the date: "Mubarak" in 2010 is Hosni Mubarak, while "Kim" (many
// people) and "Johnson" (several in office) stay unknown. Short words are
// too often names of many.
func (c *Coder) surnameHits(toks []text.Token, raws []raw, date string) []raw {
	out := make([]raw, 0, len(raws))
	r := 0
	for i := 0; i < len(toks); i++ {
		for r < len(raws) && raws[r].end <= i {
			out = append(out, raws[r])
			r++
		}
		if r < len(raws) && raws[r].start <= i {
			continue // inside a hit
		}
		t := &toks[i]
		if t.Kind == text.Word && t.Cap && !t.Upper && isWord(toks, i+1, "administration") {
			if a := c.lx.FormerLeader(t.Lower); a != nil {
				// "the Bush administration", "the Clinton administration":
				// the government its leader headed, whenever written
				out = append(out, raw{start: i, end: i + 1, kind: rActor, acts: []*lexicon.Actor{a}})
				continue
			}
		}
		if t.Kind != text.Word || !t.Cap || t.Upper || len(t.Lower) < 5 || closedClass(t.Lower) || c.lx.Starts(t) != 0 ||
			i+1 < len(toks) && toks[i+1].Cap && toks[i+1].Kind == text.Word {
			continue // "Kurt Volker": an unknown full name is someone else
		}
		if i > 0 && toks[i-1].Cap && toks[i-1].Kind == text.Word && (r == 0 || raws[r-1].end != i) {
			continue
		}
		var pick *lexicon.Actor
		n := 0
		for _, a := range c.lx.Surnamed(t.Lower) {
			if _, held := a.Person.At(date); held {
				pick = a
				n++
			}
		}
		if n == 1 {
			out = append(out, raw{start: i, end: i + 1, kind: rActor, acts: []*lexicon.Actor{pick}})
		}
	}
	return append(out, raws[r:]...)
}

// possessed reports whether the word at t is a noun a possessive pronoun
// owns, past the words of an actor: "his Serbian host".
func (s *sentence) possessed(t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if pronouns[s.toks[k].Lower] {
			return true
		}
		if s.in[k] < 0 {
			return false
		}
	}
	return false
}

// sentenceCase reports whether the sentence is written in sentence case:
// it has lower-case words other than function words, so a capital inside
// it marks a name ("Israeli Strikes on Gaza Kill 20" is a title).
func (s *sentence) sentenceCase() bool {
	for _, t := range s.toks {
		if t.Kind == text.Word && !t.Cap && !t.Upper && len(t.Lower) > 3 && !closedClass(t.Lower) {
			return true
		}
	}
	return false
}

// inName reports whether the word at t, in a sentence-case sentence, is
// the last word of a name no dictionary has: capitalised, after a
// capitalised word, and before a lower-case one ("around the Cape of Good
// Hope to Qingdao" has no hope to do anything).
func (s *sentence) inName(t int) bool {
	return t > 0 && t+1 < len(s.toks) && s.toks[t].Cap && s.toks[t-1].Cap && s.toks[t-1].Kind == text.Word &&
		s.toks[t+1].Kind == text.Word && !s.toks[t+1].Cap && !s.toks[t+1].Upper
}

// nameOf reports whether the words from token a up to token b are a few
// words of one name, with no punctuation but a hyphen: "Fath-360
// close-range" before "ballistic missiles".
func (s *sentence) nameOf(a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.Text == "-" {
			continue
		}
		if words++; t.Kind == text.Punct || prepositions[t.Lower] || determiners[t.Lower] || s.in[k] >= 0 {
			return false
		}
	}
	return words <= 4
}

// personAt reports whether a named person's mention starts at token k,
// with a capital: "South Korean President Yoon Suk Yeol", "Lula".
func (s *sentence) personAt(k int) bool {
	if k >= len(s.toks) || !s.toks[k].Cap || s.in[k] < 0 {
		return false
	}
	m := &s.ms[s.in[k]]
	return m.start == k && len(m.members) == 1 && m.members[0].person != nil
}

// nounTail reports whether mention mi ends on a common noun of its own (a
// role word: "a South Korean fisherman", "Israeli hostages"), which a
// pattern may name after its target.
func (s *sentence) nounTail(mi int) bool {
	m := &s.ms[mi]
	k := m.end - 1
	// the country must be the mention's own ("South Korean"), not one the
	// context lends a bare role word ("hostages")
	return m.kind == mFull && k > m.start && s.toks[k].Kind == text.Word && !s.toks[k].Cap && s.toks[k].Lower != "'s"
}
