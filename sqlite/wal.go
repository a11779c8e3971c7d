package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	driver "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// walWait bounds how long Open waits for other connections to let it turn
// a new file's journal into a write-ahead log: as long as the busy timeout
// of the connections' other statements.
const walWait = 10 * time.Second

// useWAL puts the file db writes to in WAL mode, which the file keeps.
// SQLite needs the file to itself to convert its journal and, unlike for
// other statements, does not wait for it (no busy handler runs): processes
// that create one file at once would see "database is locked". So useWAL
// reads the mode first (after the first open there is nothing to do and no
// lock to take) and otherwise tries again, with growing pauses, until the
// file is in WAL mode, whoever converted it.
func useWAL(ctx context.Context, db *sql.DB) error {
	pause := time.Millisecond
	deadline := time.Now().Add(walWait)
	for {
		mode, err := journalMode(ctx, db, "PRAGMA journal_mode")
		if err == nil && mode == "wal" {
			return nil
		}
		if err == nil {
			if mode, err = journalMode(ctx, db, "PRAGMA journal_mode = WAL"); err == nil && mode == "wal" {
				return nil
			}
		}
		if err != nil && !busy(err) {
			return fmt.Errorf("journal mode: %w", err)
		}
		if time.Now().After(deadline) {
			if err == nil {
				err = fmt.Errorf("still %q", mode)
			}
			return fmt.Errorf("journal mode WAL after %v: %w", walWait, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pause):
		}
		pause = min(2*pause, 100*time.Millisecond)
	}
}

func journalMode(ctx context.Context, db *sql.DB, query string) (string, error) {
	var mode string
	err := db.QueryRowContext(ctx, query).Scan(&mode)
	return strings.ToLower(mode), err
}

// busy reports whether err is SQLite's SQLITE_BUSY or SQLITE_LOCKED, in
// any of their extended forms.
func busy(err error) bool {
	var e *driver.Error
	if !errors.As(err, &e) {
		return false
	}
	code := e.Code() & 0xff
	return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
}
