package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadhq/dyad"
)

// Format is how a file holds documents.
type Format string

// Formats.
const (
	Auto  Format = ""      // by extension: .jsonl and .ndjson are JSON Lines, anything else text
	Text  Format = "text"  // the whole file is one document
	JSONL Format = "jsonl" // one JSON document a line: {"id","date","text"} and optional "title", "url", "source"
)

// Problem is bad input: where it is and what is wrong. Reading goes on after
// a problem.
type Problem struct {
	File string
	Line int // 0 when the problem concerns the whole file
	Err  error
}

func (p *Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", p.File, p.Line, p.Err)
	}
	return fmt.Sprintf("%s: %v", p.File, p.Err)
}

// Reader reads documents from one file or stream.
type Reader struct {
	Name   string // for messages and, unless ID says otherwise, the id of a text document (without its extension)
	Format Format
	Date   string // the date of text documents, and of JSON documents without one

	// ID is the id of the document a text file or a web page holds: the
	// identity that a new version of the file keeps (FileID). "" for the
	// base of Name without its extension.
	ID string

	// ContentIDs identifies documents that carry no id of their own (text
	// files without ID, JSON lines without "id") by a hash of their source
	// and text (ContentID) rather than by the file's name and line.
	ContentIDs bool

	// FindDates dates a document that has no date and gets none from Date:
	// by its dateline or first full date (FindDate), else by the day of
	// ModTime when it is set; each such date is reported as a Problem, so
	// that no date is ever silently missing or guessed.
	FindDates bool
	ModTime   time.Time // the file's modification time

	// MaxDocument bounds a document in bytes (a text file, a JSON line, a
	// web page, a feed): a larger one is reported and skipped. 0 for
	// DefaultMaxDocument.
	MaxDocument int
}

func (rd *Reader) maxDocument() int {
	if rd.MaxDocument > 0 {
		return rd.MaxDocument
	}
	return DefaultMaxDocument
}

// tooLarge is the problem of a document over the bound.
func (rd *Reader) tooLarge(line int, what string) *Problem {
	return &Problem{File: rd.Name, Line: line, Err: fmt.Errorf("%s over %s, the bound on a document: skipped (split it, or raise the bound)",
		what, SizeText(int64(rd.maxDocument())))}
}

// Read calls emit for every document in r and problem for every piece of bad
// input. It returns the number of documents read; an error only when r itself
// fails.
func (rd *Reader) Read(r io.Reader, emit func(dyad.Document), problem func(*Problem)) (int, error) {
	f := rd.Format
	if f == Auto {
		switch strings.ToLower(filepath.Ext(rd.Name)) {
		case ".jsonl", ".ndjson":
			f = JSONL
		default:
			f = Text
		}
	}
	if f == JSONL {
		return rd.readJSONL(r, emit, problem)
	}
	return rd.readText(r, emit, problem)
}

func (rd *Reader) readText(r io.Reader, emit func(dyad.Document), problem func(*Problem)) (int, error) {
	// a binary file is refused from its first bytes, before the rest is read
	br := bufio.NewReaderSize(r, 8192)
	head, err := br.Peek(8192)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return 0, fmt.Errorf("read %s: %w", rd.Name, err)
	}
	if isBinary(head) {
		problem(&Problem{File: rd.Name, Err: errors.New("binary file (NUL bytes or mostly non-text): skipped")})
		return 0, nil
	}
	b, over, err := readCapped(br, rd.maxDocument())
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", rd.Name, err)
	}
	if over {
		problem(rd.tooLarge(0, "file"))
		return 0, nil
	}
	b = bytes.TrimPrefix(b, bom)
	if len(bytes.TrimSpace(b)) == 0 {
		problem(&Problem{File: rd.Name, Err: errors.New("empty file: no text to code")})
		return 0, nil
	}
	s := string(b)
	if !utf8.ValidString(s) {
		line := 1 + bytes.Count(b[:firstInvalid(b)], []byte("\n"))
		problem(&Problem{File: rd.Name, Line: line, Err: errors.New("invalid UTF-8: bad bytes replaced by U+FFFD, text still coded")})
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	d := dyad.Document{ID: rd.ID, Date: rd.Date, Text: s}
	switch {
	case d.ID != "":
	case rd.ContentIDs:
		d.ID = ContentID(&d)
	default:
		d.ID = strings.TrimSuffix(filepath.Base(rd.Name), filepath.Ext(rd.Name))
	}
	rd.dated(&d, 0, "", problem)
	emit(d)
	return 1, nil
}

