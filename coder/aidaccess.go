package coder

import "strings"

// aidGiver reads whom an opening for aid lets in: "agreed to open three
// crossings from Sudan for U.N. aid" allows the United Nations' deliveries
// (0863, or the intent to, 0355), not Sudan, which the crossing's place
// names. When such an act has no target or a state's and the sentence names one
// international or non-governmental organisation after the act's trigger,
// the organisation is the target, as the codebook's 086x have the body
// whose aid, peacekeepers or inspectors are received.
func aidGiver(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		switch p.code {
		case "0861", "0862", "0863", "0355":
		default:
			continue
		}
		if p.hasTgt && len(p.tgt.code) != 3 || len(p.words) == 0 {
			continue
		}
		if mb, ok := s.oneBodyAfter(p.words[0]); ok {
			p.tgt, p.hasTgt = mb, true
		}
	}
	return ps
}

// oneBodyAfter returns the one organisation (IGO or NGO) the sentence names
// after token t, or false when it names none or several.
func (s *sentence) oneBodyAfter(t int) (member, bool) {
	var found member
	n := 0
	for k := range s.ms {
		m := &s.ms[k]
		if m.start <= t || m.kind != mFull {
			continue
		}
		for _, b := range m.members {
			if strings.HasPrefix(b.code, "IGO") || strings.HasPrefix(b.code, "NGO") {
				if n == 0 || b.code != found.code {
					found, n = b, n+1
				}
			}
		}
	}
	return found, n == 1
}
