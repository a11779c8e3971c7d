package coder

// Flows a cut names (fresh training sets 32 and 33: trade halted, goods
// kept out).
//
// A reduction of relations (16x: "halted all exports to and imports from
// Israel", "suspended imports of grain from Ukraine") names the trade it
// stops as its object; that trade is no cooperation of its own. Its pattern
// reads the first noun of trade ("exports ... from"), so a second one after
// "and" ("imports from") would match a trade pattern (061) inside the cut's
// words: haltedFlow tells matches to drop it.

// haltedFlow reports whether match a, a material cooperation (06x), lies
// inside the words of match b, a reduction of relations (16x), after b's
// trigger: the cut's object, not a flow.
func haltedFlow(a, b match) bool {
	return a.p.Code.Root() == "06" && b.p.Code.Root() == "16" && b.trig < a.trig && a.end <= b.end
}
