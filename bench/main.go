// Command bench reproduces the performance figures of the README on data it
// generates: coding speed on one core, dictionary load time and memory, and
// the speed of tagging and parsing.
//
//	go run ./bench [-sentences N] [-parse N]
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/coder"
	"github.com/dyadhq/dyad/internal/machine"
	"github.com/dyadhq/dyad/internal/synth"
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/syntax"
	"github.com/dyadhq/dyad/text"
)

func main() {
	n := flag.Int("sentences", 200000, "how many synthetic sentences to code")
	parse := flag.Int("parse", 20000, "how many of them to tag and parse after (0: none)")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	fmt.Printf("machine: %s\n", machine.Describe())

	start := time.Now()
	lx, warnings, err := lexicon.Load()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	load := time.Since(start)
	fmt.Printf("dictionaries: loaded in %v (%d patterns, %d countries, %d malformed lines)\n",
		load.Round(time.Millisecond), len(lx.Patterns()), len(lx.CountryCodes()), len(warnings))

	docs := synth.Documents(synth.Sentences(*n), 10)
	c := coder.New(lx)
	events := 0
	start = time.Now()
	for i, d := range docs {
		events += len(c.Code(dyad.Document{ID: fmt.Sprint(i), Date: "2024-11-15", Text: d}))
	}
	el := time.Since(start)
	fmt.Printf("coding: %d sentences in %v on one core: %.0f sentences/s, %d events\n",
		*n, el.Round(time.Millisecond), float64(*n)/el.Seconds(), events)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("memory: %.0f MB obtained from the OS (heap in use %.0f MB)\n", float64(ms.Sys)/1e6, float64(ms.HeapInuse)/1e6)

	if *parse > 0 {
		if err := benchParse(*parse); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// benchParse tags and parses the first n synthetic sentences, tokenized by
// package text, on one core, after the coding figures.
func benchParse(n int) error {
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	m, err := syntax.Default()
	if err != nil {
		return err
	}
	load := time.Since(start)
	var sents [][]string
	words := 0
	for _, s := range synth.Sentences(n) {
		var ws []string
		for _, t := range text.Tokenize(s, 0) {
			ws = append(ws, t.Text)
		}
		sents = append(sents, ws)
		words += len(ws)
	}
	start = time.Now()
	for _, ws := range sents {
		m.Parse(ws)
	}
	el := time.Since(start)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	fmt.Printf("parsing: model decoded in %v (%.0f MB more obtained from the OS); %d sentences (%.1f words on average) tagged and parsed in %v on one core: %.0f sentences/s\n",
		load.Round(time.Millisecond), float64(after.Sys-before.Sys)/1e6, n, float64(words)/float64(n),
		el.Round(time.Millisecond), float64(n)/el.Seconds())
	return nil
}
