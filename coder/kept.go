package coder

// Intentions, promises and appeals that a sentence says were carried out:
// "announced it had sent", "made good on its threat", an appeal read through.

// readsThroughAppeal reports whether action a, a protest, begins at the
// word of an appeal or a demand that asks another to protest ("called for
// Egyptians to join a march", "called on students to stage a sit-in") and
// runs on past it into the protest asked for: that protest is the
// addressee's, not yet held, and the frame codes the appeal from the action
// after it. Orders are left alone: "ordered the diplomat to leave" is the
// expulsion its pattern spells.
func readsThroughAppeal(a match, frames []match) bool {
	if a.p.Code.Root() != "14" {
		return false // "ordered the diplomat to leave" expels (166): the order is the act
	}
	for _, f := range frames {
		if f.trig == a.trig && (f.p.Frame == "APPEAL" || f.p.Frame == "DEMAND") && f.target >= 0 && a.end > f.end {
			return true
		}
	}
	return false
}

// pledgeOfDone reports whether action a, an intention (03x) whose pattern
// runs from a word of announcing or pledging over a gap ("announced ...
// tanks ... to Ukraine"), spans the act itself told as done: "announced it
// had sent 30 tanks to Ukraine" reports the sending (072), not a pledge of
// it; "announced it would send" and "pledged to send" stay intentions.
func (s *sentence) pledgeOfDone(a match, acts []match) bool {
	if a.p.Code.Root() != "03" {
		return false
	}
	for _, b := range acts {
		if b.trig <= a.trig || b.trig >= a.end || b.p.Code.Root() < "04" || b.p.Code.Root() > "08" {
			continue
		}
		switch prev := s.toks[b.trig-1].Lower; {
		case prev == "had" || prev == "has" || prev == "have":
			return true // "it had sent", "Berlin has delivered"
		case pastForm(&s.toks[b.trig]) && s.in[b.trig-1] >= 0:
			return true // "that Germany sent", "it delivered"
		}
	}
	return false
}

// promiseNouns are the nouns of what a source said it would do.
var promiseNouns = set(`pledge promise threat plan vow commitment ultimatum warning`)

// promiseKeepers keep a promise by themselves: "fulfilled its pledge".
var promiseKeepers = set(`fulfil fulfill fulfilled honour honor honoured honored keep kept implement implemented execute executed`)

// keptWords stand between a verb of keeping a promise and the promise:
// "made good on its earlier threat".
var keptWords = set(`its their his her the a an earlier previous repeated own long-standing promised oft-repeated`)

// kept reports whether token k is a promise, threat or plan the sentence
// says was kept: "made good on its threat", "followed through on its
// pledge", "went ahead with its plan", "carried out its threat",
// "fulfilled its promise". What was promised then happened: the act is
// coded as done, not as an intention or a threat.
func (s *sentence) kept(k int) bool {
	if k < 2 || k >= len(s.toks) || !promiseNouns[s.toks[k].Lemma] {
		return false
	}
	j := k - 1
	for j > 0 && k-j <= 4 && (keptWords[s.toks[j].Lower] || s.toks[j].Lower == "'s") {
		j--
	}
	if j < 1 {
		return false
	}
	w, prev := s.toks[j].Lower, s.toks[j-1].Lower
	verb := j // the verb of keeping: "made" of "made good on", "fulfilled"
	switch {
	case promiseKeepers[s.toks[j].Lemma] || promiseKeepers[w]:
	case w == "on" && prev == "good" || (w == "on" || w == "with") && (prev == "through" || prev == "ahead") || w == "out":
		verb = j - 2
	default:
		verb = j - 1
	}
	for b := verb - 1; b >= 0 && b >= verb-2; b-- {
		switch s.toks[b].Lower {
		case "will", "would", "to", "could", "may", "might", "must", "should", "not", "never", "n't":
			return false // "said it would honour its pledge": still a promise
		}
	}
	if promiseKeepers[s.toks[j].Lemma] || promiseKeepers[w] {
		return true
	}
	switch {
	case w == "on" && prev == "good", // made good on
		(w == "on" || w == "with") && prev == "through", // followed through on
		w == "with" && prev == "ahead",                  // went ahead with
		w == "out" && s.toks[j-1].Lemma == "carry",
		w == "on" && (s.toks[j-1].Lemma == "deliver" || s.toks[j-1].Lemma == "act"):
		return true
	}
	return false
}

// keptWord reports whether action a is an intention or a threat read from
// a promise the sentence says was kept ("made good on its threat and cut
// gas supplies"): the act it names is told as done.
func (s *sentence) keptWord(a match) bool {
	if r := a.p.Code.Root(); r != "03" && r != "13" {
		return false
	}
	for k := a.trig; k < a.end && k < len(s.toks); k++ {
		if s.kept(k) {
			return true
		}
	}
	return false
}
