package dyad

import (
	"fmt"
	"strings"
	"time"
)

// Span is a half-open range of byte offsets [Start, End) into a text. It
// marshals to JSON as a two-element array, as doc/EVENTS.md specifies.
type Span [2]int

// Start returns the first byte offset of s.
func (s Span) Start() int { return s[0] }

// End returns the offset just past the last byte of s.
func (s Span) End() int { return s[1] }

// Document is one report to be coded.
type Document struct {
	ID     string `json:"id"`
	Date   string `json:"date"` // YYYY-MM-DD: the date relative expressions resolve against
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	Text   string `json:"text"`

	// Sentences are the byte spans of the text's sentences as the coder
	// split them (an event's Sentence indexes them); stores keep them so
	// that a document can be shown sentence by sentence.
	Sentences []Span `json:"sentences,omitempty"`
}

// Event is the event record of doc/EVENTS.md: who did what to whom, when,
// where and how much, and the exact words it came from. Field names are a
// stable contract: add fields, never rename one.
type Event struct {
	ID         string    `json:"id"`
	Doc        string    `json:"doc"`
	Sentence   int       `json:"sentence"`
	Span       Span      `json:"span"`
	Text       string    `json:"text"`
	Date       string    `json:"date"`
	Source     *Actor    `json:"source"`
	Target     *Actor    `json:"target"`
	Action     Action    `json:"event"`
	Quantity   *Quantity `json:"quantity,omitempty"`
	Location   *Place    `json:"location,omitempty"`
	Route      []Place   `json:"route,omitempty"`
	Confidence float64   `json:"confidence"`

	// Mentions is how many stored reports describe this event (set by a
	// store when asked for unique events; see dyad.Filter.Unique).
	Mentions int `json:"mentions,omitempty"`

	// Review is what the judgement in force says of the event (see
	// Judgement); nil when no one judged it. A corrected event is stored
	// with its corrected fields.
	Review *Review `json:"review,omitempty"`
}

// Actor is a source or target of an event as it appears in one sentence.
type Actor struct {
	Text    string    `json:"text"`    // the words in the sentence
	Code    ActorCode `json:"code"`    // CAMEO actor code: country or IGO code, then role
	Country string    `json:"country"` // ISO 3166-1 alpha-3; empty for organisations
	Name    string    `json:"name"`    // canonical name
	Span    Span      `json:"span"`    // byte offsets in the sentence
}

// Action is the CAMEO event of a record with its derived classes.
type Action struct {
	Code      EventCode `json:"code"`
	Root      EventCode `json:"root"`
	Quad      int       `json:"quad"`
	Goldstein float64   `json:"goldstein"`
	Label     string    `json:"label"`
	Plover    string    `json:"plover"`
	Text      string    `json:"text"` // the words that carried the action
	Span      Span      `json:"span"` // byte offsets in the sentence
}

// Quantity is an amount the text states for an event.
type Quantity struct {
	Value       float64 `json:"value"`
	Unit        string  `json:"unit,omitempty"`
	Item        string  `json:"item,omitempty"`
	Approximate bool    `json:"approximate,omitempty"`
	Text        string  `json:"text"`
	// Status says what a transfer's amount is: FlowDelivered (moved by
	// this event), FlowPledged (promised, offered or planned) or
	// FlowTotal (a running total to date: "6,700 containers since July").
	// It is empty for an amount that is not of a transfer ("seven foreign
	// ministers met"), which no flow counts.
	Status string `json:"status,omitempty"`
}

// Quantity statuses.
const (
	FlowDelivered = "delivered"
	FlowPledged   = "pledged"
	FlowTotal     = "total"
)

