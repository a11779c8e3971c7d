package coder

import "github.com/dyadhq/dyad/lexicon"

// Meetings at a seat of government. A meeting "at the White House" or "in
// the Kremlin", or one the seat's name describes ("an Oval Office meeting",
// "a Kremlin summit"), is held in the seat's country, as one "in Washington"
// is (POLICY §4, §20): a meeting of two states' officials there is also the
// guest's visit, which the seat's state hosts.

// seatCountry returns the country of the seat of government that mention
// mi names ("the White House", "the Oval Office"), or "".
func (s *sentence) seatCountry(mi int) string {
	m := &s.ms[mi]
	if len(m.members) != 1 {
		return ""
	}
	k := m.start
	if determiners[s.toks[k].Lower] {
		k++
	}
	as, _ := s.lx.Actor(s.toks, k)
	for _, a := range as {
		if a.Kind == lexicon.Seat {
			return a.Country
		}
	}
	return ""
}

// attributiveSeat returns the country of a seat of government whose name
// stands right before the meeting noun at token t ("an Oval Office
// meeting"), or "".
func (s *sentence) attributiveSeat(t int) string {
	if t < 1 || s.in[t-1] < 0 || s.ms[s.in[t-1]].end != t || !talkNouns[s.toks[t].Lower] && !ceremonyNouns[s.toks[t].Lemma] {
		return ""
	}
	return s.seatCountry(s.in[t-1])
}

// attributiveSeatAt reports whether mention m is a seat's name right before
// a meeting or ceremony noun: where that meeting is held.
func (s *sentence) attributiveSeatAt(m *mention) bool {
	return m.end < len(s.toks) && (talkNouns[s.toks[m.end].Lower] || ceremonyNouns[s.toks[m.end].Lemma])
}
