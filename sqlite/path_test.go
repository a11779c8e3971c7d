package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// A path is a file's name, whatever characters it holds: not a URI whose
// "#" or "?" would cut it short, or whose "%xx" would be decoded.
func TestOddPaths(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"h#x.db", "q?mode=memory.db", "p%41.db", "sp ace.db"} {
		path := filepath.Join(dir, name)
		s, err := Open(context.Background(), path)
		if err != nil {
			t.Errorf("open %s: %v", name, err)
			continue
		}
		s.Close()
		if _, err := os.Stat(path); err != nil {
			entries, _ := os.ReadDir(dir)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Errorf("open %s: no such file after it (the directory holds %q)", name, names)
		}
	}
}
