package coder

import "github.com/dyadhq/dyad/text"

// A meeting told as a noun or a gerund in a phrase that opens the sentence
// has no subject of its own: "After talks with Zelenskiy in Kyiv, the Dutch
// prime minister pledged more aid", "Following a meeting with the Saudi
// foreign minister, the Syrian minister said", "After meeting the Kenyan
// president, the Belgian king said". Whoever the main clause is about held
// it, as English reads a dangling opener; the phrase is an event of its own
// (doc/POLICY.md §3: talks and meetings go both ways), not only the time of
// the main clause's act. (coop6)

// meetingHeads are the heads of a meeting told as a noun or a gerund.
var meetingHeads = set(`talk talks negotiation negotiations meeting meetings call summit conversation consultations discussions`)

// phoneWords open a call's noun: "a phone call with".
var phoneWords = set(`phone telephone video`)

// openingWords open a phrase before the main clause whose act is done
// before or during it.
var openingWords = set(`after following during`)

// frontedMeeting returns the subject of the main clause for a meeting at
// token t told in a phrase that opens the sentence with a word of
// openingWords, or -1. The phrase must be the meeting's own
// words ("after two days of talks with", "after meeting Kim"), not a clause
// with a subject of its own ("after talks broke down").
func (s *sentence) frontedMeeting(t, not int) int {
	if t >= len(s.toks) || !meetingHeads[s.toks[t].Lower] && !phoneWords[s.toks[t].Lower] {
		return -1
	}
	b := 0
	for b < t && b < 6 && !openingWords[s.toks[b].Lower] {
		b++
	}
	if b >= t || !openingWords[s.toks[b].Lower] {
		return -1
	}
	for k := range b {
		if !openingLeads[s.toks[k].Lower] && s.toks[k].Kind != text.Number {
			return -1 // "Hours after talks with": only a span of time may lead
		}
	}
	for k := b + 1; k < t; k++ {
		if w := &s.toks[k]; s.in[k] >= 0 || w.Kind == text.Word && w.Cap || s.boundary[k] || w.Lower == "," {
			return -1 // someone's talks ("after Zelensky's meeting with"), or a clause
		}
	}
	o := t + 1 // the gerund's object: "after meeting the Kenyan president"
	for o < len(s.toks) && determiners[s.toks[o].Lower] {
		o++
	}
	gerund := s.toks[t].Lower == "meeting" && t == b+1 && o < len(s.toks) && s.in[o] >= 0
	with := isWord(s.toks, t+1, "with") || phoneWords[s.toks[t].Lower] && isWord(s.toks, t+2, "with") ||
		isWord(s.toks, s.pastPlace(t+1), "with") // visits11: "following talks in Beijing with Xi"
	if !gerund && !with {
		return -1
	}
	// the comma that ends the opening phrase, and the actor right after it
	c := -1
	for k := t + 1; k < len(s.toks) && k < t+25; k++ {
		if s.toks[k].Lower == "," {
			c = k
			break
		}
		if s.toks[k].Kind == text.Punct && s.toks[k].Lower != "-" && s.toks[k].Lower != "'s" && s.toks[k].Lower != "." {
			return -1
		}
	}
	if c < 0 {
		return -1
	}
	return s.actorAfterComma(c, not)
}
