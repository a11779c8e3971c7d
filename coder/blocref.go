package coder

import (
	"strings"

	"github.com/dyadhq/dyad/text"
)

// "The bloc" and "the agency" refer back as "the alliance" does (coalition.go):
// "EU foreign ministers met in Brussels. The bloc imposed sanctions on ..."
// is the European Union's act, "the regional bloc" after ECOWAS is ECOWAS,
// and "the agency" after the International Atomic Energy Agency or the
// World Food Programme is that agency. A bloc is an organisation of states
// that acts together (the EU, ASEAN, ECOWAS, the African Union, BRICS...),
// not a court, a bank, a police body or the UN system; an agency is one
// whose name says so, or a UN agency. (actors7)

// blocOf reports whether member mb is an organisation "the bloc" refers to.
func blocOf(mb member) bool {
	if !strings.HasPrefix(mb.code, "IGO") || strings.HasPrefix(mb.code, "IGOUNO") {
		return false
	}
	for _, p := range notBlocs {
		if strings.HasPrefix(mb.code, p) {
			return false
		}
	}
	return true
}

// notBlocs are the code prefixes of organisations no one calls a bloc:
// lenders, courts, police and agencies of the EU, peacekeeping missions.
var notBlocs = []string{"IGOBUSIMF", "IGOBUSWTO", "IGOBUSOEC", "IGOJUD", "IGOCOP", "IGOOPW", "IGOEUREECECB", "IGOEUREECCJU",
	"IGOEUREECFTX", "IGOEUREECEPL", "IGOEUREECEJU", "IGOEUREECEIB", "IGOEURBUS", "IGOEURCOEHRC", "IGOAFRAFUPKO"}

// agencyOf reports whether member mb is an organisation "the agency"
// refers to: one whose name holds "agency", or a UN agency.
func agencyOf(mb member) bool {
	if strings.Contains(mb.name, "Agency") || strings.Contains(mb.name, "agency") {
		return true
	}
	for _, p := range unAgencies {
		if strings.HasPrefix(mb.code, p) {
			return true
		}
	}
	return false
}

// unAgencies are the code prefixes of the UN's agencies and programmes.
var unAgencies = []string{"IGOUNOREF", "IGOUNOWFP", "IGOUNOKID", "IGOUNOOCH", "IGOUNOIOM", "IGOUNOEDU", "IGOUNOAGR", "IGOUNOLAB",
	"IGOUNOHLH", "IGOUNOIAE"}

// ownBody reports whether "the bloc's" or "the agency's" at tokens k to i
// is the possessive of a bloc or an agency its own sentence names before
// it: "EU ministers agreed to lift the bloc's sanctions on Syria" are the
// EU's own sanctions, as "its" would be, and no second party.
func ownBody(toks []text.Token, ms []mention, k, i int, w string) bool {
	if w != "bloc" && w != "agency" || !isWord(toks, i+1, "'s") {
		return false
	}
	for mi := range ms {
		if ms[mi].end <= k && bodyOf(toks, &ms[mi], w) {
			return true
		}
	}
	return false
}
