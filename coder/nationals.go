package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Actors that news text names by words that are no actor's name, and the
// agents it names outside the subject: a nationality adjective used as a
// noun ("one Canadian"), the spokesman who speaks for a body ("a spokesman
// for the Sudanese army"), a role word of each of several countries
// ("troops from the two countries"), the doer an act is blamed on ("an
// attack blamed on the Taliban"), the agent of a passive that a participle
// follows ("dispersed by police using tear gas") or a country owns ("by
// Sudan's Rapid Support Forces"), and who is taken hostage ("took a pilot
// hostage").

// countWords come before an adjective of nationality that stands for a
// person: "an American", "one Canadian", "a third Briton".
var countWords = set(`a an one two three four five six seven eight nine ten another second third`)

// afterNominal are the words that can follow a nationality adjective used
// as a noun, and none that follow it as a modifier: "one Canadian and",
// "an Israeli was wounded", "a Thai who".
var afterNominal = set(`and or was were is are had has who whom whose , . ; : ) among`)

// nominalAdjective reports whether the adjective of nationality at
// toks[start:end] is used as a noun for a person of its country: a count
// word before it and no noun after it.
func nominalAdjective(toks []text.Token, start, end int) bool {
	if start == 0 || end-start != 1 {
		return false
	}
	if p := toks[start-1]; !countWords[p.Lower] && p.Kind != text.Number {
		return false
	}
	if sharesNoun(toks, start, end) {
		return false // "11 Chinese and Russian aircraft": two adjectives of one noun
	}
	return end == len(toks) || afterNominal[toks[end].Lower] || prepositions[toks[end].Lower] && toks[end].Lower != "of" ||
		participleAfter(toks, end)
}

// sharesNoun reports whether the adjective at start (a singular form:
// "Chinese", not "Americans") is joined by "and" or "or" to another
// capitalised adjective that a lower-case noun follows: "11 Chinese and
// Russian aircraft" counts aircraft, not Chinese people.
func sharesNoun(toks []text.Token, start, end int) bool {
	if end+2 >= len(toks) || strings.HasSuffix(toks[start].Lower, "s") || !isWord(toks, end, "and") && !isWord(toks, end, "or") {
		return false
	}
	a, n := toks[end+1], toks[end+2]
	return a.Kind == text.Word && a.Cap && n.Kind == text.Word && !n.Cap
}

// participleAfter reports whether a participle that begins a modifier
// follows the adjective that ends at end: "Oleg Ivanov, a Russian convicted
// of murder", "an American held in Iran" is a person of the country, as "an
// American who" is; "a Russian armed group" is no person (a noun follows).
func participleAfter(toks []text.Token, end int) bool {
	if end+1 >= len(toks) {
		return false
	}
	w, n := toks[end], toks[end+1]
	if w.Kind != text.Word || w.Cap || w.Lower == w.Lemma || strings.HasSuffix(w.Lower, "s") {
		return false
	}
	return n.Kind == text.Punct || prepositions[n.Lower]
}

// speakerWords are role words for a person who speaks for a body.
var speakerWords = set(`spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople spokespersons`)

// pressWords are role words for a person who works for a news organisation:
// "a journalist for Al Jazeera", "a correspondent with the BBC" is the
// organisation's (QATMED, GBRMED), as "an Al Jazeera journalist" is, not a
// journalist of the country the sentence is set in.
var pressWords = set(`journalist journalists reporter reporters correspondent correspondents photographer photographers photojournalist photojournalists cameraman cameramen`)

