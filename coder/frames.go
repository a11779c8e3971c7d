package coder

import (
	"slices"
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// Frames: what the words around an action say of it. A frame ("promised
// to", "denied that", "will") recodes the action it governs (reframe); a
// cancelling frame removes what it governs but keeps a denial of its own;
// negation and possibility drop an action; a condition ("unless", "if",
// "until") makes an ultimatum of a promise and is no event itself.

// cancelled marks the tokens that CANCEL frames void: from the frame's end
// to the end of its sentence part (a semicolon, a colon or "but"), at most
// fifteen words; "that" does not end it ("denied that it had supplied").
func (s *sentence) cancelled(frames []match) map[int]bool {
	var out map[int]bool
	for _, f := range frames {
		if f.p.Frame != Cancel || s.negated(f.trig) {
			continue // "did not deny sending troops" is no denial
		}
		if out == nil {
			out = map[int]bool{}
		}
		if f.frameEnd > f.trig+1 {
			// "rejected reports that...": a dismissal, not a rejection; but a
			// bare "denied" leaves its word to what it denies ("denied the
			// charges" is 016, "denied entry to" 174)
			out[f.trig] = true
		}
		aside := s.inRelative(f.trig) && s.relativeAside(f.trig)
		for k := f.frameEnd; k < len(s.toks) && k < f.frameEnd+15; k++ {
			if w := s.toks[k].Lower; w == ";" || w == ":" || w == "but" || aside && w == "," {
				break // "Russia, which has denied sending troops, shelled Kharkiv": the denial ends with its clause
			}
			out[k] = true
		}
	}
	return out
}

// denial reports whether action a is a denial (016), a refusal to comment
// (011) or a warning (13) whose words begin a CANCEL frame: "rejected
// accusations that it had shelled Ukraine" voids the shelling, "declined to
// comment on reports that it had struck a radar" the strike, "warned Greece
// against militarising the islands" the militarising, but the rejection,
// the refusal to comment and the warning are events of their own.
func denial(a match, frames []match) bool {
	if a.p.Code != "016" && a.p.Code != "011" && !strings.HasPrefix(string(a.p.Code), "13") {
		return false
	}
	for _, f := range frames {
		if f.p.Frame == Cancel && f.trig == a.trig {
			return true
		}
	}
	return false
}

// deniedTarget gives the denials evs that have no target the target of the
// first action they deny (among later, cancelled ones).
func (c *Coder) deniedTarget(s *sentence, evs []proto, later []match, cancelled map[int]bool) []proto {
	for _, b := range later {
		if !cancelled[b.trig] || b.p.Code == "" {
			continue
		}
		denied, _ := c.participants(s, b, nil, b.trig, b.p.Code)
		if len(denied) == 0 || !denied[0].hasTgt {
			return evs
		}
		out := evs[:0:0]
		for _, e := range evs {
			if !e.hasTgt && e.src.code != denied[0].tgt.code {
				e.tgt, e.hasTgt = denied[0].tgt, true
			}
			out = append(out, e)
		}
		return out
	}
	return evs
}

// reframe returns the code an action gets through a frame of kind, or ""
// when the frame voids it.
func (c *Coder) reframe(kind string, code dyad.EventCode) dyad.EventCode {
	if kind == WillNot {
		// a refusal of cooperation; what else "will not" be done is no event
		if r := code.Root(); r < "03" || r > "08" {
			return ""
		}
		kind = "REJECT"
	}
	if kind == Future {
		// what will be done: cooperation is an intention, force a threat;
		// statements, appeals, demands and accusations stay what they are
		r := code.Root()
		if !(r >= "04" && r <= "08" || r >= "14") {
			return code
		}
		kind = "INTENT"
	}
	if m := c.lx.Map(kind); m != nil {
		return m.Apply(code)
	}
	return code
}

// frameCode returns the code an action of code gets through frame f (nil
// for none), the first word of the whole expression at head. An intention
// with "unless" after it is an ultimatum, a threat whatever it offers:
// "will withdraw its peacekeepers from Chad unless the president arranges a
// ceasefire" (PLOVER's THREATEN); "if" leaves a promise a promise ("will
// lift sanctions if Caracas holds elections"). A pattern that names an act
// only under a frame gives nothing without one.
func (c *Coder) frameCode(s *sentence, p *lexicon.Pattern, f *match, head int) dyad.EventCode {
	code := p.Code
	if p.Framed && f == nil {
		return ""
	}
	out := code
	if f != nil {
		out = c.reframe(f.p.Frame, code)
	}
	if out.Root() == "03" && s.unlessAfter(head) {
		return c.reframe("THREAT", code)
	}
	return out
}

// unlessAfter reports whether "unless" follows token t in its part of the
// sentence (up to a semicolon, a colon or "but").
func (s *sentence) unlessAfter(t int) bool {
	for k := t + 1; k < len(s.toks); k++ {
		switch s.toks[k].Lower {
		case "unless":
			return true
		case ";", ":", "but":
			return false
		}
	}
	return false
}

// conditionTarget gives the threats evs that have no target the subject of
// the condition after token t: "threatened to halt the talks if the United
// States deploys the missiles" is addressed to the United States.
func (s *sentence) conditionTarget(evs []proto, t int) []proto {
	if !slices.ContainsFunc(evs, func(e proto) bool { return !e.hasTgt }) {
		return evs
	}
	u := -1
	for k := t + 1; k < len(s.toks) && u < 0; k++ {
		switch s.toks[k].Lower {
		case "unless", "if":
			u = k
		case ";", ":", "but":
			return evs
		}
	}
	if u < 0 {
		return evs
	}
	mi := -1
	for k := u + 1; k < len(s.toks) && k <= u+3 && mi < 0; k++ {
		if m := s.at[k]; m >= 0 {
			mi = m
		} else if !determiners[s.toks[k].Lower] {
			break
		}
	}
	if mi < 0 || len(s.ms[mi].members) == 0 || s.ms[mi].kind == mWeak {
		return evs
	}
	var out []proto
	for _, e := range evs {
		if e.hasTgt {
			out = append(out, e)
			continue
		}
		for _, y := range s.ms[mi].members {
			if y.code != "" && y.code != e.src.code {
				e.tgt, e.hasTgt = y, true
				out = append(out, e)
			}
		}
		if !e.hasTgt {
			out = append(out, e)
		}
	}
	return out
}

// negated reports whether a negation stands within three words before token
// t in its clause, not counting articles ("no plans for a meeting").
func (s *sentence) negated(t int) bool {
	if isWord(s.toks, t-1, "without") && strings.HasSuffix(s.toks[t].Lower, "ing") {
		return true // "ended the summit without reaching an agreement": none was reached (fresh set 32)
	}
	if s.negatedPurpose(t) {
		return true // new13a: "did not open the crossing to let foreigners leave" (purposeneg13.go)
	}
	lim := t - 3
	for k := t - 1; k >= 0 && k >= lim; k-- {
		if w := s.toks[k].Lower; w == "a" || w == "an" || w == "the" {
			lim--
		}
		if negations[s.toks[k].Lower] || s.toks[k].Lower == "to" && isWord(s.toks, k-1, "yet") && k >= 2 && s.toks[k-2].Lemma == "have" {
			return true // "have yet to hold talks" have held none
		}
		if s.boundary[k] || s.in[k] >= 0 && s.ms[s.in[k]].kind != mAgent {
			return false
		}
	}
	return false
}

// hypothetical reports whether "may", "might" or "could" stands within three
// words before token t in its clause: "China may send troops" reports no
// event.
func (s *sentence) hypothetical(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if s.in[k] >= 0 {
			continue // "Theresa May held talks": a name, not a modal
		}
		if s.toks[k].Lower == "may" && s.toks[k].Cap && mayMonth(s.toks, k) {
			continue // "took power in May expelled": a month, not a modal
		}
		if hypotheticals[s.toks[k].Lower] || s.toks[k].Lower == "would" && isWord(s.toks, k+1, "have") || s.termsWould(k) /* precision7: termswould.go */ {
			return true // "would have extended": it was not
		}
		if s.boundary[k] {
			break
		}
	}
	if s.purposeOfPossible(t) {
		return true
	}
	// a condition: "if Washington insisted", "unless Kyiv withdraws",
	// "until Kuwait accepts the demands"
	for k := t - 1; k >= 0; k-- {
		switch s.toks[k].Lower {
		case "if", "unless", "whether":
			return true
		case "until":
			return s.untilCondition(k, t)
		}
		if s.provisoAt(k) || s.invertedCondition(k) {
			return true
		}
		if s.boundary[k] || s.toks[k].Lower == "," {
			return false
		}
	}
	return false
}

