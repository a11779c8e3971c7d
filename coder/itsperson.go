package coder

import "github.com/dyadhq/dyad/text"

// noparties: an actor's name that modifies a person's noun ("an Indian air
// force pilot", "a Russian army officer") is not what a later "its" stands
// for: the noun is a person, and the name says only whose he is. "Pakistan
// handed back an Indian air force pilot, two days after its jets shot down
// his plane": "its" is Pakistan's, not the Indian air force's.

// personModifier reports whether mention m stands right before the noun of
// a person, which it modifies.
func personModifier(toks []text.Token, m *mention) bool {
	k := m.end
	return k < len(toks) && toks[k].Kind == text.Word && !toks[k].Cap && (captiveNouns[toks[k].Lemma] || personNouns[toks[k].Lower])
}
