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

// edited builds the result of a filter that may drop or change events,
// copying its input only at the first event dropped or changed: most
// filters touch nothing in most sentences. Call drop or keep once for each
// index, in order (insert before either), then result.
type edited struct {
	in, out []proto
	copied  bool
}

func (e *edited) drop(i int) { e.copyTo(i) }

// keep keeps p, the event at index i, changed from the input or not.
func (e *edited) keep(i int, p proto, changed bool) {
	if changed {
		e.copyTo(i)
	}
	if e.copied {
		e.out = append(e.out, p)
	}
}

// insert adds p, an event of the filter's own, before the event at index i.
func (e *edited) insert(i int, p proto) {
	e.copyTo(i)
	e.out = append(e.out, p)
}

func (e *edited) copyTo(i int) {
	if !e.copied {
		e.out, e.copied = append(make([]proto, 0, len(e.in)), e.in[:i]...), true
	}
}

// result is the input itself when nothing was dropped or changed.
func (e *edited) result() []proto {
	if e.copied {
		return e.out
	}
	return e.in
}
