// Package sqlq builds the SQL that every relational store shares: the WHERE
// clause of an event or document filter and the period expression of a
// series; and it holds the Go side of their writes: event rows, clusters,
// rollups, and what a Replace of documents adds, keeps and removes. Each
// backend supplies its own placeholder syntax and full-text condition.
package sqlq

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dyadhq/dyad"
)

// Where returns the conditions of f over the events table (columns day,
// src_key, src_code, tgt_key, tgt_code, code, quad, place, place_country,
// doc, review; and the table actor_keys, for a pair) joined by AND, and their arguments, cleaned of NUL bytes as stored
// values are (Clean). ph returns the placeholder of the n-th argument
// (1-based). f.Text and f.Quantity are left to the caller, and so is
// validating f.Scope (see Scope).
func Where(f dyad.Filter, ph func(int) string) (string, []any) {
	var conds []string
	var args []any
	arg := func(v any) string {
		if s, ok := v.(string); ok {
			v = Clean(s)
		}
		args = append(args, v)
		return ph(len(args))
	}
	actor := func(side, v string) string {
		// codes are upper case; a user's "rus" means RUS, in every backend
		v = strings.ToUpper(v)
		return "(" + side + "_key = " + arg(v) + " OR " + side + "_code LIKE " + arg(escapeLike(v)+"%") + ` ESCAPE '\')`
	}
	// keys bounds a side of a pair to the keys of the actors it may match
	// (its own, and those stored with a code it prefixes, which the table
	// actor_keys lists), so that both sides together are ranges of the
	// index on (src_key, tgt_key, day), where the condition alone, an OR
	// with a LIKE, would make a scan of every event
	keys := func(side, v string) string {
		v = strings.ToUpper(v)
		return side + "_key IN (SELECT " + arg(v) + " UNION SELECT key FROM actor_keys WHERE code LIKE " +
			arg(escapeLike(v)+"%") + ` ESCAPE '\')`
	}
	if f.Actor != "" {
		conds = append(conds, "("+actor("src", f.Actor)+" OR "+actor("tgt", f.Actor)+")")
	}
	if f.Source != "" && f.Target != "" {
		conds = append(conds, keys("src", f.Source), keys("tgt", f.Target))
	}
	if f.Source != "" {
		conds = append(conds, actor("src", f.Source))
	}
	if f.Target != "" {
		conds = append(conds, actor("tgt", f.Target))
	}
	if f.Code != "" {
		conds = append(conds, "code LIKE "+arg(escapeLike(f.Code)+"%")+` ESCAPE '\'`)
	}
	if f.Quad != 0 {
		conds = append(conds, "quad = "+arg(f.Quad))
	}
	if f.From != "" {
		conds = append(conds, "day >= "+arg(dyad.FirstDay(f.From)))
	}
	if f.To != "" {
		conds = append(conds, "day <= "+arg(LastDay(f.To)))
	}
	if f.Place != "" {
		conds = append(conds, "(place = "+arg(f.Place)+" OR place_country = "+arg(f.Place)+")")
	}
	if f.Doc != "" {
		conds = append(conds, "doc = "+arg(f.Doc))
	}
	if f.ID != "" {
		conds = append(conds, "id = "+arg(f.ID))
	}
	if c := Scope(f.Scope); c != "" {
		conds = append(conds, c)
	}
	switch f.Review {
	case "":
	case "none":
		conds = append(conds, "review = ''")
	case "judged":
		conds = append(conds, "review <> ''")
	default:
		conds = append(conds, "review = "+arg(f.Review))
	}
	if !f.Rejected && f.Review != dyad.ReviewRejected {
		conds = append(conds, "review <> 'rejected'")
	}
	if len(conds) == 0 {
		return "TRUE", nil
	}
	return strings.Join(conds, " AND "), args
}

// escapeLike makes % and _ in s literal for LIKE ... ESCAPE '\'.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(s)
}

// LastDay returns the last day a date prefix covers: "2024" is
// "2024-12-31", "2024-06" is "2024-06-31" (a bound for string comparison,
// not a calendar date).
func LastDay(d string) string {
	switch len(d) {
	case 4:
		return d + "-12-31"
	case 7:
		return d + "-31"
	}
	return d
}

// PeriodLen is how many leading characters of a day name its period.
func PeriodLen(period string) (int, bool) {
	switch period {
	case "day", "":
		return 10, true
	case "month":
		return 7, true
	case "year":
		return 4, true
	}
	return 0, false
}

// Series returns the conditions of q over the rollup table (columns day,
// src_key, tgt_key); validating q.Scope is left to the caller.
func Series(q dyad.SeriesQuery, ph func(int) string) (string, []any) {
	var conds []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return ph(len(args))
	}
	if q.Source != "" {
		conds = append(conds, "src_key = "+arg(q.Source))
	}
	if q.Target != "" {
		conds = append(conds, "tgt_key = "+arg(q.Target))
	}
	if q.From != "" {
		conds = append(conds, "day >= "+arg(dyad.FirstDay(q.From)))
	}
	if q.To != "" {
		conds = append(conds, "day <= "+arg(LastDay(q.To)))
	}
	if c := Scope(q.Scope); c != "" {
		conds = append(conds, c)
	}
	if len(conds) == 0 {
		return "TRUE", nil
	}
	return strings.Join(conds, " AND "), args
}

// Scope returns the condition on the columns src_key and tgt_key (keys as
// Actor.Key gives them, "" for a missing side) that selects the events of s,
// or "" when s selects every event. A scope that is not one selects
// nothing: a store rejects it (s.Validate) before it asks.
func Scope(s dyad.Scope) string {
	switch s {
	case "", dyad.ScopeAll:
		return ""
	case dyad.ScopeInternational:
		return "(src_key <> '' AND tgt_key <> '' AND src_key <> tgt_key)"
	case dyad.ScopeDomestic:
		return "(src_key <> '' AND src_key = tgt_key)"
	}
	return "FALSE"
}

// Rows are the rows of a query, as both database/sql and pgx give them:
// what Buckets and ScanDocuments read.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// Buckets folds rows of (period, quad, count, goldstein sum) into buckets.
func Buckets(rows Rows) ([]dyad.Bucket, error) {
	var out []dyad.Bucket
	for rows.Next() {
		var p string
		var quad, n int
		var g float64
		if err := rows.Scan(&p, &quad, &n, &g); err != nil {
			return nil, fmt.Errorf("series: %w", err)
		}
		if len(out) == 0 || out[len(out)-1].Period != p {
			out = append(out, dyad.Bucket{Period: p})
		}
		b := &out[len(out)-1]
		b.Events += n
		if quad >= 1 && quad <= 4 {
			b.Quad[quad] += n
		}
		b.Goldstein += g
	}
	return out, rows.Err()
}

// ScanEvents reads rows of (record JSON, mention count) and calls fn with
// each event, until fn returns an error, which it returns.
func ScanEvents(rows Rows, fn func(*dyad.Event) error) error {
	for rows.Next() {
		var rec []byte
		var mentions int64
		if err := rows.Scan(&rec, &mentions); err != nil {
			return fmt.Errorf("query events: %w", err)
		}
		var e dyad.Event
		if err := json.Unmarshal(rec, &e); err != nil {
			return fmt.Errorf("query events: stored record: %w", err)
		}
		e.Mentions = int(mentions)
		if err := fn(&e); err != nil {
			return err
		}
	}
	return rows.Err()
}
