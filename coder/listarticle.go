package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// articleCounted returns the amount of a target named last in a list by
// "a" or "an" and its people's word, after an amount of another people:
// "kidnapped 12 Americans and a Canadian" counts one Canadian for the event
// on Canada, as "and one Canadian" does (POLICY §20), and "three Britons and
// a German journalist" one journalist; where the first amount's noun is
// described by its people ("16 American citizens and a Canadian"), the noun
// is shared: one citizen. It returns nil when the target is not so named or
// q, the event's amount, is none or its own.
func (c *Coder) articleCounted(s *sentence, qs []qty, p proto, q *dyad.Quantity) *dyad.Quantity {
	k, toks := p.tgt.start, s.toks
	if q == nil || q.Unit != "" || k < 2 || p.tgt.end != k+1 && p.tgt.end != k+2 || !toks[k].Cap ||
		!isWord(toks, k-1, "a") && !isWord(toks, k-1, "an") || !isWord(toks, k-2, "and") && !isWord(toks, k-2, ",") {
		return nil
	}
	if c.wordCountry(toks, k) != p.tgt.country || isWord(toks, p.tgt.end, "-") {
		return nil // not "a Bahamas-flagged carrier"
	}
	if ct, ok := c.lx.Country(p.tgt.country); ok && strings.EqualFold(ct.Name, toks[k].Text) {
		return nil // the country's name, not its people's word
	}
	item := toks[k].Lower
	if p.tgt.end == k+2 {
		if n := &toks[k+1]; n.Kind == text.Word && !n.Cap {
			item = n.Lower // "a German journalist"
		} else {
			return nil
		}
	}
	if strings.EqualFold(q.Item, item) {
		return nil
	}
	for _, x := range qs {
		// "16 American citizens": a noun its people's word describes is
		// the Canadian's noun too
		if p.tgt.end == k+1 && x.q == *q && x.end >= x.start+3 && x.end <= k && toks[x.end-2].Cap && q.Item != "" {
			if cc := c.wordCountry(toks, x.end-2); cc != "" && cc != p.tgt.country {
				item = singularOf(toks[x.end-1].Lower)
			}
		}
	}
	words := make([]string, 0, 3)
	for j := k - 1; j < p.tgt.end; j++ {
		words = append(words, toks[j].Text)
	}
	return &dyad.Quantity{Value: 1, Item: item, Text: strings.Join(words, " "), Status: q.Status}
}

// singularOf is a plural noun in the singular, for the regular plurals a
// shared noun takes ("citizens", "nationals").
func singularOf(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}
