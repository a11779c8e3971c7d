package petrarch

// Closed word classes the shallow analysis needs. They are facts of English
// grammar, not entries of any dictionary.
var (
	determiners = set("A", "AN", "THE", "ITS", "HIS", "HER", "THEIR", "OUR", "MY", "YOUR", "THIS", "THESE", "THOSE", "SOME", "ANY", "EACH", "EVERY", "'S")
	auxiliaries = set("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "HAS", "HAVE", "HAD", "HAVING",
		"WILL", "WOULD", "SHALL", "SHOULD", "CAN", "CA", "COULD", "MAY", "MIGHT", "MUST", "DO", "DOES", "DID", "WO", "N'T", "NOT", "TO")
	beForms      = set("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM")
	prepositions = set("OF", "IN", "ON", "AT", "BY", "FOR", "FROM", "WITH", "TO", "INTO", "ONTO", "AGAINST", "TOWARD", "TOWARDS",
		"ABOUT", "OVER", "UNDER", "BETWEEN", "AMONG", "DURING", "THROUGH", "NEAR", "ACROSS", "WITHOUT", "WITHIN", "ALONG",
		"AROUND", "BEYOND", "DESPITE", "VIA", "UPON", "LIKE", "TOWARD", "AMID", "BEHIND", "OUTSIDE", "INSIDE")
	// clause openers: a subject is not looked for beyond them
	subordinators = set("AFTER", "BEFORE", "WHEN", "WHILE", "UNTIL", "BECAUSE", "SINCE", "ALTHOUGH", "THOUGH", "IF",
		"UNLESS", "WHEREAS", "WHERE", "WHICH", "WHO", "WHOM", "WHOSE", "THAT")
	// openers of adjunct clauses: an object is not looked for beyond them
	adjuncts = set("AFTER", "BEFORE", "WHEN", "WHILE", "UNTIL", "BECAUSE", "SINCE", "ALTHOUGH", "THOUGH",
		"UNLESS", "WHEREAS", "WHERE", "WHICH", "WHO", "WHOM", "WHOSE")
	pronouns     = set("IT", "HE", "SHE", "THEY", "WE", "I", "YOU", "HIM", "THEM", "ONE", "THERE")
	conjunctions = set("AND", "OR", "NOR", "&")
	// irregular past participles, for the passive voice
	participles = set("BEEN", "BROKEN", "CAUGHT", "DONE", "DRAWN", "DRIVEN", "FOUGHT", "FOUND", "GIVEN", "HELD", "HIT",
		"KEPT", "LED", "LEFT", "LOST", "MADE", "MET", "PAID", "PUT", "SEEN", "SENT", "SHOT", "SOLD", "SPENT", "STRUCK",
		"TAKEN", "TOLD", "TORN", "WON", "WOUNDED", "BEATEN", "BOUND", "CHOSEN", "FORBIDDEN", "FROZEN", "HIDDEN", "SHAKEN",
		"SPOKEN", "STOLEN", "SWORN", "THROWN", "WITHDRAWN", "WRITTEN", "BLOWN", "OVERCOME", "OVERTHROWN", "SHUT", "CUT", "SET")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// isPunct reports whether w is a punctuation token.
func isPunct(w string) bool {
	for _, r := range w {
		if (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') || r > 127 {
			return false
		}
	}
	return true
}
