package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// The kind of a protest, once its events are bound (see protest.go for who
// protests to whom, aims.go for what it demands).

// streetRoles are the parts of a people whose protest is done in the
// street: civilians, the opposition, students, workers, farmers, doctors,
// the faithful, refugees, settlers, traders.
var streetRoles = set(`CVL OPP EDU LAB AGR MED HLH REL REF SET BUS`)

// protestKinds gives the protests of a sentence the kind the codebook has
// for them:
//   - people who "protest" demonstrate (141): "thousands of Serbians
//     protested in Novi Sad", "supporters who were protesting against the
//     results"; the codebook keeps 140 for dissent none of 141 to 145
//     fits (a petition, civil disobedience, a burnt flag), and a state's
//     protest is a complaint (officialProtests);
//   - "protest" that only qualifies a noun ("a protest camp") tells none;
//   - "in protest at" told of police or troops who met a crowd ("riot police
//     cleared them, in protest at the decision") is the crowd's aim, not
//     the police's protest, when the sentence has the crowd's protest;
//   - a crowd that clashes with police, told with the crowd as the verb's
//     subject ("protesters clashed with riot police in Nukus"), riots (145,
//     crackdowns); the police's side is not told as an act of theirs, while
//     "clashes between police and protesters" tells both;
//   - one protest against a list of one state's bodies ("stormed the
//     Congress, the Supreme Court and the presidential palace") is one
//     protest against that state, not one for each building;
//   - gangs or gunmen who block roads ("cartel gunmen blocked roads with
//     burning trucks") protest nothing: the codebook's 144 is a protest;
//   - a government takes to no street: a rally, a blockade or a riot
//     whose only actor is a government ("the law fines taking part in an
//     unauthorised protest", "the authorities banned the march") is none
//     (its strikes and hunger strikes, and its protests to another state,
//     stay);
//   - a crowd that defies a curfew or a ban as it protests ("protesters
//     defied a curfew and stormed parliament") protests: the defiance is
//     how, not a second act (128);
//   - a crowd that protests by blocking a road, or by storming a building
//     ("tens of thousands blocked the highway in protest at the dismissal")
//     blocks (144) or riots (145): what the crowd did is the kind;
//   - the rally of a crowd that turns into its riot ("farmers protesting
//     against the farm laws stormed the fort") is one protest, the riot,
//     with the rally's aim (1452); protests that "turned violent" are a
//     riot (145);
//   - force police use to break up protests, or on people who took to the
//     streets, with no actor for the crowd ("fired stun grenades to break
//     up protests against the election") is used on the country's people,
//     who protested (175 and 141).
func protestKinds(s *sentence, ps []proto) []proto {
	merged := map[int]bool{} // rallies that are a riot's
	for i, p := range ps {
		if strings.HasPrefix(string(p.code), "141") && len(p.words) > 0 && !s.turnedViolent(p.words[0]) {
			if r := s.riotOf(ps, i); r >= 0 {
				if d := s.rallyAim(p); len(ps[r].code) == 3 && d != "" {
					ps[r].code += dyad.EventCode(d)
				}
				merged[i] = true
			}
		}
	}
	out := edited{in: ps}
	for i, p := range ps {
		if p.code == "140" && len(p.words) > 0 && s.toks[p.words[0]].Lemma == "protest" {
			switch r := role(p.src); {
			case s.modifierNoun(p.words[0]) && len(p.words) == 1:
				out.drop(i)
				continue // "dismantled a protest camp": no protest told
			case streetRoles[r]:
				p.code = "141"
			case (r == "COP" || r == "MIL") && crowdProtest(ps, p):
				out.drop(i)
				continue
			}
		}
		if merged[i] || sameProtest(ps[:i], p) || p.code == "175" && s.crowdClashed(p) || p.code == "128" && protestBy(ps, p.src.code) >= 0 ||
			strings.HasPrefix(string(p.code), "144") && (role(p.src) == "CRM" || role(p.src) == "UAF") || s.govRally(p) {
			out.drop(i)
			continue
		}
		if p.code == "141" && len(p.words) > 1 {
			p.code = s.crowdDid(p.words[0], p.words[len(p.words)-1])
		}
		if strings.HasPrefix(string(p.code), "141") && len(p.words) > 0 && s.turnedViolent(p.words[0]) {
			p.code = "145" // what the protest was "over" is its occasion more than a demand
		}
		if p.code == "175" && !p.hasTgt && p.src.country != "" && repressionRoles[role(p.src)] && len(p.words) > 0 && !crowdNamed(ps, p) {
			if k := s.crowdAfter(p.words[0] + 1); k >= 0 {
				// "fired stun grenades to break up protests against the
				// election", "fired tear gas at supporters who took to the
				// streets": the country's people, who protested
				p.tgt = member{code: p.src.country + "CVL", country: p.src.country, name: p.src.name, start: -1, end: -1}
				p.hasTgt = true
				if protestBy(ps, p.tgt.code) < 0 {
					out.insert(i, proto{src: p.tgt, code: "141", words: []int{k}, conf: p.conf - 0.1, frame: -1})
				}
			}
		}
		out.keep(i, p, p.code != ps[i].code || p.hasTgt != ps[i].hasTgt || p.tgt != ps[i].tgt)
	}
	return out.result()
}

