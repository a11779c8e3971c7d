package coder

import "github.com/dyadhq/dyad/text"

// Titles in apposition to names no dictionary knows (moved from match.go).

// appositive returns the actor of the title in apposition to a name at
// token k that no dictionary knows ("Abu Khalil, a senior Hamas commander",
// "X, the Islamic State group's leader in Southeast Asia"): the first actor
// of the noun phrase after the name's comma and its article, before the
// phrase ends; or -1.
func (s *sentence) appositive(k int) int {
	j := k
	for j < len(s.toks) && j < k+4 && s.toks[j].Cap && s.toks[j].Kind == text.Word && s.in[j] < 0 {
		j++
	}
	if j == k || !isWord(s.toks, j, ",") || j+1 >= len(s.toks) {
		return -1
	}
	from := j + 2
	if isWord(s.toks, j+1, "one") && isWord(s.toks, j+2, "of") {
		from = j + 3 // "Pham Doan Trang, one of Vietnam's best-known dissident journalists"
	} else if !articles[s.toks[j+1].Lower] {
		return -1
	}
	owned := false // after a country's possessive: "Vietnam's ... journalists"
	for i := from; i < len(s.toks) && i < from+7; i++ {
		if mi := s.at[i]; mi >= 0 {
			m := &s.ms[mi]
			if (m.kind == mFull || m.kind == mAgent) && m.usable() && (m.prep == "" || from == j+3 && m.prep == "of") && !m.poss {
				return mi
			}
			if owned && m.kind == mImplied && m.usable() {
				return mi // the role word of the possessive's country
			}
			if m.kind == mFull && m.poss && i == from && from == j+3 {
				owned = true
				i = m.end // past "'s"
				continue
			}
			if m.kind != mWeak {
				return -1
			}
			i = m.end - 1 // "a Somali al Shabaab commander": past the adjective
			continue
		}
		if s.toks[i].Lower == "-" && owned {
			continue // "best-known"
		}
		if s.toks[i].Kind != text.Word || prepositions[s.toks[i].Lower] || s.boundary[i] {
			return -1
		}
	}
	return -1
}

// articles open a noun phrase in apposition.
var articles = set(`a an the`)

// titledNames extends a mention that ends in a role word over the
// capitalised name that follows it when no dictionary knows the name:
// "Ethiopian Prime Minister Abiy Ahmed" is one actor, ETHGOV.
func titledNames(toks []text.Token, ms []mention) []mention {
	for i := range ms {
		m := &ms[i]
		agent := m.kind == mAgent && len(m.members) == 0
		if !agent && (m.kind != mFull || len(m.members) != 1 || len(m.members[0].code) <= 3 || m.members[0].person != nil) {
			continue
		}
		limit := len(toks)
		if i+1 < len(ms) {
			limit = ms[i+1].start
		}
		k := m.end
		for k < limit && k < m.end+3 && toks[k].Cap && toks[k].Kind == text.Word && !clauseWords[toks[k].Lower] {
			k++
		}
		if k > m.end && (k == len(toks) || !toks[k].Cap) {
			m.named = [2]int{m.end, k}
			m.end = k
			if !agent {
				m.members[0].end = k
			}
		}
	}
	return ms
}

