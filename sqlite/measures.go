package sqlite

import (
	"context"
	"fmt"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/internal/sqlq"
)

// pairEvents is the condition of the partial index events_pairs (migration
// 019), word for word, so that SQLite answers Pairs from the index alone.
const pairEvents = `cluster = id AND review <> 'rejected' AND src_key <> tgt_key AND countries = 1`

// withQuantity is the condition of the partial index events_quantity, word
// for word: the events that Filter.Quantity selects.
const withQuantity = `quantity = 1`

// Pairs implements dyad.Store.
func (s *Store) Pairs(ctx context.Context, q dyad.PairQuery) ([]dyad.PairSum, error) {
	days, args := sqlq.PairDays(q, func(int) string { return "?" })
	rows, err := s.query(ctx, `SELECT src_key, tgt_key, count(*), sum(goldstein) FROM events
		WHERE `+pairEvents+days+` GROUP BY src_key, tgt_key`, args...)
	if err != nil {
		return nil, fmt.Errorf("pairs: %w", err)
	}
	defer rows.Close()
	return sqlq.Pairs(rows)
}
