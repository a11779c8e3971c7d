package coder

import "github.com/dyadhq/dyad"

// attemptFromPlace codes an attempt on a life that names no attacker from
// where it was made, as the codebook's 185 has it ("the location of the
// attack would be coded as the source instead"): "an attempt to
// assassinate the governor of Kandahar was foiled in Kandahar" is AFG
// against AFGGOV, the place's country against the one the attempt was on.
// It returns nil when the act is no attempt (185) on an actor, or the
// sentence names no place after it.
func (s *sentence) attemptFromPlace(a match, tgt int, code dyad.EventCode, conf float64) []proto {
	if code != "185" || tgt < 0 || len(s.ms[tgt].members) != 1 {
		return nil
	}
	pl := s.placeNamed(a.end)
	if pl < 0 || pl == tgt || len(s.ms[pl].members) == 0 {
		return nil
	}
	src := s.ms[pl].members[0]
	src.code, src.person = src.country, nil
	t := s.ms[tgt].members[0]
	if src.country == "" || src.code == t.code {
		return nil
	}
	return []proto{{src: src, tgt: t, hasTgt: true, code: code, words: a.words, conf: conf - 0.15, frame: -1}}
}
