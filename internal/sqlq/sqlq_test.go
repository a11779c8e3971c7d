package sqlq

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/dyadhq/dyad"
)

func dollar(n int) string { return "$" + strconv.Itoa(n) }

const (
	shown         = " AND review <> 'rejected'"
	international = "(src_key <> '' AND tgt_key <> '' AND src_key <> tgt_key)"
	domestic      = "(src_key <> '' AND src_key = tgt_key)"
)

func TestWhere(t *testing.T) {
	tests := []struct {
		name  string
		f     dyad.Filter
		where string
		args  []any
	}{
		{"nothing", dyad.Filter{Rejected: true}, "TRUE", nil},
		{"not rejected", dyad.Filter{}, "review <> 'rejected'", nil},
		{"all is nothing", dyad.Filter{Scope: dyad.ScopeAll, Rejected: true}, "TRUE", nil},
		{"international", dyad.Filter{Scope: dyad.ScopeInternational}, international + shown, nil},
		{"domestic", dyad.Filter{Scope: dyad.ScopeDomestic}, domestic + shown, nil},
		{"not a scope selects nothing", dyad.Filter{Scope: "national"}, "FALSE" + shown, nil},
		{"domestic after the others", dyad.Filter{Source: "nga", Quad: 4, Scope: dyad.ScopeDomestic},
			`(src_key = $1 OR src_code LIKE $2 ESCAPE '\') AND quad = $3 AND ` + domestic + shown, []any{"NGA", "NGA%", 4}},
		{"a pair: its sides' keys, and the keys of codes they prefix", dyad.Filter{Source: "rus", Target: "IGO_"},
			`src_key IN (SELECT $1 UNION SELECT key FROM actor_keys WHERE code LIKE $2 ESCAPE '\') AND ` +
				`tgt_key IN (SELECT $3 UNION SELECT key FROM actor_keys WHERE code LIKE $4 ESCAPE '\') AND ` +
				`(src_key = $5 OR src_code LIKE $6 ESCAPE '\') AND (tgt_key = $7 OR tgt_code LIKE $8 ESCAPE '\')` + shown,
			[]any{"RUS", "RUS%", "IGO_", `IGO\_%`, "RUS", "RUS%", "IGO_", `IGO\_%`}},
		{"dates", dyad.Filter{From: "2024", To: "2024-06", Scope: dyad.ScopeInternational},
			"day >= $1 AND day <= $2 AND " + international + shown, []any{"2024-01-01", "2024-06-31"}},
		{"not judged", dyad.Filter{Review: "none"}, "review = ''" + shown, nil},
		{"judged, rejected too", dyad.Filter{Review: "judged", Rejected: true}, "review <> ''", nil},
		{"rejected", dyad.Filter{Review: dyad.ReviewRejected}, "review = $1", []any{"rejected"}},
		{"corrected", dyad.Filter{Review: dyad.ReviewCorrected}, "review = $1" + shown, []any{"corrected"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			where, args := Where(tt.f, dollar)
			if where != tt.where || !reflect.DeepEqual(args, tt.args) {
				t.Errorf("Where(%+v) =\n%s %v\nwant\n%s %v", tt.f, where, args, tt.where, tt.args)
			}
		})
	}
}

func TestSeries(t *testing.T) {
	tests := []struct {
		name  string
		q     dyad.SeriesQuery
		where string
		args  []any
	}{
		{"nothing", dyad.SeriesQuery{Period: "month"}, "TRUE", nil},
		{"all is nothing", dyad.SeriesQuery{Source: "RUS", Scope: dyad.ScopeAll}, "src_key = $1", []any{"RUS"}},
		{"international", dyad.SeriesQuery{Source: "RUS", Scope: dyad.ScopeInternational}, "src_key = $1 AND " + international, []any{"RUS"}},
		{"domestic", dyad.SeriesQuery{To: "2024", Scope: dyad.ScopeDomestic}, "day <= $1 AND " + domestic, []any{"2024-12-31"}},
		{"not a scope selects nothing", dyad.SeriesQuery{Scope: "?"}, "FALSE", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			where, args := Series(tt.q, dollar)
			if where != tt.where || !reflect.DeepEqual(args, tt.args) {
				t.Errorf("Series(%+v) =\n%s %v\nwant\n%s %v", tt.q, where, args, tt.where, tt.args)
			}
		})
	}
}
