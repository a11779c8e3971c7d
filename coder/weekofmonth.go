package coder

import (
	"time"

	"github.com/dyadhq/dyad/text"
)

// weekOfMonth narrows the month m that the month's name at token i names to
// the week the words before it count: "in the first week of May" is 1 to 7
// May, "the second week" 8 to 14, "the third" 15 to 21, "the fourth" 22
// to 28, "the last week of April" its last seven days. Else m.
func weekOfMonth(toks []text.Token, i int, m when) when {
	if len(m.iso) != 7 || i < 4 || !isWord(toks, i-1, "of") || !isWord(toks, i-2, "week") || !isWord(toks, i-4, "the") {
		return m
	}
	first, err := time.Parse("2006-01-02", m.start)
	if err != nil {
		return m
	}
	var a time.Time
	switch w := toks[i-3].Lower; {
	case ordinals[w] > 0:
		a = first.AddDate(0, 0, 7*(ordinals[w]-1))
	case w == "last" || w == "final":
		a = first.AddDate(0, 1, -7)
	default:
		return m
	}
	b := a.AddDate(0, 0, 6)
	w := daysFrom(a, b)
	w.explict = m.explict
	return w
}
