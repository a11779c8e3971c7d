// Command dyad turns news text into political event data.
//
//	dyad code [--date YYYY-MM-DD] [--format jsonl|tsv] [--dict DIR]... [FILE|-]...
//	dyad eval [--dict DIR]... [--brief] GOLD...
//
// Run "dyad help" for every command.
package main

import (
	"context"
	"os"
)

func main() {
	os.Exit(Main(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
