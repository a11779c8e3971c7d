package ingest

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyadhq/dyad"
)

// Kinds of input files.
const (
	KindText  = "text"
	KindJSONL = "jsonl"
	KindGDELT = "gdelt"
	KindICEWS = "icews"
)

// Detect tells what a file holds from its name and its first bytes: GDELT
// exports (57, 58 or 61 tab-separated columns, or a .zip), ICEWS files (a
// header beginning "Event ID"), JSON Lines (.jsonl, .ndjson), RSS or Atom
// feeds, HTML pages, or text. It
// returns the reader to use in place of r (the peeked bytes stay in it).
func Detect(name string, r io.Reader) (string, io.Reader) {
	lower := strings.ToLower(name)
	switch filepath.Ext(lower) {
	case ".zip":
		return KindGDELT, r
	case ".jsonl", ".ndjson":
		return KindJSONL, r
	case ".rss", ".atom":
		return KindFeed, r
	case ".html", ".htm":
		return KindHTML, r
	}
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(1 << 16)
	head = bytes.TrimPrefix(head, bom)
	rows := strings.Split(string(head), "\n")
	if len(rows) > 1 {
		rows = rows[:len(rows)-1] // the last may be cut short
	}
	line := strings.TrimRight(rows[0], "\r")
	start := strings.ToLower(strings.TrimSpace(string(head[:min(len(head), 1024)])))
	switch {
	case strings.HasPrefix(start, "<?xml") && (strings.Contains(start, "<rss") || strings.Contains(start, "<feed")),
		strings.HasPrefix(start, "<rss"), strings.HasPrefix(start, "<feed"):
		return KindFeed, br
	case strings.HasPrefix(start, "<!doctype html"), strings.HasPrefix(start, "<html"):
		return KindHTML, br
	case strings.HasPrefix(line, "Event ID\t"):
		return KindICEWS, br
	case gdeltRows(rows[:min(len(rows), 10)]):
		return KindGDELT, br
	}
	return KindText, br
}

// gdeltRows reports whether the first rows of a file are GDELT's: the
// first, or most of them (a bad first row does not make an export text,
// which would store its rows as one document).
func gdeltRows(rows []string) bool {
	n := 0
	for i, r := range rows {
		if gdeltRow(strings.TrimRight(r, "\r")) {
			if i == 0 {
				return true
			}
			n++
		}
	}
	return len(rows) > 1 && n*2 >= len(rows)
}

// gdeltRow reports whether a line has the shape of a GDELT export row: a
// known number of tab-separated columns, the first a number.
func gdeltRow(line string) bool {
	i := strings.IndexByte(line, '\t')
	return i > 0 && gdeltLayouts[strings.Count(line, "\t")+1] != (gdeltLayout{}) && digits(line[:i])
}

// FileID is the identity of the document a file holds (a text file, a web
// page): its path, cleaned, with forward slashes, and relative to the
// working directory when it lies under it ("news/treaty.txt" however it was
// named), so that ingesting an edited file, or the same file with a new
// date, replaces its document.
func FileID(path string) string {
	path = filepath.Clean(path)
	if filepath.IsAbs(path) {
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, path); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				path = rel
			}
		}
	}
	return filepath.ToSlash(path)
}

// ContentID identifies a document by its source and text, so that the same
// report ingested twice is one document.
func ContentID(d *dyad.Document) string {
	h := sha256.Sum256([]byte(d.Source + "\x00" + d.URL + "\x00" + d.Text))
	return hex.EncodeToString(h[:8])
}
