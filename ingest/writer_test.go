package ingest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/sqlite"
)

// lineCoder codes each line "SRC CODE TGT [DATE]" of a text as an event
// whose id, like the coder's, hashes the document, the line, the event and
// the dictionaries' version.
type lineCoder struct{ version string }

func (c lineCoder) Sentences(text string) []dyad.Span {
	var out []dyad.Span
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		out = append(out, dyad.Span{start, start + len(strings.TrimSuffix(line, "\n"))})
		start += len(line)
	}
	return out
}

func (c lineCoder) Code(d dyad.Document) []dyad.Event {
	var out []dyad.Event
	for i, line := range strings.Split(d.Text, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		e := dyad.Event{ID: fmt.Sprintf("%s/%d/%s/%s", d.ID, i, line, c.version), Doc: d.ID, Sentence: i, Text: line,
			Source: &dyad.Actor{Code: dyad.ActorCode(f[0]), Country: f[0]}, Target: &dyad.Actor{Code: dyad.ActorCode(f[2]), Country: f[2]},
			Action: dyad.Action{Code: dyad.EventCode(f[1]), Root: dyad.EventCode(f[1]).Root()}, Confidence: 0.9}
		if len(f) > 3 {
			e.Date = f[3]
		}
		out = append(out, e)
	}
	return out
}

func tally(t Tally) string {
	var roots []string
	for _, r := range []dyad.EventCode{"04", "05", "11"} {
		if c := t.Roots[r]; c != nil {
			roots = append(roots, fmt.Sprintf("%s:+%d-%d=%d", r, c.Added, c.Removed, c.Unchanged))
		}
	}
	return fmt.Sprintf("documents +%d ~%d =%d, events +%d -%d, %s", t.Added, t.Replaced, t.Unchanged, t.Events, t.Removed, strings.Join(roots, " "))
}

// Writing a document again replaces it when its coding changed, and the
// tally tells what changed by CAMEO family, comparing events by content.
func TestWriterReplaces(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := dyad.Document{ID: "a", Date: "2024-06-20", Text: "RUS 042 PRK\nPRK 111 USA"}
	b := dyad.Document{ID: "b", Date: "2024-06-20", Text: "CHN 057 RUS"}
	var replaced []string
	write := func(c dyad.Coder, docs ...dyad.Document) string {
		t.Helper()
		w := &Writer{Store: s, Coder: c, Replaced: func(id string) { replaced = append(replaced, id) }}
		for _, d := range docs {
			if err := w.Document(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		return tally(w.Tally())
	}
	v1, v2 := lineCoder{"v1"}, lineCoder{"v2"}
	for _, tt := range []struct {
		name  string
		coder dyad.Coder
		docs  []dyad.Document
		want  string
	}{
		{"new", v1, []dyad.Document{a, b}, "documents +2 ~0 =0, events +3 -0, 04:+1-0=0 05:+1-0=0 11:+1-0=0"},
		{"the same again", v1, []dyad.Document{a, b}, "documents +0 ~0 =2, events +0 -0, 04:+0-0=1 05:+0-0=1 11:+0-0=1"},
		{"an edited document", v1, []dyad.Document{{ID: "a", Date: "2024-06-20", Text: "RUS 043 PRK\nPRK 111 USA"}},
			"documents +0 ~1 =0, events +1 -1, 04:+1-1=0 11:+0-0=1"},
		{"new dictionaries, the same events", v2, []dyad.Document{b}, "documents +0 ~1 =0, events +1 -1, 05:+0-0=1"},
		{"two versions in one batch", v2, []dyad.Document{a, {ID: "a", Date: "2024-06-20", Text: "RUS 042 PRK"}},
			"documents +0 ~2 =0, events +2 -3, 04:+1-1=1 11:+0-1=1"},
	} {
		replaced = nil
		if got := write(tt.coder, tt.docs...); got != tt.want {
			t.Errorf("%s: %s\nwant %s", tt.name, got, tt.want)
		}
	}
	if strings.Join(replaced, ",") != "a,a" {
		t.Errorf("reported replaced %v, want a twice", replaced)
	}
	var stored []string
	s.Events(ctx, dyad.Filter{Doc: "a"}, func(e *dyad.Event) error { stored = append(stored, e.Text); return nil })
	if strings.Join(stored, "|") != "RUS 042 PRK" {
		t.Errorf("a holds %q, want its last version only", stored)
	}
}

// An event the coder cannot date takes its document's date at lower
// confidence.
func TestCodeUndatedEvent(t *testing.T) {
	d := dyad.Document{ID: "a", Date: "2024-06-20", Text: "RUS 042 PRK\nPRK 111 USA 2024-06-19"}
	evs := Code(lineCoder{}, &d)
	if len(evs) != 2 || evs[0].Date != "2024-06-20" || evs[0].Confidence != 0.8 || evs[1].Date != "2024-06-19" || evs[1].Confidence != 0.9 {
		t.Errorf("events %+v: want the first dated 2024-06-20 at 0.8, the second as coded", evs)
	}
	if len(d.Sentences) != 2 {
		t.Errorf("sentences %v", d.Sentences)
	}
}
