// Package parquet writes Apache Parquet files of flat rows, for R, Python,
// DuckDB and Spark, with the standard library alone.
//
// The model: a file is a list of columns fixed when the Writer is made, each a
// string, a 32-bit integer or a double, REQUIRED (every row has a value) or
// OPTIONAL (a row may have a null); there is no nesting. Rows are buffered
// column by column. Every PageSize bytes of a column's values become one data
// page (version 1, PLAIN encoding, GZIP compression: Arrow, DuckDB and Spark
// read it, and compress/gzip writes it). A page of an optional column starts
// with the definition level of each row, 1 for a value and 0 for a null, in
// the format's RLE/bit-packed hybrid encoding, and holds only the values that
// are not null. Every RowGroupSize bytes of buffered
// values become one row group, written out before more rows are taken, so
// memory stays bounded however many rows are written. Close writes the
// footer, the schema and where each column chunk lies, in Thrift's compact
// protocol as the format requires.
//
// It writes no statistics, dictionaries or page indexes: readers then scan
// every page of the columns they need, which is what an export is for.
package parquet

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Type is a column's type.
type Type int

const (
	// String is UTF-8 text: Parquet's BYTE_ARRAY annotated STRING. A value
	// is a Go string.
	String Type = iota
	// Int32 is a signed 32-bit integer (INT32). A value is an int32.
	Int32
	// Double is an IEEE 754 double (DOUBLE). A value is a float64.
	Double
)

func (t Type) String() string {
	switch t {
	case String:
		return "string"
	case Int32:
		return "int32"
	case Double:
		return "double"
	}
	return fmt.Sprintf("Type(%d)", int(t))
}

// Column names a column and its type. An Optional column takes nil for a
// missing value, which readers see as null; a required one refuses nil.
type Column struct {
	Name     string
	Type     Type
	Optional bool
}

const (
	// DefaultPageSize is the uncompressed bytes of a column's values in one
	// data page: about what other writers use, small enough for a reader to
	// hold one page of every column at once.
	DefaultPageSize = 1 << 20
	// DefaultRowGroupSize is the uncompressed bytes of values buffered
	// before a row group is written.
	DefaultRowGroupSize = 64 << 20

	maxValue = 1 << 30 // the largest string taken: sizes in the format are 32-bit
)

// Writer writes one Parquet file to an io.Writer. Its methods are not safe
// for concurrent use. A Writer must be closed: the file is unreadable without
// the footer that Close writes.
type Writer struct {
	// PageSize and RowGroupSize (in uncompressed bytes of values) may be
	// changed before the first Write.
	PageSize, RowGroupSize int

	out      io.Writer
	off      int64 // bytes written to out
	columns  []Column
	chunks   []chunk
	buffered int   // bytes of values in chunks
	rows     int64 // rows in the open row group
	total    int64 // rows in the written row groups
	groups   []rowGroup
	gz       *gzip.Writer
	zbuf     bytes.Buffer
	lbuf     []byte // a page's encoded definition levels
	err      error  // the first error, returned from then on
}

// chunk is one column's part of the open row group.
type chunk struct {
	page   []byte       // the open page's values, PLAIN-encoded
	levels []byte       // of an optional column: the open page's definition levels, one a row
	values int          // in the open page, nulls included
	pages  bytes.Buffer // closed pages, each a header and its compressed values
	n      int64        // values in the chunk
	raw    int64        // the chunk's size with its pages uncompressed, headers included
}

// rowGroup and columnChunk are what the footer says of a written row group.
type rowGroup struct {
	rows, offset, raw, size int64
	columns                 []columnChunk
}

type columnChunk struct {
	offset, values, raw, size int64
}

// NewWriter returns a Writer of the given columns to out. Column names must
// be distinct and non-empty; if they are not, or a type is unknown, Write and
// Close return the error.
func NewWriter(out io.Writer, columns ...Column) *Writer {
	w := &Writer{PageSize: DefaultPageSize, RowGroupSize: DefaultRowGroupSize, out: out,
		columns: slices.Clone(columns), chunks: make([]chunk, len(columns))}
	seen := map[string]bool{}
	for i, c := range columns {
		if c.Optional {
			w.chunks[i].levels = []byte{}
		}
		if c.Name == "" || seen[c.Name] {
			w.err = fmt.Errorf("parquet: column name %q empty or repeated", c.Name)
		}
		if c.Type < String || c.Type > Double {
			w.err = fmt.Errorf("parquet: column %q: unknown %v", c.Name, c.Type)
		}
		seen[c.Name] = true
	}
	if len(columns) == 0 {
		w.err = errors.New("parquet: no columns")
	}
	return w
}

var errClosed = errors.New("parquet: writer closed")

