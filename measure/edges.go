package measure

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/dyadhq/dyad"
)

// Tie is a signed tie between two actors. Sign is +1 or -1. Weight is the
// tie's strength where the source gives one; the balance measures read only
// signs.
type Tie struct {
	From, To string
	Sign     int
	Weight   float64
}

// Spell is a tie valid for Begin <= t < End. Begin is -Inf and End +Inf when
// the source leaves them open. Window is the label of the window the tie was
// observed in (such as "46-49") when the source names windows rather than
// giving bounds.
type Spell struct {
	Tie
	Begin, End float64
	Window     string
}

// ReadSignedEdges reads a signed edge list: CSV with a header naming at least
// the columns from, to and sign (source and target are accepted for from and
// to). A sign is written 1 or -1, + or -, or any nonzero number, whose sign is
// taken. Optional columns: weight (default 1); begin and end (or start and
// stop), numbers such as years, empty for an open bound; and a window column
// (window, period or year) whose value labels the window. A year that is a
// number, such as 1914, is also the spell [1914, 1915) unless begin and end say
// otherwise. Other columns are ignored.
//
// A malformed line stops the reading; the error is a *dyad.Error with code
// EINVALID naming the line.
func ReadSignedEdges(r io.Reader) ([]Spell, error) {
	cr := csv.NewReader(r)
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, dyad.Errorf(dyad.EINVALID, "signed edges: empty input, want a header naming from, to and sign")
	}
	if err != nil {
		return nil, edgeError(0, err)
	}
	col := map[string]int{}
	aliases := map[string]string{
		"from": "from", "source": "from",
		"to": "to", "target": "to",
		"sign": "sign", "weight": "weight",
		"begin": "begin", "start": "begin",
		"end": "end", "stop": "end",
		"window": "window", "period": "window", "year": "window",
	}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if name, ok := aliases[h]; ok {
			if _, dup := col[name]; !dup {
				col[name] = i
			}
		}
	}
	for _, need := range []string{"from", "to", "sign"} {
		if _, ok := col[need]; !ok {
			return nil, edgeError(1, fmt.Errorf("no %s column in header %q", need, strings.Join(header, ",")))
		}
	}
	field := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}

	var spells []Spell
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return spells, nil
		}
		if err != nil {
			return nil, edgeError(0, err)
		}
		line, _ := cr.FieldPos(0)
		s := Spell{Begin: math.Inf(-1), End: math.Inf(1), Window: field(rec, "window")}
		s.From, s.To = field(rec, "from"), field(rec, "to")
		if s.From == "" || s.To == "" {
			return nil, edgeError(line, errors.New("empty from or to"))
		}
		if s.Sign, err = parseTieSign(field(rec, "sign")); err != nil {
			return nil, edgeError(line, err)
		}
		s.Weight = 1
		if w := field(rec, "weight"); w != "" {
			s.Weight, err = strconv.ParseFloat(w, 64)
			if err != nil || s.Weight < 0 || math.IsInf(s.Weight, 0) {
				return nil, edgeError(line, fmt.Errorf("weight %q: want a number >= 0 (the sign goes in sign)", w))
			}
		}
		if y, err := strconv.ParseFloat(s.Window, 64); err == nil && !math.IsNaN(y) {
			s.Begin, s.End = y, y+1
		}
		if s.Begin, err = parseSpellBound(field(rec, "begin"), "begin", s.Begin); err != nil {
			return nil, edgeError(line, err)
		}
		if s.End, err = parseSpellBound(field(rec, "end"), "end", s.End); err != nil {
			return nil, edgeError(line, err)
		}
		if s.Begin > s.End {
			return nil, edgeError(line, fmt.Errorf("begin %g is after end %g", s.Begin, s.End))
		}
		spells = append(spells, s)
	}
}

// parseTieSign reads a sign written 1, -1, +, - or any nonzero number.
func parseTieSign(text string) (int, error) {
	switch text {
	case "+":
		return 1, nil
	case "-", "\u2212":
		return -1, nil
	}
	v, err := strconv.ParseFloat(text, 64)
	switch {
	case err != nil || math.IsNaN(v):
		return 0, fmt.Errorf("sign %q: want 1, -1, + or -", text)
	case v > 0:
		return 1, nil
	case v < 0:
		return -1, nil
	}
	return 0, fmt.Errorf("sign %q: a tie must be positive or negative", text)
}

// parseSpellBound reads the begin or end of a spell, a number such as a
// year; empty text leaves the bound as it was.
func parseSpellBound(text, name string, bound float64) (float64, error) {
	if text == "" {
		return bound, nil
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsNaN(v) {
		return 0, fmt.Errorf("%s %q: want a number such as a year", name, text)
	}
	return v, nil
}

// edgeError reports a malformed signed edge list; line 0 means the error
// (from encoding/csv) carries its own position.
func edgeError(line int, err error) error {
	msg := "signed edges"
	if line > 0 {
		msg = fmt.Sprintf("signed edges: line %d", line)
	}
	return &dyad.Error{Code: dyad.EINVALID, Message: msg, Err: err}
}

// At returns the ties of the spells valid at t: Begin <= t < End.
func At(spells []Spell, t float64) []Tie {
	var ties []Tie
	for _, s := range spells {
		if s.Begin <= t && t < s.End {
			ties = append(ties, s.Tie)
		}
	}
	return ties
}

// During returns the ties of the spells observed in the window labelled
// window.
func During(spells []Spell, window string) []Tie {
	var ties []Tie
	for _, s := range spells {
		if s.Window == window {
			ties = append(ties, s.Tie)
		}
	}
	return ties
}

// Windows returns the distinct window labels of spells in the order they
// first appear; none when the source names no windows.
func Windows(spells []Spell) []string {
	var labels []string
	seen := map[string]bool{}
	for _, s := range spells {
		if s.Window != "" && !seen[s.Window] {
			seen[s.Window] = true
			labels = append(labels, s.Window)
		}
	}
	return labels
}
