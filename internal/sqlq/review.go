package sqlq

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/dyadhq/dyad"
)

// Anchor is what a judgement re-attaches by when its document is coded
// again: the sentence of the judged event, its actor codes, its code and
// the words of its action. Every judgement of one event (a thread) keeps
// the anchor of the first, the event as the coder gave it.
type Anchor struct {
	Sentence       int
	Src, Tgt, Code string
	Action         string
}

// AnchorOf returns the anchor of e.
func AnchorOf(e *dyad.Event) Anchor {
	return Anchor{Sentence: e.Sentence, Src: codeOf(e.Source), Tgt: codeOf(e.Target), Code: string(e.Action.Code), Action: e.Action.Text}
}

func codeOf(a *dyad.Actor) string {
	if a == nil {
		return ""
	}
	return string(a.Code)
}

// sameCodes reports whether a and b have the same actor codes and code.
func sameCodes(a, b *dyad.Event) bool {
	return codeOf(a.Source) == codeOf(b.Source) && codeOf(a.Target) == codeOf(b.Target) && a.Action.Code == b.Action.Code
}

// Thread is the judgement in force of one judged event, with the anchor
// and the id of the thread's first judgement.
type Thread struct {
	Latest dyad.Judgement
	ID     string
	Anchor Anchor
}

// Judged completes j for storing: it validates it, gives it an id and a
// time (now, unless set), and sets its document, sentence, Was and Now from
// the stored event it judges (nil for an addition) and the thread that
// event belongs to (nil when no one judged it). It returns j and its
// thread, which is new for a first judgement.
func Judged(j dyad.Judgement, stored *dyad.Event, prev *Thread, now time.Time) (dyad.Judgement, Thread, error) {
	if err := j.Validate(); err != nil {
		return j, Thread{}, err
	}
	if j.ID == "" {
		var b [10]byte
		rand.Read(b[:])
		j.ID = "j" + hex.EncodeToString(b[:])
	}
	if j.At.IsZero() {
		j.At = now
	}
	j.At = j.At.UTC()
	if j.Now != nil {
		e := *j.Now
		e.Review, e.Mentions = nil, 0
		j.Now = &e
	}
	if j.Verdict == dyad.Add {
		j.Event, j.Was = "", nil
		j.Now.Doc, j.Now.Sentence = j.Doc, j.Sentence
		if j.Now.ID == "" {
			j.Now.ID = dyad.AddedID(j.Doc, j.Sentence, actorCode(j.Now.Source), actorCode(j.Now.Target), j.Now.Action.Code)
		}
		return j, Thread{ID: j.ID, Anchor: AnchorOf(j.Now)}, nil
	}
	was := *stored
	was.Review, was.Mentions = nil, 0
	j.Doc, j.Sentence, j.Was = was.Doc, was.Sentence, &was
	switch {
	case j.Verdict == dyad.Correct:
		j.Now.ID, j.Now.Doc, j.Now.Sentence = was.ID, was.Doc, was.Sentence
		if j.Now.Text == "" { // the words stay the sentence's
			j.Now.Text, j.Now.Span = was.Text, was.Span
		}
	case prev != nil && prev.Latest.Now != nil:
		// the event in force is a reviewer's: confirming or rejecting it
		// keeps its fields, which a new coding does not give
		e := was
		j.Now = &e
	default:
		j.Now = nil
	}
	th := Thread{ID: j.ID, Anchor: AnchorOf(&was)}
	if prev != nil {
		th.ID, th.Anchor = prev.ID, prev.Anchor
	}
	return j, th, nil
}

func actorCode(a *dyad.Actor) dyad.ActorCode {
	if a == nil {
		return ""
	}
	return a.Code
}

// InForce returns the event as the judgement j makes it: its Now, else its
// Was, with its review.
func InForce(j *dyad.Judgement) dyad.Event {
	var e dyad.Event
	if j.Now != nil {
		e = *j.Now
	} else if j.Was != nil {
		e = *j.Was
	}
	e.Mentions = 0
	e.Review = &dyad.Review{Status: j.Status(), Reviewer: j.Reviewer, At: j.At, Note: j.Note, Judgement: j.ID}
	return e
}

