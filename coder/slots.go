package coder

import (
	"slices"
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Where an action's participants are found, once its pattern has matched:
// the subject before it, the object after it, the agent of a passive, the
// other side of "X and his counterpart Y", the place force strikes or aid
// goes to. bind decides which of these an action needs.

// byAgent returns the mention after "by" within four words of token from,
// before any phrase of sequence (sequencePreps).
func (s *sentence) byAgent(from int) int {
	limit := from + 8
	for k := from; k < len(s.toks) && k <= limit; k++ {
		if s.boundary[k] && !claimedByAt(s.toks, k) /* bind8: claimedby8.go */ || k > from && sequencePreps[s.toks[k].Lower] {
			break // "had been freed, after mediation by the UAE": the "by" of another phrase (fresh set 32)
		}
		if k > from && s.in[k] >= 0 && s.in[k] == s.in[k-1] {
			limit++ // a name of several words is one step: "in Port-au-Prince overnight by"
		}
		if s.toks[k].Lower == "by" || blamedOn(s.toks, k) {
			for j := k + 1; j <= k+3 && j < len(s.toks); j++ {
				if mi := s.at[j]; mi >= 0 && len(s.ms[mi].members) > 0 {
					if n := s.countrysOwn(mi); n >= 0 {
						return n // "by Afghanistan's Taliban government": the government
					}
					return mi
				}
			}
		}
	}
	return -1
}

// fromAgent returns the country or place after "from" in the clause of token
// t (before or after it), other than not, or -1.
func (s *sentence) fromAgent(t, not int) int {
	cl := s.clause(t)
	for mi := range s.ms {
		m := &s.ms[mi]
		if mi != not && m.prep == "from" && len(m.members) > 0 && (m.kind == mFull || m.kind == mPlace) && s.clause(m.start) == cl {
			return mi
		}
	}
	return -1
}

// speechParticiples say something more: "..., warning that".
var speechParticiples = set(`warning saying adding stressing insisting noting threatening vowing`)

// placePreps put an actor before an infinitive as a place, not as the one
// told or made to act: "ships sailing between Denmark and Norway to".
var placePreps = set(`between among near across over through via at into`)

// subject finds the source of an action whose first word is token t: an actor
// right before it ("its invasion", "Russia vetoing", "Russian troops shelled"),
// else the first actor of its clause that is not the object of a preposition,
// else the subject of an earlier clause. not is a mention to pass over.
func (s *sentence) subject(t, not int) (int, how) {
	mi, h := s.subjectOf(t, not)
	if b := s.backedActor(mi); b >= 0 && b != not {
		return b, h // "militias backed by Iran that killed": the militias (backedactor.go)
	}
	return mi, h
}

// subjectOf is subject before the backer's phrase is read.
func (s *sentence) subjectOf(t, not int) (int, how) {
	if mi := s.reducedDoer(t); mi >= 0 && mi != not {
		return mi, clause // "activists detained while investigating a company" (reducedrel.go)
	}
	if mi := s.stanceSubject(t); mi >= 0 && mi != not {
		return mi, clause // "Protesters angry at the fall of Goma to M23 rebels attacked": the protesters (stance.go)
	}
	if mi := s.asideSubject(t); mi >= 0 && mi != not {
		return mi, clause // "Kenyan police, the vanguard of a mission that Nairobi agreed to lead, landed" (asideclause.go)
	}
	if mi := s.modifiedSubject(t, not); mi >= 0 {
		return mi, clause
	}
	if mi := s.demandingCrowd(t); mi >= 0 && mi != not {
		return mi, clause // complements8: ", and protesters demanding that he quit stormed" (crowdclause.go)
	}
	if mi := s.modifiedClauseSubject(t); mi >= 0 && mi != not {
		return mi, clause // "a day after gunmen loyal to the former president ambushed" (subclause.go)
	}
	if mi := s.sayingSubject(t, not); mi >= 0 {
		return mi, clause // ", saying Hezbollah had fired rockets": the reported act's own subject (saying.go)
	}
	if mi := s.reporterOf(t); mi >= 0 && mi != not {
		// "Theresa May told parliament on Wednesday, blaming Moscow": the
		// participle after a report is the reporter's, not its listener's
		return mi, clause
	}
	if s.participial(t) && speechParticiples[s.toks[t].Lower] {
		// "demanded that Washington cancel the sale, warning that": what
		// is said goes on the speaker's, not the complement's subject
		// (but "said that Israel bombed a house, killing five" is Israel's)
		b := t - 1
		for b >= 0 && !s.boundary[b] {
			b--
		}
		if b > 0 && s.toks[b].Lower == "that" {
			t = b
		}
	}
	if b := s.speakerPastSubordinate(t); b > 0 {
		t = b // "after a landmine wounded three soldiers, accusing Cambodia" (subclause.go)
	}
	if k := s.commaAnd(t); k > 0 {
		// "summoned the ambassador after Pelosi landed in Taipei, and on
		// Wednesday suspended imports": a verb joined by ", and" after a
		// subordinate clause shares the subject of the clause that one
		// depends on ("after police raided the embassy and arrested" keeps
		// its own)
		b := k - 1
		for b >= 0 && !s.boundary[b] {
			b--
		}
		if b > 0 && subordinators[s.toks[b].Lower] {
			t = b
		} else if a := s.relativeObject(k); a >= 0 {
			t = s.ms[a].start // coerce11: "fired tear gas at supporters who gathered in Dakar, and detained": the firer's (relobject.go)
		} else if r := s.reportedBefore(k, t); r > 0 {
			t = r // complement.go
		}
	}
	if k := t - 1; isWord(s.toks, k, "briefly") || k >= 0 && strings.HasSuffix(s.toks[k].Lower, "ly") && s.toks[k].Kind == text.Word && !s.toks[k].Cap {
		if k := s.commaAnd(k); k > 0 {
			if a := s.relativeObject(k); a >= 0 {
				t = s.ms[a].start // coerce11: "..., and briefly detained": past the adverb (relobject.go)
			}
		}
	}
	if k := s.usedTool(t); k > 0 {
		t = k // "Russia used Iranian drones to attack Kyiv": the user's act (demandedof.go)
	}
	// "prompted North Korea to threaten", "urged Iran to release": the
	// object of the governing verb does the infinitive's action
	if isWord(s.toks, t-1, "to") && t >= 2 {
		if mi := s.in[t-2]; mi >= 0 && mi != not && s.ms[mi].end == t-1 && s.ms[mi].usable() && !s.contacted(mi) {
			if !placePreps[s.ms[mi].prep] && !s.journeyEnd(mi) {
				return mi, adjacent
			}
			// "forcing airliners flying between Australia and New Zealand to
			// change course": the noun before the place does it, and it is
			// no actor
			return -1, adjacent
		}
	}
	// "prompting President Trump to order 25% tariffs": the object of a
	// verb of causing does the infinitive's action, whose noun follows it
	for k := t - 2; k >= 2 && k >= t-5; k-- {
		w := &s.toks[k+1]
		if w.Kind == text.Punct && w.Text != "%" || prepositions[w.Lower] || s.in[k+1] >= 0 {
			break
		}
		if isWord(s.toks, k, "to") && s.prompted(k+1) {
			if mi := s.in[k-1]; mi >= 0 && mi != not && s.ms[mi].end == k && s.ms[mi].usable() {
				return mi, adjacent
			}
		}
	}
	// right before, across at most two modifiers; a place after "in" right
	// before ("Russians in Ukraine protested") is where the subject is,
	// which stands for it only when the clause names no other actor
	// ("ICE in Miami returned...")
	if o := s.launchSubject(t); o >= 0 && o != not {
		return o, adjacent // launchplace.go
	}
	where := -1
	u := t
	if u >= 4 && designator(s.toks, u-3) {
		u -= 3 // "Thai F-16 jets bombed": past the model's name
	} else if u >= 5 && designator(s.toks, u-4) && s.in[u-1] < 0 && s.toks[u-1].Kind == text.Word && !s.toks[u-1].Cap {
		u -= 4 // "Turkish F-16 jets shot down": past the model and its noun
	}
	if u >= 3 && inReturn(s.toks, u-2) {
		u -= 2 // "Trump in return paused"
	}
	for k := u - 1; k >= 0 && k >= u-3; k-- {
		if mi := s.in[k]; mi >= 0 && mi != not {
			m := &s.ms[mi]
			if (modifierPreps[m.prep] || m.prep == "of" && !s.partitive(m.start)) && !m.poss {
				break // "fighters linked to al-Qaeda killed": the object of a modifier's preposition is not the subject
			}
			if subordinators[m.prep] && guessedOwner(m) && !s.namesOwnState(m) { // noparties: namedowner.go
				// "recalled its ambassador after police raided the embassy":
				// whose police the sentence does not say
				return -1, clause
			}
			if len(m.members) > 0 && (m.poss || m.kind == mWeak || k == u-1 && m.kind != mAgent) {
				// an adjective right before the action is whose it is, even
				// after "in": "were killed in a Russian attack on Kherson";
				// so is a name after an article there ("killed in a U.S.
				// drone strike"), which only a noun phrase has
				if !locatives[m.prep] || m.poss || m.kind == mWeak && k == u-1 || k == u-1 && s.afterArticle(m.start) {
					return mi, adjacent
				}
				if !s.inRelative(m.start) {
					where = mi // not "Diplomats who met in Geneva agreed": where the relative clause's act was
				}
			}
			break
		}
		if s.toks[k].Kind != text.Word || s.boundary[k] {
			break
		}
	}
	end := t
	// ", killing 11 people": a participle after a comma is done by the
	// subject of its sentence, not by one of a relative clause before it
	participle := t < len(s.toks) && isWord(s.toks, t-1, ",") && strings.HasSuffix(s.toks[t].Lower, "ing")
	for pass := 0; end > 0; pass++ {
		b := end - 1
		for b >= 0 && !s.boundary[b] {
			b--
		}
		if participle && (s.relative(b) || isWord(s.toks, b, "as") && b > 0 && subordinate(s.toks, b)) {
			// "struck a boat that Trump said was carrying drugs, killing",
			// "fired on farmers as they tried to march, killing": not the
			// subject of the clause the participle follows
			end = b
			continue
		}
		if pass == 0 && s.unknownPronoun(b, end) {
			return -1, clause // "police detained him as he tried to cross": whoever "he" is, not the police (references.go)
		}
		for mi := range s.ms {
			m := &s.ms[mi]
			if pass > 0 && s.relativeSpeaker(mi, b, end) {
				// "an assault that the United Nations said had killed 100":
				// who says so, not who killed; the subject is the noun
				// before the pronoun, an actor or none
				if a := s.in[b-1]; a >= 0 && a != not && s.ms[a].end == b && s.ms[a].usable() {
					return a, clause
				}
				return -1, clause
			}
			if mi != not && m.start > b && m.end <= end && m.usable() && (m.prep == "" || m.poss || s.partitive(m.start) || s.opens(b, mi)) {
				if participle && s.wordsBefore(b+1, m.start) && s.verbsObject(mi) {
					continue // "Israeli strikes hit a school in Gaza, killing 20": the strikes, not what they hit
				}
				if s.participleObject(b, mi) {
					continue // "the jet that crashed, killing 38 people, and demanded": whom it killed did not demand (accidents.go)
				}
				if n := s.ownedActor(mi); n >= 0 && n != not && s.ms[n].end <= end {
					mi = n // "Somalia's al Shabaab fighters attacked": the group, not its country
				}
				if pass == 0 {
					return mi, clause
				}
				return mi, earlier
			}
		}
		if b > 0 {
			if w := s.toks[b].Lower; w == "who" || w == "which" {
				// "the generals who seized power in Niger last month
				// expelled": an actor phrase that holds its relative clause,
				// cut from the verb only by the clause's own time, is the
				// subject
				if mi := s.in[b-1]; mi >= 0 && mi != not && s.ms[mi].start < b && s.ms[mi].end > b && s.ms[mi].end <= end && s.ms[mi].usable() && s.ms[mi].prep == "" {
					return mi, clause
				}
			}
		}
		if b < 0 {
			break
		}
		if pass == 0 && s.incidentRelative(b) {
			// "condolences over an attack on mosques in Kenya that killed
			// 40 people": the attack killed them, not the mourner, nor
			// Kenya; an incident names no actor
			return -1, clause
		}
		if w := s.toks[b].Lower; pass == 0 && (w == "who" || w == "which" || w == "that") && b > 0 &&
			s.toks[b-1].Kind == text.Word && s.in[b-1] < 0 && !clauseWords[s.toks[b-1].Lower] && s.toks[b-1].Lower != "so" &&
			!s.relativeEnded(b, t) {
			// "a resolution that would extend": the subject is the noun
			// before the relative pronoun, and it names no actor; but a
			// noun that sums up the clause before it is that clause's act
			// ("sentenced a Japanese man, a verdict that drew a protest")
			if c := s.summary(b - 1); c > 0 {
				if mi, _ := s.subject(c, not); mi >= 0 {
					return mi, earlier
				}
			}
			if v := s.issuedBefore(b); v > 0 {
				// "the junta issued a decree that ordered French diplomats
				// to leave": the decree's act is its issuer's (issued.go)
				if mi, _ := s.subject(v, not); mi >= 0 {
					return mi, earlier
				}
			}
			if mi := s.doerModifier(b - 1); mi >= 0 && mi != not && violentNouns[s.toks[b-1].Lower] && !s.participle(t) {
				// "protested against U.S. air strikes that killed 25
				// fighters": a strike's relative clause tells what the
				// state its adjective names did (relative.go)
				return mi, clause
			}
			if mi := s.ownerModifier(b - 1); mi >= 0 && mi != not && s.participle(t) {
				return mi, clause // "a Liberia-flagged freighter that was struck by" (asideclause.go)
			}
			return -1, clause
		}
		if w := s.toks[b].Lower; pass == 0 && w == "that" && s.subjectRelative(b) {
			if mi := s.in[b-1]; mi >= 0 && mi != not && s.thatAntecedent(mi, b) {
				return mi, clause
			}
		}
		if w := s.toks[b].Lower; pass == 0 && (w == "who" || w == "which") {
			for mi := len(s.ms) - 1; mi >= 0; mi-- {
				if m := &s.ms[mi]; mi != not && m.end <= b && m.end >= b-2 && m.usable() {
					return mi, clause
				}
			}
		}
		if pass == 0 && (subordinators[s.toks[b].Lower] || s.toks[b].Lower == "as" && b == t-1 && plural(s.toks, t) && !protestVerbs[s.toks[t].Lemma]) {
			// "after a powerful earthquake killed thousands", "as cuts in
			// foreign aid put rations at risk": a subordinate clause has a
			// subject of its own, which names no actor ("emerged as a
			// munitions supplier" names no clause); but a meeting that opens
			// the sentence is the main clause's subject's (frontedmeeting.go)
			if mi := s.frontedMeeting(t, not); mi >= 0 {
				return mi, clause
			}
			if mi := s.frontedTrip(t, not); mi >= 0 {
				return mi, clause // visits11: "After arriving in Tokyo, the president said"
			}
			return -1, clause
		}
		end = b
	}
	if where >= 0 {
		return where, adjacent
	}
	if mi := s.frontedSubject(t, not); mi >= 0 {
		return mi, clause
	}
	if mi := s.frontedMeeting(t, not); mi >= 0 {
		return mi, clause // "Following talks with Xi, ..." (frontedmeeting.go)
	}
	if mi := s.frontedTrip(t, not); mi >= 0 {
		return mi, clause // visits11: "Arriving in Tokyo, the president said" (visits11.go)
	}
	return -1, clause
}

// wordsBefore reports whether lower-case words other than determiners
// stand from token from to token to: a verb may, so a mention after them
// may be its object (the parse is asked only then).
func (s *sentence) wordsBefore(from, to int) bool {
	for k := max(from, 0); k < to; k++ {
		if t := &s.toks[k]; t.Kind == text.Word && !t.Cap && !determiners[t.Lower] {
			return true
		}
	}
	return false
}

// verbsObject reports whether the parse makes mention mi the object or an
// oblique of a verb: what a clause acts on, not its subject.
func (s *sentence) verbsObject(mi int) bool {
	tr := s.parse()
	if tr == nil {
		return false
	}
	m := &s.ms[mi]
	for k := m.start; k < m.end && k < tr.Len(); k++ {
		if h := tr.Heads[k]; h >= 0 && (h < m.start || h >= m.end) {
			l := tr.Labels[k]
			return (l == "obj" || l == "obl") && h < len(s.toks) && s.toks[h].Kind == text.Word && !s.toks[h].Cap
		}
	}
	return false
}

// ownedActor returns the actor that possessive mention mi owns right after
// its "'s" ("Somalia's al Shabaab"), or -1.
func (s *sentence) ownedActor(mi int) int {
	m := &s.ms[mi]
	if !m.poss || !isWord(s.toks, m.end, "'s") || m.end+1 >= len(s.toks) {
		return -1
	}
	if n := s.at[m.end+1]; n >= 0 && s.ms[n].usable() && s.ms[n].prep == "" && s.ms[n].kind == mFull {
		return n
	}
	return -1
}

// frontedSubject returns the subject of the main clause when the action at
// token t lies in a prepositional phrase that opens the sentence: "In a phone
// call with Erdogan, Putin discussed the grain deal" is Putin's call, "In a
// letter to the Security Council, Iran said" Iran's letter. It is the actor
// right after the phrase's comma, or -1.
func (s *sentence) frontedSubject(t, not int) int {
	if len(s.toks) == 0 || !prepositions[s.toks[0].Lower] {
		return -1
	}
	c := -1
	for k := 1; k < len(s.toks) && c < 0; k++ {
		if s.boundary[k] {
			return -1
		}
		if isWord(s.toks, k, ",") {
			c = k
		}
	}
	if c < 0 || t >= c {
		return -1
	}
	return s.actorAfterComma(c, not)
}

// actorAfterComma returns the actor that opens the clause after the comma at
// token c, past any determiners ("In a call with Erdogan, the Russian
// president"), or -1; not is a mention that may not be it.
func (s *sentence) actorAfterComma(c, not int) int {
	k := c + 1
	for k < len(s.toks) && determiners[s.toks[k].Lower] {
		k++
	}
	if k >= len(s.toks) {
		return -1
	}
	mi := s.at[k]
	if mi < 0 || mi == not || !s.ms[mi].usable() || s.ms[mi].prep != "" {
		return -1
	}
	return mi
}

// subjectHolder returns the actor inside the subject of a passive at token
// t, after a preposition of its noun ("a camp for Congolese refugees", "the
// home of an opposition leader", "a market in Kabul" when force struck it),
// other than not, or -1.
func (s *sentence) subjectHolder(t, not int, force bool) (int, how) {
	b := t - 1
	for b >= 0 && !s.boundary[b] {
		b--
	}
	for mi := range s.ms {
		m := &s.ms[mi]
		if mi == not || m.start <= b || m.end > t || !m.usable() {
			continue
		}
		if m.prep == "of" || m.prep == "for" || force && locatives[m.prep] {
			return mi, clause
		}
	}
	return -1, clause
}

// commaAnd returns the index of the comma of a ", and" right before the
// verb at token t (across a time phrase: ", and on Wednesday suspended"),
// or -1.
func (s *sentence) commaAnd(t int) int {
	for t > 0 && s.time[t-1] {
		t--
	}
	if isWord(s.toks, t-1, "and") && isWord(s.toks, t-2, ",") {
		return t - 2
	}
	return -1
}

// counterpartWords name the other side of a pair by its relation to the
// first: "Putin and his Turkish counterpart Erdogan", "Xi and his Serbian
// host, Vucic".
var counterpartWords = set(`counterpart counterparts host hosts`)

// counterpart returns the actor that "and his counterpart" joins to mention
// mi: the named one ("Putin and his Turkish counterpart Erdogan"), else the
// country of the title ("Lavrov and his Turkish counterpart"), or -1.
func (s *sentence) counterpart(mi int) int {
	// mi may be the counterpart itself: "... and his Turkish counterpart
	// Erdogan held talks" finds Erdogan as the subject
	j := s.ms[mi].start - 1
	if isWord(s.toks, j, ",") || isWord(s.toks, j, "from") || isWord(s.toks, j, "of") {
		j--
	}
	if s.ms[mi].kind == mWeak {
		j = s.ms[mi].end // "Lavrov and his Chinese counterpart held talks"
	}
	if j >= 0 && counterpartWords[s.toks[j].Lower] {
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if pronouns[s.toks[k].Lower] == true && isWord(s.toks, k-1, "and") && k >= 2 {
				if c := s.in[k-2]; c >= 0 && c != mi && s.ms[c].usable() {
					return c
				}
				return -1
			}
			if s.toks[k].Kind != text.Word {
				return -1
			}
		}
		return -1
	}
	k := s.ms[mi].end
	if !isWord(s.toks, k, "and") || k+1 >= len(s.toks) || pronouns[s.toks[k+1].Lower] != true {
		return -1
	}
	weak := -1
	for j := k + 2; j < len(s.toks) && j <= k+5; j++ {
		if counterpartWords[s.toks[j].Lower] {
			for n := j + 1; n < len(s.toks) && n <= j+3; n++ {
				if c := s.at[n]; c >= 0 && c != mi && s.ms[c].usable() && len(s.ms[c].members) > 0 {
					return c
				}
				if w := s.toks[n].Lower; w != "," && w != "from" && w != "of" {
					break
				}
			}
			return weak
		}
		if c := s.at[j]; c >= 0 && s.ms[c].kind == mWeak && len(s.ms[c].members) > 0 && weak < 0 {
			weak = c
		}
		if s.toks[j].Kind != text.Word {
			return -1
		}
	}
	return -1
}

