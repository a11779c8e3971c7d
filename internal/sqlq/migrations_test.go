package sqlq

import (
	"testing"
	"testing/fstest"
)

func TestMigrations(t *testing.T) {
	ms, err := Migrations(fstest.MapFS{
		"migrations/010_later.sql": {Data: []byte("B")},
		"migrations/002_first.sql": {Data: []byte("A")},
		"migrations/README.md":     {Data: []byte("not a migration")},
		"other/001_elsewhere.sql":  {Data: []byte("C")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].Version != 2 || ms[0].SQL != "A" || ms[1].Version != 10 || ms[1].Name != "migrations/010_later.sql" {
		t.Errorf("Migrations = %+v, want versions 2 then 10", ms)
	}
	if _, err := Migrations(fstest.MapFS{"migrations/first.sql": {}}); err == nil {
		t.Error("a migration without a version was accepted")
	}
}
