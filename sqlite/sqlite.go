// Package sqlite is dyad's embedded store: one file, pure Go
// (modernc.org/sqlite, no cgo), full-text search with FTS5, and daily rollups
// kept current at ingest. It implements dyad.Store and passes the
// conformance suite of package storetest.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a dyad.Store in one SQLite file.
type Store struct {
	db *sql.DB
}

var _ dyad.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and applies the
// migrations it lacks. ":memory:" gives a private in-memory database.
func Open(ctx context.Context, path string) (*Store, error) {
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)" +
		"&_pragma=foreign_keys(ON)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-65536)"
	if path == ":memory:" {
		dsn = "file::memory:?_pragma=foreign_keys(ON)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1) // one writer; SQLite serialises anyway, and :memory: must stay one database
	s := &Store{db: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// migrate applies the embedded migrations in order, each once.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return err
	}
	ms, err := sqlq.Migrations(migrations)
	if err != nil {
		return err
	}
	for _, m := range ms {
		var done int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&done); err != nil {
			return err
		}
		if done > 0 {
			continue
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version) VALUES (?)`, m.Version); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Add implements dyad.Store. Events go through a staging table in
// multi-row inserts; the new ones (not yet stored, first of their id in the
// batch) are then rolled up, stored and indexed for full text with one
// statement each, which is what makes bulk loads fast in SQLite.
func (s *Store) Add(ctx context.Context, docs []dyad.Document, events []dyad.Event) (dyad.Added, error) {
	var added dyad.Added
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return added, fmt.Errorf("add: %w", err)
	}
	defer tx.Rollback()
	docStmt, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO documents (id, date, title, url, source, text) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return added, fmt.Errorf("add: %w", err)
	}
	sentStmt, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO sentences (doc, idx, start, "end") VALUES (?, ?, ?, ?)`)
	if err != nil {
		return added, fmt.Errorf("add: %w", err)
	}
	for _, d := range docs {
		res, err := docStmt.ExecContext(ctx, d.ID, d.Date, d.Title, d.URL, d.Source, d.Text)
		if err != nil {
			return added, fmt.Errorf("add document %s: %w", d.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			added.Documents++
			for i, sp := range d.Sentences {
				if _, err := sentStmt.ExecContext(ctx, d.ID, i, sp[0], sp[1]); err != nil {
					return added, fmt.Errorf("add document %s: sentence %d: %w", d.ID, i, err)
				}
			}
		}
	}
	if len(events) > 0 {
		n, err := addEvents(ctx, tx, events)
		if err != nil {
			return dyad.Added{}, err
		}
		added.Events = n
	}
	if err := tx.Commit(); err != nil {
		return dyad.Added{}, fmt.Errorf("add: %w", err)
	}
	return added, nil
}

// eventColumns are the columns of events (and of the staging table).
const eventColumns = `id, doc, sentence, date, day, src_key, src_code, tgt_key, tgt_code, code, quad, goldstein,
	place, place_country, text, record`

// rowsPerInsert is how many events one INSERT statement carries (16 columns
// each, under SQLite's limit of 32,766 parameters).
const rowsPerInsert = 500