// against returns the actor named within four words after an "against"
// that follows token from in the sentence, other than not, or -1.
func (s *sentence) against(from, not int) (int, how) {
	for k := from + 1; k < len(s.toks); k++ {
		if w := s.toks[k].Lower; w != "against" && !((w == "at" || w == "over") && s.toks[k-1].Lemma == "protest") {
			continue // "in protest at a government plan" is against it too
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			mi := s.at[j]
			if mi < 0 || mi == not {
				continue
			}
			if len(s.ms[mi].members) > 0 && s.ms[mi].kind != mWeak {
				return mi, after
			}
			if m := &s.ms[mi]; m.kind == mAgent && len(m.members) == 0 && stateBodies[m.role] && not >= 0 && len(s.ms[not].members) > 0 {
				// "in protest at a government plan": the protesters' own
				// government, whose plan it is
				if c := s.ms[not].members[0].country; c != "" {
					name, _ := s.lx.Name(c)
					m.members = []member{{code: c + m.role, country: c, name: name, start: m.start, end: m.end}}
					return mi, after
				}
			}
		}
	}
	return -1, after
}

// stateBodies are the roles of a state's bodies that a protest is against.
var stateBodies = set(`GOV LEG JUD MIL COP`)

// partitive reports whether the mention starting at token i is the object
// of a partitive "of" ("thousands of protesters", "members of the
// opposition"), which makes it the subject; unless the partitive is itself
// an agent ("Pagers carried by hundreds of Hezbollah members exploded": the
// agent of a participle on the subject).
func (s *sentence) partitive(i int) bool {
	k := i - 1
	for k >= 0 && determiners[s.toks[k].Lower] {
		k--
	}
	if k < 1 || s.toks[k].Lower != "of" || !partitives[s.toks[k-1].Lower] {
		return false
	}
	j := k - 2
	for j >= 0 && (determiners[s.toks[j].Lower] || s.toks[j].Kind == text.Number || s.boundQuantifier(j) ||
		s.toks[j].Lower == "of" && j > 0 && partitives[s.toks[j-1].Lower] || partitives[s.toks[j].Lower]) {
		j-- // "by tens of thousands of"
	}
	return j < 0 || s.toks[j].Lower != "by"
}

