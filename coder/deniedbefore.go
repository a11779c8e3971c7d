package coder

import "strings"

// noparties9: a denial that names no one, told in a sentence after the
// accusation it answers ("Azerbaijan accused Armenia of shelling its
// positions. Yerevan denied the accusation."), denies responsibility (016)
// to the accuser, as deniedCharges has it within one sentence: the latest
// accusation (112x) of the denier's country in the two sentences before,
// by another country.

// deniedBefore gives each denial of protos with no target the accuser of
// the latest accusation of its source's country that ctx remembers from
// the two sentences before.
func deniedBefore(ctx *docCtx, protos []proto) []proto {
	for i := range protos {
		p := &protos[i]
		if p.code != "016" || p.hasTgt || p.src.country == "" {
			continue
		}
		for k := len(ctx.events) - 1; k >= 0; k-- {
			e := ctx.events[k]
			if e.sentence < ctx.sentence-2 {
				break
			}
			if e.sentence >= ctx.sentence || len(e.src) != 1 || !strings.HasPrefix(string(e.code), "112") {
				continue
			}
			if accusedIn(e.tgt, p.src.country) && e.src[0].country != p.src.country && e.src[0].country != "" {
				mb := e.src[0]
				mb.start, mb.end = -1, -1 // words of another sentence
				p.tgt, p.hasTgt = mb, true
				break
			}
		}
	}
	return protos
}

// accusedIn reports whether one of the accused ms is of country.
func accusedIn(ms []member, country string) bool {
	for _, m := range ms {
		if m.country == country {
			return true
		}
	}
	return false
}
