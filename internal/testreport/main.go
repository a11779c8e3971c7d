// Command testreport reads the JSON events of "go test -json" on standard
// input and writes what a person reads: each package's result, the output of
// every failing test, and, at the end, every skipped test with the reason it
// gave, then one closing line "N passed, N failed, N skipped". A green run
// thus shows what it covered and what it did not. It exits 1 when a test or
// a package failed.
//
//	go test -json ./... | go run ./internal/testreport
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// event is one line of go test -json (cmd/test2json).
type event struct {
	Action  string
	Package string
	Test    string
	Elapsed float64
	Output  string
}

type result struct {
	passed, failed, skipped int
	skips                   []string // "pkg TestName: reason"
	failedPkgs              int      // packages that failed with no failing test: a build failure, a panic in TestMain
}

func main() {
	r, err := report(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testreport:", err)
		os.Exit(2)
	}
	if r.failed > 0 || r.failedPkgs > 0 {
		os.Exit(1)
	}
}

func report(in io.Reader, out io.Writer) (*result, error) {
	res := &result{}
	output := map[string][]string{} // package + test → its output lines
	testFailed := map[string]bool{} // packages with a failing test
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if err := json.Unmarshal(line, &e); err != nil || e.Action == "" {
			fmt.Fprintln(out, string(line)) // build errors and other plain lines
			continue
		}
		key := e.Package + " " + e.Test
		switch e.Action {
		case "output", "build-output":
			output[key] = append(output[key], e.Output)
			if e.Test == "" && e.Action == "build-output" {
				fmt.Fprint(out, e.Output)
			}
		case "pass":
			if e.Test == "" {
				fmt.Fprintf(out, "ok  \t%s\t%.3fs\n", e.Package, e.Elapsed)
			} else {
				res.passed++
			}
			delete(output, key)
		case "fail":
			if e.Test == "" {
				if !testFailed[e.Package] {
					res.failedPkgs++
				}
				for _, l := range output[key] {
					if !strings.HasPrefix(l, "=== ") {
						fmt.Fprint(out, l)
					}
				}
				fmt.Fprintf(out, "FAIL\t%s\t%.3fs\n", e.Package, e.Elapsed)
			} else {
				res.failed++
				testFailed[e.Package] = true
				for _, l := range output[key] {
					fmt.Fprint(out, l)
				}
			}
			delete(output, key)
		case "skip":
			if e.Test == "" {
				fmt.Fprintf(out, "?   \t%s\t[no test files]\n", e.Package)
				continue
			}
			res.skipped++
			res.skips = append(res.skips, fmt.Sprintf("%s %s: %s", strings.TrimPrefix(e.Package, "github.com/dyadhq/dyad/"), e.Test, reason(output[key])))
			delete(output, key)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	sort.Strings(res.skips)
	if len(res.skips) > 0 {
		fmt.Fprintf(out, "\nSkipped (%d), with the reason each gave:\n", len(res.skips))
		for _, s := range res.skips {
			fmt.Fprintln(out, "  "+s)
		}
	}
	fmt.Fprintf(out, "\n%d passed, %d failed, %d skipped\n", res.passed, res.failed+res.failedPkgs, res.skipped)
	return res, nil
}

// reason is what a skipped test said: its log lines, without the framing
// lines of the test runner.
func reason(lines []string) string {
	var parts []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- SKIP") {
			continue
		}
		// "file_test.go:18: message": keep the message
		if i := strings.Index(t, ".go:"); i >= 0 {
			if j := strings.Index(t[i+4:], ": "); j >= 0 {
				t = t[i+4+j+2:]
			}
		}
		parts = append(parts, t)
	}
	if len(parts) == 0 {
		return "(no reason given)"
	}
	return strings.Join(parts, " / ")
}
