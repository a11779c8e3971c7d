package coder

// What an appeal or a pledge asks for or offers, told after the noun that
// makes it: "sent a formal request to New Delhi for the extradition of ...",
// "made an urgent appeal to Berlin for air defence systems", "renewed its
// appeal to Turkey for the withdrawal of its troops". The pattern of the
// appeal itself ("make|send|renew ... appeal|request to $T") is the longer
// match and binds the addressee, but says only that an appeal was made
// (020); a pattern of the same family that starts inside it and reads on
// past its end ("request ... extradition of", "appeal to $T for ... &WEAPON")
// says what was asked for, and is dropped as a match inside the first. The
// codebook codes such an appeal by what it asks for (0213, 0232, 0256), so
// the kept appeal takes that pattern's code; its words, addressee and source
// stay its own.

// residual reports whether code is the unspecified code of the appeal or
// intention families (020, 030), which the codebook uses only when what is
// asked for or promised cannot be told.
func residual(code string) bool {
	return code == "020" || code == "030"
}

// specify returns b with the code of a, a match of b's family whose trigger
// is one of b's words and that reads further than b, when b is the family's
// residual code and a's is a subcode of it; else b unchanged.
func specify(b, a match) match {
	bc, ac := string(b.p.Code), string(a.p.Code)
	if !residual(bc) && !protestKind(bc, ac) || ac == bc || b.p.Code.Root() != a.p.Code.Root() || a.end <= b.end || b.p.Frame != "" || a.p.Frame != "" {
		return b
	}
	q := *b.p
	q.Code = a.p.Code
	b.p = &q
	return b
}

// protestKind reports whether ac is a subcode of the protest bc (141 to 145)
// that says what the protesters demand: "converged for a rally in Lagos to
// protest the rights violations" is a rally for rights (1413), told by the
// pattern of "rally" that reads on past the gathering's own.
func protestKind(bc, ac string) bool {
	return len(bc) == 3 && bc >= "141" && bc <= "145" && len(ac) == 4 && ac[:3] == bc
}
