package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/dyadhq/dyad"
)

var _ dyad.Versioned = (*Store)(nil)

// write begins a write transaction on the writer's connection (immediate:
// it holds the write lock from the start) and counts it in the store's
// version (dyad.Versioned): the count commits or rolls back with the
// write.
func (s *Store) write(ctx context.Context) (*sql.Tx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE store_version SET n = n + 1`); err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("version: %w", err)
	}
	return tx, nil
}

// Version implements dyad.Versioned. It reads on the readers' pool: a
// request that asks it before answering from memory waits for no write.
func (s *Store) Version(ctx context.Context) (int64, error) {
	var n int64
	if err := s.queryRow(ctx, `SELECT n FROM store_version`).Scan(&n); err != nil {
		return 0, fmt.Errorf("version: %w", err)
	}
	return n, nil
}
