package main

import (
	"context"
	"strconv"
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/parquet"
)

// flatColumns are an event as one flat row: the columns of the CSV and TSV
// exports, in this order, and of the Parquet export, by name. doc/EVENTS.md
// lists them, and TestFlatColumnsMatchSpec holds the two together. Scripts
// read CSV by position: new columns go at the end.
//
// An optional column is null in Parquet, and empty in CSV, where the record
// has no value: no target, no location, no quantity, an empty string, a
// mention count the store was not asked for. A required column always has
// one, so a zero there is a zero.
var flatColumns = []parquet.Column{
	{Name: "id", Type: parquet.String},
	{Name: "doc", Type: parquet.String},
	{Name: "sentence", Type: parquet.Int32},
	{Name: "date", Type: parquet.String},
	{Name: "source_code", Type: parquet.String, Optional: true},
	{Name: "source_country", Type: parquet.String, Optional: true},
	{Name: "source_text", Type: parquet.String, Optional: true},
	{Name: "target_code", Type: parquet.String, Optional: true},
	{Name: "target_country", Type: parquet.String, Optional: true},
	{Name: "target_text", Type: parquet.String, Optional: true},
	{Name: "code", Type: parquet.String},
	{Name: "root", Type: parquet.String},
	{Name: "quad", Type: parquet.Int32},
	{Name: "goldstein", Type: parquet.Double},
	{Name: "plover", Type: parquet.String, Optional: true},
	{Name: "action_text", Type: parquet.String, Optional: true},
	{Name: "confidence", Type: parquet.Double},
	{Name: "text", Type: parquet.String, Optional: true},
	{Name: "day", Type: parquet.String, Optional: true},
	{Name: "place", Type: parquet.String, Optional: true},
	{Name: "place_country", Type: parquet.String, Optional: true},
	{Name: "lat", Type: parquet.Double, Optional: true},
	{Name: "lon", Type: parquet.Double, Optional: true},
	{Name: "quantity", Type: parquet.Double, Optional: true},
	{Name: "unit", Type: parquet.String, Optional: true},
	{Name: "item", Type: parquet.String, Optional: true},
	{Name: "mentions", Type: parquet.Int32, Optional: true},
	{Name: "doc_url", Type: parquet.String, Optional: true},
	{Name: "doc_source", Type: parquet.String, Optional: true},
}

// flatHeader is the header row of the CSV and TSV exports.
var flatHeader = func() []string {
	h := make([]string, len(flatColumns))
	for i, c := range flatColumns {
		h[i] = c.Name
	}
	return h
}()

// docInfo is what a flat row shows of the event's document.
type docInfo struct{ url, source string }

// flatRow appends to r the values of e and its document d in the order of
// flatColumns: a string, int32 or float64, or nil where an optional column
// has no value.
func flatRow(r []any, e *dyad.Event, d docInfo) []any {
	actor := func(a *dyad.Actor) (code, country, text any) {
		if a == nil {
			return nil, nil, nil
		}
		return string(a.Code), a.Country, a.Text
	}
	sc, sco, st := actor(e.Source)
	tc, tco, tt := actor(e.Target)
	var place, country, lat, lon any
	if l := e.Location; l != nil {
		place, country, lat, lon = l.Name, l.Country, l.Lat, l.Lon
	}
	var value, unit, item any
	if q := e.Quantity; q != nil {
		value, unit, item = q.Value, q.Unit, q.Item
	}
	var mentions any
	if e.Mentions > 0 {
		mentions = int32(e.Mentions)
	}
	base := len(r)
	r = append(r, e.ID, e.Doc, int32(e.Sentence), e.Date, sc, sco, st, tc, tco, tt,
		string(e.Action.Code), string(e.Action.Root), int32(e.Action.Quad), e.Action.Goldstein, e.Action.Plover,
		e.Action.Text, e.Confidence, e.Text, e.Day(), place, country, lat, lon, value, unit, item, mentions,
		d.url, d.source)
	for i, c := range flatColumns {
		if s, ok := r[base+i].(string); ok && s == "" && c.Optional {
			r[base+i] = nil
		}
	}
	return r
}

// flatStrings is a flat row as the fields of a CSV or TSV line: nulls
// empty, numbers as JSON writes them.
func flatStrings(e *dyad.Event, d docInfo) []string {
	r := flatRow(make([]any, 0, len(flatColumns)), e, d)
	f := make([]string, len(r))
	for i, v := range r {
		switch v := v.(type) {
		case string:
			f[i] = v
		case int32:
			f[i] = strconv.Itoa(int(v))
		case float64:
			f[i] = strconv.FormatFloat(v, 'f', -1, 64)
		}
	}
	return f
}

// docCache finds the documents of events in a store, once per document:
// an export's events come ordered by day, and a document's events cluster
// there. It holds at most maxDocs documents' URL and source.
type docCache struct {
	ctx   context.Context
	store dyad.Store
	docs  map[string]docInfo
}

const maxDocs = 1 << 14

// get returns what flat rows show of the document id. An imported event
// (GDELT, ICEWS) has no stored document: when its document id is the
// report's URL, as GDELT's SOURCEURL becomes, that is its URL.
func (c *docCache) get(id string) (docInfo, error) {
	if d, ok := c.docs[id]; ok {
		return d, nil
	}
	if c.docs == nil || len(c.docs) >= maxDocs {
		c.docs = make(map[string]docInfo)
	}
	var d docInfo
	doc, err := c.store.Document(c.ctx, id)
	switch {
	case err == nil:
		d = docInfo{url: doc.URL, source: doc.Source}
	case dyad.ErrorCode(err) != dyad.ENOTFOUND:
		return d, err
	case strings.HasPrefix(id, "https://") || strings.HasPrefix(id, "http://"):
		d.url = id
	}
	c.docs[id] = d
	return d, nil
}
