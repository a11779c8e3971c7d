// Package ingest reads what people bring to dyad and writes it to a store.
//
// Readers, each reporting bad input (invalid UTF-8, binary content,
// malformed lines and rows) as a *Problem with the file and line, skipping
// it, and going on:
//
//   - Reader.Read: plain text (one document a file) and JSON Lines of
//     documents {"id","date","text"} with optional title, url and source;
//   - Reader.ReadFeed: RSS and Atom feeds, one document an item;
//   - Reader.ReadHTML: a web page's main text (go-readability);
//   - ReadGDELT: GDELT 1.0 (57 or 58 columns) and 2.0 (61 columns) event
//     exports, plain or zipped, as ready-made events;
//   - ReadICEWS: ICEWS .tab event files, as ready-made events.
//
// No piece of input is read without a bound: a document (Reader.MaxDocument,
// DefaultMaxDocument), a web page's elements (MaxElements), a row of a
// GDELT or ICEWS file (MaxLine) and a zip read from a stream (MaxZip) over
// its bound is reported and skipped, and a binary file is refused from its
// first bytes. A file that is not what it
// claims (a truncated zip, an ICEWS file without a column) is reported, not
// returned as an error, so that a caller reading many goes on.
//
// Detect tells which reader a file needs from its name and first bytes;
// FileID identifies the document a file holds by its path, so that a new
// version of the file replaces it, and ContentID a document that brings no
// id of its own. FindDate finds the date a text states (its dateline or
// first full date), with which a Reader dates documents that come without
// one. WriteGDELT writes an event as a GDELT 2.0 row, which ReadGDELT reads
// back; GDELT's geography columns name countries by FIPS 10-4 codes, which
// fips.tsv maps to and from the ISO codes of dyad's records.
//
// Writer is the one path from documents to a store: it codes each document
// with a dyad.Coder and stores documents and events in batched
// transactions, each document as the one version of its id, and tallies
// what a new coding changed.
package ingest
