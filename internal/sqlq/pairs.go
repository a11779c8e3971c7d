package sqlq

import (
	"fmt"
	"sort"

	"github.com/dyadhq/dyad"
)

// PairDays returns the conditions of q over the column day, joined by AND
// and each preceded by " AND ", and their arguments.
func PairDays(q dyad.PairQuery, ph func(int) string) (string, []any) {
	var conds string
	var args []any
	if q.From != "" {
		args = append(args, dyad.FirstDay(q.From))
		conds += " AND day >= " + ph(len(args))
	}
	if q.To != "" {
		args = append(args, LastDay(q.To))
		conds += " AND day <= " + ph(len(args))
	}
	return conds, args
}

// Pairs folds rows of (source key, target key, events, Goldstein sum), one
// a direction, into the sums of unordered pairs, ordered by A then B as Go
// compares strings (whatever the database's collation).
func Pairs(rows Rows) ([]dyad.PairSum, error) {
	at := map[[2]string]int{}
	var out []dyad.PairSum
	for rows.Next() {
		var a, b string
		var n int64
		var g float64
		if err := rows.Scan(&a, &b, &n, &g); err != nil {
			return nil, fmt.Errorf("pairs: %w", err)
		}
		if a > b {
			a, b = b, a
		}
		i, ok := at[[2]string{a, b}]
		if !ok {
			i = len(out)
			at[[2]string{a, b}] = i
			out = append(out, dyad.PairSum{A: a, B: b})
		}
		out[i].Events += int(n)
		out[i].Goldstein += g
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pairs: %w", err)
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].A < out[j].A || out[i].A == out[j].A && out[i].B < out[j].B
	})
	return out, nil
}
