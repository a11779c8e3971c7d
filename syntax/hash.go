package syntax

// Features are hashed: a feature is a template number and the values it
// reads (word hashes, tag and label numbers, counts), mixed into one 32-bit
// key. Keys of features never seen in training find no weights, so no
// vocabulary is stored. A new feature whose key happens to equal a stored
// one adds that feature's weights: with the few hundred thousand keys of a
// model, about one look-up in 10,000, too rare to change a score measurably
// (dev scores with 48-bit keys were the same), while 32-bit keys halve the
// table and the file.

// hashString is 64-bit FNV-1a.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func mix(h, v uint64) uint64 {
	h ^= v
	h *= 0xff51afd7ed558ccd
	return h ^ h>>32
}

// finish scrambles h (the murmur3 finalizer) into a key; 0 marks an empty
// slot of a table, so no key is 0.
func finish(h uint64) uint32 {
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	if k := uint32(h); k != 0 {
		return k
	}
	return 1
}

func key1(t, a uint64) uint32       { return finish(mix(t*0x9e3779b97f4a7c15, a)) }
func key2(t, a, b uint64) uint32    { return finish(mix(mix(t*0x9e3779b97f4a7c15, a), b)) }
func key3(t, a, b, c uint64) uint32 { return finish(mix(mix(mix(t*0x9e3779b97f4a7c15, a), b), c)) }
func key4(t, a, b, c, d uint64) uint32 {
	return finish(mix(mix(mix(mix(t*0x9e3779b97f4a7c15, a), b), c), d))
}