// Reattach puts the judgements in force of replaced documents on their new
// coding (dyad.Store.Replace says how), and returns the events to store in
// place of the coded ones of the same ids, how many threads there were and
// in how many the coding now agrees with a correction or an addition.
// Earlier are the documents' events as stored before: a reviewer's event
// that no new one takes the place of keeps the id it had. Taken are the
// coded events whose place a reviewer's event (a correction or an
// addition) takes.
func Reattach(threads []Thread, coded, earlier []dyad.Event) (force []dyad.Event, taken []string, judged, agreed int) {
	had := map[string]string{}
	for _, e := range earlier {
		if e.Review != nil {
			had[e.Review.Judgement] = e.ID
		}
	}
	used := map[string]bool{}
	for _, th := range threads {
		judged++
		j := &th.Latest
		v := InForce(j)
		var target *dyad.Event
		for pass := 0; pass < 2 && target == nil; pass++ {
			for i := range coded {
				c := &coded[i]
				if used[c.ID] || c.Doc != j.Doc || c.Sentence != v.Sentence {
					continue
				}
				if pass == 0 && AnchorOf(c) == th.Anchor || pass == 1 && sameCodes(c, &v) {
					target = c
					break
				}
			}
		}
		if j.Verdict == dyad.Correct || j.Verdict == dyad.Add {
			for i := range coded {
				if c := &coded[i]; c.Doc == j.Doc && c.Sentence == v.Sentence && sameCodes(c, &v) {
					agreed++
					break
				}
			}
		}
		switch {
		case target != nil:
			used[target.ID] = true
			if j.Now != nil {
				taken = append(taken, target.ID)
			}
			if j.Now == nil {
				rev := v.Review
				v = *target
				v.Review = rev
			}
			v.ID = target.ID
		case j.Verdict == dyad.Reject:
			continue // nothing to hide
		case had[j.ID] != "":
			v.ID = had[j.ID]
		}
		force = append(force, v)
	}
	return force, taken, judged, agreed
}

// JudgementRecord encodes j and its thread's anchor as stored.
func JudgementRecord(j *dyad.Judgement, th Thread) (record, anchor []byte, err error) {
	if record, err = json.Marshal(j); err != nil {
		return nil, nil, fmt.Errorf("judgement %s: %w", j.ID, err)
	}
	anchor, err = json.Marshal(th.Anchor)
	return record, anchor, err
}

// ScanThread decodes a stored judgement's record, thread and anchor.
func ScanThread(record, anchor []byte, thread string) (Thread, error) {
	th := Thread{ID: thread}
	if err := json.Unmarshal(record, &th.Latest); err != nil {
		return th, fmt.Errorf("stored judgement: %w", err)
	}
	if err := json.Unmarshal(anchor, &th.Anchor); err != nil {
		return th, fmt.Errorf("stored judgement %s: anchor: %w", th.Latest.ID, err)
	}
	return th, nil
}

// JudgementWhere returns the conditions of f over the judgements table
// (columns doc, reviewer, event, thread) and their arguments; thread is
// the thread of the event f.Event names in force, if any.
func JudgementWhere(f dyad.JudgementFilter, thread string, ph func(int) string) (string, []any) {
	var conds []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return ph(len(args))
	}
	if f.Doc != "" {
		conds = append(conds, "doc = "+arg(f.Doc))
	}
	if f.Reviewer != "" {
		conds = append(conds, "reviewer = "+arg(f.Reviewer))
	}
	if f.Event != "" {
		conds = append(conds, "(event = "+arg(f.Event)+" OR thread = "+arg(thread)+")")
	}
	if len(conds) == 0 {
		return "TRUE", nil
	}
	return strings.Join(conds, " AND "), args
}
