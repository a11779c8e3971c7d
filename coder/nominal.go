package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// nominalAfterPrep reports whether action a is a noun in a prepositional
// phrase ("despite weeks of deadly protests", "a hub of the 2018
// anti-government protests"): between the preposition and the action's first
// word stand only determiners, numbers and modifiers. Such a noun names an
// action, but the clause's subject is not its actor.
func (s *sentence) nominalAfterPrep(a match) bool {
	first := a.trig
	for _, w := range a.words {
		first = min(first, w)
	}
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		t := &s.toks[k]
		switch {
		case nounPreps[t.Lower]:
			return true
		case t.Kind == text.Number || determiners[t.Lower]:
		case t.Kind == text.Word && !t.Cap && s.in[k] < 0 && !clauseWords[t.Lower] && !strings.HasSuffix(t.Lower, "ed") && t.Lower == t.Lemma:
		default:
			return false
		}
	}
	return false
}

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

// hasComma reports whether a comma stands among tokens from to to.
func (s *sentence) hasComma(from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if s.toks[k].Lower == "," {
			return true
		}
	}
	return false
}

// participleClause reports whether a participle clause starts at token k:
// ", telling pilgrims", ", saying that".
func (s *sentence) participleClause(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].Lower != "," {
		return false
	}
	t := &s.toks[k+1]
	return t.Kind == text.Word && !t.Cap && len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ing") && !prepositions[t.Lower] && !ingPreps[t.Lower]
}

// ingPreps look like participles and work as prepositions: ", including
// opposition figure Siarhei Tsikhanouski".
var ingPreps = set(`including according following regarding concerning excluding notwithstanding`)

// pluralSubject reports whether the word at t, which could be a verb's
// third person ("ships", "arms"), is a plural noun before its verb: "coast
// guard ships fired water cannon", "the talks collapsed".
func (s *sentence) pluralSubject(t int) bool {
	w := s.toks[t].Lower
	if len(w) < 4 || !strings.HasSuffix(w, "s") || t+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[t+1]
	if n.Kind != text.Word || n.Cap || closedClass(n.Lower) {
		return false
	}
	_, irregular := text.Irregular(n.Lower)
	return strings.HasSuffix(n.Lower, "ed") && n.Lemma != n.Lower || irregular && n.Lemma != n.Lower
}

// pastVerb reports whether the word at t is a verb's past form ("struck",
// "attacked").
func (s *sentence) pastVerb(t int) bool {
	w := &s.toks[t]
	if w.Lemma == w.Lower {
		return false
	}
	_, irregular := text.Irregular(w.Lower)
	return irregular || strings.HasSuffix(w.Lower, "ed")
}

// hosts adds to each visit its host's side, as CAMEO pairs them (042 and
// 043, PETRARCH's "042:043"): "Putin visited North Korea" is also North
// Korea hosting Putin. Only a person or a government is a guest (troops
// that arrive are deployed), and a trip at home hosts no one.
func hosts(ps []proto) []proto {
	out := ps
	for _, p := range ps {
		if p.code != "042" || !p.hasTgt || p.tgt.code == "" || p.src.country != "" && p.src.country == p.tgt.country ||
			p.src.person == nil && role(p.src) != "" && role(p.src) != "GOV" {
			continue
		}
		h := p
		h.src, h.tgt, h.code = p.tgt, p.src, "043"
		h.conf = max(p.conf-0.1, 0.1)
		out = append(out, h)
	}
	return out
}
