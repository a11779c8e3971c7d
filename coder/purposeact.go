package coder

import (
	"slices"
	"strings"
)

// A verbal act told as the purpose of a contact that was made ("telephoned
// Erdogan to offer his condolences", "visited Kyiv to pledge support") is
// done by the contact itself: the call is where the condolences were
// offered. So, like a summons's purpose (summons.go), it is an act of its
// own, not a complement of the contact. A material purpose ("sent troops to
// crush the revolt") is still only intended, and stays the movement's
// complement.

// purposeContacts are the verbs of a contact whose purpose, when it is
// said, is said by making it.
var purposeContacts = set(`telephoned phoned rang called wrote met visited travelled traveled flew`)

// spokenRoots are the CAMEO roots of acts done in words, which a contact
// made for them performs ("met to discuss" is the meeting itself).
var spokenRoots = set(`01 02 05 10 11 12 13`)

// contactPurpose reports whether trigger t, a verbal act of code root, is
// the verb of a purpose infinitive ("to offer") after a contact verb of its
// own clause, addressed to tgt, the country of whom the contact reached
// ("phoned Wang Yi to urge
// restraint over Taiwan" urges China, not Taiwan: a purpose bound to
// another party is left alone).
func (s *sentence) contactPurpose(t int, root, tgt string) bool {
	if t < 3 || !spokenRoots[root] || !isWord(s.toks, t-1, "to") {
		return false
	}
	for v := t - 2; v >= 0 && v >= t-14 && !s.boundary[v]; v-- {
		w := s.toks[v].Lower
		if !purposeContacts[w] {
			continue
		}
		if w == "called" && (isWord(s.toks, v+1, "for") || isWord(s.toks, v+1, "on")) {
			return false // "called on Kyiv to negotiate": an appeal, whose content is intended
		}
		mi := s.actorAfter(v)
		if mi < 0 || !slices.ContainsFunc(s.ms[mi].members, func(m member) bool { return m.country == tgt }) {
			return false
		}
		return !s.negated(v) && !s.hypothetical(v)
	}
	return false
}

// withAbsolute reports whether trigger t is the participle of an absolute
// clause with a subject of its own (", with Washington accusing Tehran of
// ..."): the named party's own act, told beside the clause's, not a
// complement of it.
func (s *sentence) withAbsolute(t int) bool {
	if t < 3 || s.in[t] >= 0 || s.toks[t].Cap || !strings.HasSuffix(s.toks[t].Lower, "ing") || s.in[t-1] < 0 {
		return false
	}
	k := s.ms[s.in[t-1]].start - 1
	for k > 0 && determiners[s.toks[k].Lower] {
		k--
	}
	return k > 0 && isWord(s.toks, k, "with") && isWord(s.toks, k-1, ",")
}
