package coder

// visitingGuests adds the visit that the participle "visiting" tells of an
// official the sentence's act involves: "Ghana's president told the
// visiting Emirati president that ...", "The Philippine president met the
// visiting Japanese prime minister" are also the guest's visit (042) and
// its host's hosting (043), as CAMEO pairs them (doc/POLICY.md §4). Only
// officials of two countries, in a cooperative or verbal act (01 to 05),
// and a visit the sentence does not already tell. (coop6)
func visitingGuests(s *sentence, ps []proto) []proto {
	if len(ps) == 0 || !s.words["visiting"] {
		return nil
	}
	var out []proto
	for _, p := range ps {
		if !p.hasTgt || len(p.words) == 0 || p.code == "042" || p.code == "043" || p.code.Root() > "05" {
			continue
		}
		guest, host := p.tgt, p.src
		if !s.visitingBefore(guest) {
			guest, host = p.src, p.tgt
			if !s.visitingBefore(guest) {
				continue
			}
		}
		if !official(guest) || !official(host) || guest.country == "" || host.country == "" || guest.country == host.country ||
			hasVisit(ps, guest, host) || hasVisit(out, guest, host) {
			continue
		}
		v := p
		v.src, v.tgt, v.code, v.conf, v.frame = guest, host, "042", max(p.conf-0.1, 0.1), -1
		out = append(out, v, linked(v, "043"))
	}
	return out
}

// visitingBefore reports whether member m, or the mention that names it, is
// right after "visiting": "the visiting Emirati president".
func (s *sentence) visitingBefore(m member) bool {
	if m.end <= m.start || m.start >= len(s.toks) {
		return false
	}
	k := m.start
	if mi := s.in[k]; mi >= 0 {
		k = s.ms[mi].start // the mention's words before the name: "visiting Pakistani Prime Minister Shehbaz Sharif"
	}
	return isWord(s.toks, k-1, "visiting") || isWord(s.toks, m.start-1, "visiting")
}
