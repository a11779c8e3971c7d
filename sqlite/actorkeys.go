package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"

	"github.com/dyadhq/dyad/internal/sqlq"
)

// addActorKeys adds to the catalogue actor_keys the codes and keys of rows
// that it lacks.
func addActorKeys(ctx context.Context, tx *sql.Tx, rows []sqlq.Row) error {
	cks := sqlq.ActorKeys(rows)
	if len(cks) == 0 {
		return nil
	}
	list, err := json.Marshal(cks)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT OR IGNORE INTO actor_keys (code, key) SELECT value->>0, value->>1 FROM json_each(?)`, list)
	return err
}
