package coder

import (
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// Where a role word with no country of its own ("police arrested...", "the
// army said") takes its country from: the country the document is about, as
// PETRARCH and ICEWS do. That is the country of the document's dateline
// ("NAIROBI, Kenya (Reuters) -"), else the country its sentences name most
// often (the earliest named among equals).
const (
	fromSentence = "place of the sentence"
	fromOnly     = "one country the sentence names"
	fromDateline = "dateline"
	fromDocument = "document"
	fromOf       = "country after of"
	fromStory    = "subject of the sentence before"
	fromGroup    = "group named before"
)

// home returns the document's country and where it came from, computing it
// once per document, on first need. Without a dateline, that reads the
// whole document (dominant): a rule that a dateline alone may decide asks
// datelined first.
func (c *Coder) home(ctx *docCtx) (country, from string) {
	if !ctx.homeDone {
		ctx.homeDone = true
		if ctx.home = c.datelined(ctx); ctx.home != "" {
			ctx.homeFrom = fromDateline
		} else if ctx.home = c.dominant(ctx); ctx.home != "" {
			ctx.homeFrom = fromDocument
		}
	}
	return ctx.home, ctx.homeFrom
}

// datelined returns the country of the document's dateline, or "",
// computing it once per document.
func (c *Coder) datelined(ctx *docCtx) string {
	if !ctx.lineDone {
		ctx.lineDone = true
		ctx.lineHome = c.dateline(ctx.text)
	}
	return ctx.lineHome
}

// fromDocument reports whether the document's country is another than
// country, and known from its text as a whole, not its dateline.
func (c *Coder) fromDocument(ctx *docCtx, country string) bool {
	home, hfrom := c.home(ctx)
	return hfrom == fromDocument && home != country
}

// datelineEnds are what ends a wire dateline.
var datelineEnds = []string{" — ", " – ", " - ", " -- ", "(Reuters)", "(AP)", "(AFP)", "(Xinhua)", "(UPI)", "(dpa)", "(IANS)", "(PTI)"}

// dateline returns the country of the place that opens doc's first line
// before a dateline's dash or agency ("KABUL (AP) —", "Tbilisi, June 3
// (Reuters) -"), or "".
func (c *Coder) dateline(doc string) string {
	head := doc
	if i := strings.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	end := -1
	for _, e := range datelineEnds {
		if i := strings.Index(head, e); i > 0 && i <= 60 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 {
		return ""
	}
	toks := text.Tokenize(head[:end], 0)
	c.lx.Lemmatize(toks)
	for _, x := range c.scan(toks) {
		if country := rawCountry(x); country != "" {
			return country
		}
	}
	return ""
}

// dominant returns the country the document's sentences name most often:
// countries, their adjectives, capitals and bodies, and places of the
// gazetteer. Its words' facts come from the coder's memo (wordfacts.go),
// and its sentences' tokens and facts go one after another in ctx's
// storage for them (scanToks, scanFacts).
func (c *Coder) dominant(ctx *docCtx) string {
	counts := map[string]int{}
	var order []string
	toks, facts := ctx.scanToks, ctx.scanFacts
	var raws []raw // one slice for every sentence's hits: none is kept
	doc := ctx.text
	for _, sp := range Sentences(doc) {
		toks = text.AppendTokens(toks[:0], doc[sp[0]:sp[1]], 0)
		facts = lemmatize(c.lx, toks, ctx.memo, facts[:0])
		raws = c.appendScan(raws, toks, facts)
		for _, x := range raws {
			if country := rawCountry(x); country != "" && !ethnic(toks, x) && !(x.kind == rUnit && pick(x.acts).Role == "MED") && !isWord(toks, x.start-1, "mainland") && !isWord(toks, x.start, "mainland") { // actors7: "mainland China" is said from Hong Kong or Taiwan
				if counts[country] == 0 {
					order = append(order, country)
				}
				counts[country]++
			}
		}
	}
	ctx.scanToks, ctx.scanFacts = toks, facts
	best := ""
	for _, k := range order {
		if counts[k] > counts[best] {
			best = k
		}
	}
	return best
}

// ethnic reports whether x is a people's adjective or name after "ethnic"
// ("ethnic Chinese rebels", "ethnic Russians"): a descent, which names no
// state the document is about (POLICY §6).
func ethnic(toks []text.Token, x raw) bool {
	if x.kind != rActor || !isWord(toks, x.start-1, "ethnic") {
		return false
	}
	k := pick(x.acts).Kind
	return k == lexicon.Adjective || k == lexicon.Demonym
}

// press reports whether b is a news organisation ("Reuters", "the BBC"):
// that it reports or is told a story says nothing of where the story is.
func press(b member) bool {
	return b.country != "" && b.code == b.country+"MED"
}

// rawCountry is the country a dictionary hit names, or "" (people, whose
// country depends on the date, and waters, which are nobody's).
func rawCountry(x raw) string {
	switch x.kind {
	case rActor, rUnit:
		if x.kind == rUnit && len(x.acts) > 1 && sharedName(x.acts) {
			return "" // "Congress" names no one state until the context says whose
		}
		if a := pick(x.acts); a.Kind != lexicon.Person {
			return a.Country
		}
	case rPlace:
		if g := x.places[0]; !g.Unowned() {
			return g.Country
		}
	}
	return ""
}

// maxSiteDistance is how many words from a role word a place may stand and
// still be where the role word is.
const maxSiteDistance = 15

// namedForce returns the mention right before role mention i that names
// one organisation, force or body (not a bare country, a person or a
// place), whose members the role word names, or -1.
func namedForce(ms []mention, i int) int {
	for k := range ms {
		p := &ms[k]
		if p.start >= 0 && p.end == ms[i].start && p.kind == mFull && !p.poss && len(p.members) == 1 &&
			p.members[0].person == nil && len(p.members[0].code) > 3 {
			return k
		}
	}
	return -1
}

// implied gives the role words of a sentence that found no country the
// country they most likely belong to: that of the place the sentence puts
// things in ("Protesters rallied in Tbilisi", "killed 20 militants in
// Borno"), else what the context says (context: the dateline's, the state
// the previous sentence was about, the one country the sentence names
// ("Kenyan opposition leaders criticised the government"), the
// document's: "Police arrested..." in a report mostly about Kenya); after
// "the country's", the country the sentence last named ("withdrew from Niger
// after the country's junta demanded it"). Role words that belong to someone
// named elsewhere ("their diplomats", "each other's troops") or to no
// country ("foreign troops", "peacekeepers") stay as they are.
func (c *Coder) implied(toks []text.Token, pre lexed, ms []mention, ctx *docCtx) []mention {
	// the places the sentence puts things in, each for the role words near
	// it in its clause: "Political opponents ... clashed with police ...,
	// including an ex-president living in exile in Britain" does not set the
	// opponents in Britain
	clauseOf := clauses(toks, pre.bounds)
	type site struct {
		at, clause    int
		country, name string
	}
	var sites []site
	tail := reportTail(toks)
	for i := range ms {
		m := &ms[i]
		if tail >= 0 && m.start > tail {
			break // "..., relief officials in Nairobi said": where the report comes from
		}
		if m.placedIn != "" {
			// "protesters in central Tbilisi"
			sites = append(sites, site{m.start, clauseOf[m.start], m.placedIn, m.members[0].name})
		} else if (m.kind == mPlace || m.kind == mFull && len(m.members) == 1 && len(m.members[0].code) == 3) &&
			locatives[prepBefore(toks, m.start)] && m.members[0].country != "" {
			sites = append(sites, site{m.start, clauseOf[m.start], m.members[0].country, m.members[0].name})
		}
	}
	// oneSiteCountry returns the country of the sentence's places when they
	// are all of one country, else ""
	oneSiteCountry := func(sites []site) (country, name string) {
		for _, st := range sites {
			if country != "" && st.country != country {
				return "", ""
			}
			if country == "" {
				country, name = st.country, st.name
			}
		}
		return country, name
	}
	siteAt := -1 // where the place localTo last chose stands
	localTo := func(t int) (country, name string) {
		best := maxSiteDistance + 1
		siteAt = -1
		for _, st := range sites {
			if d := max(st.at-t, t-st.at); st.clause == clauseOf[t] && d < best {
				best, country, name, siteAt = d, st.country, st.name, st.at
			}
		}
		return country, name
	}
	// a body whose name several states share ("Congress") first, by the
	// country the sentence names without it; then the role words, by the
	// country it names with it
	only, onlyAt := onlyCountry(ms, true)
	for i := range ms {
		if ms[i].shared != nil {
			story := storyFirst(&ms[i], ctx, only, onlyAt, clauseOf, false)
			c.sharedBody(toks, ms, i, func(t int) (string, int) { country, _ := localTo(t); return country, siteAt }, only, story, ctx)
		}
	}
	only, onlyAt = onlyCountry(ms, false)
	for i := range ms {
		m := &ms[i]
		if m.start >= 0 && m.kind == mAgent && len(m.members) == 0 {
			if k := namedShipAfter(toks, ms, i); k >= 0 {
				// actors7: "the aircraft carrier USS Eisenhower": the
				// ship's prefix says whose the vessel is (ships.go)
				ms[k].start = m.start
				m.members, m.kind = nil, mWeak // absorbed; dropped below
				m.start = -1
				continue
			}
		}
		if m.start < 0 || m.kind != mAgent || len(m.members) > 0 || m.role == "" || stateless[m.role] || owned(toks, m.start) ||
			equipment[toks[m.end-1].Lemma] && m.role == "MIL" || adjectiveUse(toks, m.start, m.end) || modifiesDealing(toks, m.start, m.end) || sharedInformation(toks, m.start, m.end) {
			continue
		}
		if k := namedForce(ms, i); k >= 0 {
			// "U.S. Navy commandos", "Israeli army soldiers": the role
			// word names members of the actor right before it
			ms[k].end = m.end
			m.members, m.kind = nil, mWeak // absorbed; dropped below
			m.start = -1
			continue
		}
		if p, q := possessorJoined(toks, ms, i); p >= 0 {
			takeOwned(ms, p, q) // noparties: "Maduro's government and the opposition" (possessedlist.go)
		}
		if k := joinedTo(toks, ms, i); k >= 0 {
			// "Venezuela's government and the opposition": the opposition
			// is Venezuela's, and the two are one list
			p := &ms[k]
			mb := p.members[0]
			p.members = append(p.members, member{code: mb.country + m.role, country: mb.country, name: mb.name, start: m.start, end: m.end})
			p.end = m.end
			m.members, m.kind = nil, mWeak // absorbed; dropped below
			m.start = -1
			continue
		}
		if g, between := memberOfGroup(toks, ms, i); g >= 0 {
			// "a suicide bomber from the militant group Jaish-e-Mohammed"
			for _, b := range between {
				ms[b].members, ms[b].kind, ms[b].start = nil, mWeak, -1 // dropped below
			}
			m.kind, m.implied = mImplied, fromGroup
			m.members = respan(ms[g].members, m.start, m.end)
			continue
		}
		if g := memberStatesOf(toks, ms, i); g >= 0 {
			// "foreign ministers of the member states of ASEAN": the organisation's
			m.kind, m.implied = mImplied, fromGroup
			m.members = respan(ms[g].members, m.start, m.end)
			continue
		}
		if mb, ok := namedOrgBefore(toks, ms, i); ok {
			// "a ban on UNICEF, after accusing the aid agency of" (orgback.go)
			m.kind, m.implied = mImplied, fromGroup
			m.members = respan([]member{mb}, m.start, m.end)
			continue
		}
		if mb, ok := attackersOf(toks, ms, i, ctx); ok {
			// "Soldiers later killed the attackers": the group that attacked
			m.kind, m.implied = mImplied, fromGroup
			m.members = respan([]member{mb}, m.start, m.end)
			continue
		}
		if court, ok := c.hagueCourt(toks, ms, i); ok {
			// "the Hague-based court": an international court, or none (haguecourt.go)
			if court.code != "" {
				m.kind, m.members = mFull, []member{court}
			}
			continue
		}
		country, name := ofCountry(toks, ms, i)
		if country == "" {
			country, name = kinOf(toks, ms, i) // "the family of the late Indian prime minister" (kinof.go)
		}
		if country == "" {
			country, name = countryBefore(toks, ms, i)
		}
		if country == "" {
			country, name = linkedCountry(toks, ms, i)
		}
		if country == "" {
			country, name = basedIn(toks, ms, i) // "Pakistan-based militants" (basedin.go)
		}
		backer := ""
		if b := backerAfter(toks, ms, i); b >= 0 && country == "" {
			backer = ms[b].members[0].country
			country, name, _ = backedHome(ms, b) // "rebels backed by Rwanda seized Goma" (backedactor.go)
		}
		if country == "" && uprooted(toks, m.role, m.start, m.end) {
			if country, name = originOf(toks, ms, i); country == "" {
				m.uprooted = true
				continue // "fired tear gas at migrants": no country's people (migrants.go)
			}
		}
		if country == "" && visitor(toks, m.start) {
			continue // "the visiting minister met Putin": a guest is not of the host's country, nor of the place
		}
		from := fromOf
		if country == "" {
			country, name = localTo(m.start)
			if country == "" {
				if p := saidOwnAct(toks, m.end); p >= 0 {
					// "Rebels said they had killed 30 soldiers in northern
					// Mali": the speakers are where they say they acted,
					// the first place of that clause
					for _, st := range sites {
						if st.at > p && st.clause == clauseOf[p] {
							country, name = st.country, st.name
							break
						}
					}
				}
			}
			if country == "" && protestersWords[toks[m.end-1].Lemma] {
				// "troops flew into Honiara, after rioters torched buildings
				// in the city": a crowd riots where its sentence is, in
				// whatever clause it names the place (force6)
				country, name = oneSiteCountry(sites)
			}
			from = fromSentence
			// the document's country last: where the sentence names no
			// place, it is not needed, and working it out reads the whole
			// document (dominant)
			if country != "" && bareOffice(toks, m, siteAt) && c.fromDocument(ctx, country) {
				// "The prime minister arrived in Asmara": where he goes,
				// not whose he is
				country, from = "", ""
			}
		}
		if k := listedBefore(toks, ms, i); k >= 0 {
			// "fighting between the army and the RSF": the army is the
			// group's country's, unless the sentence says otherwise, and
			// the two are one list
			p := &ms[k]
			if country == "" {
				country, name, from = p.members[0].country, p.members[0].name, fromOnly
			}
			p.members = append([]member{{code: country + m.role, country: country, name: name, start: m.start, end: m.end}}, p.members...)
			p.start, p.prep = m.start, m.prep
			m.members, m.kind = nil, mWeak // absorbed; dropped below
			m.start = -1
			continue
		}
		if country == "" {
			if mb, ok := sameOffice(toks, ms, i); ok {
				country, name, from = mb.country, mb.name, fromOffice // "Muizzu ..., days after the president returned"
			}
		}
		if country == "" && (m.role == "CVL" || m.role == "LAB") {
			// "rampaged through Israeli communities, killing hundreds of people"
			if country, name = struckCountry(toks, ms, m.start); country != "" {
				from = fromStruck
			}
		}
		if country == "" {
			if country = clauseState(toks, ms, i, clauseOf); country != "" {
				name, _ = c.lx.Name(country)
				from = fromClause // "Mali's junta expelled the French ambassador, and the army arrested ..."
			}
		}
		if country == "" {
			if country, name = enteredCountry(toks, ms, m.start); country != "" {
				from = fromEntered // actors7: "crossed into Israel and killed three soldiers" (entered.go)
			}
		}
		if country == "" {
			if country, from = c.context(toks, m, ctx, only, onlyAt, clauseOf); country == "" {
				continue
			}
			name, _ = c.lx.Name(country)
		}
		if backer != "" && country == backer {
			continue // the backer is whose they are not, whatever the context names
		}
		if m.role == "GOV" && from != fromOf && from != fromDateline && venueOf(toks, ms, country) {
			// "Diplomats who met in Geneva agreed on a ceasefire", "At
			// talks in Vienna, envoys agreed": the city of a meeting is
			// where the officials met, not whose they are
			continue
		}
		m.kind, m.implied = mImplied, from
		m.members = []member{{code: country + m.role, country: country, name: name, start: m.start, end: m.end}}
	}
	out := ms[:0]
	for _, m := range ms {
		if m.start >= 0 {
			out = append(out, m)
		}
	}
	return out
}

// saidOwnAct returns the pronoun that opens a clause of what the speaker
// at token e says it did itself ("rebels said on Sunday they had killed",
// "militants said that they attacked"), or -1.
func saidOwnAct(toks []text.Token, e int) int {
	k := e
	for k < len(toks) && k <= e+1 && auxAdverbs[toks[k].Lower] {
		k++
	}
	if k >= len(toks) || !reportWords[toks[k].Lower] {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch w := toks[j].Lower; {
		case w == "they" || w == "it" || w == "we" || w == "he" || w == "she": // actors7: he, she (saidpronoun.go)
			return j
		case w == "that" || w == "on" || w == "late" || w == "earlier" || isWeekday(w):
		default:
			return -1
		}
	}
	return -1
}

// ofCountry returns the country of the one-country actor that "of" puts
// right after role word ms[i] ("King Hassan of Morocco", "Foreign Minister
// Ali Nasser of Oman"): the title's own country, whatever the document is
// mostly about.
func ofCountry(toks []text.Token, ms []mention, i int) (country, name string) {
	j := ms[i].end
	if !isWord(toks, j, "of") {
		return "", ""
	}
	j++
	for j < len(toks) && determiners[toks[j].Lower] {
		j++
	}
	for n := 0; n < 2 && j+1 < len(toks) && plainWord(&toks[j]); n++ {
		j++ // actors7: "the foreign minister of neighbouring Niger", "an official of mediator Kuwait"
	}
	for _, p := range ms {
		if p.start == j && p.kind == mFull && len(p.members) == 1 && p.members[0].country != "" && len(p.members[0].code) == 3 {
			return p.members[0].country, p.members[0].name
		}
	}
	return "", ""
}

// joinedTo returns the index of the mention that role word ms[i] is listed
// with ("Venezuela's government and the opposition"), when that mention
// names one actor of a country, or -1.
func joinedTo(toks []text.Token, ms []mention, i int) int {
	j := ms[i].start - 1
	for j >= 0 && determiners[toks[j].Lower] {
		j--
	}
	if j < 0 || toks[j].Lower != "and" && toks[j].Lower != "," {
		return -1
	}
	if e := ms[i].end; toks[j].Lower == "," && e < len(toks) && reportVerbs[toks[e].Lower] {
		return -1 // "expelled two Estonian diplomats, the foreign ministry said": the speaker, no more of the list
	}
	for k := range ms {
		p := &ms[k]
		if p.end == j && p.kind == mFull && len(p.members) == 1 && p.members[0].country != "" && len(p.members[0].code) > 3 {
			return k
		}
	}
	return -1
}

// listedBefore returns the index of the mention that role word ms[i] is
// listed before ("the army and the Rapid Support Forces"), when that
// mention names one group of a country by its name (not a role word as
// "students" is, which its own rules pair with the police), or -1.
func listedBefore(toks []text.Token, ms []mention, i int) int {
	j := ms[i].end
	if !isWord(toks, j, "and") {
		return -1
	}
	for j++; j < len(toks) && determiners[toks[j].Lower]; j++ {
	}
	for k := range ms {
		p := &ms[k]
		if p.start == j && p.kind == mFull && toks[j].Cap && len(p.members) == 1 && p.members[0].person == nil && p.members[0].country != "" && len(p.members[0].code) > 3 {
			return k
		}
	}
	return -1
}

// adjectiveUse reports whether a one-word role word between a determiner
// and a lower-case noun is used as an adjective: "the official residence",
// "a military parade", "the police station". The noun is no grammar word,
// no adverb ("the police also arrested", "the army then shelled") and no
// past form ("the police arrested"), and a possessive is a noun's ("the
// government's decision", "the mayor's detention").
func adjectiveUse(toks []text.Token, i, j int) bool {
	if j != i+1 || i == 0 || j >= len(toks) || !determiners[toks[i-1].Lower] {
		return false
	}
	t := &toks[j]
	w := t.Lower
	return t.Kind == text.Word && !t.Cap && w != "'s" && !clauseWords[w] && !prepositions[w] && !determiners[w] && !modals[w] &&
		!beForms[w] && !negations[w] && w != "and" && w != "or" && w != "have" && w != "has" && w != "had" &&
		!adverbBeforeVerb(toks, j) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly")
}

// adverbBeforeVerb reports whether token j is an adverb that stands between
// a subject and its verb ("the police also arrested", "the army then
// shelled"), not one that opens a time phrase ("ordered the military later
// that day") or a preposition ("a blow to the military since its coup").
func adverbBeforeVerb(toks []text.Token, j int) bool {
	if !subjectAdverbs[toks[j].Lower] || j+1 >= len(toks) {
		return false
	}
	n := &toks[j+1]
	return n.Kind == text.Word && !n.Cap && !determiners[n.Lower] && !prepositions[n.Lower]
}

// subjectAdverbs are the adverbs of adverbBeforeVerb.
var subjectAdverbs = set(`also already just now yet never still ever often once again even jointly then later first meanwhile
	instead too alone subsequently`)

// modifiesDealing reports whether a one-word role word modifies a noun of
// dealings between parties, which names no one: "joint military exercises",
// "began military drills", "police cooperation", "army training". Such a
// word given the document's country would stand in for the partner.
func modifiesDealing(toks []text.Token, i, j int) bool {
	return j == i+1 && j < len(toks) && toks[j].Kind == text.Word && dealingNouns[toks[j].Lemma]
}

// dealingNouns are the nouns of modifiesDealing.
var dealingNouns = set(`exercise exercises drill drills maneuver maneuvers manoeuvre manoeuvres aid assistance
	cooperation co-operation support equipment hardware training tie ties relation relations pact alliance
	partnership package supply supplies`)

// sharedInformation reports whether a bare "intelligence" is what is shared
// or given, not the service: "agreed to share intelligence with Seoul",
// "provided intelligence to Ukraine".
func sharedInformation(toks []text.Token, i, j int) bool {
	return j == i+1 && i > 0 && toks[i].Lower == "intelligence" && sharingVerbs[toks[i-1].Lemma]
}

// sharingVerbs are the verbs of sharedInformation.
var sharingVerbs = set(`share exchange swap provide give supply pass gather collect offer feed leak sell`)

// stateless are the roles that never belong to the country they are in.
var stateless = map[string]bool{"PKO": true}

// owned reports whether the role word at token i belongs to someone named
// before it ("their diplomats", "each other's troops") or to no country
// ("foreign troops"); "the country's" is not such an owner (countryBefore
// reads it). A
// clause word ends the look back: in "Pakistan's army said militants
// attacked", the militants are the reported clause's subject, not the
// army's.
func owned(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].Lower
		if clauseWords[w] || w == "of" {
			return false // "its bombardment of rebel positions": "its" owns the bombardment, not the rebels
		}
		if w == "'s" && theCountry(toks, k) {
			return false // "the country's rebel groups": the country the sentence is about, found as for a bare role word
		}
		if w == "'s" || pronouns[w] || w == "our" || foreignWords[w] {
			return true
		}
		if blocWords[w] && (k == 0 || !toks[k-1].Cap && toks[k-1].Lower != "-") {
			// "African leaders", "European diplomats": many countries' (not
			// "South African leaders", whose adjective is one country's,
			// nor "pro-European demonstrators", who are a side)
			return true
		}
		if toks[k].Kind != text.Word || toks[k].Cap || determiners[w] {
			return false
		}
	}
	return false
}

