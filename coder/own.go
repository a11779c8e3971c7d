package coder

import (
	"slices"
	"sort"
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// Patterns whose trigger is the actor's own words: a line of verbs.txt that
// begins with a class of people ("145 &PROTESTER ... clash|throw|hurl",
// "190 &TROOPS ... enter|cross ... $T") names who acts, and the verb later
// in the clause names the act. Such a trigger lies inside an actor's
// mention ("Kenyan protesters", "protesters" given the document's
// country), which no other pattern may trigger in, and it has no actor
// before it: the actor whose words it is is the source ("Kenyan protesters
// clashed with police"). The match is read from its verb on, so that a
// frame or a negation before the verb governs it ("protesters vowed to
// block the highway", "troops did not cross").

// ownMatches returns the matches of the patterns triggered at token t, a
// word of an actor's mention, that begin with that actor's words and go on
// past its mention, heaviest first, each with its trigger moved to its
// verb (ownShape). Whether the actor is the verb's subject is asked of the
// parse only when a match is to be used (ownSubject), which a verb's own
// pattern mostly spares.
func (s *sentence) ownMatches(lx *lexicon.Lexicon, t int) []match {
	mi := s.in[t]
	if mi < 0 || !s.ms[mi].usable() || s.ms[mi].kind != mFull && s.ms[mi].kind != mImplied && !s.ownedRole(mi) {
		return nil
	}
	var all []match
	try := func(ps []*lexicon.Pattern) {
		for _, p := range ps {
			if len(p.Elems) < 3 || p.Elems[1].Kind != lexicon.EGap {
				continue // not an own pattern's shape (see ownShape): no need to match it
			}
			if m, ok := s.matchAt(p, t); ok && s.ownShape(&m) {
				all = append(all, m)
			}
		}
	}
	try(s.facts[t].patterns)
	try(s.facts[t].lowers) // when the word is not its lemma
	sort.SliceStable(all, func(i, j int) bool {
		return all[i].weight > all[j].weight || all[i].weight == all[j].weight && all[i].end < all[j].end
	})
	return all
}

// ownShape reports whether m begins with the words of an actor's mention,
// a gap after them, and goes on past the mention; it marks m as the
// actor's own and moves its trigger to the first word after the mention.
func (s *sentence) ownShape(m *match) bool {
	if len(m.p.Elems) < 3 || m.p.Elems[1].Kind != lexicon.EGap {
		return false // "&STRIKE143": a phrase ("general strike") that no actor's words begin
	}
	_, v := s.ownWords(*m)
	if v < 0 || v < s.ms[s.in[m.trig]].end {
		return false
	}
	m.own, m.trig = true, v
	return true
}

// ownWords returns the last word of an own match's trigger phrase inside
// the actor's mention, and the first word of the match after it (-1 for
// none).
func (s *sentence) ownWords(m match) (head, v int) {
	t := m.words[0]
	head, v = t, -1
	for i, w := range m.words {
		if w == t+i && s.in[w] == s.in[t] {
			head = w
			continue
		}
		return head, w
	}
	return head, v
}

// ownSubject reports whether the actor's words that begin own match m are
// the subject of the pattern's words after them: "protesters gathered"
// (nsubj), "troops were on high alert" (the subject of the copula's noun),
// "protesters who gathered", "protesters gathering outside" (a clause on
// the noun). "Protesters were blocked" (a passive's subject) and
// "protesters said police clashed" (the subject of another verb) are no
// such match. It asks the parse, and says no without one.
func (s *sentence) ownSubject(m match) bool {
	head, v := s.ownWords(m)
	tr := s.parse()
	if tr == nil || m.end > tr.Len() {
		return false
	}
	if h := tr.Heads[head]; tr.Labels[head] == "nmod" && h >= 0 && h < head && (crowdWords[s.toks[h].Lower] || s.toks[h].Kind == text.Number) {
		if s.crowdOpensClause(h, head, v) {
			return true // new13a
		}
		head = h // "thousands of protesters gathered": the crowd is the subject
	}
	// a passive's subject undergoes the act, unless the pattern names who
	// does it after the verb ("inspectors were allowed into $S")
	if h := tr.Heads[head]; strings.HasPrefix(tr.Labels[head], "nsubj") && (tr.Labels[head] != "nsubj:pass" || m.source >= 0) {
		for k := v; k < m.end; k++ {
			// the verb's own subject, or that of the verb whose
			// infinitive it is ("protesters vowed to gather", which the
			// frame reads) or whose object the pattern names ("police
			// deployed reinforcements": police ... reinforcement)
			if k == h || tr.Heads[k] == h && h < v && (tr.Labels[k] == "xcomp" || tr.Labels[k] == "obj") {
				return true
			}
		}
	}
	for k := v; k < m.end; k++ {
		// a relative clause in the active, or a present participle: not
		// "protesters who were detained", "protesters detained by police"
		relative := tr.Labels[k] == "acl:relcl" && !s.participle(k)
		if tr.Heads[k] == head && (relative || tr.Labels[k] == "acl" && strings.HasSuffix(s.toks[k].Lower, "ing")) {
			return true
		}
	}
	return s.activeParticiple(head, v)
}

// activeParticiple reports whether the verb at v, right after the actor's
// head noun, is that noun's own past-tense verb though the parse reads it
// otherwise: "warplanes bombed several villages, and officials said ..."
// parsed as "warplanes [that were] bombed", "after rioters torched shops"
// parsed as a noun phrase. A passive participle on a noun takes no direct
// object, so a verb in -ed followed by one (a determiner, a number, a word
// that is no preposition, "by" or adverb) is the noun's act, where the noun
// opens its clause: first in the sentence, or after a comma, "and" or a
// conjunction such as "after" or "as" (subjectOpeners; force6).
func (s *sentence) activeParticiple(head, v int) bool {
	if v != head+1 || v+1 >= len(s.toks) || !strings.HasSuffix(s.toks[v].Lower, "ed") || !pastForm(&s.toks[v]) {
		return false
	}
	n := &s.toks[v+1]
	if n.Kind != text.Word && n.Kind != text.Number || prepositions[n.Lower] || n.Lower == "by" || s.time[v+1] ||
		strings.HasSuffix(n.Lower, "ly") || n.Lower == "and" || n.Lower == "or" {
		return false
	}
	start := s.ms[s.in[head]].start
	for start > 0 && determiners[s.toks[start-1].Lower] {
		start--
	}
	return start == 0 || subjectOpeners[s.toks[start-1].Lower]
}

// yieldOwn gives way to a verb's own pattern: a match of an actor's own
// words that another match reads the verb of ("Kenyan protesters hurled
// stones at police": "hurl ... stone ... at ... police" at "hurled") becomes
// that match's last alternative, tried only when it finds no dyad ("Iraqi
// police sent reinforcements to Basra" sends no troops abroad, 074, but
// still reinforces the police, 153), so verb-first lines code as they do
// without it. Of the others at one trigger the heaviest whose actor is its
// verb's subject is kept, with the lighter ones as its alternatives. The
// rest are put in the order of their triggers.
func (s *sentence) yieldOwn(acts []match) []match {
	own := false
	for _, a := range acts {
		own = own || a.own
	}
	if !own {
		return acts
	}
	reader := make([]int, len(acts)) // the match that reads the verb of an own match, or -1
	for i, a := range acts {
		reader[i] = -1
		for j, b := range acts {
			if a.own && !b.own && (contains(a.words, b.trig) || b.trig <= a.trig && a.trig < b.end) {
				reader[i] = j
				break
			}
		}
	}
	var keep []match
	for i, a := range acts {
		if j := reader[i]; j >= 0 {
			acts[j].alts = append(slices.Clip(acts[j].alts), a)
		}
	}
	var kept map[int]bool // the words[0] of own matches kept: the heaviest of each trigger
	for i, a := range acts {
		if reader[i] >= 0 {
			continue
		}
		if a.own {
			if kept[a.words[0]] || !s.ownSubject(a) {
				if !kept[a.words[0]] {
					s.pend(a, "own-no-subject") // lost9: drops (vanish.go)
				}
				continue
			}
			if kept == nil {
				kept = map[int]bool{}
			}
			kept[a.words[0]] = true
			for k := i + 1; k < len(acts); k++ {
				if b := acts[k]; b.own && reader[k] < 0 && b.words[0] == a.words[0] {
					a.alts = append(a.alts, b)
				}
			}
		}
		keep = append(keep, a)
	}
	sort.SliceStable(keep, func(i, j int) bool { return keep[i].trig < keep[j].trig })
	return keep
}

// modifiedActor returns the actor whose noun the hyphenated modifier that
// triggers a begins ("anti-government protesters marched", "Hong Kong
// pro-democracy protesters rallied": &ANTIGOV, &PRODEM): the modifier is
// no verb, and what it modifies acts, not an actor before it. It returns
// -1 for any other match.
func (s *sentence) modifiedActor(a match) int {
	if a.own || len(a.p.Elems) < 3 || a.p.Elems[0].Kind != lexicon.EClass || a.p.Elems[1].Kind != lexicon.EGap {
		return -1
	}
	k := a.trig // just past the trigger's phrase: the run of words from the trigger
	for _, w := range a.words {
		if w != k {
			break
		}
		k++
	}
	if k-a.trig < 3 || k >= len(s.toks) {
		return -1
	}
	for j := a.trig + 1; j < k; j++ {
		if s.toks[j].Start != s.toks[j-1].End || (j-a.trig)%2 == 1 && s.toks[j].Lower != "-" {
			return -1 // "pro-democracy", with no space: one word
		}
	}
	mi := s.at[k]
	if mi < 0 || !s.ms[mi].usable() || s.ms[mi].prep != "" || s.ms[mi].end > a.end {
		return -1
	}
	return mi
}