// provisoAt reports whether token k ends a proviso, the words of a
// condition that "if" would say: "as long as" or "so long as" ("will
// withdraw its troops as long as NATO troops withdraw" tells of no NATO
// withdrawal) and "on (the) condition that"; "as long as" a number is a
// length ("talks as long as five hours").
func (s *sentence) provisoAt(k int) bool {
	switch s.toks[k].Lower {
	case "as":
		return k >= 2 && s.toks[k-1].Lower == "long" && (s.toks[k-2].Lower == "as" || s.toks[k-2].Lower == "so") &&
			k+1 < len(s.toks) && s.toks[k+1].Kind != text.Number
	case "that":
		return k >= 2 && s.toks[k-1].Lower == "condition" && (s.toks[k-2].Lower == "on" || k >= 3 && s.toks[k-2].Lower == "the" && s.toks[k-3].Lower == "on")
	}
	return false
}

// untilCondition reports whether the clause opened by "until" at token u
// states a condition on the action at token t, not an event: what follows
// "until" is yet to happen after a future ("will keep the border closed
// until Kuwait accepts the demands", "said it would...") or in the present
// ("until their demands are met"); but "fought until the army retook the
// town" reports the retaking.
func (s *sentence) untilCondition(u, t int) bool {
	for k := 0; k < u; k++ {
		switch s.toks[k].Lower {
		case "will", "would", "shall", "'ll", "wo", "must":
			return true
		}
	}
	if !pastForm(&s.toks[t]) {
		return true
	}
	switch s.toks[t-1].Lower {
	case "is", "are", "be", "been", "has", "have":
		return true
	}
	return false
}

