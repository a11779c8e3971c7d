package main

import (
	"io"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/parquet"
)

// parquetColumns are an event as a flat Parquet row: the columns analysts
// filter and aggregate on, and the sentence the event was coded from.
var parquetColumns = []parquet.Column{
	{Name: "id", Type: parquet.String},
	{Name: "doc", Type: parquet.String},
	{Name: "sentence", Type: parquet.Int32},
	{Name: "date", Type: parquet.String},
	{Name: "day", Type: parquet.String},
	{Name: "source_code", Type: parquet.String},
	{Name: "source_country", Type: parquet.String},
	{Name: "target_code", Type: parquet.String},
	{Name: "target_country", Type: parquet.String},
	{Name: "code", Type: parquet.String},
	{Name: "root", Type: parquet.String},
	{Name: "quad", Type: parquet.Int32},
	{Name: "goldstein", Type: parquet.Double},
	{Name: "plover", Type: parquet.String},
	{Name: "place", Type: parquet.String},
	{Name: "lat", Type: parquet.Double},
	{Name: "lon", Type: parquet.Double},
	{Name: "quantity", Type: parquet.Double},
	{Name: "unit", Type: parquet.String},
	{Name: "item", Type: parquet.String},
	{Name: "mentions", Type: parquet.Int32},
	{Name: "confidence", Type: parquet.Double},
	{Name: "text", Type: parquet.String},
}

// parquetWriter writes events as one Parquet file, for R, Python, DuckDB and
// Spark. An event without a target, place or quantity has empty strings and
// zeros in those columns.
type parquetWriter struct {
	w   *parquet.Writer
	row []any
}

func newParquetWriter(out io.Writer) *parquetWriter {
	return &parquetWriter{w: parquet.NewWriter(out, parquetColumns...), row: make([]any, len(parquetColumns))}
}

func (p *parquetWriter) write(e *dyad.Event) error {
	var srcCode, srcCountry, tgtCode, tgtCountry, place, unit, item string
	var lat, lon, quantity float64
	if e.Source != nil {
		srcCode, srcCountry = string(e.Source.Code), e.Source.Country
	}
	if e.Target != nil {
		tgtCode, tgtCountry = string(e.Target.Code), e.Target.Country
	}
	if l := e.Location; l != nil {
		place, lat, lon = l.Name, l.Lat, l.Lon
	}
	if q := e.Quantity; q != nil {
		quantity, unit, item = q.Value, q.Unit, q.Item
	}
	r := p.row[:0]
	r = append(r, e.ID, e.Doc, int32(e.Sentence), e.Date, e.Day(), srcCode, srcCountry, tgtCode, tgtCountry,
		string(e.Action.Code), string(e.Action.Root), int32(e.Action.Quad), e.Action.Goldstein, e.Action.Plover,
		place, lat, lon, quantity, unit, item, int32(e.Mentions), e.Confidence, e.Text)
	return p.w.Write(r)
}

func (p *parquetWriter) close() error { return p.w.Close() }
