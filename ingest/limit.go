package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Bounds on what one piece of input may be, so that no file (a 50 MB line,
// /dev/zero, a binary) makes a reader grow without limit. A piece over its
// bound is reported as a Problem naming the bound, and skipped.
const (
	// DefaultMaxDocument bounds a document: a text file, a JSON line, a
	// web page, a feed. Coding takes some fifty times a document's size
	// in memory, so this also bounds the coder's.
	DefaultMaxDocument = 4 << 20
	// MaxLine bounds a row of a GDELT or ICEWS file (rows are about a
	// kilobyte).
	MaxLine = 1 << 20
	// MaxElements bounds the elements of a web page: finding the main
	// text of one takes time that grows faster than its elements (50,000
	// nested links take about a second).
	MaxElements = 50_000
	// MaxZip bounds a zipped GDELT export read from a stream (a file on
	// disk is read in place, whatever its size).
	MaxZip = 1 << 30
)

// bom is the UTF-8 byte order mark, which is no part of the text after it.
var bom = []byte("\ufeff")

// SizeText says how large a bound of n bytes is, for messages: "4 MiB".
func SizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// lines reads a stream line by line, holding at most max bytes of a line:
// a longer line is read to its end and dropped, and next says so.
type lines struct {
	br   *bufio.Reader
	max  int
	line int // of the line next returned, from 1
	buf  []byte
}

func newLines(r io.Reader, max int) *lines {
	return &lines{br: bufio.NewReaderSize(r, min(max+5, 1<<16)), max: max}
}

// next returns the next line without its line end; long when it held more
// than max bytes (b is then nil). err is io.EOF after the last line, or the
// stream's failure.
func (l *lines) next() (b []byte, long bool, err error) {
	l.buf = l.buf[:0]
	l.line++
	for {
		chunk, err := l.br.ReadSlice('\n')
		if !long {
			if len(l.buf)+len(chunk) > l.max+5 { // + a line end (\r\n) and a byte order mark
				long, l.buf = true, l.buf[:0]
			} else {
				l.buf = append(l.buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == io.EOF && (len(l.buf) > 0 || long) {
			err = nil // the last line, without a line end
		}
		if err != nil {
			return nil, false, err
		}
		b = bytes.TrimRight(l.buf, "\r\n")
		if l.line == 1 {
			b = bytes.TrimPrefix(b, bom)
		}
		if long || len(b) > l.max {
			return nil, true, nil
		}
		return b, false, nil
	}
}

// binary reports whether the stream the lines read looks binary from its
// first 8 KiB (isBinary), which it leaves to be read.
func (l *lines) binary() bool {
	head, _ := l.br.Peek(min(8192, l.br.Size()))
	return isBinary(head)
}

// readCapped reads all of r when it holds at most max bytes; over says it
// holds more (b is then its first max+1 bytes).
func readCapped(r io.Reader, max int) (b []byte, over bool, err error) {
	b, err = io.ReadAll(io.LimitReader(r, int64(max)+1))
	return b, len(b) > max, err
}

// capped passes at most max bytes of r, then fails with errOver, so that a
// parser reading r (a feed's) stops at the bound.
type capped struct {
	r    io.Reader
	left int64
	over bool
}

var errOver = errors.New("over the size bound")

func (c *capped) Read(p []byte) (int, error) {
	if c.left <= 0 {
		// one byte more tells a stream of exactly max bytes from a longer one
		var one [1]byte
		if n, _ := io.ReadFull(c.r, one[:]); n > 0 {
			c.over = true
			return 0, errOver
		}
		return 0, io.EOF
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}
