package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Verbs joined in one sentence: two verbs that share a subject or an object,
// acts done jointly, and the warnings and revenge that follow another act.

// joinedVerb reports whether token k is a verb in the past joined by "and"
// to what comes before: "and fired", "and shot"; not the nouns of "drone and
// missile strikes", nor a gerund.
func (s *sentence) joinedVerb(k int) bool {
	if k >= len(s.toks) || !isWord(s.toks, k-1, "and") || s.toks[k].Kind != text.Word || s.toks[k].Cap {
		return false
	}
	t := &s.toks[k]
	if joinedModals[t.Lower] {
		return true // "a count released by the institute, and will become the first woman": the next verb phrase
	}
	return strings.HasSuffix(t.Lower, "ed") || t.Lemma != t.Lower && t.Lower != t.Lemma+"s" && t.Lower != t.Lemma+"es" &&
		!strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ing") // "expanding the economy and creating jobs": gerunds of one phrase
}

// verbIng reports whether t is the -ing form of a verb (coerce11):
// "arresting", not "morning" (its own lemma) nor a capitalised name.
func verbIng(t *text.Token) bool {
	return t.Kind == text.Word && !t.Cap && strings.HasSuffix(t.Lower, "ing") && t.Lemma != t.Lower
}

// andGerund reports whether token k is a gerund joined by "and" to one
// right before: "arresting and deporting", not the last two of a list
// ("sending tanks, training and fighting") (coerce11).
func (s *sentence) andGerund(k int) bool {
	return k >= 2 && isWord(s.toks, k-1, "and") && verbIng(&s.toks[k]) && verbIng(&s.toks[k-2]) && !isWord(s.toks, k-3, ",")
}

// joinedModals open a coordinated verb phrase of their own after "and".
var joinedModals = set(`will would could can may might must shall should`)

// sharedObject reports whether token k is the "and" of two past verbs that
// share the object after the second: "stormed and ransacked the
// residence", not "stormed the residence and ransacked it" (the first verb
// has its object) nor "stormed and left" (nothing follows the second).
func (s *sentence) sharedObject(k int) bool {
	if k < 1 || k+2 >= len(s.toks) || !isWord(s.toks, k, "and") || s.toks[k-1].Cap {
		return false
	}
	if s.andGerund(k + 1) {
		// coerce11: "began arresting and deporting undocumented Afghans":
		// two gerunds of one object, as two pasts are
	} else if !s.joinedVerb(k + 1) {
		return false
	} else if !pastForm(&s.toks[k-1]) && !samePasts[s.toks[k-1].Lower] {
		return false // "beat and detained protesters": a past spelled as the present is still a past
	}
	n := &s.toks[k+2]
	return (n.Kind == text.Word || n.Kind == text.Number) && n.Lower != "and" && n.Lower != "or" && !clauseWords[n.Lower] && !s.time[k+2]
}

// coordinated reports whether the action at token t is joined to an earlier
// one by "and", "or", "but" or a comma ("accused ... and threatened").
func (s *sentence) coordinated(t int) bool {
	for t > 0 && s.time[t-1] {
		t-- // "and on Wednesday suspended": past the time phrase
	}
	for k := t - 1; k >= 0 && k >= t-2; k-- {
		if k == t-2 && s.toks[k].Lower == "," && s.toks[t-1].Lower == "to" {
			return false // "blocked a highway near Peshawar, in Punjab province, to protest": an aside closed, then the purpose
		}
		switch s.toks[k].Lower {
		case "and", "or":
			// "signed a deal to hold an election and let observers
			// monitor the vote": a verb joined to an infinitive is the
			// infinitive's, what the deal is to do
			return !s.infinitiveConjunct(k, t)
		case "but", ",":
			return true
		}
		if s.in[k] >= 0 {
			return false
		}
	}
	return false
}

// infinitiveConjunct reports whether the verb at token t, after "and" at
// token k, is joined to an infinitive of its clause ("to hold ... and let
// ..."): a base form after "to" and a verb (no actor, no article) with no
// comma between; a past form ("and released") is joined to the clause's
// own verb.
func (s *sentence) infinitiveConjunct(k, t int) bool {
	if strings.HasSuffix(s.toks[t].Lower, "ed") || strings.HasSuffix(s.toks[t].Lower, "s") {
		return false
	}
	for j := k - 1; j >= 0 && !s.boundary[j]; j-- {
		w := s.toks[j].Lower
		if w == "," || w == ";" {
			return false
		}
		if w == "to" && j+1 < k && s.in[j+1] < 0 && s.toks[j+1].Kind == text.Word && !determiners[s.toks[j+1].Lower] &&
			!s.toks[j+1].Cap && !strings.HasSuffix(s.toks[j+1].Lower, "ed") && !strings.HasSuffix(s.toks[j+1].Lower, "ing") {
			return true
		}
	}
	return false
}

// warned gives the warnings evs that follow the sentence's events out as
// participles the addressee of the last event by the same source: whom
// the demand, the expulsion or the summons was for is warned, not whoever
// the warning says would act. A warning after a threat (an ultimatum) is
// that threat, no other.
func warned(evs, out []proto) []proto {
	var kept []proto
	for _, e := range evs {
		for k := len(out) - 1; k >= 0; k-- {
			if b := out[k]; b.src.code == e.src.code && b.hasTgt {
				if b.code.Root() != "13" {
					e.tgt, e.hasTgt = b.tgt, true
					kept = append(kept, e)
				}
				break
			}
		}
	}
	return kept
}

