package sqlq

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/dyadhq/dyad"
)

// Digest identifies what a document's coding stored: its sentences and its
// events' ids and records. A stored document whose fields and digest equal
// a new version's is that version, and Replace leaves it alone.
func Digest(sentences []dyad.Span, rows []Row) string {
	h := sha256.New()
	var buf [8]byte
	for _, sp := range sentences {
		binary.LittleEndian.PutUint32(buf[:4], uint32(sp[0]))
		binary.LittleEndian.PutUint32(buf[4:], uint32(sp[1]))
		h.Write(buf[:])
	}
	sorted := make([]*Row, len(rows))
	for i := range rows {
		sorted[i] = &rows[i]
	}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Event.ID < sorted[j].Event.ID })
	for _, r := range sorted {
		h.Write([]byte{0})
		h.Write([]byte(r.Event.ID))
		h.Write([]byte{0})
		h.Write(r.Record)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// StoredDoc is a stored document as Replace compares it with a new version.
type StoredDoc struct {
	dyad.Document
	Digest string
}

// Plan is what a call to Replace does: which documents it adds, replaces
// and leaves alone, the new digest of each, and the rows to store.
type Plan struct {
	dyad.Replaced
	Docs    []dyad.Document   // the documents to write: added, then replaced
	Digests map[string]string // by document id
	Rows    []Row             // the events of the documents to write, and those of no document of the call
}

// PlanReplace compares docs (each id once) and their rows with the stored
// versions of those documents, by id.
func PlanReplace(docs []dyad.Document, rows []Row, stored map[string]StoredDoc) (Plan, error) {
	p := Plan{Digests: make(map[string]string, len(docs))}
	byDoc := make(map[string][]Row, len(docs))
	for _, d := range docs {
		if _, dup := byDoc[d.ID]; dup {
			return p, dyad.Errorf(dyad.EINVALID, "replace: document %q given twice", d.ID)
		}
		byDoc[d.ID] = nil
	}
	var loose []Row
	for _, r := range rows {
		if _, ok := byDoc[r.Event.Doc]; ok {
			byDoc[r.Event.Doc] = append(byDoc[r.Event.Doc], r)
		} else {
			loose = append(loose, r)
		}
	}
	var replaced []dyad.Document
	for _, d := range docs {
		dg := Digest(d.Sentences, byDoc[d.ID])
		s, ok := stored[d.ID]
		switch {
		case !ok:
			p.Added = append(p.Added, d.ID)
			p.Docs = append(p.Docs, d)
		case s.Date == d.Date && s.Title == d.Title && s.URL == d.URL && s.Source == d.Source && s.Text == d.Text && s.Digest == dg:
			p.Unchanged = append(p.Unchanged, d.ID)
			continue
		default:
			p.Replaced.Replaced = append(p.Replaced.Replaced, d.ID)
			replaced = append(replaced, d)
		}
		p.Digests[d.ID] = dg
	}
	p.Docs = append(p.Docs, replaced...)
	for _, d := range p.Docs {
		p.Rows = append(p.Rows, byDoc[d.ID]...)
	}
	p.Rows = append(p.Rows, loose...)
	return p, nil
}

// Stored is a stored event as removing it needs it: what clustering knows
// of it, its cluster, its rollup key, its record and, for SQLite's
// full-text index, its rowid and text.
type Stored struct {
	Report
	Code, Cluster string
	Record        []byte
	RowID         int64
	Text          string
}

// Founder reports whether s founded its cluster.
func (s *Stored) Founder() bool { return s.Cluster == s.ID }

// Stale returns the stored events that rows do not repeat with the same id
// and record: those Replace removes.
func Stale(stored []Stored, rows []Row) []Stored {
	repeated := make(map[string]string, len(rows))
	for _, r := range rows {
		repeated[r.Event.ID] = string(r.Record)
	}
	var out []Stored
	for _, s := range stored {
		if rec, ok := repeated[s.ID]; !ok || rec != string(s.Record) {
			out = append(out, s)
		}
	}
	return out
}

// Events decodes the records of stored events.
func Events(stored []Stored) ([]dyad.Event, error) {
	out := make([]dyad.Event, len(stored))
	for i := range stored {
		if err := json.Unmarshal(stored[i].Record, &out[i]); err != nil {
			return nil, fmt.Errorf("stored record of %s: %w", stored[i].ID, err)
		}
	}
	return out, nil
}

// RollupKeys returns the distinct rollup keys (source, target, day, code)
// of events, whose rollup rows a removal makes stale.
func RollupKeys(events []Stored) [][4]string {
	seen := map[[4]string]bool{}
	var out [][4]string
	for _, e := range events {
		k := [4]string{e.Src, e.Tgt, e.Day, e.Code}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// Founders returns the ids of the events that founded their clusters.
func Founders(events []Stored) []string {
	var out []string
	for i := range events {
		if events[i].Founder() {
			out = append(out, events[i].ID)
		}
	}
	return out
}

// DocWhere returns the conditions of f over the documents table (columns
// id, date) joined by AND, and their arguments; the event fields become an
// EXISTS over the events of the document. ph returns the placeholder of the
// n-th argument. Arguments are cleaned of NUL bytes as stored values are
// (Clean). f.Text is left to the caller (HasWords).
func DocWhere(f dyad.DocFilter, ph func(int) string) (string, []any) {
	var conds []string
	var args []any
	arg := func(v any) string {
		if s, ok := v.(string); ok {
			v = Clean(s)
		}
		args = append(args, v)
		return ph(len(args))
	}
	if len(f.IDs) > 0 {
		list := make([]string, len(f.IDs))
		for i, id := range f.IDs {
			list[i] = arg(id)
		}
		conds = append(conds, "documents.id IN ("+strings.Join(list, ", ")+")")
	}
	if f.From != "" {
		conds = append(conds, "documents.date >= "+arg(dyad.FirstDay(f.From)))
	}
	if f.To != "" {
		conds = append(conds, "documents.date <= "+arg(LastDay(f.To)))
	}
	if ef := (dyad.Filter{Actor: f.Actor, Source: f.Source, Target: f.Target, Code: f.Code}); ef != (dyad.Filter{}) {
		ef.Rejected = true // any stored event, as the coder or a reviewer has it
		where, eargs := Where(ef, func(n int) string { return ph(len(args) + n) })
		args = append(args, eargs...)
		conds = append(conds, "EXISTS (SELECT 1 FROM events WHERE events.doc = documents.id AND "+where+")")
	}
	if len(conds) == 0 {
		return "TRUE", nil
	}
	return strings.Join(conds, " AND "), args
}

// HasWords reports whether text has every word of words, in any case. Words
// are runs of letters and digits, so "Jong-un" is two.
func HasWords(text, words string) bool {
	want := wordsOf(words)
	if len(want) == 0 {
		return true
	}
	need := make(map[string]bool, len(want))
	for _, w := range want {
		need[w] = true
	}
	for _, w := range wordsOf(text) {
		if need[w] {
			delete(need, w)
			if len(need) == 0 {
				return true
			}
		}
	}
	return false
}

func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
