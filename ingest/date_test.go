package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadhq/dyad"
)

func TestFindDate(t *testing.T) {
	ref := time.Date(2025, 1, 3, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text  string
		ref         time.Time
		date, where string
	}{
		{"month day, year", "Putin arrived in Pyongyang on June 19, 2024, his first trip.", time.Time{}, "2024-06-19", "text"},
		{"day month year", "On 19 June 2024 Putin arrived.", time.Time{}, "2024-06-19", "text"},
		{"ordinal and of", "On the 3rd of May, 2023 the talks began.", time.Time{}, "2023-05-03", "text"},
		{"abbreviated", "Signed Sept. 5, 2024 in Geneva.", time.Time{}, "2024-09-05", "text"},
		{"ISO", "Report 2024-06-19: talks.", time.Time{}, "2024-06-19", "text"},
		{"ISO with a time", "Published 2024-06-19T08:00:00Z.", time.Time{}, "2024-06-19", "text"},
		{"the first of several", "In March 2024 Russia vetoed it; on 19 June 2024 Putin came; on 1 July 2024 he left.", time.Time{}, "2024-06-19", "text"},
		{"dateline with its year", "MOSCOW, June 19, 2024 (Reuters) - Talks on 1 May 2023 failed.", time.Time{}, "2024-06-19", "dateline"},
		{"dateline before a later full date", "PYONGYANG, June 19 (Reuters) - On 1 May 2023 talks failed.", ref, "2024-06-19",
			"dateline, in the year of the file's modification time"},
		{"dateline this year", "SEOUL, Jan. 2 (Yonhap) - ...", ref, "2025-01-02", "dateline, in the year of the file's modification time"},
		{"dateline without a reference", "PYONGYANG, June 19 (Reuters) - On 1 May 2023 talks failed.", time.Time{}, "2023-05-01", "text"},
		{"no such day", "On February 30, 2024 nothing. On 2 March 2024 something.", time.Time{}, "2024-03-02", "text"},
		{"a month and year only", "In March 2024 Russia vetoed a resolution.", time.Time{}, "", ""},
		{"a lower-case may", "they may 12 2024 not", time.Time{}, "", ""},
		{"nothing", "Ethiopia accused Egypt on Tuesday.", ref, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			date, where := FindDate(tt.text, tt.ref)
			if date != tt.date || where != tt.where {
				t.Errorf("FindDate(%q) = %q, %q; want %q, %q", tt.text, date, where, tt.date, tt.where)
			}
		})
	}
}

// A text without a date given takes the date its text states, else the
// file's modification time, and says so; a date given wins.
func TestReaderDates(t *testing.T) {
	mtime := time.Date(2024, 7, 1, 9, 0, 0, 0, time.Local)
	tests := []struct {
		name, text, given string
		modTime           time.Time
		date, note        string
	}{
		{"from the text", "Putin arrived on June 19, 2024.", "", mtime, "2024-06-19", "treaty.txt: no --date; dated 2024-06-19 from its text"},
		{"from the file", "Ethiopia accused Egypt.", "", mtime, "2024-07-01",
			"treaty.txt: no --date and none in its text; dated 2024-07-01 from the file's modification time"},
		{"nowhere", "Ethiopia accused Egypt.", "", time.Time{}, "", "treaty.txt: no --date and none in its text: its events are undated"},
		{"given", "Putin arrived on June 19, 2024.", "2024-06-20", mtime, "2024-06-20", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := &Reader{Name: "news/treaty.txt", ID: "news/treaty.txt", Date: tt.given, FindDates: true, ModTime: tt.modTime}
			var docs []dyad.Document
			var notes []string
			rd.Read(strings.NewReader(tt.text), func(d dyad.Document) { docs = append(docs, d) },
				func(p *Problem) { notes = append(notes, strings.TrimPrefix(p.Error(), "news/")) })
			if len(docs) != 1 || docs[0].Date != tt.date || docs[0].ID != "news/treaty.txt" {
				t.Fatalf("documents %+v, want one of id news/treaty.txt dated %q", docs, tt.date)
			}
			if got := strings.Join(notes, "\n"); got != tt.note {
				t.Errorf("notes %q, want %q", got, tt.note)
			}
		})
	}
	// JSON Lines: a line without a date, by its line
	rd := &Reader{Name: "docs.jsonl", FindDates: true, ModTime: mtime, ContentIDs: true}
	var notes []string
	rd.Read(strings.NewReader(`{"id":"a","date":"2024-01-02","text":"Iran criticized Israel."}
{"id":"b","text":"On 3 May 2023 Iran criticized Israel."}
`), func(dyad.Document) {}, func(p *Problem) { notes = append(notes, p.Error()) })
	if got := strings.Join(notes, "\n"); got != "docs.jsonl:2: no date and no --date; dated 2023-05-03 from its text" {
		t.Errorf("JSON Lines notes %q", got)
	}
}

func TestFileID(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		"treaty.txt":                          "treaty.txt",
		"./news/../news/horn.txt":             "news/horn.txt",
		filepath.Join(wd, "news", "horn.txt"): "news/horn.txt",
		"/elsewhere/horn.txt":                 "/elsewhere/horn.txt",
	} {
		if got := FileID(path); got != want {
			t.Errorf("FileID(%q) = %q, want %q", path, got, want)
		}
	}
}