// Write adds a row: one value for each column, in order, of the column's Go
// type (string, int32 or float64), or nil in an optional column. A row that
// does not fit is refused whole and the Writer stays usable; an error writing
// to the underlying writer is returned from every later call.
func (w *Writer) Write(row []any) error {
	if w.err != nil {
		return w.err
	}
	if len(row) != len(w.columns) {
		return fmt.Errorf("parquet: row %d has %d values for %d columns", w.total+w.rows, len(row), len(w.columns))
	}
	for i, v := range row {
		c := w.columns[i]
		ok := false
		switch v := v.(type) {
		case string:
			if len(v) > maxValue {
				return fmt.Errorf("parquet: row %d column %q: a string of %d bytes, more than %d", w.total+w.rows,
					c.Name, len(v), maxValue)
			}
			ok = c.Type == String
		case int32:
			ok = c.Type == Int32
		case float64:
			ok = c.Type == Double
		case nil:
			ok = c.Optional
		}
		if !ok && v == nil {
			return fmt.Errorf("parquet: row %d column %q: nil in a required column", w.total+w.rows, c.Name)
		} else if !ok {
			return fmt.Errorf("parquet: row %d column %q: want %v, got %T", w.total+w.rows, c.Name, c.Type, v)
		}
	}
	for i, v := range row {
		ch := &w.chunks[i]
		size := len(ch.page)
		switch v := v.(type) {
		case string:
			ch.page = binary.LittleEndian.AppendUint32(ch.page, uint32(len(v)))
			ch.page = append(ch.page, v...)
		case int32:
			ch.page = binary.LittleEndian.AppendUint32(ch.page, uint32(v))
		case float64:
			ch.page = binary.LittleEndian.AppendUint64(ch.page, math.Float64bits(v))
		}
		size = len(ch.page) - size
		if ch.levels != nil {
			// a level is a byte while buffered, and counted: a column of
			// nulls still closes its pages and row groups
			ch.levels = append(ch.levels, defined(v))
			size++
		}
		ch.values++
		w.buffered += size
		if len(ch.page)+len(ch.levels) >= min(w.PageSize, maxValue) {
			if err := w.closePage(ch); err != nil {
				return err
			}
		}
	}
	w.rows++
	if w.buffered >= w.RowGroupSize {
		return w.flush()
	}
	return nil
}

// closePage compresses the open page of ch and appends it, with its header,
// to the chunk's closed pages.
func (w *Writer) closePage(ch *chunk) error {
	if ch.values == 0 {
		return nil
	}
	w.zbuf.Reset()
	if w.gz == nil {
		// The fastest level writes about as fast as parquet-go with Snappy
		// and still smaller files; the default level is three times slower.
		w.gz, _ = gzip.NewWriterLevel(&w.zbuf, gzip.BestSpeed)
	} else {
		w.gz.Reset(&w.zbuf)
	}
	raw := len(ch.page)
	if ch.levels != nil {
		// the levels come first, after their length in bytes
		w.lbuf = appendLevels(w.lbuf[:0], ch.levels)
		raw += len(w.lbuf)
		w.gz.Write(w.lbuf)
	}
	w.gz.Write(ch.page) // a bytes.Buffer does not fail
	if err := w.gz.Close(); err != nil {
		w.err = fmt.Errorf("parquet: compress: %w", err)
		return w.err
	}
	h := pageHeader(raw, w.zbuf.Len(), ch.values)
	ch.pages.Write(h)
	ch.pages.Write(w.zbuf.Bytes())
	ch.raw += int64(len(h) + raw)
	ch.n += int64(ch.values)
	ch.page, ch.values = ch.page[:0], 0
	if ch.levels != nil {
		ch.levels = ch.levels[:0]
	}
	return nil
}

// defined is the definition level of a value of an optional column: 0 for
// a null, 1 for a value.
func defined(v any) byte {
	if v == nil {
		return 0
	}
	return 1
}

// flush writes the open row group, if it has rows.
func (w *Writer) flush() error {
	if w.rows == 0 {
		return nil
	}
	if w.off == 0 {
		if err := w.write([]byte(magic)); err != nil {
			return err
		}
	}
	g := rowGroup{rows: w.rows, offset: w.off}
	for i := range w.chunks {
		ch := &w.chunks[i]
		if err := w.closePage(ch); err != nil {
			return err
		}
		cc := columnChunk{offset: w.off, values: ch.n, raw: ch.raw, size: int64(ch.pages.Len())}
		if err := w.write(ch.pages.Bytes()); err != nil {
			return err
		}
		g.columns = append(g.columns, cc)
		g.raw += cc.raw
		g.size += cc.size
		ch.pages.Reset()
		ch.n, ch.raw = 0, 0
	}
	w.groups = append(w.groups, g)
	w.total += w.rows
	w.rows, w.buffered = 0, 0
	return nil
}

const magic = "PAR1"

func (w *Writer) write(p []byte) error {
	n, err := w.out.Write(p)
	w.off += int64(n)
	if err != nil {
		w.err = fmt.Errorf("parquet: %w", err)
	}
	return w.err
}

// Close writes the rows still buffered and the footer. It does not close the
// underlying writer. A file of no rows is valid: it holds the schema.
func (w *Writer) Close() error {
	if w.err != nil {
		return w.err
	}
	if err := w.flush(); err != nil {
		return err
	}
	if w.off == 0 {
		if err := w.write([]byte(magic)); err != nil {
			return err
		}
	}
	meta := w.footer()
	meta = binary.LittleEndian.AppendUint32(meta, uint32(len(meta)))
	meta = append(meta, magic...)
	if err := w.write(meta); err != nil {
		return err
	}
	w.err = errClosed
	return nil
}
