// Package dyad holds the domain of the dyad event coder: documents and their
// sentences, the event record that every stage produces and consumes, actor and
// event codes, and the error type.
//
// How the system fits together: text is split into sentences and tokens (package
// text); the coder (package coder) finds actors, actions, dates and places in each
// sentence using the knowledge of package lexicon and turns them into Event
// records, the one currency between stages, described in spec/EVENTS.md; the
// command in cmd/dyad wires these into a Unix-friendly CLI. Package eval scores
// the coder against human-coded gold sentences.
//
// This package does no I/O and imports only the standard library.
package dyad
