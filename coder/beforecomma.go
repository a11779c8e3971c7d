package coder

// A place named before an act across a word that opens another clause
// ("Macron met Xi in Guangzhou, after holding talks with him in Beijing")
// is the earlier clause's; one after the act's own words is the act's,
// though it stand further from the verb. locate takes the earlier place as
// one of another verb (its prior), which a place after the act beats; with
// none after, it stays. A comma alone severs nothing: a participle after
// it goes on with its clause's act ("in the Red Sea on Sunday, seizing the
// ship and sailing it to ... Hodeidah" seized it at sea).

// severs are words that end one clause's reach before the next act.
var severs = set(`after before while as since when whereas`)

// severedBefore reports whether the site st ends before the act's first
// word a with a word of severs between them.
func (s *sentence) severedBefore(st *site, a int) bool {
	if st.end > a {
		return false
	}
	for k := st.end; k < a; k++ {
		if severs[s.toks[k].Lower] {
			return true
		}
	}
	return false
}