// speakers merges a spokesman with the body "for" or "of" whom the words say
// he speaks: "a spokesman for the Sudanese army" is the army (SDNMIL), "a
// spokeswoman for the Kenyan foreign ministry" the ministry, not whatever
// country the context would lend a bare "spokeswoman".
func speakers(toks []text.Token, ms []mention) []mention {
	for i := 0; i+1 < len(ms); i++ {
		m := &ms[i]
		if m.kind != mAgent || len(m.members) > 0 || m.end-m.start > 2 {
			continue
		}
		head := toks[m.end-1].Lower
		press := pressWords[head] && (isWord(toks, m.end, "for") || isWord(toks, m.end, "with"))
		if !press && (!speakerWords[head] || !isWord(toks, m.end, "for") && !isWord(toks, m.end, "of")) {
			continue
		}
		k := m.end + 1
		if isWord(toks, k, "the") {
			k++
		}
		n := ms[i+1]
		switch {
		case n.start != k:
			continue
		case press && (n.kind != mFull || len(n.members) != 1 || !strings.HasSuffix(n.members[0].code, "MED")):
			continue // only a news organisation employs the press
		case n.kind == mAgent && len(n.members) == 0:
			// "a spokesman for the army": the army's role, its country
			// still to be found
		case n.kind == mFull && len(n.members) == 1:
			b := n.members[0]
			b.start, b.person = m.start, nil // the spokesman is not the person he speaks for
			n.members, n.named = []member{b}, [2]int{}
		default:
			continue
		}
		n.start = m.start
		ms[i] = n
		ms = append(ms[:i+1], ms[i+2:]...)
	}
	return ms
}

// blameWords are the participles that put an act on its doer after the act's
// noun: "an attack blamed on the Taliban", "a bombing attributed to Hamas".
var blameWords = map[string]string{"blamed": "on", "attributed": "to"}

// blamedOn reports whether toks[k] is the preposition of such a participle,
// so that the actor after it did the act as if "by" it.
func blamedOn(toks []text.Token, k int) bool {
	return k > 0 && blameWords[toks[k-1].Lower] == toks[k].Lower
}

// blamedAct reports whether the word at t is such a participle right after
// the act's noun ("an attack blamed on"), where it tells who did the act,
// not that anyone in the sentence blamed anyone.
func (s *sentence) blamedAct(t int) bool {
	if t == 0 || blameWords[s.toks[t].Lower] == "" || !isWord(s.toks, t+1, blameWords[s.toks[t].Lower]) {
		return false
	}
	p := s.toks[t-1]
	return p.Kind == text.Word && !p.Cap && s.in[t-1] < 0 && !closedClass(p.Lower) && !beForms[p.Lower] && !strings.HasSuffix(p.Lower, "ly")
}

// byParticiple reports whether the word at t is a present participle right
// after the agent of a passive ("were dispersed by police using tear gas",
// "were attacked by gunmen firing from motorcycles"): the agent does it.
func (s *sentence) byParticiple(t int) bool {
	if t == 0 || !strings.HasSuffix(s.toks[t].Lower, "ing") {
		return false
	}
	mi := s.in[t-1]
	return mi >= 0 && s.ms[mi].prep == "by" && s.ms[mi].usable() && s.ms[mi].end == t
}

// countrysOwn returns the actor that the country of mention mi owns right
// after its "'s" ("Afghanistan's Taliban government", "Sudan's Rapid
// Support Forces"), or -1: the possessed actor is the one that acts.
func (s *sentence) countrysOwn(mi int) int {
	m := &s.ms[mi]
	if !m.poss || len(m.members) != 1 || len(m.members[0].code) != 3 || m.members[0].country == "" {
		return -1
	}
	n := s.at[m.end+1]
	if n < 0 || !s.ms[n].usable() || s.ms[n].members[0].country != m.members[0].country {
		return -1
	}
	return n
}

// rolesOfEach gives a role word followed by "from" or "of" and a mention of
// several countries the role of each: "troops from the two countries",
// "soldiers of both sides", "the foreign ministers of the two nations" are
// each country's.
func rolesOfEach(toks []text.Token, ms []mention) []mention {
	for i := 0; i+1 < len(ms); i++ {
		m := &ms[i]
		if m.kind != mAgent || len(m.members) > 0 || m.role == "" || !isWord(toks, m.end, "from") && !isWord(toks, m.end, "of") {
			continue
		}
		n := ms[i+1]
		if n.start != m.end+1 || n.kind != mGroup && n.kind != mPronoun || len(n.members) < 2 || n.poss {
			continue
		}
		var each []member
		for _, b := range n.members {
			if len(b.code) != 3 || b.country == "" {
				each = nil
				break
			}
			each = append(each, member{code: b.country + m.role, country: b.country, name: b.name, start: m.start, end: n.end})
		}
		if each == nil {
			continue
		}
		ms[i] = mention{start: m.start, end: n.end, members: each}
		ms = append(ms[:i+1], ms[i+2:]...)
	}
	return ms
}

