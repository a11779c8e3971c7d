package coder

// Where an attacker is based, told by a participle right after it, is not
// where its force struck, as a place in its own phrase is not (fromParty in
// locate): "Ukrainian troops based in Sumy launched an incursion into
// Russia's Kursk region" was in Kursk, and "Pakistani Taliban fighters
// based in Afghanistan attacked a checkpoint in Chitral" in Chitral.

// basedWords are participles that say where a party is stationed.
var basedWords = set(`based stationed positioned deployed entrenched holed`)

// basedAt reports whether the site st is named in a phrase after a
// participle of basedWords right after the party m: "troops based in Sumy".
func (s *sentence) basedAt(m member, st *site) bool {
	k := m.end
	if m.start < 0 || k >= st.start || !basedWords[s.toks[k].Lower] {
		return false
	}
	if isWord(s.toks, k+1, "up") {
		k++ // "holed up in Bakhmut"
	}
	return phraseAfter(s.toks, k+1, st.start)
}
