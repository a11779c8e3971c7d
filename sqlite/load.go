package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strconv"

	"github.com/dyadhq/dyad"
)

// deferred are the indexes that load mode drops and EndLoad builds again:
// every index that neither idempotence (the primary keys) nor clustering
// (events_dyad) needs while events are added.
var deferred = []string{"events_day", "events_pairs", "events_quantity", "events_doc", "events_cluster", "rollup_day_day"}

// indexes are the statements that build the deferred indexes, as the
// migrations create them: load mode records which to build by name, and
// EndLoad runs these, never SQL read from the database.
var indexes = map[string]string{
	"events_day": `CREATE INDEX events_day ON events (day, id)`,
	// the measures' partial indexes, as migration 019 makes them
	"events_pairs": `CREATE INDEX events_pairs ON events (day, src_key, tgt_key, goldstein)
    WHERE cluster = id AND review <> 'rejected' AND src_key <> tgt_key AND countries = 1`,
	"events_quantity": `CREATE INDEX events_quantity ON events (day, id) WHERE quantity = 1`,
	"events_doc":      `CREATE INDEX events_doc ON events (doc)`,
	"events_cluster":  `CREATE INDEX events_cluster ON events (cluster)`,
	"rollup_day_day":  `CREATE INDEX rollup_day_day ON rollup_day (day)`,
}

// The steps of work that load mode defers, as the table load_steps names
// them.
const (
	stepIndex    = "index"    // build the index named by the argument
	stepFullText = "fulltext" // make the full-text entries of the events after the rowid the argument gives
)

// stepSQL returns the statement of a deferred step; EINTERNAL for a step
// or an argument that is not one of the code's.
func stepSQL(step, arg string) (string, error) {
	switch step {
	case stepIndex:
		if stmt, ok := indexes[arg]; ok {
			return stmt, nil
		}
	case stepFullText:
		if since, err := strconv.ParseInt(arg, 10, 64); err == nil && since >= 0 {
			return fmt.Sprintf(ftsOwed, since), nil
		}
	}
	return "", dyad.Errorf(dyad.EINTERNAL, "deferred step %q (%.100q) is not one this version of dyad knows: not run", step, arg)
}

// loadCheckpoint is how many pages the write-ahead log may grow to in load
// mode before its pages are copied into the database (SQLite's default is
// 1,000). The pages that consecutive transactions of a load write again and
// again (the newest leaves of every B-tree) are then copied once, not once
// a transaction; the log grows to about 400 MB between copies, and EndLoad
// empties it.
const loadCheckpoint = 100_000

// BeginLoad implements dyad.Loader. It takes the load lock, which it holds
// until EndLoad or Close, so that another process can tell a load under way
// from one whose process died (on Unix, an flock on the file beside the
// database named like it with "-load" appended); a second process's
// BeginLoad on the same file meanwhile fails with ECONFLICT. It drops the
// deferred indexes and records, as named steps (load_steps), the
// work EndLoad owes: their creation, and the full-text entries of the
// events stored from now on, unless a dead process's load is still
// unfinished, which this one then carries on.
func (s *Store) BeginLoad(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.unlock != nil {
		return nil
	}
	unlock, ok, err := s.lockLoad()
	if err != nil {
		return fmt.Errorf("begin load: %w", err)
	}
	if !ok {
		return dyad.Errorf(dyad.ECONFLICT, "begin load: another process is loading into %s", s.path)
	}
	if err := s.beginLoad(ctx); err != nil {
		unlock()
		return fmt.Errorf("begin load: %w", err)
	}
	s.unlock = unlock
	return nil
}

// lockLoad takes the load lock; a private in-memory database needs none.
func (s *Store) lockLoad() (release func(), ok bool, err error) {
	if s.path == "" {
		return func() {}, true, nil
	}
	return lockLoad(s.path)
}

func (s *Store) beginLoad(ctx context.Context) error {
	tx, err := s.write(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var loading bool
	var since int64
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM load_steps), coalesce((SELECT max(rowid) FROM events), 0)`).
		Scan(&loading, &since); err != nil {
		return err
	}
	if loading {
		return nil
	}
	for _, name := range deferred {
		if err := owe(ctx, tx, stepIndex, name); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DROP INDEX `+name); err != nil {
			return err
		}
	}
	if err := owe(ctx, tx, stepFullText, strconv.FormatInt(since, 10)); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	return nil
}

// ftsOwed is the statement that makes the full-text entries of the events
// stored since a load began, after the rowid it formats.
const ftsOwed = `INSERT INTO events_fts (rowid, text) SELECT rowid, text FROM events WHERE rowid > %d AND text <> ''`

// load is the state of load mode as a transaction sees it: whether the
// store is in it, and the last rowid whose full-text entry is made (every
// rowid outside load mode; those up to where the load began in it).
type load struct {
	loading bool
	since   int64
}

func loadState(ctx context.Context, tx *sql.Tx) (load, error) {
	ls := load{since: math.MaxInt64}
	rows, err := tx.QueryContext(ctx, `SELECT step, arg FROM load_steps`)
	if err != nil {
		return ls, err
	}
	defer rows.Close()
	for rows.Next() {
		var step, arg string
		if err := rows.Scan(&step, &arg); err != nil {
			return ls, err
		}
		ls.loading = true
		if step == stepFullText {
			if ls.since, err = strconv.ParseInt(arg, 10, 64); err != nil {
				return ls, fmt.Errorf("deferred full text after %q: %w", arg, err)
			}
		}
	}
	return ls, rows.Err()
}

func owe(ctx context.Context, tx *sql.Tx, step, arg string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO load_steps (step, arg) VALUES (?, ?)`, step, arg)
	return err
}

// EndLoad implements dyad.Loader: it runs the deferred steps in the order
// they were recorded, each as the statement the code has for it (a step it
// does not know stops it with EINTERNAL before any runs), all in one
// transaction, so that a process killed
// here leaves the store in load mode for the next Open to finish, and
// releases the load lock. Called by a Store that is not loading, it
// finishes the load of a process that died, and leaves alone one whose
// process holds the lock.
func (s *Store) EndLoad(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	unlock := s.unlock
	if unlock == nil {
		var loading bool
		if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM load_steps)`).Scan(&loading); err != nil {
			return fmt.Errorf("end load: %w", err)
		}
		if !loading {
			return nil
		}
		var ok bool
		var err error
		if unlock, ok, err = s.lockLoad(); err != nil {
			return fmt.Errorf("end load: %w", err)
		}
		if !ok {
			return nil
		}
	}
	s.unlock = nil
	defer unlock()
	return s.endLoad(ctx)
}

func (s *Store) endLoad(ctx context.Context) error {
	tx, err := s.write(ctx)
	if err != nil {
		return fmt.Errorf("end load: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT step, arg FROM load_steps ORDER BY seq`)
	if err != nil {
		return fmt.Errorf("end load: %w", err)
	}
	// every step is checked before any is run
	var stmts []string
	for rows.Next() {
		var step, arg string
		if err := rows.Scan(&step, &arg); err != nil {
			rows.Close()
			return fmt.Errorf("end load: %w", err)
		}
		stmt, err := stepSQL(step, arg)
		if err != nil {
			rows.Close()
			return fmt.Errorf("end load: %w", err)
		}
		stmts = append(stmts, stmt)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("end load: %w", err)
	}
	if len(stmts) == 0 {
		return nil
	}
	for _, stmt := range stmts {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("end load: %s: %w", stmt, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM load_steps`); err != nil {
		return fmt.Errorf("end load: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("end load: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 1000; PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return fmt.Errorf("end load: checkpoint: %w", err)
	}
	return nil
}