// Place is a location of an event or a leg of a route.
type Place struct {
	Name    string  `json:"name"`
	Country string  `json:"country,omitempty"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Role    string  `json:"role,omitempty"` // for a location: "event" or "mentioned"
	Mode    string  `json:"mode,omitempty"` // for a route leg: sea, rail, road, air, pipeline

	// Precision is empty when Lat and Lon are the place's own point, and
	// "region" or "country" when the place is unknown to the gazetteer and
	// stands at the point of the region or country the text puts it in.
	Precision string `json:"precision,omitempty"`

	// Distance qualifies the leg that leaves a route point, as the text
	// states it ("some 400 km away from the Ukrainian border").
	Distance *Quantity `json:"distance,omitempty"`
}

// EventCode is a CAMEO event code with its leading zero: "042", "1383".
type EventCode string

// Validate reports whether c has the shape of a CAMEO event code: two to four
// digits whose root is 01 to 20.
func (c EventCode) Validate() error {
	if len(c) < 2 || len(c) > 4 {
		return Errorf(EINVALID, "event code %q: want 2 to 4 digits", string(c))
	}
	for _, r := range c {
		if r < '0' || r > '9' {
			return Errorf(EINVALID, "event code %q: want digits", string(c))
		}
	}
	if r := c.Root(); r < "01" || r > "20" {
		return Errorf(EINVALID, "event code %q: root %s is not 01 to 20", string(c), string(r))
	}
	return nil
}

// Root returns the two-digit family of c ("04" for "042").
func (c EventCode) Root() EventCode {
	if len(c) < 2 {
		return c
	}
	return c[:2]
}

// Quad returns GDELT's quad class of c: 1 verbal cooperation (01-05), 2 material
// cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
func (c EventCode) Quad() int {
	switch r := c.Root(); {
	case r <= "05":
		return 1
	case r <= "08":
		return 2
	case r <= "13":
		return 3
	default:
		return 4
	}
}

// ActorCode is a CAMEO actor code: a three-letter country or organisation
// prefix followed by three-letter role codes ("RUS", "RUSGOV", "IGOUNO").
type ActorCode string

// Validate reports whether c is a non-empty sequence of upper-case letter
// triples.
func (c ActorCode) Validate() error {
	if len(c) == 0 || len(c)%3 != 0 {
		return Errorf(EINVALID, "actor code %q: want letter triples", string(c))
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return Errorf(EINVALID, "actor code %q: want upper-case letters", string(c))
		}
	}
	return nil
}

// Key returns the part of an actor that evaluations and dyads compare: the
// country when there is one, else the code.
func (a *Actor) Key() string {
	if a == nil {
		return ""
	}
	if a.Country != "" {
		return a.Country
	}
	return string(a.Code)
}

// String renders a as "CODE" for logs and test failures.
func (a *Actor) String() string {
	if a == nil {
		return "-"
	}
	return string(a.Code)
}

// String renders e in the compact SOURCE TARGET CODE form of the coder's test
// scripts.
func (e *Event) String() string {
	return fmt.Sprintf("%s %s %s", e.Source, e.Target, e.Action.Code)
}

// Triple is the (source, target, code) of e, each part as compared by
// evaluations: actors by Key.
func (e *Event) Triple() string {
	return strings.Join([]string{e.Source.Key(), e.Target.Key(), string(e.Action.Code)}, " ")
}

// Day returns the first day the event's date covers, YYYY-MM-DD: the day
// itself, the first of a month or year, the Monday of an ISO week, the start
// of an interval. Stores sort and roll up events by it. It returns "" for an
// empty or malformed date.
func (e *Event) Day() string { return FirstDay(e.Date) }

// FirstDay returns the first day an ISO 8601 date or interval covers.
func FirstDay(d string) string {
	if i := strings.IndexByte(d, '/'); i >= 0 {
		d = d[:i]
	}
	digits := func(s string) bool {
		for _, r := range s {
			if r < '0' || r > '9' {
				return false
			}
		}
		return s != ""
	}
	if len(d) < 4 || !digits(d[:4]) {
		return ""
	}
	real := func(day string) string { // "2023-13-01" and "2024-02-30" are no days
		if _, err := time.Parse("2006-01-02", day); err != nil {
			return ""
		}
		return day
	}
	switch {
	case len(d) == 10 && d[4] == '-' && d[7] == '-' && digits(d[5:7]) && digits(d[8:]):
		return real(d)
	case len(d) == 7 && d[4] == '-' && digits(d[5:]):
		return real(d + "-01")
	case len(d) == 4:
		return d + "-01-01"
	case len(d) == 8 && d[4] == '-' && d[5] == 'W':
		var y, w int
		if _, err := fmt.Sscanf(d, "%4d-W%2d", &y, &w); err == nil {
			return isoWeekMonday(y, w)
		}
	}
	return ""
}

// isoWeekMonday returns the Monday of ISO week w of year y as YYYY-MM-DD.
func isoWeekMonday(y, w int) string {
	// January 4th is always in week 1.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -int((jan4.Weekday()+6)%7))
	return monday.AddDate(0, 0, 7*(w-1)).Format("2006-01-02")
}