// ownedBy reports whether mention mi is a possessive pronoun that refers
// back to the subject src: "the two countries agreed to reopen their
// embassies" reopen their own, no one else's.
func (s *sentence) ownedBy(mi, src int) bool {
	m := &s.ms[mi]
	if m.kind != mPronoun || !m.poss || src < 0 {
		return false
	}
	for _, x := range m.members {
		own := false
		for _, y := range s.ms[src].members {
			own = own || x.code != "" && y.code != "" && (strings.HasPrefix(x.code, y.code) || strings.HasPrefix(y.code, x.code))
		}
		if !own {
			return false
		}
	}
	return true
}

// objectAfter returns the first actor after token from in the same clause
// (clause words before token inside belong to the action) and within twelve
// words, other than not; places after "in", "at" and the like are where,
// not whom.
func (s *sentence) objectAfter(from, inside, not int, ownClause bool) (int, how) {
	weak := -1      // "lift the ban on Cypriot ships": a country's adjective, failing any actor
	effect := false // past "the impact" (effectNouns)
	for k := from; k < len(s.toks) && k < max(from, inside)+12; k++ {
		if s.boundary[k] && k >= inside {
			break // a boundary inside the action's own words ("demanded that Ukraine end the war") is part of it
		}
		if k >= inside && s.sequelHead(k) >= 0 {
			break // "recalled its ambassador following the arrest of a French reporter": whom the other event touched
		}
		if k > from && s.toks[k].Lower == "," && s.relativeAside(from) && s.inRelative(from) {
			break // "Turkey, which had criticised the sanctions, imposed tariffs on Israel": the relative clause ends at its comma
		}
		effect = effect || k >= inside && s.bits[k].flags&fEffect != 0
		if effect && s.toks[k].Lower == "on" {
			// "expressed concern about the impact on allies", "about the
			// effect of the tariffs on Japan": whom an effect falls on is
			// no party
			break
		}
		if n := s.calledBy(k); n > 0 {
			k += n - 1 // "struck what it called militant positions": the speaker is no target
			continue
		}
		if k >= inside && topicVerbs[s.toks[k].Lemma] && isWord(s.toks, k-1, "to") {
			break // "met in Brussels to discuss sanctions on Russia": what they discussed, not whom they met (topic.go)
		}
		if ownClause && k >= inside && s.participleClause(k) {
			break // "renewed his appeal for a ceasefire, telling pilgrims...": the object of another verb; but a protest is against what it demands
		}
		if mi := s.at[k]; mi >= 0 && mi != not && s.ms[mi].kind == mWeak && weak < 0 && len(s.ms[mi].members) > 0 &&
			s.ms[mi].members[0].country != "" && !isWord(s.toks, s.ms[mi].end, "-") {
			weak = mi
		}
		if mi := s.at[k]; mi >= 0 && isWord(s.toks, k-1, ",") && s.ms[mi].end < len(s.toks) && reportWords[s.toks[s.ms[mi].end].Lower] {
			break // ", South Korea's military said": who reports, not whom
		}
		if mi := s.at[k]; mi >= 0 && s.ownedBy(mi, not) {
			continue // "reopen their embassies": their own, not a target
		}
		if mi := s.at[k]; mi >= 0 && mi != not && s.ms[mi].kind != mWeak && s.ms[mi].kind != mAgent && len(s.ms[mi].members) > 0 {
			if mb := s.ms[mi].members[0]; locatives[sitePrep(s.toks, s.ms[mi].start)] && mb.country != "" &&
				(s.ms[mi].kind == mPlace || len(mb.code) == 3) {
				continue // "met in Budapest"; but "vetoed at the UN" is addressed to the UN, "fired at protesters" at them
			}
			if prepBefore(s.toks, s.ms[mi].start) == "by" {
				continue // "a ceasefire brokered by Egypt": an agent, not the target
			}
			return mi, after
		}
	}
	if weak >= 0 {
		return weak, after
	}
	return -1, after
}

