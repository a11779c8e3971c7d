package parquet

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strings"
	"testing"

	pq "github.com/parquet-go/parquet-go" // an independent reader, for the tests only
	"github.com/parquet-go/parquet-go/format"
)

// row is how the reader sees the files of testColumns.
type row struct {
	Name string  `parquet:"name"`
	N    int32   `parquet:"n"`
	X    float64 `parquet:"x"`
}

var testColumns = []Column{{Name: "name", Type: String}, {Name: "n", Type: Int32}, {Name: "x", Type: Double}}

func write(t *testing.T, pageSize, groupSize int, rows []row) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf, testColumns...)
	if pageSize > 0 {
		w.PageSize = pageSize
	}
	if groupSize > 0 {
		w.RowGroupSize = groupSize
	}
	for _, r := range rows {
		if err := w.Write([]any{r.Name, r.N, r.X}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func manyRows(n int) []row {
	rows := make([]row, n)
	for i := range rows {
		rows[i] = row{Name: strings.Repeat("ab", i%7) + fmt.Sprint(i), N: int32(i*7919 - 1000), X: float64(i) / 3}
	}
	return rows
}

// Files read back through another implementation as written: every value,
// the schema, and the pages and row groups the sizes ask for.
func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name                string
		rows                []row
		pageSize, groupSize int
		wantGroups          int
		wantManyPages       bool
	}{
		{name: "no rows", rows: nil, wantGroups: 0},
		{name: "one row", rows: []row{{"Russia", 42, 3.5}}, wantGroups: 1},
		{name: "edge values", rows: []row{
			{"", math.MinInt32, math.Inf(-1)},
			{"Пхеньян, 평양 \x00 \"quoted\"", math.MaxInt32, math.Inf(1)},
			{strings.Repeat("long ", 100000), 0, -0.0},
			{"x", -1, math.SmallestNonzeroFloat64},
		}, wantGroups: 1},
		{name: "many pages and row groups", rows: manyRows(5000), pageSize: 512, groupSize: 20000,
			wantGroups: 7, wantManyPages: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := write(t, tc.pageSize, tc.groupSize, tc.rows)
			got, err := pq.Read[row](bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.rows) || (len(got) > 0 && !reflect.DeepEqual(got, tc.rows)) {
				t.Fatalf("read %d rows, want %d; first difference at %d", len(got), len(tc.rows), firstDiff(got, tc.rows))
			}
			f, err := pq.OpenFile(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			if f.NumRows() != int64(len(tc.rows)) || len(f.RowGroups()) != tc.wantGroups {
				t.Errorf("%d rows in %d row groups, want %d in %d", f.NumRows(), len(f.RowGroups()), len(tc.rows), tc.wantGroups)
			}
			checkSchema(t, f)
			for _, g := range f.Metadata().RowGroups {
				for _, c := range g.Columns {
					if c.MetaData.Codec != format.Gzip || c.MetaData.NumValues != g.NumRows {
						t.Errorf("column %v: codec %v, %d values in %d rows", c.MetaData.PathInSchema,
							c.MetaData.Codec, c.MetaData.NumValues, g.NumRows)
					}
				}
			}
			if tc.wantManyPages {
				for _, cc := range f.RowGroups()[0].ColumnChunks() {
					if n := countPages(t, cc); n < 2 {
						t.Errorf("column %d of the first row group has %d pages, want several", cc.Column(), n)
					}
				}
			}
		})
	}
}

func firstDiff(a, b []row) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func checkSchema(t *testing.T, f *pq.File, columns ...Column) {
	t.Helper()
	if columns == nil {
		columns = testColumns
	}
	fields := f.Schema().Fields()
	if len(fields) != len(columns) {
		t.Fatalf("%d fields, want %d", len(fields), len(columns))
	}
	kinds := map[Type]pq.Kind{String: pq.ByteArray, Int32: pq.Int32, Double: pq.Double}
	for i, c := range columns {
		fl := fields[i]
		if fl.Name() != c.Name || fl.Type().Kind() != kinds[c.Type] || fl.Required() == c.Optional ||
			fl.Optional() != c.Optional || !fl.Leaf() {
			t.Errorf("field %d: %s %v required=%v, want %s %v optional=%v", i, fl.Name(), fl.Type().Kind(), fl.Required(),
				c.Name, kinds[c.Type], c.Optional)
		}
		isString := false
		if lt := fl.Type().LogicalType(); lt != nil {
			_, isString = lt.Value.(*format.StringType)
		}
		if (c.Type == String) != isString {
			t.Errorf("field %s: logical type %v", c.Name, fl.Type().LogicalType())
		}
	}
}

func countPages(t *testing.T, cc pq.ColumnChunk) int {
	t.Helper()
	pages := cc.Pages()
	defer pages.Close()
	n := 0
	for {
		p, err := pages.ReadPage()
		if err == io.EOF {
			return n
		}
		if err != nil {
			t.Fatal(err)
		}
		pq.Release(p)
		n++
	}
}

type failWriter struct{ after int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.after < len(p) {
		return 0, errors.New("disk full")
	}
	f.after -= len(p)
	return len(p), nil
}

