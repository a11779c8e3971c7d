package coder

// hostages gives hostages taken to a place the people the taker attacked,
// not the place: "Hamas fighters attacked Israeli towns, taking 200
// hostages back into Gaza" takes Israel's people (181 against ISR), not
// Gaza's. The place after "into" or "to" is where the hostages were taken,
// their captor's ground, and "hostages" alone says not whose; whose they
// were is told by the force the same source used on another country in the
// sentence. With no such force the event stays as it was.
func hostages(s *sentence, ps []proto) []proto {
	for i, p := range ps {
		if p.code != "181" || !p.hasTgt || !s.destination(p.tgt.start) && !hostageNouns[s.toks[p.tgt.start].Lemma] {
			continue
		}
		for _, q := range ps {
			if q.hasTgt && q.src.code == p.src.code && q.code != "181" && (q.code.Root() == "18" || q.code.Root() == "19") &&
				q.tgt.country != "" && q.tgt.country != p.tgt.country {
				ps[i].tgt = q.tgt
				break
			}
		}
	}
	return ps
}

// hostageNouns name the people taken with no word for whose they are
// ("taking scores of hostages"): their country is only the context's.
var hostageNouns = set(`hostage captive`)

// destination reports whether the mention beginning at token k is where
// something was taken: "into Gaza", "back to Gaza", "to the Gaza Strip"
// (only a hostage-taking asks).
func (s *sentence) destination(k int) bool {
	j := k - 1
	for j >= 0 && determiners[s.toks[j].Lower] {
		j--
	}
	return isWord(s.toks, j, "into") || isWord(s.toks, j, "to")
}

// stormedToTake drops the storming or raid of a site when the same source,
// in the sentence, abducts or arrests there, of the same country, and kills
// no one: "gunmen stormed a school and abducted 80 pupils", "masked men
// burst into a studio and held staff at gunpoint", "police raided the
// offices of a rights group and arrested 41 of its staff" tell one act, the
// abduction (181) or the arrest (173), whose way in the storming was, as
// the team's sets code it. An attack that also kills ("stormed a mall,
// killing 39 and taking dozens hostage") keeps its force, and so does a
// raid on another country's site ("stormed Mexico's embassy and arrested a
// former vice president" violates the embassy, 1711, and arrests an
// Ecuadorean).
func stormedToTake(s *sentence, ps []proto) []proto {
	var takes bool
	for _, p := range ps {
		if p.code == "181" || p.code == "173" {
			takes = true
			break
		}
	}
	if !takes {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		if s.stormOnly(p) && takenBySame(ps, p) && !s.killedToo(ps, p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// stormOnly reports whether p is force of no named harm, or a raid on
// property, told by a verb of forcing a way in: "stormed", "raided", "burst
// into", "broke into".
func (s *sentence) stormOnly(p proto) bool {
	if p.code != "180" && p.code != "190" && p.code != "1711" || len(p.words) == 0 {
		return false
	}
	t := p.words[0]
	switch s.toks[t].Lemma {
	case "storm", "raid":
		return true
	case "burst", "break", "force":
		return t+1 < len(s.toks) && (s.toks[t+1].Lower == "into" || s.toks[t+1].Lower == "their" || s.toks[t+1].Lower == "its")
	}
	return false
}

// takenBySame reports whether another event of ps is an abduction (181) or
// an arrest (173) by p's source of people of p's target's country, the
// source's own: a raid by a state's forces into another's land ("Israeli
// troops raided a camp near Jenin and detained 15") stays force.
func takenBySame(ps []proto, p proto) bool {
	if p.src.country != p.tgt.country {
		return false
	}
	for _, q := range ps {
		if (q.code == "181" || q.code == "173") && q.src.code == p.src.code && q.hasTgt && p.hasTgt && q.tgt.country == p.tgt.country {
			return true
		}
	}
	return false
}

// killedToo reports whether another event of p's source in ps is force
// that harms (18x or 19x but the abduction and the storming itself).
func (s *sentence) killedToo(ps []proto, p proto) bool {
	for _, q := range ps {
		if q.src.code != p.src.code || q.code == "181" || len(q.words) > 0 && len(p.words) > 0 && q.words[0] == p.words[0] {
			continue
		}
		if r := q.code.Root(); r == "18" || r == "19" {
			return true
		}
	}
	return false
}