// turnedViolent reports whether the protest noun at token t is said to turn
// violent in its clause: "after protests over the killing turned violent",
// "protests over fuel prices turned into riots".
func (s *sentence) turnedViolent(t int) bool {
	for k := t + 1; k+1 < len(s.toks) && k <= t+15 && !s.boundary[k]; k++ {
		if s.toks[k].Lemma == "turn" && (s.toks[k+1].Lower == "violent" || isWord(s.toks, k+1, "into") && k+2 < len(s.toks) && riotNouns[s.toks[k+2].Lemma]) {
			return true
		}
	}
	return false
}

// crowdAfter returns the token that tells that the people police used force
// on right before token k were protesting, or -1: a protest noun as what the
// force broke up ("to break up protests", "to disperse demonstrations"), or
// a protest verb of the people it was fired at ("at supporters who took to
// the streets", "at crowds who gathered outside the court").
func (s *sentence) crowdAfter(k int) int {
	for j := k; j < len(s.toks) && j <= k+12; j++ {
		w := &s.toks[j]
		if w.Kind != text.Word {
			return -1
		}
		if s.in[j] >= 0 && s.ms[s.in[j]].usable() {
			return -1 // "at opposition supporters": an actor of its own, which demonstrations codes
		}
		if protestVerbs[w.Lemma] && w.Lower != w.Lemma && strings.HasSuffix(w.Lower, "s") && j > k && dispersal[s.toks[j-1].Lemma] {
			return j // "to break up protests"
		}
		if w.Lower == "who" || w.Lower == "that" {
			for i := j + 1; i < len(s.toks) && i <= j+3; i++ {
				if l := s.toks[i].Lemma; protestVerbs[l] || l == "gather" || l == "take" && isWord(s.toks, i+1, "to") && isWord(s.toks, i+2, "the") {
					return i
				}
			}
			return -1
		}
	}
	return -1
}

// dispersal are the verbs of police that end a protest they name: "break
// up protests", "disperse demonstrations", "crack down on protests".
var dispersal = set(`up disperse on quell suppress`)

// crowdProtest reports whether ps has a protest by someone other than p's
// source.
func crowdProtest(ps []proto, p proto) bool {
	for _, o := range ps {
		if o.code.Root() == "14" && o.src.code != p.src.code {
			return true
		}
	}
	return false
}

// protestBy returns the index of a protest (14x) by the actor code src in
// ps, or -1.
func protestBy(ps []proto, src string) int {
	for i, o := range ps {
		if o.code.Root() == "14" && o.src.code == src {
			return i
		}
	}
	return -1
}

// crowdClashed reports whether p, force by police or troops on a crowd, is
// the other side of a verb whose subject is the crowd: "protesters clashed
// with police" (the crowd's words before the verb, the police's after).
func (s *sentence) crowdClashed(p proto) bool {
	if len(p.words) == 0 || !p.hasTgt || p.tgt.start < 0 || p.src.start < 0 {
		return false
	}
	t := p.words[0]
	w := s.toks[t].Lower
	return s.toks[t].Lemma == "clash" && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) &&
		p.tgt.start < t && p.src.start > t
}

// riotOf returns the index of a riot (145x) in ps by the source of the
// rally ps[i] on the same day, or -1.
func (s *sentence) riotOf(ps []proto, i int) int {
	p := ps[i]
	for j, o := range ps {
		if j != i && strings.HasPrefix(string(o.code), "145") && o.src.code == p.src.code && len(o.words) > 0 &&
			!s.apart(o.words[0], p.words[0]) {
			return j
		}
	}
	return -1
}

