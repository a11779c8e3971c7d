package coder

import "github.com/dyadhq/dyad/text"

// Doers of acts that a disapproval names: "condemned an arms package for
// Taiwan that Washington approved", "the sale of jets to Taiwan approved by
// the United States". Who did the act, not whom it was for, is whom the
// disapproval is against (POLICY §7).

// actsDoer returns the actor that a relative clause or a participle on
// the object of the action ending at token end names as the doer of the
// object ("... that Washington approved", "... approved by the United
// States"), other than not, or -1. A comma ends the object ("condemned
// the sale, which ...").
func (s *sentence) actsDoer(end, not int) int {
	for k := end; k < len(s.toks) && k < end+14; k++ {
		t := &s.toks[k]
		if t.Kind == text.Punct && t.Text != "$" && t.Text != "-" && t.Text != "%" {
			return -1
		}
		switch {
		case (t.Lower == "that" || t.Lower == "which") && !contentNouns[s.toks[k-1].Lemma]:
			if mi := s.at[k+1]; mi < 0 && isWord(s.toks, k+1, "the") {
				k++ // "that the European Union imposed"
			}
			mi := s.at[k+1]
			if mi < 0 || mi == not || !s.ms[mi].usable() || s.ms[mi].poss {
				return -1
			}
			if v := s.ms[mi].end; v < len(s.toks) && s.pastVerb(v) && !sayVerbs[s.toks[v].Lemma] {
				return mi
			}
			return -1
		case s.pastVerb(k) && isWord(s.toks, k+1, "by"):
			if by := s.byAgent(k + 1); by >= 0 && by != not && s.ms[by].usable() {
				return by // "approved by the United States"
			}
			return -1
		case s.boundary[k] && k > end:
			return -1
		}
	}
	return -1
}

// contentNouns take a clause of what they say, not a relative clause of
// who did them: "false reports that Malian soldiers had killed civilians".
var contentNouns = set(`report claim allegation accusation charge fear news rumour rumor suggestion idea assertion statement
	evidence concern warning belief view notion assurance promise`)

// sayVerbs are verbs of speaking whose object is no act their subject did:
// "condemned the attack that Israel called self-defence".
var sayVerbs = set(`say call describe term label claim deny blame report`)

// actsAdjective returns the country that a nationality adjective before the
// act noun of a disapproval names ("condemned the Russian invasion of
// Ukraine", "denounced the Israeli strikes on Gaza"): whose act it was, and
// so whom the disapproval is against, not the act's own target. Only for a
// pattern with no target of its own (a.target < 0), whose matched words
// end at the act noun; an adjective joined by a hyphen ("the Russian-backed
// attack") names a backer, not the doer. It returns -1 when none is there.
func (s *sentence) actsAdjective(a match, src int) int {
	if a.target >= 0 || a.end > len(s.toks) {
		return -1
	}
	for k := a.trig + 1; k < a.end-1; k++ {
		mi := s.at[k]
		if mi < 0 {
			continue
		}
		m := &s.ms[mi]
		if m.kind != mWeak || len(m.members) == 0 || m.members[0].country == "" || m.end >= a.end || isWord(s.toks, m.end, "-") {
			return -1
		}
		if src >= 0 && len(s.ms[src].members) > 0 && s.ms[src].members[0].country == m.members[0].country {
			return -1
		}
		return mi
	}
	return -1
}
