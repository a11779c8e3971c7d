package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/dyadhq/dyad"
)

var _ dyad.Versioned = (*Store)(nil)

// bump counts a write transaction in the store's version (dyad.Versioned);
// the count commits or rolls back with the write. Writes take turns
// already (the adds' advisory lock), so the row's lock holds up none.
func bump(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, `UPDATE store_version SET n = n + 1`); err != nil {
		return fmt.Errorf("version: %w", err)
	}
	return nil
}

// Version implements dyad.Versioned.
func (s *Store) Version(ctx context.Context) (int64, error) {
	var n int64
	if err := s.pool.QueryRow(ctx, `SELECT n FROM store_version`).Scan(&n); err != nil {
		return 0, fmt.Errorf("version: %w", err)
	}
	return n, nil
}
