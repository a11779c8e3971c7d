package coder

// The place of an event an act answers is that event's, not the act's:
// "Britain summoned Iran's ambassador following the arrest of a British aid
// worker in Tehran" summoned no one in Tehran, and "Kenya expelled two
// Somali diplomats after an attack in Mandera" expelled none there. A
// phrase that "after", "following" or "over" opens with an event's noun
// (eventNouns: "the arrest", "an attack", "the killing") names the event
// answered, whose place it gives. Only acts that are no use of force, no
// protest and no coercion on a site answer so from afar (roots 01 to 13 and
// 16); what force or police did "after a rally in Mombasa" may well have
// been done there.

// answeredNouns are nouns of events an act may answer, beyond eventNouns.
var answeredNouns = set(`killing killings murder assassination abduction kidnapping shooting stabbing death deaths`)

// causePlace reports whether the site st lies in a phrase after the act
// whose words begin at token a that names another event it answers.
func (s *sentence) causePlace(st site, a int) bool {
	if st.start <= a {
		return false
	}
	for k := a + 1; k < st.start-1; k++ {
		w := s.toks[k].Lower
		if w != "after" && w != "following" && w != "over" {
			continue
		}
		n := k + 1
		if n < len(s.toks) && (determiners[s.toks[n].Lower] || possDets[s.toks[n].Lower]) {
			n++
		}
		if n >= st.start || !(eventNouns[s.toks[n].Lower] != nil || answeredNouns[s.toks[n].Lower]) {
			continue
		}
		for j := n + 1; j < st.start; j++ {
			if s.boundary[j] || s.toks[j].Lower == "," {
				return false // the place is past the phrase
			}
		}
		return true
	}
	return false
}

// answersFrom reports whether an act of code answers from afar: no force,
// no protest, no coercion done on a site.
func answersFrom(p proto) bool {
	r := p.code.Root()
	return r <= "13" || r == "16"
}

// notCausePlaces returns sites without those of the events the act p
// answers, when it answers from afar.
func (s *sentence) notCausePlaces(sites []site, p proto) []site {
	if len(p.words) == 0 || !answersFrom(p) {
		return sites
	}
	a := p.words[0]
	return sitesWithout(sites, func(st site) bool { return s.causePlace(st, a) }, false)
}

// sitesWithout returns sites without those drop holds for, copied only
// when there are such (most sentences have none); with another, it keeps
// them all when drop holds for every one: they are left out only for
// another place that remains.
func sitesWithout(sites []site, drop func(site) bool, another bool) []site {
	n := 0
	for _, st := range sites {
		if drop(st) {
			n++
		}
	}
	if n == 0 || another && n == len(sites) {
		return sites
	}
	out := make([]site, 0, len(sites)-n)
	for _, st := range sites {
		if !drop(st) {
			out = append(out, st)
		}
	}
	return out
}