// spells reports whether action a's words hold every word of frame f.
func (s *sentence) spells(a, f match) bool {
	for k := f.trig; k < f.frameEnd && k < len(s.toks); k++ {
		if s.toks[k].Kind == text.Word && !contains(a.words, k) {
			return false
		}
	}
	return true
}

// framedFrame reports whether frame k is the complement of another frame,
// one that ends right at its trigger ("refusal to" before "commit to").
func framedFrame(frames []match, k int) bool {
	for j := range frames {
		if j != k && frames[j].trig < frames[k].trig && frames[j].frameEnd == frames[k].trig {
			return true
		}
	}
	return false
}

// Consider is the kind of frame of an action weighed, not taken ("is
// considering sending aid"): 014 when an action follows, nothing alone.
const Consider = "CONSIDER"

// Cancel is the kind of frame whose actions did not happen: denials,
// failures, dismissed claims.
const Cancel = "CANCEL"

// purposeOfPossible reports whether the action at token t is the purpose
// ("to retake") of a verb a modal of possibility governs: "the army could
// launch an offensive to retake Khartoum" retakes nothing yet.
func (s *sentence) purposeOfPossible(t int) bool {
	if !isWord(s.toks, t-1, "to") {
		return false
	}
	for k := t - 2; k >= 0 && k >= t-10; k-- {
		w := s.toks[k].Lower
		if s.boundary[k] || w == "," || w == ";" {
			return false
		}
		if hypotheticals[w] && s.in[k] < 0 && !(w == "may" && s.toks[k].Cap) {
			return true
		}
	}
	return false
}