// heldAs reports whether the "hostage" or "captive" at k follows a noun that
// a form of "take" or "hold" governs: "took a New Zealand pilot hostage",
// "held an Italian priest captive". The noun is who was taken; "hostage"
// says what he was made.
func heldAs(toks []text.Token, k int) bool {
	if k < 2 || toks[k-1].Kind != text.Word || toks[k-1].Cap || closedClass(toks[k-1].Lower) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		switch toks[j].Lemma {
		case "take", "hold", "keep":
			return true
		}
		if toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// claimVerbs are the verbs by which an attacker names what it struck.
var claimVerbs = set(`called calls described describes termed terms said says claimed claims identified`)

// claimedLabel reports whether the adjective of nationality at raws[r] opens
// the name an attacker gave what it struck ("fired missiles at what it called
// a Greek spy base in Basra", "struck what it said were Ukrainian military
// targets in Odesa") and a place of another country follows: the target is
// that place's country (POLICY §4), the label only the attacker's word. It
// returns the last raw of the label (the adjective, or the role word after
// it).
func claimedLabel(toks []text.Token, raws []raw, r int, gap func(from, to int) int) (int, bool) {
	j := raws[r].start - 1
	if isWord(toks, j, "a") || isWord(toks, j, "an") || isWord(toks, j, "the") {
		j--
	}
	if j >= 0 && (beForms[toks[j].Lower] || toks[j].Lower == "as") {
		j--
	}
	if j < 0 || !claimVerbs[toks[j].Lower] {
		return r, false
	}
	what := false
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if toks[k].Lower == "what" {
			what = true
			break
		}
	}
	if !what {
		return r, false
	}
	last := r
	if r+1 < len(raws) && raws[r+1].kind == rAgent && gap(raws[r].end, raws[r+1].start) <= 1 {
		last = r + 1
	}
	own := pick(raws[r].acts).Country
	k := last + 1
	if k >= len(raws) || raws[k].start > raws[last].end+3 {
		return r, false
	}
	switch toks[raws[k].start-1].Lower {
	case "in", "near", "outside":
	default:
		return r, false
	}
	if c := rawCountry(raws[k]); c == "" || c == own {
		return r, false
	}
	return last, true
}

// shareWords say how many of a group an apposition goes on to name ("138
// migrants, most of them Venezuelans"); mostlyWords do it without "of them"
// ("300 migrants, mostly Guatemalans").
var (
	shareWords  = set(`most many all some half several nearly`)
	mostlyWords = set(`mostly mainly largely chiefly predominantly overwhelmingly all`)
)

// peopleNamed gives a role word of no country of its own the country of the
// people an apposition after it names: "138 migrants, most of them
// Venezuelans" are VENREF, "40 workers, mostly Nepalis" NPLLAB, "12 tourists
// from a cruise ship, ten Germans and two Austrians" DEUCVL and AUTCVL, not
// the role of the country the sentence is set in.
func peopleNamed(toks []text.Token, ms []mention) []mention {
next:
	for i := 0; i+1 < len(ms); i++ {
		m := &ms[i]
		if m.kind != mAgent && m.kind != mImplied || m.role == "" {
			continue
		}
		k := commaAfter(toks, m.end) + 1
		if k <= 0 || k >= len(toks) {
			continue
		}
		counted := false
		switch w := toks[k].Lower; {
		case shareWords[w] && isWord(toks, k+1, "of") && (isWord(toks, k+2, "them") || isWord(toks, k+2, "whom")):
			k += 3
		case mostlyWords[w]:
			k++
		case counting(toks[k]):
			k++ // "17 people, 16 Americans and one Canadian"
			counted = true
		default:
			continue
		}
		j := i + 1
		for j < len(ms) && ms[j].start < k {
			j++
		}
		if j == len(ms) || ms[j].start != k {
			continue
		}
		last := j // "mostly Hondurans and Guatemalans": a list of peoples
		for last+1 < len(ms) && (isWord(toks, ms[last].end, "and") || isWord(toks, ms[last].end, ",")) {
			if g := ms[last+1].start - ms[last].end; g != 1 && (!counted || g != 2 || !counting(toks[ms[last].end+1])) {
				break
			}
			last++
		}
		var each []member
		for _, n := range ms[j : last+1] {
			for _, b := range n.members {
				if n.kind != mFull && n.kind != mGroup || b.country == "" || b.code != b.country+"CVL" {
					continue next
				}
				each = append(each, member{code: b.country + m.role, country: b.country, name: b.name, start: m.start, end: m.end})
			}
		}
		m.members, m.kind, m.implied = each, mFull, ""
		ms = append(ms[:i+1], ms[last+1:]...)
	}
	return ms
}