// rallyAim returns the aim digit of the rally p: its subcode's, else the one
// its words say.
func (s *sentence) rallyAim(p proto) string {
	if len(p.code) == 4 {
		return string(p.code[3:])
	}
	return s.aim(p.words[0])
}

// riotAfter reports whether a riot (145x, or a storming, which riots
// recodes) follows a protest or a defiance that opened its clause, and so
// is no complement of it but the crowd's next act: "crowds defying a curfew
// stormed the residence", "farmers protesting against the farm laws
// stormed the fort".
func riotAfter(code dyad.EventCode, lemma, first string) bool {
	return (strings.HasPrefix(string(code), "145") || lemma == "storm") && (strings.HasPrefix(first, "14") || first == "128")
}

// protestPlace returns the place whose people hold the protest of act a,
// whose protest noun is token t, when no actor is its subject, or -1: where
// the noun is held ("protests erupted in Tehran", protestSite); where the
// main clause's act was, for protests in a clause after "after" ("a curfew
// in Antananarivo after protests turned violent"); where a strike stopped
// work ("a general strike brought Greece to a standstill").
func (s *sentence) protestPlace(t int, a match, code dyad.EventCode) int {
	pl := s.protestSite(t)
	if pl < 0 && protestVerbs[s.toks[t].Lemma] {
		pl = s.subordinateSite(t)
	}
	if pl < 0 && strings.HasPrefix(string(code), "143") {
		pl = s.strikeSite(a)
	}
	return pl
}

// stopVerbs are the lemmas of what a strike does to a country's work:
// "paralysed Athens", "brought Greece to a standstill", "halted trains".
var stopVerbs = set(`halt paralyse paralyze paralysed paralyzed shut close ground cripple disrupt bring idle stop`)

// strikeSite returns, for a strike the words of act a name ("a general
// strike", "the nationwide strike") that is its clause's subject, with no
// actor before it, and stops work somewhere ("A general strike brought
// Greece to a standstill", "the national strike paralysed Lagos"), the
// place or country whose work it stopped, or -1: the strike is its people's
// (POLICY §5).
func (s *sentence) strikeSite(a match) int {
	t := -1
	for _, w := range a.words {
		if s.toks[w].Lemma == "strike" {
			t = w
		}
	}
	if t < 0 {
		return -1
	}
	for k := t - 1; k >= 0 && !s.boundary[k] && s.toks[k].Lower != ","; k-- {
		if mi := s.in[k]; mi >= 0 && s.ms[mi].usable() && s.ms[mi].members[0].code != "" {
			return -1 // "unions staged a general strike": theirs
		}
	}
	stop := -1
	for k := t + 1; k < len(s.toks) && k <= t+8 && !s.boundary[k]; k++ {
		if stopVerbs[s.toks[k].Lemma] && s.in[k] < 0 {
			stop = k
			break
		}
	}
	if stop < 0 {
		return -1
	}
	for k := stop + 1; k < len(s.toks) && !s.boundary[k]; k++ {
		mi := s.at[k]
		if mi < 0 || len(s.ms[mi].members) == 0 {
			continue
		}
		m := &s.ms[mi]
		if (m.kind == mPlace || m.kind == mFull && len(m.members) == 1 && len(m.members[0].code) == 3) && m.members[0].country != "" &&
			(m.prep == "" || crowdSites[m.prep]) {
			return mi
		}
	}
	return -1
}

// subordinateSite returns, for a protest noun at token t that opens a
// clause of its own after "after", "amid" or "following" and names no
// place ("imposed a curfew in Antananarivo after protests over power cuts
// turned violent"), the place the sentence's main clause puts its act in,
// or -1: the protest was where the measure it prompted was taken.
func (s *sentence) subordinateSite(t int) int {
	b := t - 1
	for b >= 0 && !s.boundary[b] && !protestSubordinators[s.toks[b].Lower] && (s.toks[b].Kind == text.Word || s.toks[b].Text == "-") && b >= t-4 {
		b-- // "after days of anti-government protests"
	}
	if b < 0 || !protestSubordinators[s.toks[b].Lower] {
		return -1
	}
	for mi := range s.ms {
		m := &s.ms[mi]
		if m.start >= b {
			break
		}
		if len(m.members) > 0 && m.prep == "in" && (m.kind == mPlace || m.kind == mFull && len(m.members) == 1 && len(m.members[0].code) == 3) &&
			m.members[0].country != "" {
			return mi
		}
	}
	return -1
}

// protestSubordinators open the clause of a protest that prompted the
// sentence's main act.
var protestSubordinators = set(`after amid following`)

