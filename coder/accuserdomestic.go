package coder

import "strings"

// bind8: the accused that denies a charge denies it to its accuser also
// when both are of one country: "Sudan's army accused the RSF of shelling
// a hospital in El Fasher, which the paramilitary group denied" is the
// RSF's denial to the army (SDNUAFRSF → SDNMIL 016), as ", a charge Yerevan
// denied" is Armenia's to Azerbaijan (deniedCharges, reaction.go). Between
// parts of one state the accuser is found by the actor's code, not its
// country (accuserOf).

// accuserOfMember returns the latest accusation before token k whose
// target is member mb, of another country (accuserOf) or, within one
// country, of another actor; or nil.
func accuserOfMember(protos []proto, mb member, k int) *proto {
	if q := accuserOf(protos, mb.country, k); q != nil {
		return q
	}
	for i := len(protos) - 1; i >= 0; i-- {
		q := &protos[i]
		if mb.code != "" && q.hasTgt && q.tgt.code == mb.code && q.src.code != mb.code && q.src.code != "" && len(q.words) > 0 && q.words[0] < k && strings.HasPrefix(string(q.code), "112") {
			return q
		}
	}
	return nil
}