// appositions merges a person with the role words beside it: "President
// Vladimir Putin", "The Russian president, Vladimir Putin,", "Sergei Shoigu,
// the former Russian defence minister,". The person's dated role gives the
// code where it held one on the date; the role words give it otherwise.
//
// The merged mentions are written over ms's own storage: each one read
// lies at or after the place the next one written takes.
func appositions(toks []text.Token, ms []mention, date string) []mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) {
			n := ms[i+1]
			adjacent := n.start == m.end
			// the comma that closes an opening phrase is no apposition's:
			// "Hours after talks with Biden, Russia struck Kyiv"
			comma := isWord(toks, m.end, ",") && (n.start == m.end+1 || (n.start == m.end+2 && isWord(toks, m.end+1, "the"))) &&
				!openingComma(toks, m.end) &&
				// the speaker of a closing attribution is no apposition:
				// "expelled 23 Russian diplomats, Theresa May said"
				!(n.end < len(toks) && (reportWords[toks[n.end].Lower] || placedSpeaker(toks, n.end))) // new13b: placedSpeaker
			titled := m.kind == mAgent && len(m.members) == 0 // "Opposition leader Yair Lapid"
			if titledMember(toks, m, n) {
				// "Taliban leader Abdul Ghani Baradar", "Hamas political
				// chief Ismail Haniyeh": the person the group's title names,
				// with the group's code where the person held no role then
				merged := n
				merged.start = m.start
				if _, held := n.members[0].person.At(date); !held {
					pm := n.members[0]
					pm.code, pm.country = m.members[0].code, m.members[0].country
					merged.members = []member{pm}
				}
				out = append(out, merged)
				i++
				continue
			}
			if (adjacent || comma) && (len(m.members) == 1 || titled) && len(n.members) <= 1 {
				var p, r *mention
				switch {
				case titled:
					if len(n.members) == 1 && n.members[0].person != nil {
						p, r = &n, &m
					} else if adjacent && len(n.members) == 1 && len(n.members[0].code) > 3 && n.kind == mFull &&
						(m.end == m.start+1 || m.role == "BUS" && m.end <= m.start+3) {
						// "the rebel Free Syrian Army": a one-word role before a
						// named group is the group's description, and so is a
						// company's ("the national carrier Iran Air", "the state
						// oil company Rosneft"); not one a comma parts from it
						// ("killing nine villagers, Pakistani police said")
						merged := n
						merged.start = m.start
						out = append(out, merged)
						i++
						continue
					}
				case m.members[0].person != nil && n.members == nil || n.members != nil && n.members[0].person == nil && m.members[0].person != nil:
					p, r = &m, &n
				case len(n.members) == 1 && n.members[0].person != nil && m.members[0].person == nil:
					p, r = &n, &m
				}
				if p != nil && (r.kind == mFull || r.kind == mAgent) {
					merged := *p
					merged.start, merged.end = m.start, n.end
					pm := p.members[0]
					if _, held := pm.person.At(date); !held {
						switch {
						case former(toks, r.start):
							// "former prime minister Ehud Olmert": the country, not the office
							if len(r.members) == 1 && r.members[0].country != "" {
								pm.country = r.members[0].country
							}
							if pm.country != "" {
								pm.code = pm.country
							}
						case len(r.members) == 1 && (r.members[0].country != "" || r.members[0].code != ""):
							// a state's office, or an organisation of no
							// country ("Kenzo Oshima, the United Nations relief
							// coordinator" before his Japanese post): the title's
							pm.code, pm.country = r.members[0].code, r.members[0].country
						case r.kind == mAgent && pm.country != "":
							pm.code = pm.country + r.role
						}
					}
					merged.members = []member{pm}
					if comma && isWord(toks, n.end, ",") {
						merged.end = n.end // the closing comma stays out of the span
					}
					out = append(out, merged)
					i++
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// titledMember reports whether mention m, an organisation or state with a
// title ("Taliban leader", "Hamas political chief"), names the person of
// mention n right after it: one actor of m's country, never two, so that a
// list keeps it as one member ("Zalmay Khalilzad and Taliban leader Abdul
// Ghani Baradar signed"). A title is a role word m already ends in (where m
// is a group with dated codes, which the other appositions leave apart), or
// up to two title words no dictionary lists ("chief", "political chief").
func titledMember(toks []text.Token, m, n mention) bool {
	if m.kind != mFull || n.kind != mFull || len(m.members) != 1 || len(n.members) != 1 || n.members[0].person == nil ||
		m.members[0].country == "" || m.members[0].country != n.members[0].country || !toks[n.start].Cap {
		return false
	}
	gap := n.start - m.end
	if gap < 0 || gap > 2 || gap == 0 && (m.members[0].person == nil || toks[m.end-1].Cap || toks[m.end-1].Kind != text.Word) {
		return false
	}
	for k := m.end; k < n.start; k++ {
		if !titleWords[toks[k].Lower] {
			return false
		}
	}
	return toks[n.start-1].Lower != "political" || gap == 0 // "political" alone titles no one
}

// titleWords are the words of a title that the role words lack.
var titleWords = set(`chief deputy political military spiritual`)