// countryBefore gives role word ms[i], after "the country's" or "the
// nation's" ("France withdrew from Niger after the country's junta demanded
// it"), the country the sentence last named before it, or "".
func countryBefore(toks []text.Token, ms []mention, i int) (country, name string) {
	k := ms[i].start - 1
	for k >= 0 && k >= ms[i].start-3 && toks[k].Lower != "'s" && toks[k].Kind == text.Word && !toks[k].Cap && !closedClass(toks[k].Lower) {
		k-- // "the country's northern rebels"
	}
	if k < 0 || toks[k].Lower != "'s" || !theCountry(toks, k) {
		return "", ""
	}
	for _, p := range ms {
		if p.end <= k-2 && (p.kind == mFull || p.kind == mPlace) && len(p.members) == 1 && p.members[0].country != "" && p.members[0].person == nil {
			country, name = p.members[0].country, p.members[0].name
		}
	}
	return country, name
}

// theCountry reports whether the possessive "'s" at token k closes "the
// country" or "the nation": the state the sentence is about, not someone
// named elsewhere.
func theCountry(toks []text.Token, k int) bool {
	return k >= 2 && (toks[k-1].Lower == "country" || toks[k-1].Lower == "nation") && toks[k-2].Lower == "the"
}

// blocWords are the adjectives of regions of several states: a role word
// they qualify is no one country's.
var blocWords = set(`african european asian arab latin nordic scandinavian baltic balkan caribbean`)

