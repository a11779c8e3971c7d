package coder

import "github.com/dyadhq/dyad"

// The aim of a protest: a demonstration or a riot (141, 145) whose own
// words say what it demands takes the codebook's subcode for it: "rallied
// in Belgrade demanding the resignation of the president" demonstrates for
// a change of leader (1411); "marched against the government's plan to
// raise the retirement age" for a change of policy (1412). Strikes and
// blockades keep their code: the team's annotators subcode them by their
// aim as often as not.

// leaderWords say that a protest demands a change of leader.
var leaderWords = set(`resignation resign ouster removal step-down impeachment`)

// policyWords are the measures a protest is against.
var policyWords = set(`plan plans bill bills law laws reform reforms decision policy policies tax taxes quota quotas decree
	measure measures overhaul budget hike hikes cuts legislation proposal proposals`)

// aimEnds end the words that tell a protest's aim: another clause begins.
var aimEnds = set(`; : as while after before when because although though but since`)

// aims gives each protest whose words say its aim the subcode for it.
func aims(s *sentence, ps []proto) []proto {
	for i := range ps {
		p := &ps[i]
		switch p.code {
		case "141", "145":
		default:
			continue
		}
		if len(p.words) == 0 {
			continue
		}
		if d := s.aim(p.words[0]); d != "" {
			p.code = p.code + dyad.EventCode(d)
		}
	}
	return ps
}

// aim returns "1" when the words from the protest's trigger at t on demand
// a change of leader ("demanding the resignation of"), "2" when they are
// against a measure ("against the government's plan", "over a finance
// bill"), else "".
func (s *sentence) aim(t int) string {
	against := -1 // the last "against", "over" or "at" of a protest
	for k := t + 1; k < len(s.toks) && k <= t+25; k++ {
		w := &s.toks[k]
		if aimEnds[w.Lower] || w.Lower == "," && isWord(s.toks, k+1, "and") {
			break
		}
		switch {
		case leaderWords[w.Lower] || w.Lower == "step" && isWord(s.toks, k+1, "down"):
			return "1"
		case w.Lower == "against" || w.Lower == "over" || w.Lower == "at" && isWord(s.toks, k-1, "protest"):
			against = k
		case against >= 0 && k-against <= 6 && policyWords[w.Lower] && s.in[k] < 0:
			return "2"
		}
	}
	return ""
}
