// Package ingest reads documents from the sources people have: plain text
// files and JSON Lines of documents. It reports bad input (invalid UTF-8,
// binary files, malformed lines) with the file and line, and goes on.
package ingest
