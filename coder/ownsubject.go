package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// Two infinitives, each with its own subject, joined by "and": "the raid
// prompted Iran to summon the British envoy and France to condemn the
// attack" tells what Iran did and what France did. France is no second
// envoy summoned, as "the British envoy and France" would make it, but
// the subject of an infinitive of its own; so is Egypt in "prompting
// militants to fire rockets into Israel and Egypt to recall its
// ambassador". A list whose own members share an infinitive ("urged
// Russia and Ukraine to stop fighting") is still a list. (actors7)

// ownInfinitive reports whether mention n, right after "and", opens an
// infinitive of its own ("and France to condemn") after an earlier
// infinitive with a subject of its own in the same clause ("Iran to
// summon the British envoy"). ms are the sentence's mentions.
func ownInfinitive(toks []text.Token, ms []mention, n mention) bool {
	and := n.start - 1
	if !isWord(toks, and, "and") || !toVerb(toks, n.end) {
		return false
	}
	for k := and - 1; k > 0 && k >= and-14; k-- {
		w := toks[k].Lower
		if w == ";" || w == "," || w == "and" && !inMention(ms, k) || clauseWords[w] {
			return false
		}
		if w == "to" && toVerb(toks, k) {
			for _, p := range ms {
				if p.end == k {
					return true // "Iran to summon": the first infinitive's subject
				}
			}
			return false
		}
	}
	return false
}

// inMention reports whether token k lies inside one of ms: the "and" of
// "Trinidad and Tobago".
func inMention(ms []mention, k int) bool {
	for _, p := range ms {
		if p.start <= k && k < p.end {
			return true
		}
	}
	return false
}

// secondInfinitive reports whether the trigger at t is the verb of such
// an infinitive: "and Egypt to recall its ambassador" is Egypt's act, no
// complement of the first infinitive's.
func (s *sentence) secondInfinitive(t int) bool {
	if t < 2 || !isWord(s.toks, t-1, "to") {
		return false
	}
	mi := s.in[t-2]
	return mi >= 0 && s.ms[mi].end == t-1 && s.ms[mi].usable() && ownInfinitive(s.toks, s.ms, s.ms[mi])
}

// toVerb reports whether "to" at token k comes before a verb's base form:
// a lower-case word that is no grammar word, number or inflected form
// ("to condemn", not "to the border", "to Kyiv", "to protesters").
func toVerb(toks []text.Token, k int) bool {
	if !isWord(toks, k, "to") || k+1 >= len(toks) {
		return false
	}
	t := &toks[k+1]
	return t.Kind == text.Word && !t.Cap && !closedClass(t.Lower) && t.Lemma == t.Lower &&
		!strings.HasSuffix(t.Lower, "ing") && !strings.HasSuffix(t.Lower, "ed") && !strings.HasSuffix(t.Lower, "s")
}
