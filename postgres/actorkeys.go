package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/dyadhq/dyad/internal/sqlq"
)

// addActorKeys adds to the catalogue actor_keys the codes and keys of rows
// that it lacks.
func addActorKeys(ctx context.Context, tx pgx.Tx, rows []sqlq.Row) error {
	cks := sqlq.ActorKeys(rows)
	if len(cks) == 0 {
		return nil
	}
	codes, keys := make([]string, len(cks)), make([]string, len(cks))
	for i, ck := range cks {
		codes[i], keys[i] = ck[0], ck[1]
	}
	_, err := tx.Exec(ctx, `INSERT INTO actor_keys (code, key) SELECT * FROM unnest($1::text[], $2::text[])
		ON CONFLICT DO NOTHING`, codes, keys)
	return err
}
