package lexicon

// addSurname files a under the last word of one of its names ("bush" of
// "George W. Bush"), once per person.
func (lx *Lexicon) addSurname(w string, a *Actor) {
	if lx.surnames == nil {
		lx.surnames = map[string][]*Actor{}
	}
	for _, b := range lx.surnames[w] {
		if b.Person == a.Person {
			return
		}
	}
	lx.surnames[w] = append(lx.surnames[w], a)
}

// Surnamed returns the people one of whose names of two words or more ends
// in the folded word w: "bush" gives both Presidents Bush. A title before
// the word and the date tell which one a text means ("President Bush" in
// 2003).
func (lx *Lexicon) Surnamed(w string) []*Actor { return lx.surnames[w] }
