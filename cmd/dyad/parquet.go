package main

import (
	"io"

	"github.com/parquet-go/parquet-go"

	"github.com/dyadhq/dyad"
)

// parquetRow is an event as a flat Parquet row: the columns analysts filter
// and aggregate on, with the full record as JSON beside them.
type parquetRow struct {
	ID            string  `parquet:"id"`
	Doc           string  `parquet:"doc"`
	Sentence      int32   `parquet:"sentence"`
	Date          string  `parquet:"date"`
	Day           string  `parquet:"day"`
	SourceCode    string  `parquet:"source_code"`
	SourceCountry string  `parquet:"source_country"`
	TargetCode    string  `parquet:"target_code"`
	TargetCountry string  `parquet:"target_country"`
	Code          string  `parquet:"code"`
	Root          string  `parquet:"root"`
	Quad          int32   `parquet:"quad"`
	Goldstein     float64 `parquet:"goldstein"`
	Plover        string  `parquet:"plover"`
	Place         string  `parquet:"place"`
	Lat           float64 `parquet:"lat"`
	Lon           float64 `parquet:"lon"`
	Quantity      float64 `parquet:"quantity"`
	Unit          string  `parquet:"unit"`
	Item          string  `parquet:"item"`
	Mentions      int32   `parquet:"mentions"`
	Confidence    float64 `parquet:"confidence"`
	Text          string  `parquet:"text"`
}

// parquetWriter writes events as one Parquet file (Snappy-compressed column
// chunks), for R, Python, DuckDB and Spark.
type parquetWriter struct {
	w *parquet.GenericWriter[parquetRow]
}

func newParquetWriter(out io.Writer) *parquetWriter {
	return &parquetWriter{w: parquet.NewGenericWriter[parquetRow](out, parquet.Compression(&parquet.Snappy))}
}

func (p *parquetWriter) write(e *dyad.Event) error {
	r := parquetRow{ID: e.ID, Doc: e.Doc, Sentence: int32(e.Sentence), Date: e.Date, Day: e.Day(),
		Code: string(e.Action.Code), Root: string(e.Action.Root), Quad: int32(e.Action.Quad),
		Goldstein: e.Action.Goldstein, Plover: e.Action.Plover, Mentions: int32(e.Mentions),
		Confidence: e.Confidence, Text: e.Text}
	if e.Source != nil {
		r.SourceCode, r.SourceCountry = string(e.Source.Code), e.Source.Country
	}
	if e.Target != nil {
		r.TargetCode, r.TargetCountry = string(e.Target.Code), e.Target.Country
	}
	if l := e.Location; l != nil {
		r.Place, r.Lat, r.Lon = l.Name, l.Lat, l.Lon
	}
	if q := e.Quantity; q != nil {
		r.Quantity, r.Unit, r.Item = q.Value, q.Unit, q.Item
	}
	_, err := p.w.Write([]parquetRow{r})
	return err
}

func (p *parquetWriter) close() error { return p.w.Close() }
