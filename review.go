package dyad

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
)

// Verdicts: what a reviewer says of an event.
const (
	Confirm = "confirm" // the event is right as coded
	Reject  = "reject"  // it is not an event
	Correct = "correct" // it is an event, with the fields of Judgement.Now
	Add     = "add"     // the coder missed an event in a sentence
)

// Review statuses: what the judgement in force says of an event.
const (
	ReviewConfirmed = "confirmed"
	ReviewRejected  = "rejected"
	ReviewCorrected = "corrected"
	ReviewAdded     = "added"
)

// Judgement is what a reviewer said of an event, or of a sentence whose
// event the coder missed. Stores append judgements and never overwrite one:
// the latest judgement of an event is the one in force, and the history
// stays readable.
//
// A judgement belongs to its sentence (Doc, Sentence) as much as to the
// event it judged: event ids change when a document is coded again, and a
// store re-attaches a judgement to the new event of that sentence (see
// Store.Replace).
type Judgement struct {
	ID       string    `json:"id"`
	Event    string    `json:"event"` // the judged event's id when it was judged; "" for an added event
	Doc      string    `json:"doc"`
	Sentence int       `json:"sentence"`
	Verdict  string    `json:"verdict"`
	Reviewer string    `json:"reviewer"`
	At       time.Time `json:"at"` // UTC
	Note     string    `json:"note,omitempty"`

	// Was is the event as it was read when judged (confirm, reject and
	// correct); Now is the event as the reviewer says it is (correct and
	// add, and a confirm or reject of an event a reviewer corrected or
	// added before, whose fields it keeps).
	Was *Event `json:"was,omitempty"`
	Now *Event `json:"now,omitempty"`
}

// Status returns the review status the verdict of j gives its event.
func (j *Judgement) Status() string {
	switch j.Verdict {
	case Confirm:
		return ReviewConfirmed
	case Reject:
		return ReviewRejected
	case Correct:
		return ReviewCorrected
	case Add:
		return ReviewAdded
	}
	return ""
}

// Validate reports whether j is a judgement a store can take: a known
// verdict, a reviewer, the event judged (or for an addition, its document),
// and for a correction or an addition the event as it now is, with a valid
// code and actor codes.
func (j *Judgement) Validate() error {
	if j.Status() == "" {
		return Errorf(EINVALID, "verdict %q: want confirm, reject, correct or add", j.Verdict)
	}
	if j.Reviewer == "" {
		return Errorf(EINVALID, "judgement: no reviewer")
	}
	if j.Verdict == Add && j.Doc == "" {
		return Errorf(EINVALID, "judgement: an added event needs its document")
	}
	if j.Verdict != Add && j.Event == "" {
		return Errorf(EINVALID, "judgement: no event")
	}
	if j.Verdict == Add || j.Verdict == Correct {
		if j.Now == nil {
			return Errorf(EINVALID, "judgement: %s needs the event as it now is", j.Verdict)
		}
		if err := j.Now.Action.Code.Validate(); err != nil {
			return err
		}
		for _, a := range []*Actor{j.Now.Source, j.Now.Target} {
			if a != nil && a.Code != "" {
				if err := a.Code.Validate(); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// Review is what the judgement in force says of a stored event; an event
// nobody judged has none.
type Review struct {
	Status    string    `json:"status"` // ReviewConfirmed, ReviewRejected, ReviewCorrected or ReviewAdded
	Reviewer  string    `json:"reviewer"`
	At        time.Time `json:"at"`
	Note      string    `json:"note,omitempty"`
	Judgement string    `json:"judgement"` // the id of the judgement in force
}

// JudgementFilter selects stored judgements; a zero field selects all.
type JudgementFilter struct {
	Event    string // the judgements of this event, under any id it had
	Doc      string
	Reviewer string
	Limit    int // at most this many; 0 for all
}

// AddedID returns the id of an event a reviewer added: derived from its
// document, sentence, actors and code, so that adding it twice names one
// event.
func AddedID(doc string, sentence int, src, tgt ActorCode, code EventCode) string {
	h := sha256.Sum256(fmt.Appendf(nil, "added\x00%s\x00%d\x00%s\x00%s\x00%s", doc, sentence, src, tgt, code))
	return "r" + hex.EncodeToString(h[:10])
}
