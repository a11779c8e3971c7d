package coder

import "github.com/dyadhq/dyad/text"

// A bare number after an expulsion counts what the sentence counted before:
// "the United States ordered 60 Russian diplomats out, while Ukraine
// expelled 13", "Italy expelled 30 Russian diplomats, a day after Germany
// ordered out 40 and France 35". The second act is the first's, on the same
// people; the actor after the number ("and France 35") is a gapped clause's
// party (ellipsis.go), not the act's target.

// expelVerbs are the triggers of expulsions that a bare number may follow.
var expelVerbs = set(`expel order deport`)

// bareFollowers end a number that counts no noun of its own.
var bareFollowers = set(`and , . ; each respectively on following after while as in`)

// bareCounts gives an expulsion whose object is a bare number the target
// and the code of the expulsion before it in the sentence.
func bareCounts(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		if len(p.words) == 0 || !expelVerbs[s.toks[p.words[0]].Lemma] {
			continue
		}
		n := s.bareNumber(p.words[0])
		if n < 0 {
			continue
		}
		for j := range ps {
			q := &ps[j]
			if len(q.words) > 0 && q.words[0] < p.words[0] && q.hasTgt && (q.code == "161" || q.code == "174") {
				p.code, p.tgt, p.hasTgt, p.amount = q.code, q.tgt, true, n+1
				if q.code == "161" && q.tgt.country == p.src.country && q.src.country != "" && q.src.country != p.src.country {
					// "Sudan expelled two Chadian diplomats, a day after Chad
					// expelled 12": the side expelled before expels in turn,
					// the other's diplomats
					p.tgt = q.src
				}
			}
		}
	}
	return ps
}

// bareNumber returns the token of the number that is the object of the verb
// at token t and counts no noun ("expelled 13 and", "ordered out 40 and"),
// or -1.
func (s *sentence) bareNumber(t int) int {
	n := t + 1
	if isWord(s.toks, n, "out") {
		n++
	}
	if n+1 >= len(s.toks) || s.toks[n].Kind != text.Number && numberWords[s.toks[n].Lower] < 2 {
		return -1 // not "expelled a"
	}
	if !bareFollowers[s.toks[n+1].Lower] {
		return -1
	}
	return n
}
