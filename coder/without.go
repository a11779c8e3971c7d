package coder

// without returns protos without the events drop reports, allocating only
// when there is one to drop: most filters drop nothing from most sentences.
// The result may be protos itself, which callers replace with it.
func without(protos []proto, drop func(p proto) bool) []proto {
	return withoutAt(protos, func(i int) bool { return drop(protos[i]) })
}

// withoutAt is without for a filter that reads the events before the one it
// judges: it calls drop once for each index, in order.
func withoutAt(protos []proto, drop func(i int) bool) []proto {
	i := 0
	for i < len(protos) && !drop(i) {
		i++
	}
	if i == len(protos) {
		return protos
	}
	out := make([]proto, i, len(protos)-1)
	copy(out, protos[:i])
	for j := i + 1; j < len(protos); j++ {
		if !drop(j) {
			out = append(out, protos[j])
		}
	}
	return out
}
