package coder

import "github.com/dyadhq/dyad/text"

// Travellers who are no state's guests: a sports side, athletes, fans,
// tourists or pilgrims that arrive abroad make no visit of their country
// (doc/POLICY.md §4: only a person or a government visits): "Pakistan's
// cricket team arrived in Australia", "Kenyan athletes landed in Paris".

// leisureTraveller reports whether member m is named by such a noun: its own last
// word, or one of the few words after it that the actor's name qualifies
// ("Pakistan's cricket team", "Kenyan athletes").
func (s *sentence) leisureTraveller(m member) bool {
	if m.person != nil || m.end <= m.start || m.end > len(s.toks) {
		return false
	}
	if s.travellerAt(m.end - 1) {
		return true
	}
	for k := m.end; k < len(s.toks) && k <= m.end+3; k++ {
		t := s.toks[k]
		if s.travellerAt(k) {
			return true
		}
		if t.Lower == "'s" || t.Lower == "'" {
			continue
		}
		if t.Kind != text.Word || t.Cap || s.in[k] >= 0 && k > m.end || !sideSports[t.Lemma] && !travellerMods[t.Lemma] {
			return false
		}
	}
	return false
}

// travellerAt reports whether token k is a traveller's noun: one always
// ("athletes"), or a side's noun after a sport's word ("cricket team",
// "national squad"); "Iran's negotiating team" is a delegation, a guest.
func (s *sentence) travellerAt(k int) bool {
	w := s.toks[k].Lemma
	if travellerNouns[w] {
		return true
	}
	return sideNouns[w] && k > 0 && sideSports[s.toks[k-1].Lemma]
}

var travellerNouns = set(`athlete athletes player players footballer footballers cricketer cricketers olympian olympians fan fans tourist tourists pilgrim pilgrims holidaymaker holidaymakers`)

var sideNouns = set(`team squad side eleven`)

var sideSports = set(`cricket football soccer rugby hockey basketball volleyball handball baseball tennis chess olympic paralympic national sports sport`)

// travellerMods stand between a traveller's country and its noun: "Indian
// Hajj pilgrims", "Chinese women's football team".
var travellerMods = set(`hajj umrah women men youth junior under-21 under-23 cricket football soccer rugby national olympic`)
