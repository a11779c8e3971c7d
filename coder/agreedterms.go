package coder

// What two sides commit to in a peace agreement they sign or reach is the
// agreement's terms, not a second act: "signed a peace agreement that
// commits both sides to ending the fighting" is the agreement (057 both
// ways) alone, as the team's sets code it. A reciprocal intention to end
// the fighting or settle the dispute (0356, 037 both ways) between the two
// sides of a reciprocal agreement in one sentence is dropped; other
// intentions beside an agreement (ties to restore, prisoners to exchange,
// a one-sided pledge) stay, as the sets code them.

// agreedTerms drops the intentions of ps that are the terms of an agreement
// between the same two sides.
func agreedTerms(ps []proto) []proto {
	agreed := func(p proto) bool {
		if hasCode(ps, p.src, p.tgt, "057") && hasCode(ps, p.tgt, p.src, "057") {
			return true
		}
		// precision7: the sides' countries will do, "the foreign ministers of
		// Congo and Rwanda signed an agreement that commits both sides to
		// ending the fighting" (CODGOV, RWAGOV) commits COD and RWA
		there := proto{src: p.src, tgt: p.tgt, hasTgt: true, code: "057"}
		back := proto{src: p.tgt, tgt: p.src, hasTgt: true, code: "057"}
		return p.src.country != "" && p.tgt.country != "" && p.src.country != p.tgt.country && hasCountryEvent(ps, there) && hasCountryEvent(ps, back)
	}
	terms := func(p proto) bool {
		mirror := proto{src: p.tgt, tgt: p.src, hasTgt: true, code: p.code}
		return p.hasTgt && termCodes[string(p.code)] && (hasCode(ps, p.tgt, p.src, p.code) || hasCountryEvent(ps, mirror)) && agreed(p)
	}
	drop := false
	for _, p := range ps {
		drop = drop || terms(p)
	}
	if !drop {
		return ps
	}
	out := ps[:0:0]
	for _, p := range ps {
		if terms(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// termCodes are the intentions of a peace agreement's terms: fighting to
// end (0356), a dispute to settle (037).
var termCodes = set(`0356 037`)
