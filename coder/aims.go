package coder

import "github.com/dyadhq/dyad"

// The aim of a protest: a demonstration, a hunger strike, a blockade or a
// riot (141, 142, 144, 145) whose own words say what it demands takes the codebook's subcode
// for it: "rallied in Belgrade demanding the resignation of the president"
// demonstrates for a change of leader (1411); "marched against the
// government's plan to raise the retirement age" for a change of policy
// (1412); "blocked the motorway against the new fuel tax" blocks for one
// (1442). A strike (143) is for a change of policy (1432) when its own words
// name a measure or pay ("a general strike against the pension plan", "a
// strike to press for higher wages"), as the codebook's example has it ("an
// open-ended strike over a controversial employment bill"); a demand told in
// another clause, a protest's or an announcement's, is not the strike's
// (POLICY section 15: "a general strike that halted flights, after
// protesters blocked a highway against the plan" is 143). A march on the day
// of a strike for a policy shares its aim (strikeDay).

// leaderWords say that a protest demands a change of leader.
var leaderWords = set(`resignation resign ouster removal step-down impeachment`)

// regimeWords say that a protest demands a change of institutions or of
// regime (the codebook's 1414: "calling for independence from Iraq"), not
// of a leader or a measure.
var regimeWords = set(`independence secession autonomy dictatorship monarchy regime constitution`)

// policyWords are the measures a protest is against.
var policyWords = set(`plan plans bill bills law laws reform reforms decision policy policies tax taxes quota quotas decree decrees
	measure measures overhaul budget hike hikes cuts legislation proposal proposals postponement ban austerity deal
	mobilisation mobilization conscription`)

// payWords say that a strike is over pay, which a government's policy sets
// as much as an employer ("to press the government for a higher minimum
// wage", "a strike by police over a pay dispute").
var payWords = set(`pay wage wages salary salaries pension pensions`)

// aimEnds end the words that tell a protest's aim: another clause begins,
// or another protest whose aim it is ("blocked roads in a strike against
// the farm laws").
var aimEnds = set(`; : as while after before when because although though but since strike strikes`)

// aims gives each protest whose words say its aim the subcode for it.
func aims(s *sentence, ps []proto) []proto {
	ps = protestKinds(s, ps)
	for i := range ps {
		p := &ps[i]
		if len(p.words) == 0 {
			continue
		}
		switch p.code {
		case "141", "142", "144", "145":
			t := p.words[0]
			if p.code == "142" {
				t = p.words[len(p.words)-1] // "went on a hunger strike to demand": past its own "strike"
			}
			if d := s.aim(t); d != "" {
				p.code = p.code + dyad.EventCode(d)
			}
		case "143", "1433":
			if s.policyStrike(p.words[0], p.code) {
				p.code = "1432"
			}
		}
	}
	return strikeDay(s, ps)
}

// aim returns "1" when the words from the protest's trigger at t on demand
// a change of leader ("demanding the resignation of"), "2" when they are
// against a measure ("against the government's plan", "over a finance
// bill", "protesting the decision"), "4" when they demand a change of
// institutions or regime ("calling for independence"), else "".
func (s *sentence) aim(t int) string {
	against := -1 // the last "against", "over" or "at" of a protest
	if s.toks[t].Lemma == "protest" {
		against = t // "were protesting the government's decision"
	}
	for k := t + 1; k < len(s.toks) && k <= t+25; k++ {
		w := &s.toks[k]
		if aimEnds[w.Lower] || w.Lower == "," && isWord(s.toks, k+1, "and") {
			break
		}
		switch {
		case leaderWords[w.Lower] || w.Lower == "step" && isWord(s.toks, k+1, "down"):
			return "1"
		case regimeWords[w.Lower] && s.in[k] < 0:
			return "4" // "calling for independence", "chanting against the dictatorship"
		case w.Lower == "down" && isWord(s.toks, k+1, "with") && k+3 < len(s.toks) &&
			(regimeWords[s.toks[k+2].Lower] || regimeWords[s.toks[k+3].Lower]):
			return "4" // "'down with the dictatorship'" (but "'Down with France'" is against a state)
		case w.Lower == "against" || w.Lower == "over" || w.Lower == "at" && isWord(s.toks, k-1, "protest") ||
			w.Lemma == "demand" && w.Lower != "demands" || w.Lemma == "protest" && isWord(s.toks, k-1, "to"):
			against = k // "to demand political reforms" seeks a change of measure as a march against one does
		case against >= 0 && k-against <= 6 && policyWords[w.Lower] && s.in[k] < 0:
			return "2"
		}
	}
	return ""
}

// policyStrike reports whether the words of a strike coded code, from its
// trigger at t to the end of its clause, name a measure (for 143) or pay
// (for 143 and for 1433, which the dictionary gives a strike "for higher
// wages") as what is at stake: "a nationwide strike from Friday to stop the
// overhaul", "walked off the job in the sixth day of strikes against the
// plan", but not "a strike that halted flights, and hours later the
// government paused its plan".
func (s *sentence) policyStrike(t int, code dyad.EventCode) bool {
	for k := t; k < len(s.toks) && k <= t+25; k++ {
		w := s.toks[k].Lower
		if k > t && (s.boundary[k] && w != "to" || aimEnds[w] && w != "strike" && w != "strikes" || w == "," && isWord(s.toks, k+1, "and")) {
			break
		}
		if payWords[w] || code == "143" && policyWords[w] && s.in[k] < 0 {
			return true
		}
	}
	return false
}

// strikeDay gives a demonstration with no aim of its own the policy aim of
// a strike by people of its country in its sentence: "tens of thousands
// marched to Congress as the unions held a general strike against the
// decree" (1412); not a rally the sentence puts on another day ("a day
// after thousands rallied").
func strikeDay(s *sentence, ps []proto) []proto {
	for i := range ps {
		if ps[i].code != "141" || len(ps[i].words) == 0 {
			continue
		}
		for _, o := range ps {
			if o.code == "1432" && o.src.country == ps[i].src.country && len(o.words) > 0 && !s.apart(o.words[0], ps[i].words[0]) {
				ps[i].code = "1412"
				break
			}
		}
	}
	return ps
}

// apartWords put two acts of one sentence on different days.
var apartWords = set(`after before since following until later earlier`)

// apart reports whether a word between tokens a and b puts them on
// different days.
func (s *sentence) apart(a, b int) bool {
	for k := min(a, b) + 1; k < max(a, b); k++ {
		if apartWords[s.toks[k].Lower] {
			return true
		}
	}
	return false
}
