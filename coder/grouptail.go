package coder

import "github.com/dyadhq/dyad/text"

// Group nouns after a group's name: "Somalia's al Shabaab militant group",
// "the Jemaah Islamiyah militant network", "the ELN rebel movement" are
// the group; the trailing words are its own, so that the verb after them
// finds the group as its subject and not a role word before it ("Gunmen
// from Somalia's al Shabaab militant group stormed" is al Shabaab's act).

var (
	groupDescriptors = set(`militant armed rebel islamist jihadist insurgent separatist extremist terrorist paramilitary guerrilla guerrillas`)
	groupHeadNouns   = set(`group movement network organisation organization faction militia outfit`)
)

// groupTails extends each mention of one non-state group over the group
// nouns right after it.
func groupTails(toks []text.Token, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.kind != mFull || len(m.members) != 1 || !nonState(m.members[0]) {
			continue
		}
		k := m.end
		for k < len(toks) && k < m.end+2 && !toks[k].Cap && groupDescriptors[toks[k].Lower] {
			k++
		}
		if k >= len(toks) || toks[k].Cap || !groupHeadNouns[toks[k].Lower] || i+1 < len(ms) && ms[i+1].start <= k {
			continue
		}
		m.end = k + 1
		for j := range m.members {
			m.members[j].end = m.end
		}
	}
}
