package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// stmts keeps the readers' prepared statements by their text: a query's
// shape (which filters it has, not their values, which are arguments)
// repeats from request to request, and compiling it again each time took a
// tenth of a serving process's CPU under a mixed load. Each statement is
// prepared on each reader connection once, when first run there.
type stmts struct {
	mu    sync.Mutex
	bySQL map[string]*sql.Stmt
}

// maxStmts bounds the statements kept; the shapes of the queries dyad
// makes are far fewer, so the bound only stops a flood of odd ones.
const maxStmts = 256

// stmt returns the prepared statement of q on the readers' pool, prepared
// now if it is not kept; nil when it cannot be (the pool closed, or the
// bound reached), and the caller then runs q unprepared.
func (s *Store) stmt(ctx context.Context, q string) *sql.Stmt {
	s.stmts.mu.Lock()
	defer s.stmts.mu.Unlock()
	if st, ok := s.stmts.bySQL[q]; ok {
		return st
	}
	if len(s.stmts.bySQL) >= maxStmts {
		return nil
	}
	st, err := s.read.PrepareContext(ctx, q)
	if err != nil {
		return nil // the query's own error is the caller's to report
	}
	if s.stmts.bySQL == nil {
		s.stmts.bySQL = map[string]*sql.Stmt{}
	}
	s.stmts.bySQL[q] = st
	return st
}

// query runs q on the readers' pool, prepared once (stmt).
func (s *Store) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if st := s.stmt(ctx, q); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return s.read.QueryContext(ctx, q, args...)
}

// queryRow runs q, which reads one row, on the readers' pool, prepared
// once (stmt).
func (s *Store) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if st := s.stmt(ctx, q); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return s.read.QueryRowContext(ctx, q, args...)
}

// closeStmts closes the kept statements.
func (s *Store) closeStmts() {
	s.stmts.mu.Lock()
	defer s.stmts.mu.Unlock()
	for _, st := range s.stmts.bySQL {
		st.Close()
	}
	s.stmts.bySQL = nil
}
