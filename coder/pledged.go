package coder

// Goods a relative clause says were pledged: "the 30 howitzers which Norway
// promised to Kyiv last year have arrived". The pledge is
// read by its own patterns (verbs.txt, "&WEAPON that|which $S pledge ... to
// $T", 0332), which act on the goods' words; the goods' arrival told by the
// main clause is still their delivery (flow.go), which an act on the goods
// would otherwise keep from being read. Only the pledge a relative clause
// on the goods makes is set aside so: "suspended a military aid programme"
// still acts on what it names.

// pledgedGoods reports whether event p is an intention (03x) told by a
// relative clause on goods that end just before token ge.
func (s *sentence) pledgedGoods(p proto, ge int) bool {
	return p.code.Root() == "03" && (isWord(s.toks, ge, "that") || isWord(s.toks, ge, "which"))
}

// timeWords returns the words of event p that its time is read from: for a
// pledge a relative clause on the goods tells ("the howitzers which Norway
// promised to Kyiv in March have arrived"), the clause's own words from
// its verb on, whose time is March, not the arrival's; for a denial of a
// charge summed up (", a charge Yerevan denied"), the accusation's words,
// not the accused act's nearer day; else p's words.
func (s *sentence) timeWords(p proto) []int {
	if len(p.timeFrom) > 0 {
		return p.timeFrom // ", a charge Yerevan denied": when the accusation was made
	}
	if p.code.Root() != "03" || len(p.words) < 3 {
		return p.words
	}
	for i, k := range p.words[:len(p.words)-1] {
		if i > 0 && (isWord(s.toks, k, "that") || isWord(s.toks, k, "which")) {
			return p.words[i+1:]
		}
	}
	return p.words
}
