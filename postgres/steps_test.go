package postgres

import (
	"context"
	"fmt"
	"maps"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

// schema returns the definitions of the indexes and constraints of the
// store's schema, by name.
func schema(t *testing.T, s *Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	rows, err := s.pool.Query(ctx, `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
		UNION ALL SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace`)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			t.Fatal(err)
		}
		out[name] = def
	}
	return out
}

// The statements with which EndLoad builds what load mode dropped are
// those that made it: a load leaves the schema as it found it.
func TestDeferredIndexes(t *testing.T) {
	ctx := context.Background()
	s := open(t, testDSN(t))
	defer s.Close()
	before := schema(t, s)
	if err := s.BeginLoad(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.EndLoad(ctx); err != nil {
		t.Fatal(err)
	}
	if after := schema(t, s); !maps.Equal(before, after) {
		t.Errorf("after a load the schema's indexes and constraints are\n%v\nwant\n%v", after, before)
	}
}

// A deferred step that is not one of the code's, as whoever can write the
// schema may record, stops Open with an error and is never run.
func TestUnknownStep(t *testing.T) {
	ctx := context.Background()
	dsn := testDSN(t)
	s := open(t, dsn)
	for _, stmt := range []string{
		`DROP INDEX events_day`,
		`INSERT INTO load_steps (step, arg) VALUES ('index', 'events_day')`,
		`INSERT INTO load_steps (step, arg) VALUES ('sql', 'DROP TABLE documents')`,
	} {
		if _, err := s.pool.Exec(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	if s, err := Open(ctx, dsn); err == nil || dyad.ErrorCode(err) != dyad.EINTERNAL || !strings.Contains(err.Error(), `"sql"`) {
		if err == nil {
			s.Close()
		}
		t.Errorf("open with an unknown step: %v, want EINTERNAL naming it", err)
	}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'documents')
		+ (SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'events_day')`).Scan(&n); err != nil || n != 1 {
		t.Errorf("documents and events_day: %d of them, %v; want documents alone (no step run)", n, err)
	}
	for _, st := range [][2]string{{stepIndex, "events_day; DROP TABLE documents"}, {stepRollups, "x"}, {"", ""}} {
		if _, err := stepSQL(st[0], st[1]); err == nil {
			t.Errorf("step %q %q: no error", st[0], st[1])
		}
	}
}

// A load under way in a schema from before load_steps, whose load_deferred
// held statements, carries over: the next Open finishes it.
func TestLoadDeferredCarriesOver(t *testing.T) {
	ctx := context.Background()
	dsn := testDSN(t)
	conn, err := pgx.Connect(ctx, dsn)
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
	// the load as the earlier version recorded it
	stmts = append(stmts, `DROP INDEX events_doc`, `DROP INDEX rollup_day_day`, `ALTER TABLE rollup_day DROP CONSTRAINT rollup_day_pkey`,
		`INSERT INTO load_deferred (sql) VALUES ('CREATE INDEX events_doc ON `+"events"+` USING btree (doc)'), ('SET LOCAL work_mem = ''256MB'''),
			('TRUNCATE rollup_day'), ('INSERT INTO rollup_day (src_key, tgt_key, day, code, quad, n, goldstein) SELECT 1'),
			('ALTER TABLE rollup_day ADD CONSTRAINT rollup_day_pkey PRIMARY KEY (src_key, tgt_key, day, code)'),
			('CREATE INDEX rollup_day_day ON rollup_day USING btree (day)')`)
	for _, stmt := range stmts {
		if _, err := conn.Exec(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	conn.Close(ctx)
	s := open(t, dsn)
	defer s.Close()
	got := schema(t, s)
	for _, name := range []string{"events_doc", "rollup_day_day", "rollup_day_pkey"} {
		if got[name] == "" {
			t.Errorf("after Open, %s is missing", name)
		}
	}
	var left int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM load_steps`).Scan(&left); err != nil || left != 0 {
		t.Errorf("after Open, %d load steps left, %v", left, err)
	}
}
