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

// countedArrests gives an arrest whose object is a count of no noun
// (", detaining dozens", "arresting more than 300") by a state's body the
// people its repression in the same sentence struck: "fired tear gas at
// protesters ..., detaining dozens" detains the protesters, and "broke up
// a rally, arresting scores" its crowd, the state's own people (POLICY §5,
// §23). A bare arrest with no crowd repressed ("police arrested dozens in
// Nairobi") says not whom, and stays no event; nor does a count of a noun
// ("dozens of migrants", no country's people, §22).
func countedArrests(s *sentence, ps []proto) []proto {
	out := ps[:0]
	for _, p := range ps {
		if p.code != "173" || p.hasTgt || len(p.words) == 0 || !s.bareCount(p.words[0]+1) {
			out = append(out, p)
			continue
		}
		for _, q := range ps {
			if q.code == "175" && q.src.country == p.src.country && p.src.country != "" && (!q.hasTgt || q.tgt.country == p.src.country) {
				p.tgt, p.hasTgt = q.tgt, true
				if !q.hasTgt { // "broke up a sit-in": the crowd is the state's own people
					p.tgt = member{code: p.src.country + "CVL", country: p.src.country, name: p.src.name, start: -1, end: -1}
				}
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// bareCount reports whether the words from token t count people with no
// noun after them: "dozens,", "more than 50 overnight", "at least 40 after".
func (s *sentence) bareCount(t int) bool {
	if t >= len(s.toks) || !arrestCounts[s.toks[t].Lower] {
		return false
	}
	for k := t; k < len(s.toks); k++ {
		w := &s.toks[k]
		if arrestCounts[w.Lower] || w.Lower == "than" || w.Lower == "least" || w.Lower == "to" || w.Kind == text.Number {
			continue
		}
		return w.Kind != text.Word || w.Lower != "of" && (prepositions[w.Lower] || dayParts[w.Lower] || w.Lower == "overnight" || w.Lower == "and")
	}
	return true
}

// arrestCounts open a count of people with no noun after an arrest
// (verbs.txt: "173 &ARRESTV dozens|hundreds|... +solo").
var arrestCounts = set(`dozens hundreds thousands scores several many more at some about nearly almost around over up`)
