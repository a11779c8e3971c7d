// Kinds of objects an act's slots weigh: a facility and its owner, victims
// named by their role, a venue held by someone, and a noun that sums up an
// act told before it.

package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// facilities are what an actor's name before them makes its property: "an
// African Union base", "a UN convoy", "Israeli army posts".
var facilities = set(`base camp convoy position target site hideout stronghold depot headquarters embassy consulate checkpoint outpost post patrol compound
	vessel ship warship aircraft plane jet helicopter tanker facility office mission residence`)

// facilityOwner returns the mention, between tokens from and to, whose name
// stands before a facility ("stormed an African Union base at El Baraf,
// north of Mogadishu"), or -1: force against the facility is force against
// its owner, not the place it stands in.
func (s *sentence) facilityOwner(from, to, not int) int {
	for k := from; k < to; k++ {
		mi := s.at[k]
		if mi < 0 || mi == not || s.ms[mi].kind == mPlace || len(s.ms[mi].members) == 0 {
			continue
		}
		e := s.ms[mi].end
		if e < len(s.toks) && facilities[s.toks[e].Lemma] ||
			e+1 < len(s.toks) && s.toks[e].Kind == text.Word && !s.toks[e].Cap && facilities[s.toks[e+1].Lemma] {
			return mi
		}
	}
	return -1
}

// namedVictims returns the actor named as the object of force at token t
// when the target the pattern bound, mention tgt, is only where it was
// used ("killed five Syrian soldiers in Lebanon" kills the soldiers, not
// Lebanon; "killed 14 people in Lebanon" keeps Lebanon), or -1.
func (s *sentence) namedVictims(t, tgt, not int) int {
	m := &s.ms[tgt]
	if len(m.members) != 1 || len(m.members[0].code) != 3 && m.kind != mPlace || !locatives[sitePrep(s.toks, m.start)] {
		return -1
	}
	for k := t + 1; k < m.start && k <= t+6; k++ {
		if s.boundary[k] {
			return -1
		}
		mi := s.at[k]
		if mi < 0 || mi == not || mi == tgt {
			continue
		}
		o := &s.ms[mi]
		if len(o.members) == 0 {
			return -1
		}
		if c := o.members[0].code; o.kind != mFull || o.prep != "" || o.members[0].country == "" || len(c) < 6 || !victimRoles[c[3:6]] {
			return -1 // a state's name, or a thing ("hit the Saudi hospital in El Fasher")
		}
		return mi
	}
	return -1
}

// withAtVenue reports whether the "with" before token k follows, after the
// verb at token t, a phrase of where ("at a ceremony with Rubio", "in the
// Oval Office with Trump", "at a ceremony in Sharm el-Sheikh with
// al-Sisi"): whom the
// place held, not the other side of the act.
func (s *sentence) withAtVenue(t, k int) bool {
	w := k - 1
	for w > t && w >= k-4 && s.toks[w].Lower != "with" {
		w--
	}
	if w <= t || s.toks[w].Lower != "with" {
		return false
	}
	for i := t + 1; i < w; i++ {
		if s.boundary[i] {
			return false
		}
		if s.toks[i].Lower == "at" && i+1 < w {
			return true
		}
		if s.toks[i].Lower == "in" && i+1 < w && venueNouns[s.toks[w-1].Lemma] {
			return true
		}
	}
	return false
}

// venueNouns are the rooms and buildings that a phrase of where ends in
// before a "with" of whom they held ("in the Oval Office with Trump").
var venueNouns = set(`office house palace hall room ceremony hotel residence building chamber`)

// victimRoles are the roles of people whom force is used on.
var victimRoles = set(`CVL MIL PKO COP UAF SPY REB INS SEP GOV OPP LAB`)

// summary returns the comma before the noun at token n when the noun is set
// after a clause to sum up its act ("..., a verdict that", "..., a move
// which"), or -1.
func (s *sentence) summary(n int) int {
	if t := &s.toks[n]; t.Kind != text.Word || t.Cap || !summaryNouns[t.Lower] && (t.Lemma == t.Lower || !summaryNouns[t.Lemma]) {
		return -1
	}
	for k := n - 1; k >= 1 && k >= n-4; k-- {
		w := &s.toks[k]
		if w.Lower == "," {
			return k
		}
		if w.Kind != text.Word || s.in[k] >= 0 || w.Cap && !determiners[w.Lower] {
			return -1
		}
	}
	return -1
}

// summaryNouns sum up the act of the clause they follow.
var summaryNouns = set(`move verdict decision step ruling sentence measure announcement remark comment statement act action gesture
	attack strike raid visit trip vote order trial`)

// summaryObject returns the comma before a noun that sums up the clause
// before it when the noun is the object of the verb at token t, in a
// relative clause whose subject is mention src (", a ruling Washington
// swiftly condemned", ", a move that Kyiv denounced"), or -1.
func (s *sentence) summaryObject(t, src int) int {
	k := t - 1
	for k >= 0 && (auxAdverbs[s.toks[k].Lower] || strings.HasSuffix(s.toks[k].Lower, "ly") && s.in[k] < 0) {
		k-- // "swiftly", "also", "has"
	}
	if k < 0 || s.in[k] != src || isWord(s.toks, t, "to") {
		return -1
	}
	k = s.ms[src].start - 1
	if isWord(s.toks, k, "the") {
		k-- // "in what the Pentagon called"
	}
	if isWord(s.toks, k, "that") || isWord(s.toks, k, "which") && !isWord(s.toks, k-1, ",") {
		k--
	}
	if k < 1 || s.in[k] >= 0 || s.toks[k].Kind != text.Word {
		return -1
	}
	switch w := s.toks[k].Lower; {
	case w == "which" && isWord(s.toks, k-1, ","):
		return k - 1 // ", which Washington called provocative"
	case w == "what" && isWord(s.toks, k-1, "in") && k >= 2 && s.in[k-2] < 0:
		return k - 1 // "in what Manila called an act of piracy"
	}
	if c := s.summary(k); c > 0 {
		return c
	}
	// "jailed him for 16 years in a ruling that Washington called a sham":
	// an adjunct of the clause before, with no comma
	return s.adjunctSummary(k, src)
}
