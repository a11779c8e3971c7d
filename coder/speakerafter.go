package coder

import "strings"

// speakersAct reads an act told as what a speaker did around speaking:
// "..., Sergei Shoigu, the secretary of Russia's Security Council, said
// on Tuesday after meeting Kim Jong-un". The gerund after "after" or
// "before" that follows the reporting verb is the speaker's act, not that
// of the subject the sentence opened with: bind, finding no subject in the
// gerund's clause, gives it an earlier one. The speaker is the actor
// right before the reporting verb, past an apposition set off by commas.
func speakersAct(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if len(p.words) == 0 {
			continue
		}
		t := p.words[0]
		sp, ok := s.speakerBefore(t)
		if !ok || p.src.start == sp.start || p.src.start > sp.start {
			continue
		}
		old := p.src
		p.src = sp
		for j := range ps {
			// the other direction of a reciprocal act ("meeting")
			q := &ps[j]
			if j != i && q.hasTgt && len(q.words) > 0 && q.words[0] == t && q.tgt.start == old.start {
				q.tgt = sp
			}
		}
	}
	return ps
}

// speakerBefore returns the one actor who speaks in "X said after
// <gerund at t>", or false.
func (s *sentence) speakerBefore(t int) (member, bool) {
	if t < 3 || !strings.HasSuffix(s.toks[t].Lower, "ing") || !subordinators[s.toks[t-1].Lower] {
		return member{}, false
	}
	r := t - 2
	for r > 0 && s.time[r] {
		r--
	}
	if r < 1 || !reportVerbs[s.toks[r].Lower] || s.toks[r].Lower == "according" {
		return member{}, false
	}
	k := r - 1
	if s.toks[k].Lower == "," {
		k--
		// ", the secretary of Russia's Security Council, said": past the apposition
		c := k
		for c > 0 && c >= k-12 && s.toks[c].Lower != "," {
			c--
		}
		if c <= 0 || s.toks[c].Lower != "," {
			return member{}, false
		}
		if mi := s.in[k]; mi < 0 || s.ms[mi].start > c {
			k = c - 1 // else the apposition is the speaker's mention's own
		}
	}
	mi := s.in[k]
	if mi < 0 {
		return member{}, false
	}
	m := &s.ms[mi]
	if !m.usable() || len(m.members) != 1 || m.end != k+1 {
		return member{}, false
	}
	return m.members[0], true
}

// speaks reports whether the act at t is the speaker's of a closing
// attribution ("..., Olaf Scholz said after meeting Zelenskiy"): an event
// of its own, not the report's words.
func (s *sentence) speaks(t int) bool {
	_, ok := s.speakerBefore(t)
	return ok
}
