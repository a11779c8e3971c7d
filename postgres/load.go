package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dyadhq/dyad"
)

// deferred are the indexes that load mode drops and EndLoad builds again:
// every index of events that neither idempotence (the primary key) nor
// clustering (events_dyad) needs while events are added, the full-text
// index among them.
var deferred = []string{"events_day", "events_pairs", "events_quantity", "events_code", "events_doc", "events_cluster", "events_text"}

// indexes are the statements that build the indexes load mode drops, as
// the migrations create them: load mode records which to build by name,
// and EndLoad runs these, never SQL read from the database.
var indexes = map[string]string{
	"events_day": `CREATE INDEX events_day ON events (day, id)`,
	// the measures' partial indexes, as migration 019 makes them
	"events_pairs": `CREATE INDEX events_pairs ON events (day, src_key, tgt_key, goldstein)
		WHERE cluster = id AND review <> 'rejected' AND src_key <> tgt_key AND countries`,
	"events_quantity": `CREATE INDEX events_quantity ON events (day, id) WHERE quantity`,
	"events_code":     `CREATE INDEX events_code ON events (code)`,
	"events_doc":      `CREATE INDEX events_doc ON events USING hash (doc)`,
	"events_cluster":  `CREATE INDEX events_cluster ON events (cluster)`,
	"events_text":     `CREATE INDEX events_text ON events USING gin (to_tsvector('simple', text))`,
	"rollup_day_day":  `CREATE INDEX rollup_day_day ON rollup_day (day)`,
}

// rebuildRollups are the statements with which EndLoad computes the rollups
// afresh from every stored event, since in load mode Add leaves them alone:
// one aggregation of the whole table into a table without indexes, whose
// primary key and index on day are built after, costs a fraction of an
// upsert per rollup row. BeginLoad drops the key and the index, and records
// the steps that build them.
var rebuildRollups = []string{
	`SET LOCAL work_mem = '256MB'`,
	`TRUNCATE rollup_day`,
	`INSERT INTO rollup_day (src_key, tgt_key, day, code, quad, n, goldstein)
	SELECT src_key, tgt_key, day, code, min(quad), count(*), sum(goldstein) FROM events
	WHERE review <> 'rejected'
	GROUP BY src_key, tgt_key, day, code`,
}

// rollupKey builds rollup_day's primary key again.
const rollupKey = `ALTER TABLE rollup_day ADD CONSTRAINT rollup_day_pkey PRIMARY KEY (src_key, tgt_key, day, code)`

// The steps of work that load mode defers, as the table load_steps names
// them.
const (
	stepIndex     = "index"      // build the index named by the argument
	stepRollups   = "rollups"    // compute the rollups afresh
	stepRollupKey = "rollup-key" // build rollup_day's primary key
)

// stepSQL returns the statements of a deferred step; EINTERNAL for a step
// or an argument that is not one of the code's.
func stepSQL(step, arg string) ([]string, error) {
	switch {
	case step == stepIndex && indexes[arg] != "":
		return []string{indexes[arg]}, nil
	case step == stepRollups && arg == "":
		return rebuildRollups, nil
	case step == stepRollupKey && arg == "":
		return []string{rollupKey}, nil
	}
	return nil, dyad.Errorf(dyad.EINTERNAL, "deferred step %q (%.100q) is not one this version of dyad knows: not run", step, arg)
}

