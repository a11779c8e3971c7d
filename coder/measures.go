package coder

import "github.com/dyadhq/dyad"

// measures adds the second emergency measure that one act imposes with
// the first: "declared a 72-hour state of emergency and a nighttime
// curfew", "imposed martial law and a dusk-to-dawn curfew" impose both a
// state of emergency (1724) and a curfew (1723), each an event of its own
// with the first one's source, target, date and place. The pattern matches
// the first measure only; the one after "and" is read here.
func measures(s *sentence, ps []proto) []proto {
	n := len(ps)
	for i := 0; i < n; i++ {
		p := ps[i]
		if (p.code != "1723" && p.code != "1724") || len(p.words) == 0 {
			continue
		}
		last := p.words[len(p.words)-1]
		var code dyad.EventCode
		start, end := 0, 0
		if isWord(s.toks, last+1, "and") {
			start = last + 2
			code, end = s.measureAfter(start)
		}
		for j := p.words[0] + 1; j < last && code == ""; j++ {
			// "declared a curfew and a state of emergency": the pattern's
			// gap holds the first measure
			if isWord(s.toks, j, "and") {
				start = j + 1
				break
			}
			if c, e := s.measureAfter(j); c != "" && e <= last+1 {
				code, start, end = c, j, e
			}
		}
		if code == "" || code == p.code {
			continue
		}
		q := p
		q.code = code
		q.words = []int{p.words[0]}
		for j := start; j < end; j++ {
			q.words = append(q.words, j)
		}
		ps = append(ps, q)
	}
	return ps
}

// measureAfter reads an emergency measure that starts at token k, after at
// most an article and three words that say its kind ("a one-month night
// curfew", "a 30-day state of emergency"), and returns its code and the
// token after it, or "".
func (s *sentence) measureAfter(k int) (code dyad.EventCode, end int) {
	if isWord(s.toks, k, "a") || isWord(s.toks, k, "an") || isWord(s.toks, k, "the") {
		k++
	}
	for j, n := k, 0; n <= 3 && j < len(s.toks); j++ {
		if isWord(s.toks, j, "-") || isWord(s.toks, j+1, "-") {
			continue // a hyphenated kind is one word: "a dusk-to-dawn curfew"
		}
		n++
		if s.boundary[j] || s.in[j] >= 0 {
			return "", 0
		}
		switch {
		case isWord(s.toks, j, "curfew"):
			return "1723", j + 1
		case isWord(s.toks, j, "martial") && isWord(s.toks, j+1, "law"):
			return "1724", j + 2
		case isWord(s.toks, j, "state") && isWord(s.toks, j+1, "of") && (isWord(s.toks, j+2, "emergency") || isWord(s.toks, j+2, "siege")):
			return "1724", j + 3
		case isWord(s.toks, j, "emergency") && (isWord(s.toks, j+1, "rule") || isWord(s.toks, j+1, "law")):
			return "1724", j + 2
		}
		if isWord(s.toks, j, "and") || isWord(s.toks, j, "or") || isWord(s.toks, j, "to") {
			return "", 0
		}
	}
	return "", 0
}

// commaBetween reports whether a comma stands in tokens [a, b).
func (s *sentence) commaBetween(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.toks[k].Lower == "," {
			return true
		}
	}
	return false
}

// imposedBefore adds the imposition of an emergency measure that an
// easing of it refers back to with "it" ("lifted martial law ..., six
// hours after declaring it", "ended the curfew two days after he imposed
// it"): the measure was imposed, by the same source on the same people,
// an event of its own (1723 a curfew, 1724 a state of emergency or
// martial law, 172x the other restrictions), told by the words after
// "after".
func imposedBefore(s *sentence, ps []proto) []proto {
	n := len(ps)
	for i := 0; i < n; i++ {
		p := ps[i]
		code := easedMeasures[string(p.code)]
		if code == "" || len(p.words) == 0 {
			continue
		}
		if v, mi := s.imposingIt(p.words[len(p.words)-1] + 1); v >= 0 {
			q := p
			q.code, q.words = code, []int{v}
			if mi >= 0 && len(s.ms[mi].members) == 1 && s.ms[mi].members[0].country == p.src.country {
				q.src = s.ms[mi].members[0] // "hours after the army imposed it": the army's act, at home
			}
			ps = append(ps, q)
		}
	}
	return ps
}

// easedMeasures map an easing of a measure to the measure's imposition,
// as the codebook pairs them (081x, 172x): "lifted the ban on Telegram,
// two years after imposing it" imposed a restriction (1721).
var easedMeasures = map[string]dyad.EventCode{"081": "172", "0811": "1721", "0812": "1722", "0813": "1723", "0814": "1724"}

// imposingIt returns the verb of imposing in "after imposing it", "after
// declaring it", "after he imposed it", "after the army imposed it" from
// token k on in the sentence, and the mention of its subject when an
// actor's is named (else -1); or -1, -1.
func (s *sentence) imposingIt(k int) (int, int) {
	for j := k; j+2 < len(s.toks) && j < k+14; j++ {
		if s.toks[j].Lower != "after" {
			continue
		}
		v, mi := j+1, -1
		if subjectPronouns[s.toks[v].Lower] {
			v++
		} else if m := s.in[v]; m >= 0 && s.ms[m].start == v && s.ms[m].usable() {
			v, mi = s.ms[m].end, m
		} else if isWord(s.toks, v, "the") && v+1 < len(s.toks) && s.in[v+1] >= 0 && s.ms[s.in[v+1]].usable() {
			mi = s.in[v+1]
			v = s.ms[mi].end
		}
		if v+1 < len(s.toks) && imposingVerbs[s.toks[v].Lemma] && s.toks[v+1].Lower == "it" {
			return v, mi
		}
		return -1, -1
	}
	return -1, -1
}

var imposingVerbs = set(`impose declare introduce order proclaim ban`)
