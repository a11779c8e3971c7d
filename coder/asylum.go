package coder

// A leader or dissident who arrives where he is given asylum has fled, not
// visited: "Assad arrived in Moscow, and Russia granted him asylum" is
// Russia's grant of asylum (075) to Syria's, and no visit (042) nor hosting
// (043); "arrived in the Maldives, where he was granted asylum" tells the
// grant in the passive, by the country he arrived in. A visit by someone
// else in a sentence that mentions asylum stays a visit.

// asylumArrivals drops the visits of ps whose guest the sentence says was
// granted asylum by the host, and gives a passive grant its host.
func asylumArrivals(s *sentence, ps []proto) []proto {
	if !s.words["asylum"] {
		return ps
	}
	passive := -1 // "was granted asylum", "had been given asylum"
	for k := 2; k < len(s.toks); k++ {
		if s.toks[k].Lower == "asylum" && (isWord(s.toks, k-1, "granted") || isWord(s.toks, k-1, "given") ||
			isWord(s.toks, k-1, "political") && (isWord(s.toks, k-2, "granted") || isWord(s.toks, k-2, "given"))) {
			if j := k - 2; isWord(s.toks, j, "was") || isWord(s.toks, j, "been") || isWord(s.toks, j-1, "was") || isWord(s.toks, j-1, "been") {
				passive = k
			}
		}
	}
	granted := func(host, guest member) bool {
		for _, q := range ps {
			if q.code == "075" && q.hasTgt && sameSide(q.src, host) && sameSide(q.tgt, guest) {
				return true
			}
		}
		return false
	}
	out := ps[:0:0]
	var grants []proto
	for _, p := range ps {
		if (p.code == "042" || p.code == "043") && p.hasTgt {
			guest, host := p.src, p.tgt
			if p.code == "043" {
				guest, host = host, guest
			}
			if granted(host, guest) {
				continue
			}
			if passive >= 0 && (len(p.words) == 0 || p.words[0] < passive) {
				if p.code == "042" {
					grants = append(grants, proto{src: host, tgt: guest, hasTgt: true, code: "075", words: []int{passive}, conf: p.conf, frame: -1})
				}
				continue
			}
		}
		out = append(out, p)
	}
	return append(out, grants...)
}

// sameSide reports whether a and b are one actor or of one country.
func sameSide(a, b member) bool {
	return a.code == b.code || a.country != "" && a.country == b.country
}
