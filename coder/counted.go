package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// countryWithin returns the country of the one state an amount's own words
// name before its noun ("13 U.S. service members", "40 Kenyan soldiers"),
// or "": whose people it counts, for an event whose target is that
// country's (see counted).
func (s *sentence) countryWithin(a, b int) string {
	cc := ""
	for k := a; k < b; k++ {
		mi := s.in[k]
		if mi < 0 {
			continue
		}
		m := &s.ms[mi]
		if m.kind == mImplied || m.kind == mAgent {
			continue // "200 prisoners" after "Moscow and Kyiv": a country the words before lend, not the amount's own
		}
		mbs := m.members
		if m.start < a || m.end > b {
			// a list that runs on past the amount ("100 Ukrainians and 90
			// Russian soldiers"): its member within the amount's words
			mbs = nil
			for _, mb := range m.members {
				if mb.start >= a && mb.end <= b && mb.start <= k && k < mb.end {
					mbs = append(mbs, mb)
				}
			}
			if len(mbs) == 0 {
				continue // the number, or the list's "and"
			}
		}
		if len(mbs) != 1 || mbs[0].country == "" {
			return ""
		}
		if cc != "" && cc != mbs[0].country {
			return ""
		}
		cc = mbs[0].country
	}
	return cc
}

// wholeHedges hedge the whole that a part is counted of: "4,400 of its
// roughly 13,000 troops".
var wholeHedges = set(`about around roughly some nearly almost approximately estimated`)

// partOfWhole returns the noun of the whole counted from token k, after a
// part and "of" and a determiner ("39 of the 150 Palestinian prisoners",
// "4,400 of its roughly 13,000 troops"), and the token after it: the part
// counts what the whole's noun names, and the whole is no amount of its
// own. It returns "" when no number and noun follow.
func (c *Coder) partOfWhole(toks []text.Token, k int) (string, int) {
	for k < len(toks) && wholeHedges[toks[k].Lower] {
		k++
	}
	_, e, ok := number(toks, k)
	if !ok {
		return "", k
	}
	if e < len(toks) {
		if _, ok := scales[toks[e].Lower]; ok {
			e++ // "of its 1.2 million troops"
		}
	}
	return nounPhrase(toks, e, c.adjectiveAt(toks))
}

// pronounAmount returns the amount of the things or people an act done to
// "them" refers back to, in the act before it that "and" joins it to:
// "fired on three Ukrainian navy boats ... and seized them" seized three
// boats, "arrested 40 protesters ... and later released them" released 40.
// It returns nil when the act's object is no "them" right after its verb,
// or no counted object of an earlier act stands in the sentence.
func pronounAmount(s *sentence, qs []qty, words []int) *dyad.Quantity {
	a := words[0]
	they := theyPassive(s.toks, a) // qty12: "..., where they were locked up" (qty12.go)
	if l := words[len(words)-1]; they < 0 && l > a && prepositions[s.toks[l].Lower] && isWord(s.toks, l+1, "them") {
		they = l + 1 // qty12: "where troops fired tear gas at them"
	}
	if !isWord(s.toks, a+1, "them") && they < 0 {
		return nil
	}
	if they >= 0 {
		a = they
	}
	var best *qty
	for k := range qs {
		q := &qs[k]
		if q.end <= a && q.casualty == 0 && !q.distance && !q.money && !q.term && q.q.Unit == "" {
			best = q
		}
	}
	if best == nil {
		return nil
	}
	for k := best.end; k < a; k++ {
		if s.toks[k].Lower == "and" || they >= 0 && s.toks[k].Lower == "where" { // qty12
			v := best.q
			v.Status = ""
			return &v
		}
		if s.toks[k].Lower == ";" || s.toks[k].Lower == "but" {
			return nil
		}
	}
	return nil
}

// amountClauseWords open a clause of its own within a sentence: "detained
// 3,000 people as tens of thousands of protesters rallied".
var amountClauseWords = set(`as while when whereas`)

// countedClause reports whether the subordinator at token i opens a clause
// whose subject is an amount ("as tens of thousands of people protested",
// "as some 5,000 supporters rallied", "as thousands protested in Berlin"): a crowd or a toll of its own act, not
// the object of a pattern before it ("sent by New Delhi as humanitarian
// aid", "fired on farmers as they tried to march" keep their gaps).
func countedClause(toks []text.Token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if _, _, ok := number(toks, j); (ok || vague[toks[j].Lower] > 0) && hedgeBefore(toks, j) == j-i-1 {
			return subordinate(toks, i)
		}
	}
	return false
}

// namedBefore reports whether tokens [a, b) hold an actor other than people
// no words name further ("the opposition leader", "a prominent lawyer", not
// "500 people").
func (s *sentence) namedBefore(a, b int) bool {
	for k := a; k < b; k++ {
		if mi := s.in[k]; mi >= 0 && s.ms[mi].usable() && len(s.ms[mi].members) > 0 &&
			!(s.ms[mi].kind == mAgent && s.ms[mi].role == "CVL") && !strings.HasSuffix(s.ms[mi].members[0].code, "CVL") {
			return true
		}
	}
	return false
}

// subordinateBetween reports whether a subordinator stands between the
// action's first word at token a and an amount at token b: the amount is
// the other clause's, even inside a pattern that runs on into it.
func subordinateBetween(toks []text.Token, a, b int) bool {
	for k := a + 2; k < b; k++ {
		if amountClauseWords[toks[k].Lower] {
			return true
		}
	}
	return false
}
