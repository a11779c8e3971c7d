package parquet

import (
	"bytes"
	"fmt"
	"reflect"
	"testing"

	pq "github.com/parquet-go/parquet-go"
)

// The hybrid encoding of definition levels, worked by hand from the format's
// specification: a length, then runs of repeats (header count<<1, the value
// in a byte) and bit-packed runs (header groups<<1|1, the first value in the
// lowest bit).
func TestAppendLevels(t *testing.T) {
	ones := func(n int) []byte { return bytes.Repeat([]byte{1}, n) }
	alternate := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i % 2)
		}
		return b
	}
	for _, tc := range []struct {
		name   string
		levels []byte
		want   []byte
	}{
		{"none", nil, []byte{0, 0, 0, 0}},
		{"ten values: a run", ones(10), []byte{2, 0, 0, 0, 0x14, 1}},
		{"three: one padded group", []byte{1, 0, 1}, []byte{2, 0, 0, 0, 0x03, 0x05}},
		{"a group, then a run", append(alternate(8), ones(8)...), []byte{4, 0, 0, 0, 0x03, 0xaa, 0x10, 1}},
		{"a run of nulls, then a group", append(make([]byte, 9), 1, 0, 1), []byte{4, 0, 0, 0, 0x12, 0, 0x03, 0x05}},
		{"a run of 300: a two-byte header", ones(300), []byte{3, 0, 0, 0, 0xd8, 0x04, 1}},
		{"64 groups: two bit-packed runs", alternate(512),
			append(append([]byte{66, 0, 0, 0, 63<<1 | 1}, bytes.Repeat([]byte{0xaa}, 63)...), 0x03, 0xaa)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := appendLevels(nil, tc.levels); !bytes.Equal(got, tc.want) {
				t.Errorf("% x\nwant % x", got, tc.want)
			}
		})
	}
}

// nullable is how the reader sees the files of nullColumns: nil is null.
type nullable struct {
	Name *string  `parquet:"name,optional"`
	N    int32    `parquet:"n"`
	X    *float64 `parquet:"x,optional"`
	K    *int32   `parquet:"k,optional"`
}

var nullColumns = []Column{{Name: "name", Type: String, Optional: true}, {Name: "n", Type: Int32},
	{Name: "x", Type: Double, Optional: true}, {Name: "k", Type: Int32, Optional: true}}

// Optional columns read back by another implementation with their nulls as
// nulls, not as zeros or empty strings, whatever the pattern of nulls: none,
// all, alternating, runs, across pages and row groups.
func TestOptionalColumns(t *testing.T) {
	for _, tc := range []struct {
		name                string
		null                func(i, col int) bool
		n, pageSize, groups int
	}{
		{name: "no nulls", null: func(int, int) bool { return false }, n: 100},
		{name: "all null", null: func(int, int) bool { return true }, n: 100},
		{name: "alternating", null: func(i, col int) bool { return (i+col)%2 == 0 }, n: 1000},
		{name: "runs of nulls", null: func(i, col int) bool { return i/(7+col*6)%3 == 0 }, n: 1000},
		{name: "zeros are not nulls", null: func(i, col int) bool { return i%3 == col }, n: 30},
		{name: "many pages and row groups", null: func(i, col int) bool { return i%(col+2) == 0 || i%97 < 20 },
			n: 5000, pageSize: 256, groups: 8000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := make([]nullable, tc.n)
			var buf bytes.Buffer
			w := NewWriter(&buf, nullColumns...)
			if tc.pageSize > 0 {
				w.PageSize, w.RowGroupSize = tc.pageSize, tc.groups
			}
			for i := range want {
				r := []any{fmt.Sprint("row ", i), int32(i), float64(i) / 4, int32(-i)}
				if tc.name == "zeros are not nulls" {
					r = []any{"", int32(0), 0.0, int32(0)}
				}
				want[i].N = r[1].(int32)
				for col, p := range []any{&want[i].Name, nil, &want[i].X, &want[i].K} {
					if p == nil {
						continue
					}
					if tc.null(i, col) {
						r[col] = nil
						continue
					}
					switch p := p.(type) {
					case **string:
						v := r[col].(string)
						*p = &v
					case **float64:
						v := r[col].(float64)
						*p = &v
					case **int32:
						v := r[col].(int32)
						*p = &v
					}
				}
				if err := w.Write(r); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			data := buf.Bytes()
			got, err := pq.Read[nullable](bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				for i := range min(len(got), len(want)) {
					if !reflect.DeepEqual(got[i], want[i]) {
						t.Fatalf("%d rows; row %d: %s, want %s", len(got), i, show(got[i]), show(want[i]))
					}
				}
				t.Fatalf("%d rows, want %d", len(got), len(want))
			}
			f, err := pq.OpenFile(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			checkSchema(t, f, nullColumns...)
			if tc.pageSize > 0 && len(f.RowGroups()) < 2 {
				t.Errorf("%d row groups, want several", len(f.RowGroups()))
			}
		})
	}
}

func show(r nullable) string {
	s := fmt.Sprintf("{n=%d", r.N)
	if r.Name != nil {
		s += fmt.Sprintf(" name=%q", *r.Name)
	}
	if r.X != nil {
		s += fmt.Sprintf(" x=%v", *r.X)
	}
	if r.K != nil {
		s += fmt.Sprintf(" k=%d", *r.K)
	}
	return s + "}"
}