func TestWriteErrors(t *testing.T) {
	for _, tc := range []struct {
		name    string
		columns []Column
		out     io.Writer
		rows    [][]any
		want    string // in the first error from Write or Close
	}{
		{name: "too few values", columns: testColumns, rows: [][]any{{"a", int32(1)}}, want: "row 0 has 2 values for 3 columns"},
		{name: "wrong type", columns: testColumns, rows: [][]any{{"a", int32(1), 2.0}, {"b", 2, 2.0}},
			want: `row 1 column "n": want int32, got int`},
		{name: "no columns", want: "no columns"},
		{name: "repeated column", columns: []Column{{Name: "a", Type: String}, {Name: "a", Type: Int32}},
			want: `column name "a" empty or repeated`},
		{name: "unknown type", columns: []Column{{Name: "a", Type: Type(7)}}, want: "unknown Type(7)"},
		{name: "nil in a required column", columns: testColumns, rows: [][]any{{"a", nil, 2.0}},
			want: `row 0 column "n": nil in a required column`},
		{name: "failing writer", columns: testColumns, out: &failWriter{after: 10},
			rows: [][]any{{"a", int32(1), 2.0}}, want: "disk full"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := tc.out
			if out == nil {
				out = io.Discard
			}
			w := NewWriter(out, tc.columns...)
			var err error
			for _, r := range tc.rows {
				if err = w.Write(r); err != nil {
					break
				}
			}
			if err == nil {
				err = w.Close()
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
		})
	}
}

// A refused row leaves the writer usable; a closed writer takes no more.
func TestWriteAfterRefusalAndClose(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf, testColumns...)
	if err := w.Write([]any{"a", "not a number", 1.0}); err == nil {
		t.Fatal("a string for an int32 column was taken")
	}
	if err := w.Write([]any{"b", int32(2), 2.0}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Write([]any{"c", int32(3), 3.0}); err == nil {
		t.Error("Write after Close succeeded")
	}
	got, err := pq.Read[row](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil || len(got) != 1 || got[0] != (row{"b", 2, 2}) {
		t.Errorf("read %v, %v; want the one good row", got, err)
	}
}

// The compact protocol's encodings, worked by hand from its specification.
func TestCompact(t *testing.T) {
	for _, tc := range []struct {
		name string
		enc  func(c *compact)
		want []byte
	}{
		{"i32 field 1 = -1", func(c *compact) { c.i32(1, -1) }, []byte{0x15, 0x01}},
		{"i64 field 3 = 300", func(c *compact) { c.i64(3, 300) }, []byte{0x36, 0xd8, 0x04}},
		{"fields 1 then 17: the long form", func(c *compact) { c.i32(1, 0); c.i16(17, 2) },
			[]byte{0x15, 0x00, 0x04, 0x22, 0x04}},
		{"a field id going back: the long form", func(c *compact) { c.i32(5, 1); c.i32(2, 1) },
			[]byte{0x55, 0x02, 0x05, 0x04, 0x02}},
		{"string", func(c *compact) { c.str(4, "ab") }, []byte{0x48, 0x02, 'a', 'b'}},
		{"short list", func(c *compact) { c.list(2, ctI32, 2); c.rawI32(0); c.rawI32(3) }, []byte{0x29, 0x25, 0x00, 0x06}},
		{"long list", func(c *compact) { c.list(1, ctStruct, 20) }, []byte{0x19, 0xfc, 20}},
		{"nested struct keeps its own field ids", func(c *compact) {
			c.i32(4, 0)
			c.structField(5)
			c.i32(1, 0)
			c.end()
			c.i32(6, 0)
		}, []byte{0x45, 0x00, 0x1c, 0x15, 0x00, 0x00, 0x15, 0x00}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c compact
			c.begin()
			tc.enc(&c)
			if !bytes.Equal(c.b, tc.want) {
				t.Errorf("% x, want % x", c.b, tc.want)
			}
		})
	}
}

// BenchmarkWrite writes rows shaped like dyad's events (short codes, a
// sentence, numbers) and reports the rate in rows and in bytes of values.
func BenchmarkWrite(b *testing.B) {
	columns := []Column{{Name: "id", Type: String}, {Name: "source", Type: String}, {Name: "target", Type: String},
		{Name: "code", Type: String}, {Name: "quad", Type: Int32}, {Name: "goldstein", Type: Double}, {Name: "text", Type: String}}
	codes := []string{"RUS", "PRK", "CHN", "USA", "JPN", "KOR", "RUSGOV", "USAMIL"}
	const n = 100000
	rows := make([][]any, n)
	size := 0
	for i := range rows {
		text := fmt.Sprintf("Officials of %s met their counterparts from %s on day %d to discuss item %d of the agenda.",
			codes[i%8], codes[(i/8)%8], i%365, i%1000)
		rows[i] = []any{fmt.Sprintf("%016x", i*2654435761), codes[i%8], codes[(i/8)%8], fmt.Sprintf("%03d", i%200),
			int32(i % 4), float64(i%21) - 10, text}
		for _, v := range rows[i] {
			switch v := v.(type) {
			case string:
				size += 4 + len(v) // PLAIN: a length, then the bytes
			case int32:
				size += 4
			case float64:
				size += 8
			}
		}
	}
	b.ResetTimer()
	for range b.N {
		w := NewWriter(io.Discard, columns...)
		for _, r := range rows {
			if err := w.Write(r); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
	b.SetBytes(int64(size))
}