// avenged gives a threat that a closing attribution's speaker makes in a
// participle (", a Taliban spokesman said, vowing to retaliate"), with no
// target of its own, the source of the sentence's last event against the
// speaker's country: whom the attacked side threatens. With no such event
// it is no event of the report.
func avenged(evs, before []proto) []proto {
	var out []proto
	for _, e := range evs {
		if e.hasTgt {
			out = append(out, e)
			continue
		}
		found := false // lost9
		for k := len(before) - 1; k >= 0; k-- {
			if b := before[k]; b.hasTgt && b.tgt.country != "" && b.tgt.country == e.src.country && b.src.country != e.src.country {
				e.tgt, e.hasTgt = b.src, true
				out = append(out, e)
				found = true // lost9
				break
			}
		}
		if !found {
			out = avengedOnAttacker(e, before, out) // lost9: the side whose force struck another's foe on the speaker's soil (vanish.go)
		}
	}
	return out
}

// jointly gives a reciprocal act that names no other side, joined by "and"
// to a mutual act of the sentence, the two sides of that act: "Putin met Xi
// in Beijing and signed a joint statement" is signed by both, as is what
// "held talks with Erdogan and agreed" to. Only a meeting, talks or an
// agreement (01-06) lends its sides, not a clash.
func jointly(before []proto, a match, code dyad.EventCode) []proto {
	for k := len(before) - 1; k >= 1; k-- {
		x, y := before[k-1], before[k]
		if !x.hasTgt || !y.hasTgt || x.src.code != y.tgt.code || x.tgt.code != y.src.code || x.code != y.code || x.code.Root() > "06" {
			continue
		}
		var out []proto
		for _, e := range []proto{x, y} {
			e.code, e.words, e.conf, e.frame, e.days = code, a.words, e.conf-0.1, -1, 0
			out = append(out, e)
		}
		return out
	}
	return nil
}

// coordinate gives events without a target the target of the sentence's
// last event by the same source when their action is joined to it by "and":
// "Iran accused Israel of the attack and threatened to retaliate".
func coordinate(s *sentence, head int, evs, before []proto) []proto {
	if !isWord(s.toks, head-1, "and") && !isWord(s.toks, head-2, "and") {
		return evs
	}
	for i := range evs {
		if evs[i].hasTgt || evs[i].code == "1723" || evs[i].code == "1724" {
			continue // a curfew or martial law is imposed at home: "cut ties with Moscow and imposed martial law" (POLICY §5)
		}
		for k := len(before) - 1; k >= 0; k-- {
			if before[k].src.code == evs[i].src.code && before[k].hasTgt {
				evs[i].tgt, evs[i].hasTgt = before[k].tgt, true
				evs[i].conf -= 0.1
				break
			}
		}
	}
	return evs
}

// retortVerbs take "back" as the particle of a retort or a retaliation.
var retortVerbs = set(`hit strike fight lash`)

// hitBack reports whether token t is the "back" of "hitting back", "fought
// back": a particle, not the verb that supports ("backed sanctions").
func (s *sentence) hitBack(t int) bool {
	return t > 0 && s.toks[t].Lower == "back" && retortVerbs[s.toks[t-1].Lemma]
}

// materialAct reports whether code is an act done, not said: aid,
// release, protest, force, coercion, seizure, and a court's verdict (116:
// "sentenced him after convicting him of espionage").
func materialAct(code dyad.EventCode) bool {
	r := code.Root()
	return r == "07" || r == "08" || r >= "14" || code == "116"
}

// afterGerund reports whether the action at token t is a gerund right after
// "after" with its own object: "released Guzman hours after detaining him",
// "withdrew after killing 12 people". The clause's subject did it too, at
// its own time: an event of its own, not a complement. ("Before allowing
// aid convoys" is mostly a condition, not an act done.)
func (s *sentence) afterGerund(t int) bool {
	w := &s.toks[t]
	if t < 1 || s.toks[t-1].Lower != "after" || w.Kind != text.Word || w.Cap || !strings.HasSuffix(w.Lower, "ing") || w.Lemma == w.Lower {
		return false
	}
	return t+1 < len(s.toks) && s.toks[t+1].Kind != text.Punct
}

// joinedOther reports whether the place st is in the phrase of another act
// of the sentence that a verb joined by "and" sets apart from the act at
// token a: "arrested students in Mombasa and fired tear gas at marchers in
// Kisumu" arrested them in Mombasa and fired at Kisumu. A place before every
// act ("police in Mombasa arrested ... and fired") is no other act's, and a
// place after a later verb is that verb's only when it is an act.
func (s *sentence) joinedOther(st *site, a int) bool {
	lo, hi := st.end, a // an earlier act's place, before a
	if st.start > a {
		lo, hi = a+1, st.start // a later act's, after a
	} else if !s.actBetween(-1, st.start) {
		return false
	}
	for j := lo; j < hi; j++ {
		if s.boundary[j] {
			return false
		}
		if s.toks[j].Lower == "and" && s.joinedVerb(j+1) && (hi == a || s.actBetween(j, st.start)) {
			return true
		}
	}
	return false
}

// actBetween reports whether an act of the sentence starts after token lo
// and before token hi.
func (s *sentence) actBetween(lo, hi int) bool {
	for _, k := range s.starts {
		if k > lo && k < hi {
			return true
		}
	}
	return false
}