// commaAfter returns the comma at end, or after a short "from" or "of"
// phrase there ("people from a church group,"), or -1.
func commaAfter(toks []text.Token, end int) int {
	if isWord(toks, end, ",") {
		return end
	}
	if !isWord(toks, end, "from") && !isWord(toks, end, "of") {
		return -1
	}
	for k := end + 1; k < len(toks) && k <= end+8; k++ {
		switch w := toks[k].Lower; {
		case w == ",":
			return k
		case clauseWords[w] || w == "and" || w == "or" || toks[k].Kind == text.Punct && w != "-" && w != "." || toks[k].Kind == text.Number:
			return -1
		}
	}
	return -1
}

// counting reports whether t counts the people a demonym after it names:
// "16 Americans", "one Canadian".
func counting(t text.Token) bool {
	return t.Kind == text.Number || countWords[t.Lower] && t.Lower != "a" && t.Lower != "an"
}

// hostWords are the verbs by which a base or a town holds troops.
var hostWords = set(`host hosts hosted hosting house houses housed housing`)

// hostEnds end the phrase in which a target's hosted troops are named.
var hostEnds = set(`and but or after before as when while because since ; : ( )`)

// bothHosting returns the host word of ", both housing" (", each hosting",
// ", all housing") that closes a list of places joined at token k by "and",
// within twelve words and before any other punctuation, or -1.
func (s *sentence) bothHosting(k int) int {
	for j := k + 1; j+2 < len(s.toks) && j <= k+12; j++ {
		w := s.toks[j].Lower
		if w == "," && (s.toks[j+1].Lower == "both" || s.toks[j+1].Lower == "each" || s.toks[j+1].Lower == "all") && hostWords[s.toks[j+2].Lower] {
			return j + 2
		}
		if s.toks[j].Kind == text.Punct && w != "-" || s.boundary[j] {
			return -1
		}
	}
	return -1
}

// hostedTroops returns the foreign troops that the target of force, mention
// tgt, is said to host, or tgt: "fired rockets at the Ain al-Asad air base,
// which hosts U.S. troops" and "struck two Iraqi bases housing U.S. troops"
// strike the troops (USAMIL), the base only where it happened.
func (s *sentence) hostedTroops(tgt, src int) int {
	t := s.ms[tgt]
	limit := t.end + 8
	for k := t.end; k < len(s.toks)-1 && k <= limit; k++ {
		w := s.toks[k].Lower
		if w == "and" {
			if j := s.bothHosting(k); j > k {
				k, limit = j-1, j // "at the Ain al-Asad air base and at a base in Erbil, both housing U.S. troops"
				continue
			}
		}
		if hostEnds[w] || s.toks[k].Kind == text.Punct && w != "," && w != "-" {
			return tgt
		}
		if !hostWords[w] {
			continue
		}
		mi := s.at[k+1]
		if mi < 0 || mi == src || s.ms[mi].start != k+1 || len(s.ms[mi].members) == 0 {
			return tgt
		}
		for _, b := range s.ms[mi].members {
			if b.country == "" || b.code != b.country+"MIL" || len(t.members) > 0 && b.country == t.members[0].country {
				return tgt // a state's own troops in its own base are the base's
			}
		}
		return mi
	}
	return tgt
}