func addEvents(ctx context.Context, tx *sql.Tx, events []dyad.Event) (int, error) {
	if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE IF NOT EXISTS stage (
		id TEXT PRIMARY KEY, doc TEXT, sentence INTEGER, date TEXT, day TEXT, src_key TEXT, src_code TEXT,
		tgt_key TEXT, tgt_code TEXT, code TEXT, quad INTEGER, goldstein REAL, place TEXT, place_country TEXT,
		text TEXT, record TEXT, cluster TEXT NOT NULL DEFAULT '');
		CREATE TEMP TABLE IF NOT EXISTS clus (id TEXT PRIMARY KEY, cluster TEXT)`); err != nil {
		return 0, fmt.Errorf("add events: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM stage`); err != nil {
		return 0, fmt.Errorf("add events: %w", err)
	}
	args := make([]any, 0, 16*rowsPerInsert)
	for start := 0; start < len(events); start += rowsPerInsert {
		batch := events[start:min(start+rowsPerInsert, len(events))]
		args = args[:0]
		for i := range batch {
			e := &batch[i]
			r := row(e)
			rec, err := json.Marshal(e)
			if err != nil {
				return 0, fmt.Errorf("add event %s: %w", e.ID, err)
			}
			args = append(args, e.ID, e.Doc, e.Sentence, e.Date, r.day, r.srcKey, r.srcCode, r.tgtKey, r.tgtCode,
				string(e.Action.Code), e.Action.Quad, e.Action.Goldstein, r.place, r.placeCountry, e.Text, rec)
		}
		q := `INSERT OR IGNORE INTO stage (` + eventColumns + `) VALUES ` +
			strings.TrimSuffix(strings.Repeat(`(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?),`, len(batch)), ",")
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return 0, fmt.Errorf("add events: %w", err)
		}
	}
	var before int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) FROM events`).Scan(&before); err != nil {
		return 0, fmt.Errorf("add events: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM stage WHERE id IN (SELECT id FROM events)`); err != nil {
		return 0, fmt.Errorf("add events: %w", err)
	}
	if err := cluster(ctx, tx); err != nil {
		return 0, fmt.Errorf("add events: cluster: %w", err)
	}
	steps := []struct {
		q    string
		args []any
	}{
		{`INSERT INTO rollup_day (day, src_key, tgt_key, code, quad, n, goldstein)
			SELECT day, src_key, tgt_key, code, quad, count(*), sum(goldstein) FROM stage
			GROUP BY day, src_key, tgt_key, code, quad
			ON CONFLICT (src_key, tgt_key, day, code) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein`, nil},
		{`INSERT INTO events (` + eventColumns + `, cluster) SELECT ` + eventColumns + `, cluster FROM stage ORDER BY rowid`, nil},
		{`INSERT INTO events_fts (rowid, text) SELECT rowid, text FROM events WHERE rowid > ? AND text <> ''`, []any{before}},
	}
	for _, st := range steps {
		if _, err := tx.ExecContext(ctx, st.q, st.args...); err != nil {
			return 0, fmt.Errorf("add events: %w", err)
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM stage`).Scan(&n); err != nil {
		return 0, fmt.Errorf("add events: %w", err)
	}
	return n, nil
}

// cluster assigns the staged events to clusters of reports of one event
// (sqlq.Cluster): stored founders near them first, then each other.
func cluster(ctx context.Context, tx *sql.Tx) error {
	var reports []sqlq.Report
	read := func(q string, args ...any) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		reports, err = sqlq.ScanReports(rows, reports)
		return err
	}
	// stored founders near the batch: the same dyad and family, days within
	// the window of a staged event (an indexed range per staged event)
	window := strconv.Itoa(sqlq.Window)
	if err := read(`SELECT f.id, f.src_key, f.tgt_key, substr(f.code, 1, 2), f.day,
			CASE WHEN f.place_country <> '' THEN f.place_country ELSE f.place END
		FROM events f WHERE f.rowid IN (
			SELECT f2.rowid FROM stage s JOIN events f2 ON f2.src_key = s.src_key AND f2.tgt_key = s.tgt_key
				AND f2.day BETWEEN date(s.day, '-` + window + ` days') AND date(s.day, '+` + window + ` days')
			WHERE f2.cluster = f2.id AND substr(f2.code, 1, 2) = substr(s.code, 1, 2) AND s.src_key <> '')
		ORDER BY f.rowid`); err != nil {
		return err
	}
	stored := len(reports)
	if err := read(`SELECT id, src_key, tgt_key, substr(code, 1, 2), day, CASE WHEN place_country <> '' THEN place_country ELSE place END FROM stage ORDER BY rowid`); err != nil {
		return err
	}
	clusters := sqlq.Cluster(reports)
	if _, err := tx.ExecContext(ctx, `DELETE FROM clus`); err != nil {
		return err
	}
	fresh := reports[stored:]
	for start := 0; start < len(fresh); start += rowsPerInsert {
		batch := fresh[start:min(start+rowsPerInsert, len(fresh))]
		args := make([]any, 0, 2*len(batch))
		for _, r := range batch {
			args = append(args, r.ID, clusters[r.ID])
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO clus (id, cluster) VALUES `+
			strings.TrimSuffix(strings.Repeat(`(?,?),`, len(batch)), ","), args...); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, `UPDATE stage SET cluster = clus.cluster FROM clus WHERE clus.id = stage.id`)
	return err
}

