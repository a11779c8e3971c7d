// Package dyad turns news reporting on politics and conflict into political
// event data that people can check, measure and look at. This package holds
// the domain every other package speaks: Document (a report, with the
// sentences it was coded in), Event (who did what to whom, when, where, how
// much and which way, with the exact words each part came from), Actor, Action, Place and Quantity, the
// typed codes (EventCode, ActorCode), Filter and SeriesQuery, the
// interfaces of the two services (Coder and Store), and Error. It does no I/O
// and imports only the standard library.
//
// # How the system fits together
//
// Text comes in through package ingest, which reads plain text, JSON Lines
// of documents, RSS and Atom feeds and web pages (and imports GDELT and ICEWS
// exports as ready-made events), reporting bad input with file and line.
//
// A Coder turns each document into events. Package coder is dyad's own:
// package text splits sentences and tokens (with byte offsets) and lemmatizes;
// package lexicon loads the knowledge, plain-text dictionaries embedded in the
// binary (countries, organisations, groups, people with dated roles, role
// words, action patterns for every CAMEO code, the codebook with Goldstein
// values and PLOVER types, the gazetteer, units); the coder finds actors,
// matches actions, binds them to sources and targets, and dates, places and
// measures each event. Package petrarch is the other Coder: it reads
// TABARI/PETRARCH dictionaries and codes with their semantics, and runs
// PETRARCH's validation suite. Package eval scores any Coder against gold
// sentences. Package syntax tags and parses sentences into Universal
// Dependencies trees (subjects, objects, clauses, negation) with a model
// trained on the English Web Treebank and embedded; the coder does not read
// its parses yet.
//
// ingest.Writer is the one path from documents to a Store: it codes each
// document and stores documents and events in batched transactions, each
// document as the one version of its id, so that ingesting or re-coding a
// document again replaces its events rather than adding to them. A Store
// keeps documents, their sentences and events, de-duplicates the many reports
// of one event into clusters, and keeps daily rollups for series and sums
// by pair of countries for networks (Store.Pairs, from an index); it
// replaces and deletes documents with their events, keeping clusters and
// rollups right. Package
// sqlite is the embedded store (one file, pure Go), package postgres the
// shared one; both pass the conformance suite of package storetest.
//
// Analysts review stored events: a Judgement confirms, rejects or corrects
// an event, or adds one the coder missed, and the Store keeps every
// judgement and reads each event as the latest of its judgements says
// (Event.Review), leaving rejected ones out; judgements belong to their
// sentence and stay in force when a document is coded again. A Change is
// a reviewer's correction in codes, which a Resolver (the lexicon) turns
// into actors, actions and places.
//
// Package measure reads stored events and rollups: a pair's relations over
// time, alignments as a signed network (triads, balance, blocs), flows of
// goods with quantities and routes, and change points. Package parquet writes
// exports for data tools.
//
// Package http serves all of it as a JSON API with one envelope, and package
// ui the web pages (timelines, the alignment network, the map of events and
// flows, events one click from their sentence) built from ui/web and embedded.
// Package demo is the embedded demo corpus that "dyad serve" codes at
// start-up.
//
// The command in cmd/dyad wires these together: code, eval, ingest, recode,
// delete, query, export, actors, lexicon, dyad, network, flows, changes,
// serve, parse and review. Its Main takes a context (cancelled on SIGINT and
// SIGTERM), arguments and standard streams, and maps each error code to one
// exit status; tests drive it end to end.
//
// # Errors
//
// Every failure a user can act on is an *Error with a code (EINVALID,
// ENOTFOUND, ECONFLICT, EUNAUTHORIZED, EINTERNAL), a message, and the cause
// it wraps. The HTTP API maps codes to statuses in one table and the CLI to
// exit statuses in another.
package dyad
