package parquet

import (
	"encoding/binary"
)

// maxGroups bounds the groups of eight values in one bit-packed run. The
// format allows more; parquet-mr writes at most 63, and some readers were
// written against it.
const maxGroups = 63

// appendLevels appends to dst the definition levels of a page of an
// optional column (each 0 or 1) as the format's data pages of version 1
// store them: their length in bytes (4, little-endian), then the levels in
// the RLE/bit-packed hybrid encoding with a bit width of 1.
//
// The hybrid is a sequence of runs, each led by a ULEB128 header. A run of
// repeats (header count<<1) is one value, in a byte, repeated count times;
// a bit-packed run (header groups<<1 | 1) holds groups of eight values, one
// bit each, the first value in the lowest bit. Runs of eight or more equal
// levels are written as repeats, the rest bit-packed; only the last group of
// the page may be padded, since the page header gives the number of values.
func appendLevels(dst []byte, levels []byte) []byte {
	at := len(dst)
	dst = append(dst, 0, 0, 0, 0)
	for i, n := 0, len(levels); i < n; {
		if r := run(levels, i); r >= 8 {
			dst = binary.AppendUvarint(dst, uint64(r)<<1)
			dst = append(dst, levels[i])
			i += r
			continue
		}
		// bit-pack groups until a run of repeats begins or the groups run out
		j := i + 8
		for j < n && j-i < 8*maxGroups && run(levels, j) < 8 {
			j += 8
		}
		j = min(j, n)
		groups := (j - i + 7) / 8
		dst = binary.AppendUvarint(dst, uint64(groups)<<1|1)
		for g := range groups {
			var b byte
			for k := range 8 {
				if p := i + 8*g + k; p < j && levels[p] != 0 {
					b |= 1 << k
				}
			}
			dst = append(dst, b)
		}
		i = j
	}
	binary.LittleEndian.PutUint32(dst[at:], uint32(len(dst)-at-4))
	return dst
}

// run returns how many levels from i on equal levels[i].
func run(levels []byte, i int) int {
	j := i + 1
	for j < len(levels) && levels[j] == levels[i] {
		j++
	}
	return j - i
}
