package coder

import (
	"slices"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// Phone calls that other acts are told through.
//
// What one party says to another during a call is also the call (041, both
// ways), whatever the saying is: "Xi warned Biden during a phone call" is a
// warning and a call, as "told Putin in a phone call" is one (verbs.txt
// codes the verbs that are nothing but the call). And a party that "called"
// another "to" say something phoned it: "Blinken called Lavrov on Sunday to
// demand the reporter's release" is a call, and the demand is made to the
// one called, not to the reporter.

// phoneCalls adds the calls the verbal acts of ps were made in.
func (s *sentence) phoneCalls(ps []proto) []proto {
	if !s.words["phone"] && !s.words["telephone"] && !s.words["call"] && !s.words["called"] {
		return ps
	}
	out := ps
	for k := range ps {
		p := &ps[k]
		if !p.hasTgt || len(p.words) == 0 || !spokenAct(p.code) {
			continue
		}
		t := p.words[0]
		// (the demand itself is put to the one called by madeOfCalled,
		// demandedof.go)
		callee, ok := s.calledTo(t)
		ph := -1
		if !ok {
			if ph = s.byPhoneAfter(t); ph < 0 || s.callNotWithTarget(ph) {
				continue
			}
		}
		other := p.tgt
		if ok {
			other = callee
		}
		if other.code == "" || p.src.code == "" || other.code == p.src.code || other.country != "" && other.country == p.src.country || hasCall(out, p.src, other) {
			continue
		}
		if ph >= 0 {
			// the phone phrase is the act's adjunct: a call its own words
			// coded between others ("warned Li during a telephone call
			// against arming Russia") is this one
			out = slices.DeleteFunc(out, func(q proto) bool {
				return q.code == "041" && len(q.words) > 0 && q.words[0] >= ph-3 && q.words[0] <= ph+1
			})
		}
		c := *p
		c.tgt, c.code, c.conf, c.frame = other, "041", max(p.conf-0.1, 0.1), -1
		out = append(out, c, linked(c, "041"))
	}
	return out
}

// spokenAct reports whether code is an act of words, one a call can carry:
// statements, appeals, intentions, praise, demands, disapproval, refusals
// and threats.
func spokenAct(code dyad.EventCode) bool {
	switch code.Root() {
	case "01", "02", "03", "05", "10", "11", "12", "13":
		return code != "041"
	}
	return false
}

// callNotWithTarget reports whether the call whose phone word is at ph names
// its own parties, so that the act's target, named or implied, need not have
// been on it: a call the speakers held among themselves or their envoys
// ("condemned the launch in a telephone call of their senior envoys", "in
// their phone call"), or one "with" a party, which the dictionary's own call
// patterns code ("condemned the launch during a phone call with Japan").
func (s *sentence) callNotWithTarget(ph int) bool {
	for k := ph - 1; k >= 0 && k >= ph-3; k-- {
		if l := s.toks[k].Lower; l == "their" {
			return true
		} else if phonePreps[l] {
			break
		}
	}
	k := ph + 1
	if k < len(s.toks) && (s.toks[k].Lemma == "call" || s.toks[k].Lemma == "conversation" || s.toks[k].Lemma == "conference") {
		k++
	}
	return k < len(s.toks) && (s.toks[k].Lower == "of" || s.toks[k].Lower == "between" || s.toks[k].Lower == "among" || s.toks[k].Lower == "with")
}

// hasCall reports whether ps already has a call between x and y.
func hasCall(ps []proto, x, y member) bool {
	for _, p := range ps {
		if p.code == "041" && p.hasTgt && (p.src.code == x.code && p.tgt.code == y.code || p.src.code == y.code && p.tgt.code == x.code) {
			return true
		}
	}
	return false
}

// byPhoneAfter returns the phone word by which the clause of trigger t goes
// on to say the act was done on the phone ("during a phone call", "in a
// telephone conversation", "by phone", "over the telephone", "in a video
// call"), or -1.
func (s *sentence) byPhoneAfter(t int) int {
	for k := t + 1; k < len(s.toks) && (k == t+1 || !s.boundary[k-1]); k++ {
		w := &s.toks[k]
		if w.Kind != text.Word {
			if w.Lower == "," || w.Lower == ";" {
				return -1
			}
			continue
		}
		phone := w.Lemma == "phone" || w.Lemma == "telephone" ||
			w.Lower == "video" && k+1 < len(s.toks) && (s.toks[k+1].Lemma == "call" || s.toks[k+1].Lemma == "conference")
		if !phone {
			continue
		}
		for j := k - 1; j >= t+1 && j >= k-3; j-- {
			if phonePreps[s.toks[j].Lower] {
				return k
			}
			if !determiners[s.toks[j].Lower] && !callAdjectives[s.toks[j].Lower] {
				break
			}
		}
	}
	return -1
}

var (
	phonePreps     = set(`in during by over via on`)
	callAdjectives = set(`lengthy long brief short hour-long separate late-night`)
	// the verbs of saying that a call is made to do: "called Lavrov to demand"
	callVerbs = set(`demand urge press ask discuss protest raise seek request express convey congratulate thank warn reiterate stress condemn push voice offer invite assure reassure complain appeal insist inform brief update apologise apologize`)
)

// calledTo finds, before trigger t in its clause, "called X" right before
// "to" and t: "Blinken called Lavrov on Sunday to demand", and returns X, the
// one called (a person, a government or a state).
func (s *sentence) calledTo(t int) (member, bool) {
	if t < 4 || !isWord(s.toks, t-1, "to") || !callVerbs[s.toks[t].Lemma] {
		return member{}, false
	}
	k := t - 2
	for k >= 0 && s.time[k] {
		k-- // "called Lavrov on Sunday to demand"
	}
	mi := s.in[k]
	if k < 0 || mi < 0 || s.ms[mi].end != k+1 || len(s.ms[mi].members) != 1 {
		return member{}, false
	}
	st := s.ms[mi].start
	if st < 1 || s.boundary[st-1] {
		return member{}, false
	}
	v := &s.toks[st-1]
	if v.Lower != "called" && v.Lower != "calls" && v.Lower != "calling" && v.Lower != "phoned" && v.Lower != "telephoned" && v.Lower != "rang" {
		return member{}, false
	}
	m := s.ms[mi].members[0]
	if r := role(m); m.person == nil && r != "" && r != "GOV" {
		return member{}, false
	}
	return m, true
}
