package coder

// A court's ruling on "the government": a court finds against the
// government of its own state, whatever the country the document names
// most. "Kenya's High Court ruled that the government's deployment of
// police officers to Haiti was unconstitutional" is KENJUD → KENGOV 116,
// not a ruling on Haiti's government, should the report name Haiti more; the
// bare role word takes the court's country, as a court rules within its
// own jurisdiction. International courts have no country and are left
// alone, and so is a government the words name ("Rwanda's government").

// courtsGovernment gives the bare "government" that a national court's
// finding (116) is against the court's own country.
func courtsGovernment(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "116" || !p.hasTgt || role(p.src) != "JUD" || p.src.country == "" || p.tgt.country == p.src.country ||
			role(p.tgt) != "GOV" || p.tgt.start < 0 || p.tgt.start >= len(s.at) {
			continue
		}
		mi := s.at[p.tgt.start]
		if mi < 0 || s.ms[mi].kind != mImplied {
			continue // "Rwanda's government": a country of its own words
		}
		ps[i].tgt.country = p.src.country
		ps[i].tgt.code = p.src.country + "GOV"
	}
	return ps
}
