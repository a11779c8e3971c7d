package coder

import "github.com/dyadhq/dyad/text"

// context returns the country a role word with no country of its own and
// no place of its sentence takes from the context, and where it came from
// (POLICY §5): the dateline's; else the state the document's previous
// sentence was about, when its sentence names no country, or names one only
// after it in its own clause, as what it acts on ("South Korea imposed
// sanctions on two Russian ships. The Foreign Ministry also sanctioned two
// Russian companies"); else the one country its sentence names, but for a
// bare office title before it; else the country the document names most.
// only and onlyAt are the one country the sentence names and where;
// clauseOf numbers the clause of each token.
func (c *Coder) context(toks []text.Token, m *mention, ctx *docCtx, only string, onlyAt int, clauseOf []int) (country, from string) {
	if home := c.datelined(ctx); home != "" {
		return home, fromDateline
	}
	// the country the document names most (home) is asked for only where
	// it decides: working it out reads the whole document
	office := false
	if bareOffice(toks, m, onlyAt) {
		_, hfrom := c.home(ctx)
		office = hfrom == fromDocument
	}
	if story := storyFirst(m, ctx, only, onlyAt, clauseOf, office); story != "" {
		return story, fromStory
	}
	if only != "" && backedByAt(toks, m, onlyAt) {
		// "Government troops backed by Rwanda": the country is the
		// backer's, and the troops are someone else's
		if home, hfrom := c.home(ctx); home != only {
			return home, hfrom
		}
		return "", ""
	}
	if only != "" && !office {
		return only, fromOnly
	}
	return c.home(ctx)
}

// backedByAt reports whether the country at token k names who backs role
// mention m: a participle of backing ("backed", "supported", "armed") and
// "by" right after m, and k within the few words after "by" ("backed by
// Rwanda", "supported by Rwandan forces"). The backer is not m's country.
func backedByAt(toks []text.Token, m *mention, k int) bool {
	b := m.end
	return b+1 < len(toks) && backers[toks[b].Lower] && toks[b+1].Lower == "by" && k > b+1 && k <= b+4
}

// storyFirst returns the state the document's previous sentence was about
// when role mention m takes it before the one country its sentence names
// (only, at token onlyAt): when there is none, when that country names
// where a bare office title goes (office), or when it stands after m in
// m's clause, as what m acts on or deals with; else "".
func storyFirst(m *mention, ctx *docCtx, only string, onlyAt int, clauseOf []int, office bool) string {
	story := ctx.storyState()
	if story == "" || only != "" && !office && !(onlyAt > m.start && clauseOf[onlyAt] == clauseOf[m.start]) {
		return ""
	}
	return story
}

// storyState returns the country of the state the document's previous
// sentence was about: that sentence's subject (the source of its first
// event), when it is one actor of a state or a state's body, not its
// people, a press agency or a group; else "". A document tells one state's
// story for a while, and the role words of the next sentence that name no
// state ("the ministry", "the vice foreign minister") are mostly that
// state's, not the country the whole document names most.
func (ctx *docCtx) storyState() string {
	if ctx.sentence == 0 || ctx.subjectAt != ctx.sentence-1 || len(ctx.subject) != 1 {
		return ""
	}
	mb := ctx.subject[0]
	if r := role(mb); mb.country == "" || press(mb) || len(mb.code) != 3 && (r == "CVL" || !stateRoles[r]) {
		return ""
	}
	return mb.country
}

// guessedOwner reports whether role mention m has a country only from what
// the document is about (its most named country, or the state its previous
// sentence was about): the sentence itself does not say whose it is.
func guessedOwner(m *mention) bool {
	return m.kind == mImplied && (m.implied == fromDocument || m.implied == fromStory)
}

// fromClause is where a role word takes the country of the state the
// clause before it in its own sentence is about.
const fromClause = "subject of the clause before"

// clauseState returns the country of the state that the sentence's first
// clause is about, for state body ms[i] ("the army", "the foreign
// ministry") that opens a clause after ", and" and whose own clause names
// a country only after it, as what it acts on: "Mali's junta expelled the
// French ambassador, and the army later arrested two French nationals" (the
// army is Mali's, not France's), "Pakistan said Indian troops had fired
// across the border, and the foreign ministry summoned India's envoy". The
// sentence's subject must be one actor of a state or a state's body at its
// start, as storyState asks of the sentence before; else "".
func clauseState(toks []text.Token, ms []mention, i int, clauseOf []int) string {
	m := &ms[i]
	if !stateBodies[m.role] && m.role != "SPY" || m.start < 3 || m.end >= len(toks) {
		return ""
	}
	j := m.start - 1
	for j > 0 && determiners[toks[j].Lower] {
		j--
	}
	if toks[j].Lower != "and" || toks[j-1].Lower != "," {
		return ""
	}
	first := &ms[0]
	if first.start > 1 || first.end > j || first.kind != mFull || len(first.members) != 1 || first.poss {
		return ""
	}
	mb := first.members[0]
	if r := role(mb); mb.country == "" || press(mb) || len(mb.code) != 3 && (r == "CVL" || !stateRoles[r]) {
		return ""
	}
	named := false // the clause names another country after the role word
	for k := i + 1; k < len(ms) && clauseOf[ms[k].start] == clauseOf[m.start]; k++ {
		if len(ms[k].members) > 0 && ms[k].members[0].country != "" {
			if ms[k].members[0].country == mb.country {
				return ""
			}
			named = true
		}
	}
	if !named {
		return ""
	}
	return mb.country
}
