package coder

import "github.com/dyadhq/dyad"

// complements9: a state that lets inspectors inspect receives them (0862)
// and is inspected (09): "Iran allowed IAEA inspectors to inspect the Fordow
// site" is IRN → IGOUNOIAE 0862 and IGOUNOIAE → IRN 090, the inspection an
// act of the inspectors told as done, not a complement of the permission,
// as the team's sets code it. So too "Syria allowed UN investigators to
// inspect the site".

// letInspect returns the events of act a made the inspectors' own when its
// code, an investigation, follows in clause cl an event of receiving
// inspectors (0862) with a target: its source is that event's target, its
// target that event's source, whoever else the act's own words bound (or
// none: "inspect a nuclear plant in Isfahan" binds only the state). ok is
// false for any other shape.
func (s *sentence) letInspect(a match, code dyad.EventCode, cl int, evs, out []proto) ([]proto, bool) {
	if code.Root() != "09" {
		return evs, false
	}
	for k := len(out) - 1; k >= 0; k-- {
		b := out[k]
		if b.code != "0862" || !b.hasTgt || len(b.words) == 0 || s.clause(b.words[0]) != cl {
			continue
		}
		e := proto{code: code, words: a.words, conf: b.conf, frame: -1}
		if len(evs) > 0 {
			e = evs[0]
		}
		e.src, e.tgt, e.hasTgt = b.tgt, b.src, true
		return []proto{e}, true
	}
	return evs, false
}