// meetingWords are the words of a meeting right before the "in" or "at" of
// its venue: "met in Geneva", "talks in Vienna", "a summit at Camp David".
var meetingWords = set(`meet met meeting meetings talks summit conference negotiations consultations gathered convened`)

// venueOf reports whether the sentence names country only as the venue of a
// meeting: a place after "in" or "at" that follows a meeting word.
func venueOf(toks []text.Token, ms []mention, country string) bool {
	venue := false
	for _, m := range ms {
		if m.kind == mPronoun || m.kind == mEvent || len(m.members) != 1 || m.members[0].country != country {
			continue
		}
		k := m.start - 1
		for k >= 0 && determiners[toks[k].Lower] {
			k--
		}
		if k < 1 || !isWord(toks, k, "in") && !isWord(toks, k, "at") || !meetingWords[toks[k-1].Lower] || len(m.members[0].code) != 3 {
			return false // "Swiss diplomats", "talks with Switzerland": the country is named as more than a venue
		}
		venue = true
	}
	return venue
}

// visitor reports whether the role word starting at token k is a guest's:
// "the visiting minister", "a visiting foreign minister".
func visitor(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch w := toks[j].Lower; {
		case w == "visiting":
			return true
		case toks[j].Kind != text.Word || toks[j].Cap || closedClass(w):
			return false
		}
	}
	return false
}

// officeTitles are the last words of the titles of a state's leaders.
var officeTitles = set(`president premier minister chancellor`)

// bareOffice reports whether m is an office title with only "the" before
// it ("The prime minister visited the Eritrean capital", "The president
// met the Kenyan leader") and the one country its sentence names comes
// after it: that country is where the officeholder goes or whom he meets,
// and the title is the document's country's, not the other's.
func bareOffice(toks []text.Token, m *mention, onlyAt int) bool {
	return onlyAt > m.start && m.start > 0 && toks[m.start-1].Lower == "the" &&
		(m.start == 1 || toks[m.start-2].Kind == text.Punct) && officeTitles[toks[m.end-1].Lemma]
}