// cols are an event's indexed columns.
type cols struct {
	day, srcKey, srcCode, tgtKey, tgtCode, place, placeCountry string
}

func row(e *dyad.Event) cols {
	c := cols{day: e.Day(), srcKey: e.Source.Key()}
	if e.Source != nil {
		c.srcCode = string(e.Source.Code)
	}
	if e.Target != nil {
		c.tgtKey, c.tgtCode = e.Target.Key(), string(e.Target.Code)
	}
	if e.Location != nil {
		c.place, c.placeCountry = e.Location.Name, e.Location.Country
	}
	return c
}

// Events implements dyad.Store.
func (s *Store) Events(ctx context.Context, f dyad.Filter, fn func(*dyad.Event) error) error {
	where, args := sqlq.Where(f, func(int) string { return "?" })
	q := `SELECT record, 0 FROM events WHERE ` + where
	if f.Unique {
		q = `SELECT record, (SELECT count(*) FROM events m WHERE m.cluster = events.id) FROM events WHERE cluster = id AND ` + where
	}
	if f.Text != "" {
		q += ` AND rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`
		args = append(args, ftsQuery(f.Text))
	}
	q += ` ORDER BY day, id`
	if f.Limit > 0 || f.Offset > 0 {
		limit := f.Limit
		if limit <= 0 {
			limit = -1
		}
		q += ` LIMIT ? OFFSET ?`
		args = append(args, limit, f.Offset)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("query events: %w", err)
	}
	defer rows.Close()
	return sqlq.ScanEvents(rows, fn)
}

// ftsQuery turns words into an FTS5 query that needs all of them, each
// quoted so that punctuation in the user's words cannot break the syntax.
func ftsQuery(words string) string {
	var parts []string
	for _, w := range strings.Fields(words) {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}

// Document implements dyad.Store.
func (s *Store) Document(ctx context.Context, id string) (*dyad.Document, error) {
	var d dyad.Document
	err := s.db.QueryRowContext(ctx, `SELECT id, date, title, url, source, text FROM documents WHERE id = ?`, id).
		Scan(&d.ID, &d.Date, &d.Title, &d.URL, &d.Source, &d.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dyad.Errorf(dyad.ENOTFOUND, "document %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT start, "end" FROM sentences WHERE doc = ? ORDER BY idx`, id)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var sp dyad.Span
		if err := rows.Scan(&sp[0], &sp[1]); err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		d.Sentences = append(d.Sentences, sp)
	}
	return &d, rows.Err()
}

// Series implements dyad.Store.
func (s *Store) Series(ctx context.Context, q dyad.SeriesQuery) ([]dyad.Bucket, error) {
	n, ok := sqlq.PeriodLen(q.Period)
	if !ok {
		return nil, dyad.Errorf(dyad.EINVALID, "period %q: want day, month or year", q.Period)
	}
	where, args := sqlq.Series(q, func(int) string { return "?" })
	rows, err := s.db.QueryContext(ctx, `SELECT substr(day, 1, `+strconv.Itoa(n)+`) AS p, quad, sum(n), sum(goldstein)
		FROM rollup_day WHERE `+where+` GROUP BY p, quad ORDER BY p`, args...)
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	defer rows.Close()
	return sqlq.Buckets(rows)
}