// BeginLoad implements dyad.Loader. It takes a session advisory lock that
// it holds until EndLoad or Close, so that another process can tell a load
// under way from one whose process died; a second process's BeginLoad on
// the same schema meanwhile fails with ECONFLICT. It records for EndLoad
// the steps that will build the deferred indexes and the rollups, and
// drops the indexes, unless a dead process's load is still unfinished,
// which this one then carries on. Until EndLoad, Add leaves the rollups
// alone, and series miss the events it adds.
func (s *Store) BeginLoad(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.load != nil {
		return nil
	}
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("begin load: %w", err)
	}
	locked, err := lockLoad(ctx, conn)
	if err != nil {
		conn.Release()
		return fmt.Errorf("begin load: %w", err)
	}
	if !locked {
		conn.Release()
		return dyad.Errorf(dyad.ECONFLICT, "begin load: another process is loading into this schema")
	}
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		// Adds take turns with the change of mode
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, addLock); err != nil {
			return err
		}
		if err := bump(ctx, tx); err != nil {
			return err
		}
		var loading bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM load_steps)`).Scan(&loading); err != nil || loading {
			return err
		}
		for _, name := range append(deferred, "rollup_day_day") {
			if _, err := tx.Exec(ctx, `DROP INDEX `+pgx.Identifier{name}.Sanitize()); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, `ALTER TABLE rollup_day DROP CONSTRAINT rollup_day_pkey`); err != nil {
			return err
		}
		// the events' indexes, the rollups, then their key and their index on day
		var steps [][2]string
		for _, name := range deferred {
			steps = append(steps, [2]string{stepIndex, name})
		}
		steps = append(steps, [2]string{stepRollups, ""}, [2]string{stepRollupKey, ""}, [2]string{stepIndex, "rollup_day_day"})
		for _, st := range steps {
			if _, err := tx.Exec(ctx, `INSERT INTO load_steps (step, arg) VALUES ($1, $2)`, st[0], st[1]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		unlock(conn)
		return fmt.Errorf("begin load: %w", err)
	}
	s.load = conn
	return nil
}

// EndLoad implements dyad.Loader: it runs the deferred steps, each as the
// statements the code has for it (a step it does not know stops it with
// EINTERNAL before any runs), in one transaction, so that a process killed here leaves the schema in load
// mode for the next Open to finish, and releases the load lock. Called by a
// Store that is not loading, it finishes the load of a process that died,
// and leaves alone one whose process holds the lock.
func (s *Store) EndLoad(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	conn := s.load
	if conn == nil {
		var loading bool
		if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM load_steps)`).Scan(&loading); err != nil {
			return fmt.Errorf("end load: %w", err)
		}
		if !loading {
			return nil
		}
		var err error
		if conn, err = s.pool.Acquire(ctx); err != nil {
			return fmt.Errorf("end load: %w", err)
		}
		locked, err := lockLoad(ctx, conn)
		if err != nil {
			conn.Release()
			return fmt.Errorf("end load: %w", err)
		}
		if !locked {
			conn.Release()
			return nil
		}
	}
	s.load = nil
	defer unlock(conn)
	err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, addLock); err != nil {
			return err
		}
		if err := bump(ctx, tx); err != nil {
			return err
		}
		// memory for sorting keys and collecting the words of the
		// full-text index: PostgreSQL's default of 64 MB makes the GIN
		// build spill for a few million events
		if _, err := tx.Exec(ctx, `SET LOCAL maintenance_work_mem = '512MB'`); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT step, arg FROM load_steps ORDER BY seq`)
		if err != nil {
			return err
		}
		steps, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (st [2]string, err error) {
			return st, row.Scan(&st[0], &st[1])
		})
		if err != nil {
			return err
		}
		// every step is checked before any is run
		var stmts []string
		for _, st := range steps {
			sql, err := stepSQL(st[0], st[1])
			if err != nil {
				return err
			}
			stmts = append(stmts, sql...)
		}
		for _, stmt := range stmts {
			if _, err := tx.Exec(ctx, stmt); err != nil {
				return fmt.Errorf("%s: %w", stmt, err)
			}
		}
		_, err = tx.Exec(ctx, `DELETE FROM load_steps`)
		return err
	})
	if err != nil {
		return fmt.Errorf("end load: %w", err)
	}
	return nil
}

// lockWait is how long lockLoad waits for the load lock: the server ends
// the session of a loader that was killed, and so frees its lock, only when
// it notices the connection gone, which takes a moment. (An Open while a
// live loader holds it waits that long, then leaves the load alone.)
const lockWait = 2 * time.Second

// lockLoad takes the load lock in conn's session, waiting up to lockWait;
// ok is false when another session holds it.
func lockLoad(ctx context.Context, conn *pgxpool.Conn) (ok bool, err error) {
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SET LOCAL lock_timeout = `+strconv.FormatInt(lockWait.Milliseconds(), 10)); err != nil {
			return err
		}
		// a session lock: it outlives the transaction
		_, err := tx.Exec(ctx, `SELECT pg_advisory_lock($1, hashtext(current_schema()))`, loadLock)
		return err
	})
	if pgErr := (*pgconn.PgError)(nil); errors.As(err, &pgErr) && pgErr.Code == "55P03" { // lock_not_available
		return false, nil
	}
	return err == nil, err
}

// unlock releases the load lock that conn's session holds and returns conn
// to the pool; a connection that may still hold it is closed instead.
func unlock(conn *pgxpool.Conn) {
	ctx := context.Background()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_unlock($1, hashtext(current_schema()))`, loadLock); err != nil {
		conn.Conn().Close(ctx)
	}
	conn.Release()
}
