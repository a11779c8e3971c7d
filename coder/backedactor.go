package coder

import "github.com/dyadhq/dyad/text"

// An actor's backer, named after "backed by" ("Iraqi militias backed by
// Iran", "M23 rebels supported by Rwanda"), says who stands behind the
// actor, not who acts: the verb after the phrase, in a relative clause or
// the main one, is the backed actor's ("a drone attack by Iraqi militias
// backed by Iran that killed three American soldiers"). backedBy keeps the
// backing itself from reading as an act.

// backedActor returns the actor that mention mi backs, when mi follows a
// participle of backing and "by" right after that actor's mention, or -1.
func (s *sentence) backedActor(mi int) int {
	if mi < 0 {
		return -1
	}
	k := s.ms[mi].start
	if k < 3 || !isWord(s.toks, k-1, "by") || !backers[s.toks[k-2].Lower] {
		return -1
	}
	b := s.in[k-3]
	if b < 0 || b == mi || s.ms[b].end != k-2 || !s.ms[b].usable() {
		return -1
	}
	return b
}

// backerWords are the participles after which "by" names a backer, not a
// leader ("rebels led by a former general" is left to the leader).
var backerWords = set(`backed supported sponsored armed funded`)

// backerAfter returns the mention right after role word ms[i] and a
// participle of backing with "by" ("rebels backed by Rwanda"), or -1.
func backerAfter(toks []text.Token, ms []mention, i int) int {
	k := ms[i].end
	if k+2 >= len(toks) || !backerWords[toks[k].Lower] || !isWord(toks, k+1, "by") {
		return -1
	}
	for j := range ms {
		if ms[j].start == k+2 && len(ms[j].members) > 0 && ms[j].members[0].country != "" {
			return j
		}
	}
	return -1
}

// backedHome gives a role word its backer named after it ("rebels backed
// by Rwanda seized the town of Goma") the one other country its sentence
// names: the rebels are of the country they fight in, and Rwanda is only
// who backs them, never whose they are (ok false: no country at all).
func backedHome(ms []mention, b int) (country, name string, ok bool) {
	backer := ms[b].members[0].country
	for j := range ms {
		if j == b || ms[j].kind == mPronoun || ms[j].kind == mEvent || ms[j].kind == mAgent {
			continue
		}
		for _, mb := range ms[j].members {
			switch {
			case mb.country == "" || mb.country == backer || mb.country == country:
			case country != "":
				return "", "", false // two others: the words do not say which
			default:
				country, name = mb.country, mb.name
			}
		}
	}
	return country, name, country != ""
}