// riotNouns are what protests turn into when they turn violent.
var riotNouns = set(`riot rioting violence clash unrest`)

// crowdDid returns the kind of protest (141, or 144 for a blockade, 145
// for a storming) of a crowd whose rally pattern runs from token a to
// token b across the verb of what it did: "tens of thousands of Israelis
// blocked the highway in protest".
func (s *sentence) crowdDid(a, b int) dyad.EventCode {
	for k := a + 1; k < b; k++ {
		switch s.toks[k].Lemma {
		case "block", "blockade", "barricade":
			return "144"
		case "storm":
			return "145"
		}
	}
	return "141"
}

// auxiliaries stand between "who" and the verb of a relative clause.
var auxiliaries = set(`had have has were was are is been`)

// sameProtest reports whether ps has the protest p already, from the same
// words by the same source against another body of the same state.
func sameProtest(ps []proto, p proto) bool {
	if p.code.Root() != "14" || !p.hasTgt || len(p.words) == 0 {
		return false
	}
	for _, o := range ps {
		if o.code == p.code && o.src.code == p.src.code && o.hasTgt && o.tgt.country == p.tgt.country && len(o.words) > 0 && o.words[0] == p.words[0] {
			return true
		}
	}
	return false
}

// modifierNoun reports whether the word at t is a noun that qualifies the
// noun after it ("a protest camp", "protest leaders"): no protest held.
func (s *sentence) modifierNoun(t int) bool {
	if t+1 >= len(s.toks) || s.toks[t].Lower != s.toks[t].Lemma {
		return false // "protested", "protests"
	}
	n := &s.toks[t+1]
	return n.Kind == text.Word && !n.Cap && !prepositions[n.Lower] && !clauseWords[n.Lower] && n.Lower != "and" && n.Lower != "or"
}

// govRally reports whether p is a rally, blockade or riot (141x, 144x,
// 145x) whose source is a government or a bare state with no target: the protest the words
// name is someone else's, or no one's.
func (s *sentence) govRally(p proto) bool {
	c := string(p.code)
	r := role(p.src)
	return (r == "GOV" || r == "" && p.src.person == nil && len(p.src.code) == 3) && !p.hasTgt && (strings.HasPrefix(c, "141") || strings.HasPrefix(c, "144") || strings.HasPrefix(c, "145"))
}

// riotSubject reports whether the riot (145x) at token t has a subject of
// its own after ", and", the source src: "the Rangers arrested Imran Khan,
// and his supporters set fire to a commander's house" is the supporters'
// riot, no complement of the arrest (but not the police of the clause
// before when the supporters are no one the sentence names).
func (s *sentence) riotSubject(code dyad.EventCode, t int, src member) bool {
	if !strings.HasPrefix(string(code), "145") {
		return false
	}
	for k := t - 1; k >= 2 && k >= t-4; k-- {
		if s.toks[k].Lower == "and" && s.toks[k-1].Lower == "," {
			return k < t-1 && src.start > k
		}
		if s.toks[k].Kind != text.Word {
			return false
		}
	}
	return false
}

// walkout reports whether the words of an action name a strike that stops
// work: "staged a general strike", "a nationwide strike", whoever calls it.
func (s *sentence) walkout(ks []int) bool {
	for _, k := range ks {
		if k > 0 && s.toks[k].Lemma == "strike" && walkoutWords[s.toks[k-1].Lower] {
			return true
		}
	}
	return false
}

// walkoutWords make a strike one of work stopped.
var walkoutWords = set(`general nationwide hunger labour labor`)

// namedBy reports whether one of the words naming m has its lemma in nouns.
func (s *sentence) namedBy(m member, nouns map[string]bool) bool {
	for k := max(m.start, 0); k < m.end && k < len(s.toks); k++ {
		if nouns[s.toks[k].Lemma] {
			return true
		}
	}
	return false
}

// headedBy reports whether m is the possessor of a noun whose lemma is in
// nouns: "his supporters", "Khan's supporters".
func (s *sentence) headedBy(m member, nouns map[string]bool) bool {
	k := m.end
	if isWord(s.toks, k, "'s") {
		k++
	}
	return m.start >= 0 && k > m.start && k < len(s.toks) && nouns[s.toks[k].Lemma]
}

// hasLemma reports whether one of the tokens at ks has lemma w.
func (s *sentence) hasLemma(ks []int, w string) bool {
	for _, k := range ks {
		if s.toks[k].Lemma == w {
			return true
		}
	}
	return false
}
