// Command bench reproduces the performance figures of the README on data it
// generates: coding speed on one core, dictionary load time and memory.
//
//	go run ./bench [-sentences N]
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/coder"
	"github.com/dyadhq/dyad/internal/synth"
	"github.com/dyadhq/dyad/lexicon"
)

func main() {
	n := flag.Int("sentences", 200000, "how many synthetic sentences to code")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	fmt.Printf("machine: %s, %d cores, %s/%s, %s\n", cpuModel(), runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version())

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
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