// modifiedSubject returns the actor that heads the subject of the verb at
// token t when a participle or a relative clause with actors of its own
// stands between them: "the Saudi-led coalition fighting the Houthis
// declared a ceasefire", "Turkish troops backed by Syrian rebels shelled",
// "the coalition, which is fighting the Houthis, declared". The actors of the
// modifier are not the subject; the parse, read only when the words have
// that shape, says which noun the verb's subject is. It returns -1 when
// the shape or the parse says otherwise.
func (s *sentence) modifiedSubject(t, not int) int {
	if t >= len(s.toks) || s.toks[t].Kind != text.Word || s.in[t] >= 0 {
		return -1
	}
	first := -1 // the first actor of the sentence, with no preposition
	for mi := range s.ms {
		m := &s.ms[mi]
		if m.start >= t {
			break
		}
		if (m.prep == "" || m.prep == "of" && s.countedCrowd(m.start)) && m.usable() {
			first = mi // "thousands of protesters demanding ... stormed": the counted crowd heads the subject
			break
		}
		if s.in[m.start] == mi && m.usable() {
			return -1 // an actor after a preposition comes first: no plain subject noun before it
		}
	}
	if first < 0 || first == not {
		return -1
	}
	m := &s.ms[first]
	k := m.end
	if k+2 >= t {
		return -1
	}
	w := &s.toks[k]
	shaped := w.Kind == text.Word && s.in[k] < 0 && (strings.HasSuffix(w.Lower, "ing") && w.Lemma != w.Lower ||
		pastForm(w) && isWord(s.toks, k+1, "by") ||
		stanceWords[w.Lower] && k+1 < len(s.toks) && statePreps[s.toks[k+1].Lower]) || // "farmers angry at the new fuel tax"
		isWord(s.toks, k, ",") && (isWord(s.toks, k+1, "which") || isWord(s.toks, k+1, "who"))
	if !shaped {
		return -1
	}
	other := false // the modifier names an actor of its own
	for j := k; j < t; j++ {
		if mi := s.in[j]; mi >= 0 && mi != first && s.ms[mi].usable() {
			other = true
		}
	}
	if !other {
		return -1
	}
	if stanceWords[w.Lower] && slices.Contains(s.mainAt, t-1) {
		return first // the verb reducedRelatives found after the phrase is the noun's own
	}
	tr := s.parse()
	if tr == nil || t >= tr.Len() {
		return -1
	}
	for h := m.start; h < m.end && h < tr.Len(); h++ {
		if tr.Heads[h] == t && strings.HasPrefix(tr.Labels[h], "nsubj") {
			return first
		}
	}
	if s.countedCrowd(m.start) && tr.Heads[0] == t && strings.HasPrefix(tr.Labels[0], "nsubj") {
		return first // the parse heads the subject with the count ("Thousands ... stormed")
	}
	return -1
}

