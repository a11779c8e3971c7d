package main

import (
	"io"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/parquet"
)

// parquetWriter writes events as one Parquet file of flatColumns, for R,
// Python, DuckDB and Spark. What an event lacks (a target, a place, a
// quantity) is null, never a zero that a reader would take for a value.
type parquetWriter struct {
	w   *parquet.Writer
	row []any
}

func newParquetWriter(out io.Writer) *parquetWriter {
	return &parquetWriter{w: parquet.NewWriter(out, flatColumns...), row: make([]any, 0, len(flatColumns))}
}

func (p *parquetWriter) write(e *dyad.Event, d docInfo) error {
	p.row = flatRow(p.row[:0], e, d)
	return p.w.Write(p.row)
}

func (p *parquetWriter) close() error { return p.w.Close() }
