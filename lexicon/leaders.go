package lexicon

import "strings"

// FormerLeader returns the one person of the surname w (folded) who was ever
// a president or a prime minister by the title of a role, or nil: "the Bush
// administration", "the Clinton administration" name the government a
// leader headed, whoever else bears the name (a minister, a first lady), and
// whenever the text was written. People whose roles bear no title (the
// converted Phoenix entries) are not counted; several leaders of one name in
// different countries give none.
func (lx *Lexicon) FormerLeader(w string) *Actor {
	var pick *Actor
	for _, a := range lx.surnames[w] {
		for _, r := range a.Person.Roles {
			t := strings.ToLower(r.Title)
			if !strings.HasPrefix(t, "president") && !strings.HasPrefix(t, "prime minister") {
				continue
			}
			if pick != nil && pick != a {
				return nil
			}
			pick = a
			break
		}
	}
	return pick
}
