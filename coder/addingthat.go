package coder

import "github.com/dyadhq/dyad/text"

// addingWords are the participles that go on with a report after its
// speaker: "..., the ministry said, adding that it had demanded".
var addingWords = set(`adding saying noting stressing explaining`)

// speakersPronounAgain gives "it", "its" and "they" the speaker of the
// report they go on with: in "the ministry said, adding that it had
// demanded an explanation", "it" is the ministry, not the envoy the
// sentence named last. It runs once role words have their countries.
func speakersPronounAgain(toks []text.Token, ms []mention) {
	for i := range ms {
		p := &ms[i]
		w := toks[p.start].Lower
		if p.kind != mPronoun || p.ship || p.end != p.start+1 || w != "it" && w != "its" && w != "they" {
			continue
		}
		k := p.start - 1
		if !isWord(toks, k, "that") || k < 4 || !addingWords[toks[k-1].Lower] || !isWord(toks, k-2, ",") {
			continue
		}
		r := k - 3 // the reporting verb, past its time words ("said on Sunday")
		for r > 0 && !reportVerbs[toks[r].Lower] && k-3-r < 3 {
			r--
		}
		if !reportVerbs[toks[r].Lower] || toks[r].Lower == "according" {
			continue
		}
		for j := range ms {
			if s := &ms[j]; j != i && s.end == r && s.usable() && s.kind != mPronoun {
				p.members = respan(s.members, p.start, p.end)
				break
			}
		}
	}
}
