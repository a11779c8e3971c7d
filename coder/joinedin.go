package coder

import "strings"

// "Joining" others "in" doing something says they did it too: "The
// United States expelled 60 Russian diplomats, joining Germany, France and
// Poland in expelling Russians" is the expulsion by each of them, not
// cooperation with them (050). The others' act is the joiner's own act
// told before "joining", against its target.

// joinedIn replaces the 050 of "joining X in <gerund>" with the act its
// source did before it, done by each member of X.
func joinedIn(s *sentence, ps []proto) []proto {
	changed := false
	for _, p := range ps {
		changed = changed || s.joinedAct(ps, p) != nil
	}
	if !changed {
		return ps
	}
	out := make([]proto, 0, len(ps)+4)
	for _, p := range ps {
		act := s.joinedAct(ps, p)
		if act == nil {
			out = append(out, p)
			continue
		}
		for k := p.words[0] + 1; k < s.joinedGerund(p.words[0]); k++ {
			mi := s.at[k]
			if mi < 0 || s.ms[mi].kind != mFull {
				continue
			}
			for _, mb := range s.ms[mi].members {
				if mb.country == "" || mb.country == act.tgt.country || mb.code == act.src.code || hasEvent(out, string(act.code), mb, act.tgt) {
					continue
				}
				q := *act
				q.src, q.conf, q.words, q.amount, q.place = mb, max(act.conf-0.1, 0.1), p.words, -1, -1
				out = append(out, q)
			}
		}
	}
	return out
}

// joinedAct returns, for the 050 p of "joining X in <gerund>", the latest
// act with a target that p's source did before "joining"; else nil.
func (s *sentence) joinedAct(ps []proto, p proto) *proto {
	if p.code != "050" || len(p.words) == 0 || s.toks[p.words[0]].Lower != "joining" || s.joinedGerund(p.words[0]) < 0 {
		return nil
	}
	var act *proto
	for k := range ps {
		q := &ps[k]
		if q.code != "050" && q.hasTgt && q.src.code == p.src.code && len(q.words) > 0 && q.words[0] < p.words[0] {
			act = q
		}
	}
	return act
}

// joinedGerund returns the "in" after the "joining" at token j that a
// gerund follows ("joining Germany and France in expelling"), within
// twenty words and no clause's end, or -1.
func (s *sentence) joinedGerund(j int) int {
	for k := j + 1; k+1 < len(s.toks) && k <= j+20; k++ {
		w := s.toks[k].Lower
		if w == ";" || w == ":" || clauseWords[w] {
			return -1
		}
		if w == "in" && strings.HasSuffix(s.toks[k+1].Lower, "ing") && !s.toks[k+1].Cap {
			return k
		}
	}
	return -1
}
