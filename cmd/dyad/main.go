// Command dyad turns news text into political event data, stores it, measures
// it and serves it.
//
//	dyad code    [--date D] [--format jsonl|tsv|geojson] [--explain] [FILE|-]...  code text into event records
//	dyad eval    [--brief] GOLD... | --petrarch RECORDS.xml                      score the coder on gold sentences
//	dyad ingest  [--db DB] [--date D] [--load] PATH...                          code and store documents; import GDELT, ICEWS
//	dyad recode  [--db DB] [--doc ID]... [doc filters] [--dict DIR]...          code stored documents again; report what changed
//	dyad delete  [--db DB] --doc ID... | [doc filters] | --all                 remove documents and their events
//	dyad query   [--db DB] [filters] [--unique] [--format table|jsonl|csv]       print stored events
//	dyad export  [--db DB] [filters] --format jsonl|csv|gdelt|parquet            write stored events for other tools
//	dyad actors  [--dict DIR] QUERY | --count                                   look up the actors the dictionaries know
//	dyad dyad    [--db DB] --source A --target B [--period P]                   a pair's relations over time
//	dyad network [--db DB] --from D --to D | --signed-edges F | evidence        alignments as a signed network
//	dyad flows   [--db DB] [filters] [--period P]                               quantities moved, by route
//	dyad changes [--db DB] --source A --target B | --series F                   where a series changes
//	dyad serve   [--db DB] [--addr A]                                           the HTTP API and web pages
//
// Every command that codes takes --dict DIR (dictionaries that add to the
// embedded ones) or --dict-format petrarch with --actors, --agents, --verbs
// and --discards (TABARI/PETRARCH dictionaries). DB is an SQLite file or a
// postgres:// URL. code, query and export write to standard output, or to
// FILE with -o FILE; Parquet, being binary, is not written to a terminal.
// Run "dyad help COMMAND" for the flags of each.
//
// Exit status: 0 on success, 1 for an internal failure, 2 for invalid input
// or usage, 3 when something named does not exist, 4 for a conflict with
// stored state, 5 when a write lacks its credentials.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