func (rd *Reader) readJSONL(r io.Reader, emit func(dyad.Document), problem func(*Problem)) (int, error) {
	ls := newLines(r, rd.maxDocument())
	if ls.binary() {
		problem(&Problem{File: rd.Name, Err: errors.New("binary file (NUL bytes or mostly non-text): skipped")})
		return 0, nil
	}
	n := 0
	for {
		b, long, err := ls.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return n, fmt.Errorf("read %s: %w", rd.Name, err)
		}
		if long {
			problem(rd.tooLarge(ls.line, "line"))
			continue
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		if d, perr := rd.parseLine(b, ls.line); perr != nil {
			problem(&Problem{File: rd.Name, Line: ls.line, Err: perr})
		} else {
			rd.dated(&d, ls.line, "", problem)
			emit(d)
			n++
		}
	}
	if n == 0 {
		problem(&Problem{File: rd.Name, Err: errors.New("no documents")})
	}
	return n, nil
}

func (rd *Reader) parseLine(b []byte, line int) (dyad.Document, error) {
	if !utf8.Valid(b) {
		return dyad.Document{}, errors.New("invalid UTF-8: line skipped")
	}
	var d dyad.Document
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&d); err != nil {
		return d, fmt.Errorf("malformed JSON: %v", err)
	}
	if dec.More() {
		return d, errors.New("more than one JSON value on the line: one document a line")
	}
	if strings.TrimSpace(d.Text) == "" {
		return d, errors.New(`no "text"`)
	}
	switch {
	case d.ID == "" && rd.ContentIDs:
		d.ID = ContentID(&d)
	case d.ID == "":
		d.ID = fmt.Sprintf("%s-%d", strings.TrimSuffix(filepath.Base(rd.Name), filepath.Ext(rd.Name)), line)
	}
	if d.Date == "" {
		d.Date = rd.Date
	}
	if len(d.Date) > 10 {
		d.Date = d.Date[:10] // an RFC 3339 time: its day
	}
	return d, nil
}

// isBinary reports whether b looks like a binary file: a NUL byte, or more
// than a tenth of its first 8 KiB control bytes.
func isBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*10 > len(head)
}

func validUTF8(s string) bool { return utf8.ValidString(s) }

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return len(b)
}

// errStop ends eachLine early without an error: the file was reported.
var errStop = errors.New("stop reading")

// eachLine calls fn with every non-empty line of r (without its line end or
// a leading byte order mark) and its 1-based number, until fn or r fails;
// fn returns errStop to stop without failing. A line over MaxLine is
// reported and skipped.
func eachLine(name string, r io.Reader, problem func(*Problem), fn func(line int, s string) error) error {
	ls := newLines(r, MaxLine)
	if ls.binary() {
		problem(&Problem{File: name, Err: errors.New("binary file (NUL bytes or mostly non-text): skipped")})
		return nil
	}
	for {
		b, long, err := ls.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		if long {
			problem(&Problem{File: name, Line: ls.line, Err: fmt.Errorf("line over %s, the bound on a row: skipped", SizeText(int64(MaxLine)))})
			continue
		}
		if len(b) == 0 {
			continue
		}
		if ferr := fn(ls.line, string(b)); ferr == errStop {
			return nil
		} else if ferr != nil {
			return ferr
		}
	}
}
