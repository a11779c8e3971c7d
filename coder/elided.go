package coder

import (
	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// Elided names: "North and South Korea", "East and West Germany", "North
// and South Korean troops" name two states whose shared word is written once. The
// first word ("North") is no name of its own; it is the name the second
// conjunct gives when its first word is replaced ("North Korea").

// compassWord holds the words that tell two states of one name apart.
var compassWord = map[string]bool{
	"north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
}

// elidedName returns the hit of a compass word that stands before "and" and
// another compass word beginning a state's name (toks[i] "North" in "North
// and South Korea"): the state the name gives with the first word put in
// the second's place. It returns a hit of length zero otherwise.
func (c *Coder) elidedName(toks []text.Token, i int) raw {
	none := raw{start: i, end: i}
	if i+3 >= len(toks) || !toks[i].Cap || !compassWord[toks[i].Lower] || toks[i+1].Lower != "and" ||
		!compassWord[toks[i+2].Lower] || toks[i+2].Lower == toks[i].Lower {
		return none
	}
	second, n := c.lx.Actor(toks, i+2)
	if n < 2 || second[0].Kind != lexicon.Name && second[0].Kind != lexicon.Adjective || second[0].Country == "" {
		return none
	}
	name := make([]text.Token, 0, n)
	name = append(name, toks[i])
	name = append(name, toks[i+3:i+2+n]...)
	first, m := c.lx.Actor(name, 0)
	if m != n || first[0].Kind != second[0].Kind || first[0].Country == "" || first[0].Country == second[0].Country {
		return none
	}
	return raw{start: i, end: i + 1, kind: rActor, acts: first}
}
