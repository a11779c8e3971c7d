package coder

// The aim of a drive, a campaign or a bid is what it seeks, not what was
// done: "pressed ahead with a drive to expel migrants", "over its campaign
// to amend the law", "Ukraine's bid to join the bloc" tell no expulsion, no
// amendment, no joining. What the sentence reports done ("sent back 1,400
// Afghans") is coded from its own words.

// aimNouns are the nouns of an effort whose infinitive is its aim ("an
// offensive to retake the town" is left to the force it tells).
var aimNouns = set(`drive campaign bid push effort efforts crusade measures`)

// aimOfEffort reports whether action a is the infinitive of an effort noun:
// "a drive to expel migrants".
func (s *sentence) aimOfEffort(a match) bool {
	if a.trig < 2 || s.toks[a.trig-1].Lower != "to" {
		return false
	}
	n := a.trig - 2
	if n > 0 && (s.toks[n].Text == "\"" || s.toks[n].Text == "'" || s.toks[n].Text == "”") {
		n-- // "what it called \"anti-terrorist measures\" to disarm"
	}
	return aimNouns[s.toks[n].Lower]
}