// afterArticle reports whether an indefinite article stands right before
// token k: "in a U.S. strike" is a strike of the United States, where "in
// the United States" is a place.
func (s *sentence) afterArticle(k int) bool {
	return k > 0 && (s.toks[k-1].Lower == "a" || s.toks[k-1].Lower == "an")
}

// sequencePreps open a phrase of another event, whose "by" is its own.
var sequencePreps = set(`after before following during`)

// reporterOf returns, for a participle at token t right after a report
// that says nothing else ("X told parliament on Wednesday, blaming ...",
// "X said on Monday, accusing ..."), the reporter X; or -1. A report with
// a clause of its own ("said Israel bombed a house, killing five") leaves
// the participle to that clause's subject.
func (s *sentence) reporterOf(t int) int {
	if !s.participial(t) {
		return -1
	}
	b := t - 1
	for b >= 0 && !s.boundary[b] {
		b--
	}
	if b < 1 || !reportWords[s.toks[b].Lower] {
		return -1
	}
	for k := b + 1; k < t-1; k++ {
		if s.in[k] < 0 && !s.time[k] && !determiners[s.toks[k].Lower] {
			return -1
		}
	}
	if mi := s.in[b-1]; mi >= 0 && s.ms[mi].usable() {
		return mi
	}
	return -1
}

// countedCrowd reports whether the actor whose words start at token k is
// the noun a count opens the sentence with: "Thousands of protesters",
// "Hundreds of students" (the count's "of" is no preposition of a place or a
// complement).
func (s *sentence) countedCrowd(k int) bool {
	return k == 2 && isWord(s.toks, 1, "of") && partitives[s.toks[0].Lower]
}
