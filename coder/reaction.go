package coder

// Reactions: what one side says of an act the same sentence tells another
// side did ("China launched drills around Taiwan, a move Washington called
// provocative"; "..., in what Manila called an act of piracy").

// reactedTo returns the mention of the source of the latest event bound
// before token c whose source is of another country than mention src: the
// act that a reaction after c is about. It returns -1 when there is none.
func (s *sentence) reactedTo(c, src int) int {
	own := ""
	if ms := s.ms[src].members; len(ms) > 0 {
		own = ms[0].country
	}
	for k := len(s.bound) - 1; k >= 0; k-- {
		p := &s.bound[k]
		if len(p.words) == 0 || p.words[0] >= c || p.src.start < 0 || p.src.start >= len(s.toks) || p.src.country == "" || p.src.country == own {
			continue
		}
		if mi := s.in[p.src.start]; mi >= 0 && mi != src && len(s.ms[mi].members) > 0 && s.ms[mi].kind != mAgent {
			return mi
		}
	}
	return -1
}

// labelVerbs are the verbs that give an act a name ("calling it a war crime").
var labelVerbs = set(`call term deem describe brand characterize characterise`)

// restated drops a label in a participle ("accused Russian troops of
// executing prisoners, calling it a war crime") that its source gives an act
// it has already accused or criticised the same target of in the sentence:
// one statement, not two.
func restated(s *sentence, protos []proto) []proto {
	out := protos[:0:0]
	for i, p := range protos {
		if p.code == "111" && len(p.words) > 0 && s.participial(p.words[0]) && labelVerbs[s.toks[p.words[0]].Lemma] && saidBefore(protos[:i], p) {
			continue
		}
		out = append(out, p)
	}
	if len(out) == len(protos) {
		return protos
	}
	return out
}

// saidBefore reports whether an earlier event of p's source against p's
// target disapproves (11).
func saidBefore(earlier []proto, p proto) bool {
	for _, q := range earlier {
		if q.hasTgt && p.hasTgt && q.src.code == p.src.code && q.tgt.code == p.tgt.code && q.code.Root() == "11" {
			return true
		}
	}
	return false
}
