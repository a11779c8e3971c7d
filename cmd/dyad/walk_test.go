package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestIngestBadTree: one bad file does not stop a directory. A truncated
// zip, an ICEWS file without a column and a GDELT export whose first row
// is bad are reported; a FIFO is skipped, not waited on; a link to a
// directory above is not followed round; a row with a NaN is reported by
// its line; and the good files before and
// after them are stored.
func TestIngestBadTree(t *testing.T) {
	dir := t.TempDir()
	tree := filepath.Join(dir, "news")
	os.MkdirAll(filepath.Join(tree, "sub"), 0o755)
	write(t, tree, "a.txt", []byte("Russia condemned Japan on Monday, June 17, 2024."))
	write(t, filepath.Join(tree, "sub"), "z.txt", []byte("China criticized Australia on Tuesday, June 18, 2024."))
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	w, _ := zw.Create("x.export.CSV")
	w.Write(bytes.Repeat([]byte("1\t20240619\n"), 5000))
	zw.Close()
	write(t, tree, "m.zip", zbuf.Bytes()[:zbuf.Len()/2])
	write(t, tree, "n.tab", []byte("Event ID\tEvent Date\tSource Name\n1\t2024-06-19\tRussia\n"))
	gdelt := strings.Repeat("7\t", 59) + "7\n" + // 60 columns
		"1\t20240619\t202406\t2024\t2024.4658\tRUS\tRUSSIA\tRUS\t\t\t\t\t\t\t\tPRK\tNORTH KOREA\tPRK\t\t\t\t\t\t\t\t1\t042\t042\t04\t1\t1.9\t1\t1\t1\t0\t0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t20240619000000\thttps://example.org/1\n"
	nan := strings.Replace(strings.Replace(gdelt[strings.IndexByte(gdelt, '\n')+1:], "\t1.9\t", "\tNaN\t", 1), "1\t2024", "2\t2024", 1)
	write(t, tree, "o.export.CSV", []byte(gdelt+nan))
	if err := syscall.Mkfifo(filepath.Join(tree, "p.fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Symlink(dir, filepath.Join(tree, "sub", "loop"))
	os.Symlink(filepath.Join(tree, "a.txt"), filepath.Join(tree, "sub", "link.txt"))

	db := filepath.Join(dir, "dyad.db")
	done := make(chan struct{})
	var errs string
	var code int
	go func() {
		defer close(done)
		_, errs, code = run(t, "", "ingest", "--db", db, tree)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		t.Fatal("ingest did not finish in two minutes (waiting on the FIFO?)")
	}
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, errs)
	}
	for _, want := range []string{
		"m.zip: not a readable zip",
		`n.tab:1: not an ICEWS file: no "Source Sectors" column`,
		"o.export.CSV:1: 60 columns",
		`o.export.CSV:3: QuadClass "1" or GoldsteinScale "NaN"`,
		"o.export.CSV: 1 gdelt events read",
		"p.fifo: not a regular file (a FIFO, device or socket): skipped",
		"loop: a symbolic link to a directory, not followed: skipped",
		"sub/z.txt: 1 documents read",
		"sub/link.txt: 1 documents read",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	out, _, _ := run(t, "", "query", "--db", db)
	if !strings.Contains(out, `"code":"111"`) || !strings.Contains(out, "gdelt-1") {
		t.Errorf("the good files were not all stored:\n%s", out)
	}
}
