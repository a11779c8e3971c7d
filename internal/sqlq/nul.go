package sqlq

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/dyadhq/dyad"
)

// A NUL byte is stored as a space, by every store: PostgreSQL's text cannot
// hold one, and SQLite's full-text queries end at one. A space keeps the
// byte offsets of sentences and words, and reads, like NUL in text, as no
// word at all. Stores clean what they write with CleanDocs and EventRows,
// and what they look up with Clean (Where and DocWhere clean their
// arguments), so that a value given with NUL bytes finds what was stored
// for it.

// Clean returns s with each NUL byte replaced by a space.
func Clean(s string) string {
	if strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(s, "\x00", " ")
}

// CleanAll returns ss with each cleaned, ss itself when none has a NUL byte.
func CleanAll(ss []string) []string {
	for i, s := range ss {
		if strings.IndexByte(s, 0) >= 0 {
			out := make([]string, len(ss))
			copy(out, ss[:i])
			for j := i; j < len(ss); j++ {
				out[j] = Clean(ss[j])
			}
			return out
		}
	}
	return ss
}

// CleanDocs returns docs with the fields of each cleaned: docs itself when
// none has a NUL byte, else a copy.
func CleanDocs(docs []dyad.Document) []dyad.Document {
	var out []dyad.Document
	for i := range docs {
		d := docs[i]
		c := dyad.Document{ID: Clean(d.ID), Date: Clean(d.Date), Title: Clean(d.Title), URL: Clean(d.URL),
			Source: Clean(d.Source), Text: Clean(d.Text), Sentences: d.Sentences}
		changed := c.ID != d.ID || c.Date != d.Date || c.Title != d.Title || c.URL != d.URL || c.Source != d.Source || c.Text != d.Text
		if changed && out == nil {
			out = append(make([]dyad.Document, 0, len(docs)), docs[:i]...)
		}
		if out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return docs
	}
	return out
}

// nulEscape is how encoding/json writes a NUL byte in a string.
var nulEscape = []byte(`\u0000`)

// cleanEvent returns the event that rec, an event's record, encodes, with
// every NUL byte in its strings a space, and the record of that event; ok
// is false when rec has no NUL byte.
func cleanEvent(rec []byte) (e *dyad.Event, clean []byte, ok bool, err error) {
	if !bytes.Contains(rec, nulEscape) {
		return nil, nil, false, nil
	}
	out := make([]byte, 0, len(rec))
	for i := 0; i < len(rec); i++ {
		if rec[i] != '\\' {
			out = append(out, rec[i])
			continue
		}
		// an escape: \u0000 becomes \u0020; any other is copied whole, so
		// that the \\ of an escaped backslash cannot start a match
		if bytes.HasPrefix(rec[i:], nulEscape) {
			out = append(out, `\u0020`...)
			i += len(nulEscape) - 1
			continue
		}
		out = append(out, rec[i], rec[i+1])
		i++
	}
	e = new(dyad.Event)
	if err := json.Unmarshal(out, e); err != nil {
		return nil, nil, false, err
	}
	if clean, err = json.Marshal(e); err != nil {
		return nil, nil, false, err
	}
	return e, clean, true, nil
}
