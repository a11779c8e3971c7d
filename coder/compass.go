package coder

import (
	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// A country named with a compass word before it ("fired missiles at western
// Ukraine", "crossed into rebel-held northwest Syria") names a part of the
// country, and a place is named as the text names it (doc/POLICY.md §20):
// "western Ukraine", at the country's point (precision "country").

// compassWords are the lower-case words of direction that name a part of a
// country before its name.
var compassWords = set(`northern southern eastern western central northeastern northwestern southeastern southwestern
	north-eastern north-western south-eastern south-western northeast northwest southeast southwest north south east west`)

// compassPart returns the name of the part of a country that a compass word
// right before the country's name at toks[start:end] says ("western
// Ukraine"), or "".
func compassPart(toks []text.Token, start, end int) string {
	if start < 1 || end > len(toks) || end <= start || toks[start-1].Cap || !compassWords[toks[start-1].Lower] ||
		isWord(toks, end, "'s") {
		return "" // not "northern Iraq's Duhok region": the possessor only says where the place is
	}
	return toks[start-1].Text + " " + joinWords(toks[start:end])
}

// compassTarget returns the part of its target's country where force was
// used or aid delivered, when the target is a country named with a compass
// word and no place of the clause says where: "fired 40 missiles at western
// Ukraine", "sent 40 rescuers to southern Turkey"; nil otherwise.
func (c *Coder) compassTarget(s *sentence, p proto) *dyad.Place {
	if !p.hasTgt || p.code.Root() < "18" && p.code.Root() != "07" || p.tgt.country == "" || p.tgt.start < 0 || p.tgt.end > len(s.toks) {
		return nil
	}
	name := compassPart(s.toks, p.tgt.start, p.tgt.end)
	if name == "" || c.lx.CountryCode(joinWords(s.toks[p.tgt.start:p.tgt.end])) != p.tgt.country {
		return nil // the country's own name, not "eastern Ukrainian troops"
	}
	pl := c.countryPlace(p.tgt.country, "event")
	if pl == nil {
		return nil
	}
	pl.Name, pl.Precision = name, "country"
	return pl
}
