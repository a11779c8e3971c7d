package coder

import (
	"strings"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

// addressee gives an act that names no target the one the policy gives it
// (doc/POLICY.md, section 5), when it happens in its source's own country:
//   - a demonstration by a part of a people (civilians, opposition,
//     students, workers) is addressed to its state: "Tens of thousands of
//     people rallied in Belgrade" is SRBCVL → SRB 141, as the PLOVER gold
//     codes such protests, and so is the protest it calls off ("unions
//     suspended their strike", 082), as is one by a person who holds no
//     office of the state; a state's own bodies protest to someone else;
//   - a curfew, martial law, a ban or a restriction a state imposes (or
//     threatens, or eases) is imposed on its own people: "Bangladesh
//     imposed a nationwide curfew" is BGD → BGDCVL 1723;
//   - troops a state sends into streets of its own ("sent soldiers onto the
//     streets of Dhaka", 154 placed in its own country) are a show of force
//     to its own people: BGD → BGDCVL 154; so are troops sent onto the
//     streets or across the country with no place named;
//   - prisoners a state frees with nothing to say whose they are are its
//     own people: "Belarus freed 14 political prisoners" is BLR → BLRCVL
//     0841;
//   - an election's result rejected by a party of the country, not the
//     state, is rejected to its state: "the opposition rejected the
//     results of the election" is KENOPP → KEN 120;
//   - a state that closes its own borders with no neighbour named (191)
//     shuts its own people in: "the junta closed the borders" is
//     GINGOV → GINCVL 191;
//   - a truce that a state or an armed group of it declares, or arms the
//     group lays down, with no foe named is made with its own country, as
//     the team's gold and Multi-CoPED's annotators code it ("Myanmar's
//     junta declared a ceasefire" is MMRGOV → MMR 0871);
//   - a leader who resigns or hands over power with no one named yields to
//     the demands of its own people: "Peru's president resigned after
//     weeks of protests" is PERGOV → PERCVL 0831, and so does one who
//     rejects calls to resign that no one is named to make ("Peru's
//     president rejected calls for her resignation", PERGOV → PERCVL 1231);
//     so does a government that concedes a reform, drops a policy or
//     pauses a bill with no one named who asked it (083x: "Kenya's president
//     withdrew the finance bill" is KENGOV → KENCVL 0832), as the team's
//     later sets code it.
//
// An act held in another country ("Iranians rallied in London") is left
// without one. The target has no words in the sentence; its record says so
// with an empty text and span.
func (c *Coder) addressee(toks []text.Token, ms []mention, p proto, loc *dyad.Place) proto {
	code := p.src.country // the addressee: the state, or its people
	if p.hasTgt || code == "" || loc != nil && loc.Country != "" && loc.Country != code && loc.Role != "mentioned" && !nationwide(toks, p) {
		return p // held abroad; a place the sentence only mentions ("for hostages held in Gaza") is not where
	}
	r := role(p.src)
	switch {
	case adminSanction(p.code) && (r == "" || stateBodies[r]):
		code += "CVL"
	case p.code == "154" && (loc != nil && loc.Country == code || loc == nil && (home(toks, p) || calledOutAtHome(toks, p))) && (r == "" || stateBodies[r]):
		code += "CVL"
	case p.code == "153" && (r == "" || stateBodies[r]):
		// police a state deploys at home ("deployed police to Mombasa",
		// "police were deployed across the country") show its police power
		// to its own people, as the team's sets code it
		code += "CVL"
	case (p.code == "0841" || p.code == "0831" || p.code == "0341" || p.code == "1231" || reformCodes[string(p.code)]) && (r == "" || stateBodies[r]):
		// (a leader who says he will resign, 0341, yields to his people
		// as his resignation does: POLICY section 18)
		code += "CVL"
	case p.code == "0831" && p.src.person != nil:
		// a person who resigns held an office, whatever role the
		// dictionary gives them on the day they leave it ("Suharto
		// resigned as president", an elite from that day)
		code += "CVL"
	case p.code == "120" && !stateBodies[r] && (actionSays(toks, p, electionWords) || actionSays(toks, p, resultWords) && saysAnyOf(toks, electionWords)):
		// an election's result rejected by a party of the country is
		// rejected to the state that held it: "the opposition leader
		// rejected the results of the presidential election"
	case p.code == "191" && (r == "" || stateBodies[r]) && actionSays(toks, p, borderWords):
		// a state that closes its own borders with no neighbour named
		// shuts its own people in: "the junta closed the borders"
		code += "CVL"
	case (p.code.Root() == "14" || p.code == "082") && r != "" && (!stateBodies[r] || strings.HasPrefix(string(p.code), "143")) && r != "SPY":
		// and so is the protest it calls off (082); a strike of a state's
		// own servants ("a strike by police over pay") is labour's, against
		// their employer (POLICY §15)
	case (p.code == "0871" && (r == "" || stateBodies[r]) || truceCodes[string(p.code)] && (armedRoles[r] || r == "PTY") && !stateBodies[r]) &&
		onlyOf(ms, code):
		// a truce a state or its side in a civil war declares, or arms an
		// armed group of the country says it lays down, with no foe named
		// and no other country in the sentence is made with its own
		// country: "Myanmar's junta declared a ceasefire" is MMRGOV → MMR
		// 0871, "the PKK said it would lay down its arms" TURREBPKK → TUR
		// (but "the coalition fighting the Houthis in Yemen declared a
		// truce" names its foe's country, and "Hamas freed Israeli hostages
		// as a ceasefire took hold" its foe)
	case p.code == "0874" && (r == "" || stateBodies[r]) && loc != nil && loc.Country == code && loc.Role == "event" &&
		onlyOf(ms, code):
		// a state's retreat from a town of its own country, with no foe
		// named and no other country in the sentence, is made before its
		// own country, as its truce is: "Mali's army said its soldiers had
		// withdrawn from the town of Tessalit" is MLIMIL → MLI (rebels who surrender
		// at home keep no target, as PLOVER's coders have it)
	case p.code == "1712" && armedRoles[r] && !stateBodies[r] && (loc == nil || loc.Country == code):
		// property an armed group of the country burns at home is its
		// country's: "gang members set fire to 45 houses"
	case (p.code == "1712" || p.code == "1711" && !actionSays(toks, p, vessels) && !boarding(toks, p)) && stateBodies[r] && (loc == nil || loc.Country == code):
		// and what its own forces burn or seize at home is its people's:
		// "security forces stormed the protest camp, setting tents ablaze",
		// "the navy seized three tonnes of cocaine" (a ship of no flag named
		// is nobody's)
		code += "CVL"
	case p.code == "181" && r != "" && !stateBodies[r] && onlyOf(ms, code) && !actionSays(toks, p, crewWords) && !boarding(toks, p) &&
		!(len(p.words) > 0 && seizesVessel(toks, nil, p.words[0]+1)):
		// people an armed group or gang of the country takes at home, in a
		// sentence that names no other country, are its people: "gunmen
		// held staff at gunpoint in Guayaquil" (a ship's crew, and a ship
		// seized, POLICY section 14, are its flag's)
		code += "CVL"
	case (p.code.Root() == "14" || p.code == "082") && r == "" && p.src.person != nil:
		// a person who holds no office of the state: "supporters of
		// former prime minister Imran Khan blocked a highway", "a strike
		// called by opposition leader Venancio Mondlane"
	default:
		return p
	}
	name, _ := c.lx.Name(p.src.country)
	p.tgt = member{code: code, country: p.src.country, name: name, start: -1, end: -1}
	p.hasTgt = true
	return p
}

// reformCodes are the reforms a government concedes (083x but its
// leadership, which 0831 above reads alike).
var reformCodes = set(`083 0832 0833 0834`)

// crewWords name a ship's crew, who are its flag's people.
var crewWords = set(`crew sailor seafarer seaman seamen`)

// resultWords name what a vote gives: "rejected the official result as
// fraudulent, a day after a disputed vote" rejects the vote's.
var resultWords = set(`result results outcome`)

// saysAnyOf reports whether any token of toks is one of words.
func saysAnyOf(toks []text.Token, words map[string]bool) bool {
	for i := range toks {
		if words[toks[i].Lower] {
			return true
		}
	}
	return false
}

// electionWords say that a rejection is of an election's result.
var electionWords = set(`election elections vote poll polls ballot referendum winner victor`)

// borderWords say that a blockade is a state's own borders closed.
var borderWords = set(`border borders frontier frontiers`)

// actionSays reports whether one of the action's own words is in words.
func actionSays(toks []text.Token, p proto, words map[string]bool) bool {
	for _, i := range p.words {
		if words[toks[i].Lower] {
			return true
		}
	}
	return false
}

// onlyOf reports whether country is the one country the mentions name.
func onlyOf(ms []mention, country string) bool {
	only, _ := onlyCountry(ms, false)
	return only == country
}

// truceCodes are the codes of a truce, of arms laid down and of the intent
// to de-escalate (0871, 0873, 0356).
var truceCodes = set(`0871 0873 0356`)

// homeWords end a show of force that stays at home: "onto the streets",
// "across the country", "nationwide".
var homeWords = set(`street streets country nation nationwide`)

// home reports whether the action's own words say it stays in its source's
// country: "deployed troops across the country" (not "the country's border").
func home(toks []text.Token, p proto) bool {
	for _, i := range p.words {
		if homeWords[toks[i].Lower] && !isWord(toks, i+1, "'s") {
			return true
		}
	}
	return false
}

// nationwide reports whether the words right after the action say it spread
// over its source's own country: "rallied across the country", "struck
// nationwide".
func nationwide(toks []text.Token, p proto) bool {
	if len(p.words) == 0 {
		return false
	}
	k := p.words[len(p.words)-1] + 1
	if isWord(toks, k, "nationwide") {
		return true
	}
	return (isWord(toks, k, "across") || isWord(toks, k, "throughout")) && isWord(toks, k+1, "the") &&
		(isWord(toks, k+2, "country") || isWord(toks, k+2, "nation"))
}

// adminSanction reports whether code imposes, threatens or eases an
// administrative sanction: 172x, 132x, 081x.
func adminSanction(code dyad.EventCode) bool {
	c := string(code)
	return strings.HasPrefix(c, "172") || strings.HasPrefix(c, "132") || strings.HasPrefix(c, "081")
}
