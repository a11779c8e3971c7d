package dyad

import "strings"

// Change is what a reviewer says an event is, as codes and names: the
// fields given replace the event's, the others stay. It is the "now" of a
// judgement request of the API and the flags of `dyad review correct` and
// `dyad review add`.
type Change struct {
	Source   ActorCode `json:"source,omitempty"`
	Target   ActorCode `json:"target,omitempty"`
	Code     EventCode `json:"code,omitempty"`
	Date     string    `json:"date,omitempty"`     // ISO 8601, as Event.Date
	Location string    `json:"location,omitempty"` // a place of the gazetteer, by name
	Quantity *Quantity `json:"quantity,omitempty"`
}

// Resolver turns a reviewer's codes and names into the parts of an event,
// as the coder's dictionaries describe them; *lexicon.Lexicon implements
// it. Each method returns EINVALID for what it does not know.
type Resolver interface {
	// ResolveActor returns the actor of a code, named as the dictionaries
	// name it, with its country; a well-formed code they do not know is
	// an actor of that code alone.
	ResolveActor(code ActorCode) (*Actor, error)
	// ResolveAction returns the action of a code of the codebook.
	ResolveAction(code EventCode) (Action, error)
	// ResolvePlace returns the gazetteer's place of a name.
	ResolvePlace(name string) (*Place, error)
}

// Empty reports whether c changes nothing.
func (c *Change) Empty() bool {
	return c == nil || c.Source == "" && c.Target == "" && c.Code == "" && c.Date == "" && c.Location == "" && c.Quantity == nil
}

// Apply changes e as c says, resolving codes and names with r. A changed
// actor keeps no words of the sentence (its text and span are empty: the
// reviewer named it by code), a changed action keeps its words.
func (c *Change) Apply(e *Event, r Resolver) error {
	if c == nil {
		return nil
	}
	for _, side := range []struct {
		code ActorCode
		to   **Actor
	}{{c.Source, &e.Source}, {c.Target, &e.Target}} {
		if side.code == "" {
			continue
		}
		code := ActorCode(strings.ToUpper(string(side.code)))
		if err := code.Validate(); err != nil {
			return err
		}
		a, err := r.ResolveActor(code)
		if err != nil {
			return err
		}
		*side.to = a
	}
	if c.Code != "" {
		if err := c.Code.Validate(); err != nil {
			return err
		}
		a, err := r.ResolveAction(c.Code)
		if err != nil {
			return err
		}
		a.Text, a.Span = e.Action.Text, e.Action.Span
		e.Action = a
	}
	if c.Date != "" {
		if FirstDay(c.Date) == "" {
			return Errorf(EINVALID, "date %q: want an ISO 8601 date (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www)", c.Date)
		}
		e.Date = c.Date
	}
	if c.Location != "" {
		p, err := r.ResolvePlace(c.Location)
		if err != nil {
			return err
		}
		p.Role = "event"
		e.Location = p
	}
	if c.Quantity != nil {
		q := *c.Quantity
		if old := e.Quantity; old != nil {
			// the same amount, corrected: what it is as a flow, and its
			// words, stay unless the change says
			if q.Status == "" {
				q.Status = old.Status
			}
			if q.Text == "" {
				q.Text = old.Text
			}
		}
		e.Quantity = &q
	}
	return nil
}

// SentenceEvent returns the start of an event a reviewer adds to sentence n
// of d: its document, sentence, span, text and the document's date.
func SentenceEvent(d *Document, n int) (Event, error) {
	if n < 0 || n >= len(d.Sentences) {
		return Event{}, Errorf(EINVALID, "document %s has no sentence %d (it has %d)", d.ID, n, len(d.Sentences))
	}
	sp := d.Sentences[n]
	if sp[0] < 0 || sp[1] > len(d.Text) || sp[0] > sp[1] {
		return Event{}, Errorf(EINTERNAL, "document %s: sentence %d %v outside its text", d.ID, n, sp)
	}
	return Event{Doc: d.ID, Sentence: n, Span: sp, Text: d.Text[sp[0]:sp[1]], Date: d.Date}, nil
}
