package eval

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dyadhq/dyad"
)

// Example is one of the CAMEO codebook's example sentences and the code the
// codebook files it under. The codebook names no actors, so an example is
// scored on its action alone: whether the coder gives some event of the
// sentence that code (or its root).
type Example struct {
	Code, Name, Text string
}

// IsCodebook reports whether line, the first line of a file, is the header
// of a codebook table with a code and an example column, as the ICEWS
// CAMEO codebook (icews_cameo-codes.csv) has.
func IsCodebook(line []byte) bool {
	r := csv.NewReader(strings.NewReader(string(line)))
	head, err := r.Read()
	return err == nil && slices.Contains(head, "code") && slices.Contains(head, "example")
}

// ReadCodebook reads a codebook table (CSV with a header naming "code",
// "name" and "example") and returns its examples; rows whose example is
// empty or "NA" are skipped.
func ReadCodebook(r io.Reader) ([]Example, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, err
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	ci, ok1 := col["code"]
	xi, ok2 := col["example"]
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("codebook header %q lacks a code or an example column", head)
	}
	ni, hasName := col["name"]
	var out []Example
	for {
		row, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		if xi >= len(row) || ci >= len(row) {
			continue
		}
		text, _, _ := strings.Cut(row[xi], " Note:") // the codebook's comment on the example
		text = strings.TrimSpace(misencoded.Replace(text))
		if text == "" || text == "NA" {
			continue
		}
		ex := Example{Code: strings.TrimSpace(row[ci]), Text: text}
		if hasName && ni < len(row) {
			ex.Name = row[ni]
		}
		out = append(out, ex)
	}
}

// misencoded restores the punctuation of the ICEWS codebook file, whose
// UTF-8 quotes and dashes were once read as Mac Roman and saved as Windows
// code page 1252: the right quote's bytes E2 80 99 became 82 C4 F4.
var misencoded = strings.NewReplacer(
	"\x82\xc4\xf4", "'", "\x82\xc4\xf2", "'", // right and left single quotes
	"\x82\xc4\xfa", `"`, "\x82\xc4\xf9", `"`, // left and right double quotes
	"\x82\xc4\xee", "-", "\x82\xc4\xec", "-", // em and en dashes
)

// CodebookResult is the share of examples whose code the coder gave: the
// full code, and the root (the first two digits).
type CodebookResult struct {
	Examples, Full, Root int
	Misses               []CodebookMiss
}

// CodebookMiss is an example whose full code the coder did not give, with
// the codes it gave instead.
type CodebookMiss struct {
	Example
	Got []string
}

// CodebookDate dates the codebook's examples, which carry no date: most tell
// events of the 1990s and early 2000s, and a date is needed to resolve
// leaders' dated roles and relative days.
const CodebookDate = "2000-01-01"

// ScoreCodebook codes each example (dated date, which the codebook's
// examples lack) and counts those given their code.
func ScoreCodebook(exs []Example, date string, code func(Case) []dyad.Event) CodebookResult {
	var res CodebookResult
	for i, ex := range exs {
		evs := code(Case{ID: fmt.Sprintf("cb%03d", i+1), Date: date, Text: ex.Text})
		var got []string
		full, root := false, false
		for _, e := range evs {
			c := string(e.Action.Code)
			got = append(got, c)
			full = full || c == ex.Code
			root = root || rootOf(c) == rootOf(ex.Code)
		}
		res.Examples++
		if full {
			res.Full++
		}
		if root {
			res.Root++
		}
		if !full {
			res.Misses = append(res.Misses, CodebookMiss{ex, got})
		}
	}
	return res
}

// Write prints the recall of full codes and roots, then (unless brief) each
// example missed with the codes given.
func (r CodebookResult) Write(w io.Writer, brief bool) {
	fmt.Fprintf(w, "CAMEO codebook examples, action only (%d examples)\n", r.Examples)
	fmt.Fprintf(w, "  full code given %d/%d (%.1f%%)  root given %d/%d (%.1f%%)\n",
		r.Full, r.Examples, 100*ratio(r.Full, r.Examples), r.Root, r.Examples, 100*ratio(r.Root, r.Examples))
	if brief {
		return
	}
	for _, m := range r.Misses {
		got := strings.Join(m.Got, ",")
		if got == "" {
			got = "-"
		}
		fmt.Fprintf(w, "  miss   %-5s got %-14s %s\n", m.Code, got, m.Text)
	}
}
