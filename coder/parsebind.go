package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/syntax"
)

// The source of an act whose pattern matched but whose shallow rules found
// no one to do it is read from the dependency parse of its trigger: the
// verb's subject, or for a passive the agent after "by". A verb with no
// subject of its own (an infinitive, the second verb of "and", a
// participle of manner) takes the subject of the verb it hangs on, but
// never a reporting verb's: ", the ministry said, vowing to retaliate" is
// the speaker's only when the act is itself something said. Shallow rules
// miss these when a long phrase or a clause stands between the subject and
// its verb. The parse is read only for acts that found no source, so most
// sentences are never parsed here; a source found so lowers the event's
// confidence (parsed). The same reading of the object for an act with no
// target was tried and dropped: it coded more wrong targets (a place
// after the object's noun, a phrase of another verb) than right ones.

// parsedSource returns the mention the parse makes the subject (or a
// passive's agent) of the act's trigger t, or -1: only an actor mention
// the coder found, never not.
func (s *sentence) parsedSource(t, not int, code dyad.EventCode) int {
	if !parseBindRoot(code) || !s.anyUsable(not) {
		return -1
	}
	tr := s.parse()
	if tr == nil || t >= tr.Len() {
		return -1
	}
	for v, n := t, 0; v >= 0 && n < 4; n++ {
		if s.passiveVerb(tr, v) {
			for _, k := range tr.Children(v) {
				if strings.HasPrefix(tr.Labels[k], "obl") && hasCase(tr, k, "by") {
					if mi := s.mentionUnder(tr, k, not); mi >= 0 {
						return mi
					}
				}
			}
			return -1
		}
		for _, k := range tr.Children(v) {
			if tr.Labels[k] != "nsubj" {
				continue
			}
			mi := s.mentionUnder(tr, k, not)
			if mi >= 0 && s.ms[mi].kind == mImplied {
				// a role word whose country only the document gives ("after
				// police raided the embassy"): whose police is unsaid
				return -1
			}
			return mi
		}
		l, h := tr.Labels[v], tr.Heads[v]
		if h < 0 || h >= tr.Len() || !(l == "xcomp" && tr.XPOS[v] == "VB") && l != "conj" && !(l == "advcl" && tr.XPOS[v] == "VBG") {
			return -1 // an infinitive, a second verb, a participle; a past tense taken for an infinitive is a misparse
		}
		if reportVerbs[s.toks[h].Lower] && !statementRoot(code) {
			return -1 // "..., the ministry said, vowing to retaliate": the speaker's, unless a statement
		}
		v = h
	}
	return -1
}

// passiveVerb reports whether the parse gives verb v a passive subject or
// a passive auxiliary.
func (s *sentence) passiveVerb(tr *syntax.Tree, v int) bool {
	for _, k := range tr.Children(v) {
		if l := tr.Labels[k]; l == "nsubj:pass" || l == "aux:pass" {
			return true
		}
	}
	return false
}

// anyUsable reports whether some word of the sentence lies in a mention
// that mentionUnder may return, itself or as weakOwner's country
// adjective: when none does, no parse can find a source, and the sentence
// is not parsed for it.
func (s *sentence) anyUsable(not int) bool {
	for _, mi := range s.in {
		if s.usableUnder(mi, not) || mi >= 0 && mi != not && s.ms[mi].kind == mWeak && len(s.ms[mi].members) > 0 && s.ms[mi].members[0].country != "" {
			return true
		}
	}
	return false
}

// usableUnder reports whether mention mi (-1 for none) is one that
// mentionUnder may return: not not, a place or an earlier event.
func (s *sentence) usableUnder(mi, not int) bool {
	return mi >= 0 && mi != not && s.ms[mi].usable() && s.ms[mi].kind != mPlace && s.ms[mi].kind != mEvent
}

