package sqlq

import (
	"reflect"
	"testing"

	"github.com/dyadhq/dyad"
)

func event(id, src, tgt, date string, code dyad.EventCode, g float64) dyad.Event {
	e := dyad.Event{ID: id, Date: date, Action: dyad.Action{Code: code, Quad: code.Quad(), Goldstein: g}}
	if src != "" {
		e.Source = &dyad.Actor{Code: dyad.ActorCode(src + "GOV"), Country: src}
	}
	if tgt != "" {
		e.Target = &dyad.Actor{Code: dyad.ActorCode(tgt), Country: tgt}
	}
	return e
}

func TestEventRows(t *testing.T) {
	evs := []dyad.Event{
		event("a", "RUS", "PRK", "2024-06", "042", 1.9),
		event("b", "", "UKR", "2024-06-19", "190", -10), // no source
		event("a", "CHN", "PRK", "2024-06-19", "042", 1.9),
	}
	rows, err := EventRows(evs)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].SrcKey != "RUS" || rows[0].SrcCode != "RUSGOV" || rows[0].Day != "2024-06-01" {
		t.Fatalf("rows %+v: want the first a (RUS, first day of its month), then b", rows)
	}
	if rows[1].SrcKey != "" || rows[1].SrcCode != "" || rows[1].TgtKey != "UKR" {
		t.Errorf("row without a source: %+v", rows[1])
	}
	if string(rows[0].Record) != `{"id":"a","doc":"","sentence":0,"span":[0,0],"text":"","date":"2024-06","source":{"text":"","code":"RUSGOV","country":"RUS","name":"","span":[0,0]},"target":{"text":"","code":"PRK","country":"PRK","name":"","span":[0,0]},"event":{"code":"042","root":"","quad":1,"goldstein":1.9,"label":"","plover":"","text":"","span":[0,0]},"confidence":0}` {
		t.Errorf("record %s", rows[0].Record)
	}
	many := make([]dyad.Event, 5000) // encoded on several cores
	for i := range many {
		many[i] = event(string(rune('A'+i%26))+string(rune(i)), "RUS", "UKR", "2024-01-01", "190", -10)
	}
	rows, err = EventRows(many)
	if err != nil || len(rows) != len(many) {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	for i := range rows {
		if len(rows[i].Record) == 0 {
			t.Fatalf("row %d has no record", i)
		}
	}
}

func TestProbes(t *testing.T) {
	rows, _ := EventRows([]dyad.Event{
		event("a", "RUS", "PRK", "2024-03-10", "042", 0),
		event("b", "RUS", "PRK", "2024-03-01", "057", 0), // another family, the same dyad
		event("c", "", "PRK", "2024-03-01", "042", 0),    // no source: never clustered
		event("d", "RUS", "PRK", "", "042", 0),           // no day: only with others undated
		event("e", "RUS", "PRK", "2024-03-04", "042", 0), // overlaps b's window
		event("f", "RUS", "PRK", "2024-03-06", "042", 0), // next to e's: one range
		event("g", "PRK", "RUS", "2024-12-31", "057", 0),
	})
	want := []Probe{
		{Src: "RUS", Tgt: "PRK", Lo: "2024-02-28", Hi: "2024-03-12"},
		{Src: "PRK", Tgt: "RUS", Lo: "2024-12-29", Hi: "2025-01-02"},
	}
	if got := Probes(reports(rows)); !reflect.DeepEqual(got, want) {
		t.Errorf("Probes = %+v, want %+v", got, want)
	}
	rows, _ = EventRows([]dyad.Event{
		event("a", "RUS", "PRK", "2024-03-10", "042", 0),
		event("b", "RUS", "PRK", "2024-03-04", "042", 0), // a day's gap between the windows
	})
	want = []Probe{
		{Src: "RUS", Tgt: "PRK", Lo: "2024-03-02", Hi: "2024-03-06"},
		{Src: "RUS", Tgt: "PRK", Lo: "2024-03-08", Hi: "2024-03-12"},
	}
	if got := Probes(reports(rows)); !reflect.DeepEqual(got, want) {
		t.Errorf("Probes = %+v, want %+v", got, want)
	}
}

func TestRollups(t *testing.T) {
	rows, _ := EventRows([]dyad.Event{
		event("a", "RUS", "PRK", "2024-06-19", "042", 1.5),
		event("b", "CHN", "PRK", "2024-06-19", "042", 1),
		event("c", "RUS", "PRK", "2024-06-19", "042", 2),
		event("d", "RUS", "PRK", "2024-06-18", "190", -10),
	})
	want := []Rollup{
		{Src: "CHN", Tgt: "PRK", Day: "2024-06-19", Code: "042", Quad: 1, N: 1, Goldstein: 1},
		{Src: "RUS", Tgt: "PRK", Day: "2024-06-18", Code: "190", Quad: 4, N: 1, Goldstein: -10},
		{Src: "RUS", Tgt: "PRK", Day: "2024-06-19", Code: "042", Quad: 1, N: 2, Goldstein: 3.5},
	}
	if got := Rollups(rows); !reflect.DeepEqual(got, want) {
		t.Errorf("Rollups = %+v, want %+v", got, want)
	}
}

func reports(rows []Row) []Report {
	out := make([]Report, len(rows))
	for i := range rows {
		out[i] = rows[i].Report()
	}
	return out
}
