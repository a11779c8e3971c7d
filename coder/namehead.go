package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// headOfLongerName reports whether place hit x is a short form of a place's
// name (its first words, "Rio" for Rio de Janeiro) that heads another proper
// name the gazetteer does not know: "the Rio Grande" is a river, not Rio de
// Janeiro. The word after the hit is then capitalised, joined to it with no
// punctuation, not the next word of the place's own name, and it starts no
// phrase of the dictionaries and names no kind of place ("Bagram Airfield"
// is the base). Headlines in title case are left alone.
func (c *Coder) headOfLongerName(toks []text.Token, x raw) bool {
	i := x.end
	if x.kind != rPlace || len(x.places) == 0 || i >= len(toks) {
		return false
	}
	t := &toks[i]
	if t.Kind != text.Word || !t.Cap || t.Upper || toks[i-1].End != t.Start-1 || placeKindWord[t.Lower] {
		return false
	}
	full := strings.Fields(strings.ToLower(x.places[0].Name))
	n := x.end - x.start
	if len(full) <= n || full[n] == t.Lower {
		return false
	}
	for k := range n {
		if full[k] != toks[x.start+k].Lower {
			return false
		}
	}
	return c.lx.Starts(t) == 0 && !titleCase(toks)
}

// placeKindWord holds the words that name what kind of place the name before
// them is, capitalised as part of its name ("Bagram Airfield").
var placeKindWord = set(`city town village province region oblast district state governorate county
municipality prefecture department airport airfield airbase air international port harbour harbor bay
gulf sea strait river valley lake island islands peninsula border crossing camp base barracks bridge
station strip hills heights mountains desert corridor pass glacier terminal field`)
