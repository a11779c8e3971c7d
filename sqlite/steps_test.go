package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

// The statements with which EndLoad builds the deferred indexes are those
// that made them: a load leaves the schema as it found it.
func TestDeferredIndexes(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	schema := func() map[string]string {
		out := map[string]string{}
		rows, err := s.db.QueryContext(ctx, `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var name, stmt string
			rows.Scan(&name, &stmt)
			out[name] = stmt
		}
		return out
	}
	before := schema()
	for _, name := range deferred {
		if before[name] != indexes[name] {
			t.Errorf("index %s: the migrations make %q, EndLoad would make %q", name, before[name], indexes[name])
		}
	}
	if err := s.BeginLoad(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.EndLoad(ctx); err != nil {
		t.Fatal(err)
	}
	after := schema()
	for name, stmt := range before {
		if after[name] != stmt {
			t.Errorf("after a load, index %s is %q, want %q", name, after[name], stmt)
		}
	}
}

// A deferred step that is not one of the code's, as whoever can write the
// file may record, stops Open with an error and is never run.
func TestUnknownStep(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		`DROP INDEX events_day`,
		`INSERT INTO load_steps (step, arg) VALUES ('index', 'events_day')`,
		`INSERT INTO load_steps (step, arg) VALUES ('sql', 'DROP TABLE documents')`,
	} {
		if _, err := s.db.ExecContext(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	if s, err := Open(ctx, path); err == nil || dyad.ErrorCode(err) != dyad.EINTERNAL || !strings.Contains(err.Error(), `"sql"`) {
		if err == nil {
			s.Close()
		}
		t.Errorf("open with an unknown step: %v, want EINTERNAL naming it", err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var tables int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name IN ('documents', 'events_day')`).Scan(&tables); err != nil || tables != 1 {
		t.Errorf("documents and events_day: %d of them, %v; want documents alone (no step run)", tables, err)
	}
	for _, arg := range []string{"events_day; DROP TABLE documents", "sqlite_master"} {
		if _, err := stepSQL(stepIndex, arg); err == nil {
			t.Errorf("index %q: no error", arg)
		}
	}
	for _, arg := range []string{"1 OR 1", "-1", ""} {
		if _, err := stepSQL(stepFullText, arg); err == nil {
			t.Errorf("full text after %q: no error", arg)
		}
	}
}

// A load under way in a store of the schema before load_steps, whose
// load_deferred held statements, carries over: the next Open finishes it.
func TestLoadDeferredCarriesOver(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dyad.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := sqlq.Migrations(migrations)
	if err != nil {
		t.Fatal(err)
	}
	stmts := []string{`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY)`}
	for _, m := range ms {
		if m.Version <= 5 {
			stmts = append(stmts, m.SQL, fmt.Sprintf(`INSERT INTO schema_migrations VALUES (%d)`, m.Version))
		}
	}
	// the load as the earlier version recorded it: an index dropped, the
	// full-text entries of the events after rowid 0 owed
	stmts = append(stmts, `DROP INDEX events_doc`,
		`INSERT INTO load_deferred (sql) VALUES ('CREATE INDEX events_doc ON events (doc)')`,
		`INSERT INTO load_deferred (sql) VALUES ('INSERT INTO events_fts (rowid, text) SELECT rowid, text FROM events WHERE rowid > 0 AND text <> ''''')`)
	for _, stmt := range stmts {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	db.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM sqlite_schema WHERE name = 'events_doc') + (SELECT count(*) FROM load_steps)`).
		Scan(&n); err != nil || n != 1 {
		t.Errorf("after Open: events_doc and load steps %d, %v; want the index back and no step left", n, err)
	}
}
