package main

import (
	"strings"
	"testing"
)

func TestReport(t *testing.T) {
	in := `{"Action":"run","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"pass","Package":"p","Test":"TestA","Elapsed":0}
{"Action":"run","Package":"p","Test":"TestB"}
{"Action":"output","Package":"p","Test":"TestB","Output":"    b_test.go:12: ../shared is absent (a fresh clone): skipping\n"}
{"Action":"output","Package":"p","Test":"TestB","Output":"--- SKIP: TestB (0.00s)\n"}
{"Action":"skip","Package":"p","Test":"TestB","Elapsed":0}
{"Action":"run","Package":"p","Test":"TestC"}
{"Action":"output","Package":"p","Test":"TestC","Output":"    c_test.go:3: got 1, want 2\n"}
{"Action":"fail","Package":"p","Test":"TestC","Elapsed":0}
{"Action":"fail","Package":"p","Elapsed":0.5}
{"Action":"skip","Package":"q"}
{"Action":"build-output","ImportPath":"r","Output":"r/x.go:1: syntax error\n"}
{"Action":"fail","Package":"r","Elapsed":0}
`
	var out strings.Builder
	r, err := report(strings.NewReader(in), &out)
	if err != nil {
		t.Fatal(err)
	}
	if r.passed != 1 || r.failed != 1 || r.skipped != 1 || r.failedPkgs != 1 {
		t.Errorf("counts %+v", r)
	}
	for _, want := range []string{"got 1, want 2", "FAIL\tp", "p TestB: ../shared is absent (a fresh clone): skipping",
		"[no test files]", "syntax error", "\n1 passed, 2 failed, 1 skipped\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
