package coder

import (
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// A body's name that several states use alike ("Congress": the legislature
// of the United States, Peru, Brazil, the Philippines...) is in the
// dictionary its owner's `units` and the others' `shares`. The context
// chooses among them as it chooses a role word's country (doc/POLICY.md §5),
// but only among the states that have such a body: a sentence about Ukraine
// ("Congress approved aid for Ukraine") leaves the name to its owner.

// owner returns the one body of a unit's name that no other state's
// shares, and all the bodies of the name when other states share it (nil
// when none does); it returns nil when several states own the name alike.
func owner(as []*lexicon.Actor) (*lexicon.Actor, []*lexicon.Actor) {
	if len(as) == 1 {
		return as[0], nil
	}
	var own *lexicon.Actor
	for _, a := range as {
		if !a.Shared {
			if own != nil {
				return nil, nil
			}
			own = a
		}
	}
	if own == nil {
		return nil, nil
	}
	return own, as
}

// sharedName reports whether a unit's name is one other states share.
func sharedName(as []*lexicon.Actor) bool {
	_, shared := owner(as)
	return shared != nil
}

// sharedBody gives the shared body ms[i], coded its owner's, the state the
// context points to, in the order of a role word's (its own words "Congress
// of Peru", the place its clause is set in, the dateline, the state the
// previous sentence was about (story, when storyFirst gives it), the one
// country the sentence names, the document's): the first of them that has a body
// of the name and that the sentence does not name as the body's counterpart
// ("Congress approved aid to Colombia" is the owner's). A place right after
// the name ("Congress in Caracas") is its own words and holds whatever the
// dictionary says. When the first is the owner, or none qualifies, the body
// stays the owner's. site returns the country of the place the clause puts
// token t in and where that place stands.
func (c *Coder) sharedBody(toks []text.Token, ms []mention, i int, site func(t int) (string, int), only, story string, ctx *docCtx) {
	m := &ms[i]
	type clue struct {
		country, from string
		own           bool
	}
	clues := make([]clue, 0, 4)
	if country, _ := ofCountry(toks, ms, i); country != "" {
		clues = append(clues, clue{country, fromOf, true})
	}
	if country, at := site(m.start); country != "" {
		if isWord(toks, m.end, "in") && at == m.end+1 {
			clues = append(clues, clue{country, fromPlaceAfter, true})
		} else {
			clues = append(clues, clue{country, fromSentence, false})
		}
	}
	home, hfrom := c.home(ctx)
	if hfrom == fromDateline {
		clues = append(clues, clue{home, hfrom, false})
	}
	if story != "" {
		clues = append(clues, clue{story, fromStory, false})
	}
	if only != "" {
		clues = append(clues, clue{only, fromOnly, false})
	}
	if home != "" && hfrom != fromDateline {
		clues = append(clues, clue{home, hfrom, false})
	}
	role := ""
	for _, a := range m.shared {
		if !a.Shared {
			role = a.Role
		}
	}
	country, from := "", ""
	for _, cl := range clues {
		var body *lexicon.Actor
		for _, a := range m.shared {
			if a.Country == cl.country {
				body = a
			}
		}
		if cl.own || body != nil && !counterpart(ms, i, cl.country) {
			country, from = cl.country, cl.from
			if body != nil {
				role = body.Role
			}
			break
		}
	}
	if country == "" || country == m.members[0].country {
		return
	}
	name, _ := c.lx.Name(country)
	was := m.members[0].code
	m.members[0] = member{code: country + role, country: country, name: name, start: m.start, end: m.end}
	m.implied = from
	for k := range ms {
		// a pronoun after it was read as the owner's body ("accused the
		// National Intelligence Service of spying on its leaders"), unless
		// the sentence names the owner's body itself
		if k != i && ms[k].kind != mPronoun && len(ms[k].members) > 0 && ms[k].members[0].code == was {
			return
		}
	}
	for k := range ms {
		if p := &ms[k]; p.kind == mPronoun && p.start > m.start && len(p.members) == 1 && p.members[0].code == was {
			p.members[0].code, p.members[0].country, p.members[0].name = m.members[0].code, country, name
		}
	}
}

// fromPlaceAfter is where a shared body whose own words name its place
// ("Congress in Caracas") takes its country from.
const fromPlaceAfter = "place named after it"

// guessed reports whether the shared body m took its state from the
// context, not from its own words: the event's confidence pays for it as
// for a role word's.
func guessed(m *mention) bool {
	return m.shared != nil && m.implied != "" && m.implied != fromOf && m.implied != fromPlaceAfter
}

// counterpart reports whether the sentence names country bare after
// ms[i] as the object of a preposition of dealings ("aid to Colombia",
// "a deal with Mexico", "sanctions on the Philippines"): a state's own body
// does not deal with its state so.
func counterpart(ms []mention, i int, country string) bool {
	for _, p := range ms {
		if p.start >= ms[i].end && len(p.members) == 1 && p.members[0].code == country && counterpartPreps[p.prep] {
			return true
		}
	}
	return false
}

// counterpartPreps are the prepositions of counterpart.
var counterpartPreps = set(`to against with for toward towards on from over`)

// onlyCountry returns the one country the mentions name and where it is
// first named, or "" and -1 when they name none or several; skipShared
// leaves out the bodies whose name several states share.
func onlyCountry(ms []mention, skipShared bool) (string, int) {
	only, at := "", -1
	for _, m := range ms {
		if m.kind == mPronoun || m.kind == mEvent || skipShared && m.shared != nil {
			continue
		}
		for _, mb := range m.members {
			if mb.country != "" && mb.country != only && !press(mb) {
				if only != "" {
					return "", -1
				}
				only, at = mb.country, m.start
			}
		}
	}
	return only, at
}
