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

// ownMatches returns the best match, with its lighter alternatives, of the
// patterns triggered at token t, a word of an actor's mention, whose
// trigger is that actor's own words and the subject of the pattern's verb;
// none when there is none.
func (s *sentence) ownMatches(lx *lexicon.Lexicon, t int) []match {
	mi := s.in[t]
	if mi < 0 || !s.ms[mi].usable() || s.ms[mi].kind != mFull && s.ms[mi].kind != mImplied {
		return nil
	}
	var all []match
	try := func(ps []*lexicon.Pattern) {
		for _, p := range ps {
			if m, ok := s.matchAt(p, t); ok && s.ownVerb(&m) {
				all = append(all, m)
			}
		}
	}
	try(lx.PatternsAt(s.toks[t].Lemma))
	if s.toks[t].Lemma != s.toks[t].Lower {
		try(lx.PatternsAt(s.toks[t].Lower))
	}
	if len(all) == 0 {
		return nil
	}
	sort.SliceStable(all, func(i, j int) bool {
		return all[i].weight > all[j].weight || all[i].weight == all[j].weight && all[i].end < all[j].end
	})
	best := all[0]
	best.alts = all[1:]
	return []match{best}
}

// ownVerb reports whether the trigger of m, the words of the actor that
// starts it, is the subject of the pattern's words after the actor, and
// moves m's trigger to the first of them: "protesters gathered" (nsubj),
// "troops were on high alert" (the subject of the copula's noun),
// "protesters who gathered", "protesters gathering outside" (a clause on
// the noun). "Protesters were blocked" (a passive's subject) and
// "protesters said police clashed" (the subject of another verb) are no
// such match. It asks the parse, and says no without one.
func (s *sentence) ownVerb(m *match) bool {
	if len(m.p.Elems) < 3 || m.p.Elems[1].Kind != lexicon.EGap {
		return false // "&STRIKE143": a phrase ("general strike") that no actor's words begin
	}
	mi := s.in[m.trig]
	head, v := m.trig, -1 // the trigger phrase's last word inside the mention; the first word after it
	for i, w := range m.words {
		if w == m.trig+i && s.in[w] == mi {
			head = w
			continue
		}
		v = w
		break
	}
	if v < 0 || v < s.ms[mi].end {
		return false
	}
	tr := s.parse()
	if tr == nil || m.end > tr.Len() {
		return false
	}
	if h := tr.Heads[head]; tr.Labels[head] == "nmod" && h >= 0 && h < head && (crowdWords[s.toks[h].Lower] || s.toks[h].Kind == text.Number) {
		head = h // "thousands of protesters gathered": the crowd is the subject
	}
	// a passive's subject undergoes the act, unless the pattern names who
	// does it after the verb ("inspectors were allowed into $S")
	subj := false
	if h := tr.Heads[head]; strings.HasPrefix(tr.Labels[head], "nsubj") && (tr.Labels[head] != "nsubj:pass" || m.source >= 0) {
		for k := v; k < m.end && !subj; k++ {
			// the verb's own subject, or that of the verb whose
			// infinitive it is ("protesters vowed to gather", which the
			// frame reads) or whose object the pattern names ("police
			// deployed reinforcements": police ... reinforcement)
			subj = k == h || tr.Heads[k] == h && h < v && (tr.Labels[k] == "xcomp" || tr.Labels[k] == "obj")
		}
	}
	for k := v; k < m.end && !subj; k++ {
		// a relative clause in the active, or a present participle: not
		// "protesters who were detained", "protesters detained by police"
		relative := tr.Labels[k] == "acl:relcl" && !s.participle(k)
		if tr.Heads[k] == head && (relative || tr.Labels[k] == "acl" && strings.HasSuffix(s.toks[k].Lower, "ing")) {
			subj = true
		}
	}
	if !subj {
		return false
	}
	m.own, m.trig = true, v
	return true
}

// yieldOwn gives way to a verb's own pattern: a match of an actor's own
// words that another match reads the verb of ("Kenyan protesters hurled
// stones at police": "hurl ... stone ... at ... police" at "hurled") becomes
// that match's last alternative, tried only when it finds no dyad ("Iraqi
// police sent reinforcements to Basra" sends no troops abroad, 074, but
// still reinforces the police, 153), so verb-first lines code as they do
// without it. The rest are put in the order of their triggers.
func yieldOwn(acts []match) []match {
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
	for i, a := range acts {
		if reader[i] < 0 {
			keep = append(keep, a)
		}
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
