package coder

import "slices"

// A visit named by its visitor after "by" (fresh training set 32: "Britain
// and India signed a free trade agreement during a visit by Prime Minister
// Narendra Modi"). The pattern "visit $T" took the actor after "by" as the
// one visited and the sentence's subject as the visitor, so India's prime
// minister was visited by Britain and by India. The actor after "by" is the
// guest; the host is whichever other state the clause's subject names, and
// with none the visit has no host the words give.

// visitsBy turns the visits (042) whose target stands right after "by"
// after a visit noun into that actor's visit to each member of the
// subject of another country, dropping those it has no host for.
func (s *sentence) visitsBy(ps []proto) []proto {
	if !slices.ContainsFunc(ps, func(p proto) bool { _, ok := s.byVisitor(p); return ok }) {
		return ps // most sentences have none: no copy
	}
	var out []proto
	done := map[int]bool{} // the triggers of the visits already turned
	for _, p := range ps {
		k, ok := s.byVisitor(p)
		if !ok {
			out = append(out, p)
			continue
		}
		if done[k] {
			continue
		}
		done[k] = true
		guest := p.tgt
		for _, q := range ps {
			if j, ok := s.byVisitor(q); !ok || j != k || q.src.country == "" || q.src.country == guest.country {
				continue
			}
			v := q
			v.src, v.tgt = guest, q.src
			out = append(out, v)
		}
	}
	return out
}

// byVisitor reports whether p is a visit whose target is the actor after
// "by" right after its visit noun ("a visit by Prime Minister Modi" with no
// "to" after it), and returns the noun's token.
func (s *sentence) byVisitor(p proto) (int, bool) {
	if p.code != "042" || !p.hasTgt || len(p.words) == 0 {
		return -1, false
	}
	k := p.words[0]
	j := k + 2
	if isWord(s.toks, j, "the") {
		j++
	}
	if !visitNouns[s.toks[k].Lemma] || !isWord(s.toks, k+1, "by") || j >= len(s.toks) || s.at[j] < 0 || s.in[p.tgt.start] != s.at[j] {
		return -1, false
	}
	if e := s.ms[s.at[j]].end; isWord(s.toks, e, "to") || isWord(s.toks, e, "of") {
		return -1, false // "a visit by Lula to Santiago": "visit by $S to $T"
	}
	return k, true
}
