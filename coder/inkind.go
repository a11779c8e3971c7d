package coder

import "github.com/dyadhq/dyad/text"

// answeredInKind reports whether noun act a (an event ev) is the act its
// clause answers in kind: "Russia expelled 23 British diplomats, retaliating
// for Britain's expulsion of 23 Russian envoys", "Iran closed its border
// after Iraq's closure of the crossing". ownNoun takes a noun of the
// clause's own root for the clause's act retold ("met Pena Nieto during
// their meeting"); but a noun whose doer, by a possessive or "by", is the
// target of the clause's act of that root, and whose own target is that
// act's doer, is the other side's earlier act: a tit for tat, an event of
// its own. The noun follows a word that dates or explains the clause by a
// done act (ownNounPreps) or a phrase of answering ("in retaliation for",
// "retaliating for", "in response to").
func (s *sentence) answeredInKind(a match, ev proto, out []proto) bool {
	if !ev.hasTgt {
		return false
	}
	start, ok := s.nounStart(a)
	if !ok || start < 2 {
		return false
	}
	if p := s.nounPossessor(a); (p < 0 || s.ms[p].kind == mPronoun) && s.nounAgent(a) < 0 {
		return false
	}
	if !ownNounPreps[s.toks[start-1].Lower] && !(answerPhrase(s, start-1) && s.dayOfOwn(a.end)) {
		return false
	}
	root := ev.code.Root()
	for k := len(out) - 1; k >= 0; k-- {
		o := out[k]
		if o.code.Root() != root || !o.hasTgt || len(o.words) == 0 || o.words[0] > a.trig {
			continue
		}
		return o.tgt.country == ev.src.country && o.src.country == ev.tgt.country && ev.src.country != ev.tgt.country
	}
	return false
}

// answerPhrase reports whether the preposition at token p joins a noun or
// a verb of answering to the act answered: "(in) retaliation for",
// "retaliating for", "(in) response to", "in revenge for".
func answerPhrase(s *sentence, p int) bool {
	if p < 1 {
		return false
	}
	w, prev := s.toks[p].Lower, s.toks[p-1].Lemma
	switch w {
	case "for":
		return answerLemmas[prev] || answerLemmas[s.toks[p-1].Lower]
	case "to":
		return prev == "response" || prev == "respond" || s.toks[p-1].Lower == "responding"
	}
	return false
}

// answerLemmas take with "for" the act they answer.
var answerLemmas = set(`retaliation retaliate retaliating revenge reprisal`)

// dayOfOwn reports whether the phrase from token i to its clause's end
// dates its act by a day or a week ("on Oct. 1", "last week", "earlier in
// the week", "on Friday"): an act answered and told with its own time is
// reported (POLICY §7), while one dated by a month or a year ("earlier this
// month"), or not at all, only explains the answer, as a relative clause
// dated so identifies its antecedent.
func (s *sentence) dayOfOwn(i int) bool {
	for k := i; k < len(s.toks) && k < i+12; k++ {
		if s.boundary[k] || s.toks[k].Lower == "," || s.toks[k].Lower == ";" {
			return false
		}
		w := s.toks[k].Lower
		if (w == "week" || w == "weekend") && (isWord(s.toks, k-1, "the") || isWord(s.toks, k-1, "this")) {
			return true // "earlier in the week", which no time phrase takes
		}
		if !s.time[k] {
			continue
		}
		if _, ok := weekdays[w]; ok || w == "week" || w == "weekend" || w == "yesterday" ||
			isMonthName(w) && k+1 < len(s.toks) && s.toks[k+1].Kind == text.Number {
			return true
		}
	}
	return false
}
