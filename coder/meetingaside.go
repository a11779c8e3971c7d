package coder

// meetingAside drops a meeting told by a participle set off by commas that
// names no party of its own ("Leaders of ECOWAS, meeting in Abuja on Sunday,
// gave the junta in Niger one week"): the leaders met each other, and whom
// the main clause acts on after the closing comma is no party of the meeting.
func meetingAside(s *sentence, ps []proto) []proto {
	if !s.words["meeting"] {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		if p.code == "040" && len(p.words) == 1 && p.hasTgt && s.asideMeeting(p.words[0], max(p.src.start, p.tgt.start)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// asideMeeting reports whether "meeting" at token t follows a comma and the
// token at, another party's first word, stands after the comma that closes
// its phrase.
func (s *sentence) asideMeeting(t, at int) bool {
	if s.toks[t].Lower != "meeting" || !isWord(s.toks, t-1, ",") || at <= t {
		return false
	}
	for k := t + 1; k < at && k < len(s.toks); k++ {
		switch s.toks[k].Lower {
		case "with", "between":
			return false
		case ",":
			return true
		}
	}
	return false
}