// mentionUnder returns the first usable mention among the words of the
// phrase headed by k, through nominal relations only (a relative clause or
// a clause of its own names others), or -1; never not, a place or an
// earlier event. A head whose own words name whose it is ("the Turkish and
// Greek sides of the island of Cyprus") is not its of-phrase's: the search
// stops there (parsebind2).
func (s *sentence) mentionUnder(tr *syntax.Tree, k, not int) int {
	owned := s.ownedHead(tr, k)
	for w := 0; w < tr.Len() && w < len(s.in); w++ {
		mi := s.in[w]
		if !s.usableUnder(mi, not) || !nominalUnder(tr, w, k, owned) {
			continue
		}
		return mi
	}
	return s.weakOwner(tr, k, not)
}

// weakOwner returns the mention of a country's adjective that modifies
// the noun k itself ("a North Korean ballistic missile fired on Saturday
// landed in Japan's waters": North Korea's), as the shallow rules take an
// adjective right before the verb, or -1 (parsebind2). Not of people or a
// group: "a Haitian group", "a Brazilian man" are from the country, not
// the state.
func (s *sentence) weakOwner(tr *syntax.Tree, k, not int) int {
	if k >= len(s.toks) {
		return -1
	}
	if w := &s.toks[k]; privateNouns[w.Lemma] || personNouns[w.Lower] || peopleNouns[w.Lower] || groupHeadNouns[w.Lower] {
		return -1
	}
	for _, c := range tr.Children(k) {
		if l := tr.Labels[c]; l != "amod" && l != "compound" || c >= len(s.in) {
			continue
		}
		mi := s.in[c]
		if mi < 0 || mi == not || s.ms[mi].kind != mWeak || len(s.ms[mi].members) == 0 || s.ms[mi].members[0].country == "" || isWord(s.toks, s.ms[mi].end, "-") {
			continue
		}
		return mi
	}
	return -1
}

// ownedHead reports whether an actor's adjective or name modifies the
// noun k itself ("the Turkish side", "the NATO contingent"), as against a
// head that only its of-phrase gives an owner ("a first patch of
// Bangladeshi troops").
func (s *sentence) ownedHead(tr *syntax.Tree, k int) bool {
	for _, c := range tr.Children(k) {
		if l := tr.Labels[c]; (l == "amod" || l == "compound") && c < len(s.in) && s.in[c] >= 0 {
			return true
		}
	}
	return false
}

// privateNouns name people who act for no state.
var privateNouns = set(`man men woman women boy girl businessman businessmen tourist civilian journalist reporter activist student community communities`)

// nominalUnder reports whether word w lies in the phrase headed by k,
// reached from k through no clause, nor through an of-phrase of k when
// k's own words name its owner (owned).
func nominalUnder(tr *syntax.Tree, w, k int, owned bool) bool {
	for n := 0; w >= 0 && n < tr.Len(); w, n = tr.Heads[w], n+1 {
		if w == k {
			return true
		}
		switch l := tr.Labels[w]; {
		case l == "acl", strings.HasPrefix(l, "acl:"), l == "advcl", l == "ccomp", l == "parataxis", l == "xcomp":
			return false
		case owned && l == "nmod" && tr.Heads[w] == k:
			return false
		}
	}
	return false
}

// hasCase reports whether word k has the preposition p as its case marker.
func hasCase(tr *syntax.Tree, k int, p string) bool {
	for _, c := range tr.Children(k) {
		if tr.Labels[c] == "case" && strings.EqualFold(tr.Words[c], p) {
			return true
		}
	}
	return false
}

// statementRoot reports whether an event of code is something said:
// statements, appeals, demands, disapproval, rejections, threats.
func statementRoot(code dyad.EventCode) bool {
	switch code.Root() {
	case "01", "02", "10", "11", "12", "13":
		return true
	}
	return false
}

// parseBindRoot reports whether the fallback may code an act of code's
// root. Not a cut in relations (16): "held talks but failed to reach an
// agreement" is the talks' outcome, which the codebook does not code as a
// reduction of ties, and a verb joined by "but" to the talks is where the
// parse most often finds it.
func parseBindRoot(code dyad.EventCode) bool {
	return code.Root() != "16"
}
