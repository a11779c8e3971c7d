package coder

import "github.com/dyadhq/dyad/text"

// subjectSince reports whether action a is the noun the sentence opens with,
// its phrase dated only by "since" and a year or a month, and the sentence's
// own verb follows it: "Sanctions imposed on North Korea by the Security
// Council since 2006 have done little to curb its programmes". The report is
// about what that standing measure did, as a relative clause dated only by a
// year identifies its antecedent (POLICY §7): background, no new act. A noun
// with no participle ("Israeli strikes on Gaza since October have killed")
// is a running toll, and stays an event.
func (s *sentence) subjectSince(a match) bool {
	for k := 0; k < a.trig; k++ {
		if t := &s.toks[k]; !determiners[t.Lower] && !modifierWords[t.Lower] && s.in[k] < 0 {
			return false
		}
	}
	reduced := false // a participle on the noun: "sanctions imposed on", not "strikes on Gaza since October" (a running toll)
	for k := a.trig + 1; k < a.end; k++ {
		reduced = reduced || s.in[k] < 0 && pastForm(&s.toks[k])
	}
	if !reduced {
		return false
	}
	for k := a.end; k+2 < len(s.toks) && k <= a.end+8; k++ {
		if s.boundary[k] || s.toks[k].Lower == "," {
			return false
		}
		if s.toks[k].Lower != "since" {
			continue
		}
		j := k + 1
		if s.toks[j].Kind != text.Number && !isMonthName(s.toks[j].Lower) {
			return false
		}
		for j++; j < len(s.toks) && (s.toks[j].Kind == text.Number || isMonthName(s.toks[j].Lower)); j++ {
		}
		return j < len(s.toks) && (s.toks[j].Lower == "have" || s.toks[j].Lower == "has")
	}
	return false
}

// isMonthName reports whether w is the name of a month.
func isMonthName(w string) bool {
	_, ok := monthNames[w]
	return ok
}
