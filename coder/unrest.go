package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
)

// The kind of a protest, once its events are bound (see protest.go for who
// protests to whom, aims.go for what it demands).

// streetRoles are the parts of a people whose protest is done in the
// street: civilians, the opposition, students, workers, farmers, doctors,
// the faithful, refugees, settlers, traders.
var streetRoles = set(`CVL OPP EDU LAB AGR MED HLH REL REF SET BUS`)

// protestKinds gives the protests of a sentence the kind the codebook has
// for them:
//   - people who "protest" demonstrate (141): "thousands of Serbians
//     protested in Novi Sad", "supporters who were protesting against the
//     results"; the codebook keeps 140 for dissent none of 141 to 145
//     fits (a petition, civil disobedience, a burnt flag), and a state's
//     protest is a complaint (officialProtests);
//   - "in protest at" told of police or troops who met a crowd ("riot police
//     cleared them, in protest at the decision") is the crowd's aim, not
//     the police's protest, when the sentence has the crowd's protest;
//   - a crowd that clashes with police, told with the crowd as the verb's
//     subject ("protesters clashed with riot police in Nukus"), riots (145,
//     crackdowns); the police's side is not told as an act of theirs, while
//     "clashes between police and protesters" tells both;
//   - a crowd that defies a curfew or a ban as it protests ("protesters
//     defied a curfew and stormed parliament") protests: the defiance is
//     how, not a second act (128);
//   - the rally of a crowd that turns into its riot ("farmers protesting
//     against the farm laws stormed the fort") is one protest, the riot,
//     with the rally's aim (1452).
func protestKinds(s *sentence, ps []proto) []proto {
	merged := map[int]bool{} // rallies that are a riot's
	for i, p := range ps {
		if strings.HasPrefix(string(p.code), "141") && len(p.words) > 0 {
			if r := s.riotOf(ps, i); r >= 0 {
				if d := s.aimOf(p); len(ps[r].code) == 3 && d != "" {
					ps[r].code += dyad.EventCode(d)
				}
				merged[i] = true
			}
		}
	}
	out := make([]proto, 0, len(ps))
	for i, p := range ps {
		if p.code == "140" && len(p.words) > 0 && s.toks[p.words[0]].Lemma == "protest" {
			switch r := role(p.src); {
			case streetRoles[r]:
				p.code = "141"
			case (r == "COP" || r == "MIL") && crowdProtest(ps, p):
				continue
			}
		}
		if merged[i] || p.code == "175" && s.crowdClashed(p) || p.code == "128" && protestBy(ps, p.src.code) >= 0 {
			continue
		}
		out = append(out, p)
	}
	return out
}

// crowdProtest reports whether ps has a protest by someone other than p's
// source.
func crowdProtest(ps []proto, p proto) bool {
	for _, o := range ps {
		if o.code.Root() == "14" && o.src.code != p.src.code {
			return true
		}
	}
	return false
}

// protestBy returns the index of a protest (14x) by the actor code src in
// ps, or -1.
func protestBy(ps []proto, src string) int {
	for i, o := range ps {
		if o.code.Root() == "14" && o.src.code == src {
			return i
		}
	}
	return -1
}

// crowdClashed reports whether p, force by police or troops on a crowd, is
// the other side of a verb whose subject is the crowd: "protesters clashed
// with police" (the crowd's words before the verb, the police's after).
func (s *sentence) crowdClashed(p proto) bool {
	if len(p.words) == 0 || !p.hasTgt || p.tgt.start < 0 || p.src.start < 0 {
		return false
	}
	t := p.words[0]
	w := s.toks[t].Lower
	return s.toks[t].Lemma == "clash" && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) &&
		p.tgt.start < t && p.src.start > t
}

// riotOf returns the index of a riot (145x) in ps by the source of the
// rally ps[i] on the same day, or -1.
func (s *sentence) riotOf(ps []proto, i int) int {
	p := ps[i]
	for j, o := range ps {
		if j != i && strings.HasPrefix(string(o.code), "145") && o.src.code == p.src.code && len(o.words) > 0 &&
			!s.apart(o.words[0], p.words[0]) {
			return j
		}
	}
	return -1
}

// aimOf returns the aim digit of the rally p: its subcode's, else the one
// its words say.
func (s *sentence) aimOf(p proto) string {
	if len(p.code) == 4 {
		return string(p.code[3:])
	}
	return s.aim(p.words[0])
}

// riotAfter reports whether a riot (145x, or a storming, which riots
// recodes) follows a protest or a defiance that opened its clause, and so
// is no complement of it but the crowd's next act: "crowds defying a curfew
// stormed the residence", "farmers protesting against the farm laws
// stormed the fort".
func riotAfter(code dyad.EventCode, lemma, first string) bool {
	return (strings.HasPrefix(string(code), "145") || lemma == "storm") && (strings.HasPrefix(first, "14") || first == "128")
}
