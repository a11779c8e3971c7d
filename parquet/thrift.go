package parquet

import (
	"encoding/binary"
	"math"
)

// A Parquet file's page headers and footer are Thrift structs (declared in
// the format's parquet.thrift) in Thrift's compact protocol. compact encodes
// the few kinds of field they need.
type compact struct {
	b    []byte
	last []int16 // the last field id written in each open struct
}

// Thrift compact protocol type codes.
const (
	ctI16    = 4
	ctI32    = 5
	ctI64    = 6
	ctBinary = 8
	ctList   = 9
	ctStruct = 12
)

func (c *compact) uvarint(v uint64) { c.b = binary.AppendUvarint(c.b, v) }

func zigzag(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

// field writes a field header: the id as a delta from the last one in the
// same struct when it is 1 to 15 ahead, else in full.
func (c *compact) field(id int16, typ byte) {
	last := &c.last[len(c.last)-1]
	if d := id - *last; d > 0 && d <= 15 {
		c.b = append(c.b, byte(d)<<4|typ)
	} else {
		c.b = append(c.b, typ)
		c.uvarint(zigzag(int64(id)))
	}
	*last = id
}

// begin opens a struct (the whole message, a list element or a struct field
// after structField); end closes it.
func (c *compact) begin() { c.last = append(c.last, 0) }
func (c *compact) end() {
	c.b = append(c.b, 0) // stop
	c.last = c.last[:len(c.last)-1]
}

func (c *compact) structField(id int16)  { c.field(id, ctStruct); c.begin() }
func (c *compact) i16(id int16, v int16) { c.field(id, ctI16); c.uvarint(zigzag(int64(v))) }
func (c *compact) i32(id int16, v int32) { c.field(id, ctI32); c.uvarint(zigzag(int64(v))) }
func (c *compact) i64(id int16, v int64) { c.field(id, ctI64); c.uvarint(zigzag(v)) }
func (c *compact) str(id int16, s string) {
	c.field(id, ctBinary)
	c.uvarint(uint64(len(s)))
	c.b = append(c.b, s...)
}

// list writes a list field's header; its n elements follow, each a struct
// (begin ... end), a string (rawStr) or an i32 (rawI32).
func (c *compact) list(id int16, elem byte, n int) {
	c.field(id, ctList)
	if n < 15 {
		c.b = append(c.b, byte(n)<<4|elem)
	} else {
		c.b = append(c.b, 0xf0|elem)
		c.uvarint(uint64(n))
	}
}

func (c *compact) rawStr(s string) { c.uvarint(uint64(len(s))); c.b = append(c.b, s...) }
func (c *compact) rawI32(v int32)  { c.uvarint(zigzag(int64(v))) }

// Values of the format's enums that this package writes.
const (
	typeInt32     = 1
	typeDouble    = 5
	typeByteArray = 6

	required = 0 // FieldRepetitionType
	optional = 1
	utf8     = 0 // ConvertedType

	encodingPlain = 0
	encodingRLE   = 3

	codecGzip = 2

	pageData = 0 // PageType DATA_PAGE
)

func physical(t Type) int32 {
	switch t {
	case Int32:
		return typeInt32
	case Double:
		return typeDouble
	}
	return typeByteArray
}

// pageHeader is the PageHeader of a version-1 data page of n PLAIN values,
// nulls included. Columns are not nested, so the page has no repetition
// levels; an optional column's page has definition levels, in RLE (the
// hybrid: see appendLevels). The header names RLE for both, as other writers
// do, whether or not the page has them.
func pageHeader(raw, compressed, n int) []byte {
	var c compact
	c.begin()
	c.i32(1, pageData)
	c.i32(2, int32(raw))
	c.i32(3, int32(compressed))
	c.structField(5) // DataPageHeader
	c.i32(1, int32(n))
	c.i32(2, encodingPlain)
	c.i32(3, encodingRLE)
	c.i32(4, encodingRLE)
	c.end()
	c.end()
	return c.b
}

// footer is the FileMetaData of the file written.
func (w *Writer) footer() []byte {
	var c compact
	c.begin()
	c.i32(1, 1) // version
	c.list(2, ctStruct, len(w.columns)+1)
	c.begin() // the root: a group of all the columns
	c.str(4, "schema")
	c.i32(5, int32(len(w.columns)))
	c.end()
	for _, col := range w.columns {
		c.begin()
		c.i32(1, physical(col.Type))
		if col.Optional {
			c.i32(3, optional)
		} else {
			c.i32(3, required)
		}
		c.str(4, col.Name)
		if col.Type == String {
			c.i32(6, utf8)
			c.structField(10) // LogicalType
			c.structField(1)  // STRING
			c.end()
			c.end()
		}
		c.end()
	}
	c.i64(3, w.total)
	c.list(4, ctStruct, len(w.groups))
	for i, g := range w.groups {
		c.begin()
		c.list(1, ctStruct, len(g.columns))
		for k, cc := range g.columns {
			c.begin()
			c.i64(2, 0)      // file_offset: deprecated, 0 as the format now asks
			c.structField(3) // ColumnMetaData
			c.i32(1, physical(w.columns[k].Type))
			c.list(2, ctI32, 2)
			c.rawI32(encodingPlain)
			c.rawI32(encodingRLE)
			c.list(3, ctBinary, 1)
			c.rawStr(w.columns[k].Name)
			c.i32(4, codecGzip)
			c.i64(5, cc.values)
			c.i64(6, cc.raw)
			c.i64(7, cc.size)
			c.i64(9, cc.offset)
			c.end()
			c.end()
		}
		c.i64(2, g.raw)
		c.i64(3, g.rows)
		c.i64(5, g.offset)
		c.i64(6, g.size)
		if i <= math.MaxInt16 {
			c.i16(7, int16(i))
		}
		c.end()
	}
	c.str(6, "dyad")
	c.end()
	return c.b
}
