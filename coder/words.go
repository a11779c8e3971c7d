package coder

import (
	"slices"
	"time"

	"github.com/dyadhq/dyad/text"
)

// The closed word classes of English that the coder's rules read, in one
// place: what is a preposition, a determiner, a pronoun, a modal, a clause
// boundary, a time word or a number word is grammar, not knowledge of the
// world, so it lives here rather than in the lexicon's data files. Phrases
// that name actors, actions, places and units are in lexicon/data.

// Noun phrases: prepositions, determiners, pronouns, and the nouns that refer back.

var prepositions = set(`in at on from with for to of by against between among into toward towards over near
	about under after before during across through within without despite than like upon onto via amid amidst
	including alongside beside along`)

var determiners = set(`the a an this that these those its their his her our`)

var pronouns = map[string]bool{"he": false, "she": false, "it": false, "they": false, "him": false,
	"them": false, "his": true, "her": true, "its": true, "their": true} // true: possessive

// eventNouns refer back to an event of the document: "the trip" to the last
// visit, "the pact" to the last agreement. The reference stands for the
// event's participants together.
var eventNouns = map[string][]string{
	"trip": {"042", "043"}, "visit": {"042", "043"}, "tour": {"042", "043"},
	"summit": {"04"}, "meeting": {"04"}, "talks": {"04"},
	"treaty": {"057", "03"}, "pact": {"057", "03"}, "accord": {"057", "03"}, "agreement": {"057", "03"}, "deal": {"057", "03"},
	"launch": {"15", "19", "20"}, "launches": {"15", "19", "20"}, "test": {"15"}, "tests": {"15"}, "drills": {"15"}, "exercises": {"15"}, "deployment": {"15", "074"},
	"attack": {"18", "19", "20"}, "attacks": {"18", "19", "20"}, "strike": {"19", "18"}, "strikes": {"19", "18"},
	"bombing": {"18", "19"}, "bombings": {"18", "19"}, "shelling": {"19"}, "downing": {"19", "18"}, "raid": {"19", "18"}, "raids": {"19", "18"}, "invasion": {"192", "19"}, "offensive": {"19"},
	"incursion": {"19"}, "annexation": {"192"}, "occupation": {"192"}, "blockade": {"191"},
	"mutiny": {"19"}, "rebellion": {"19"}, "unrest": {"14"}, "riots": {"145"}, "rioting": {"145"}, // "called the mutiny treason"
	"arrest": {"173"}, "arrests": {"173"}, "detention": {"173"}, "execution": {"173", "18"}, "crackdown": {"175", "17"},
	"hijacking": {"181"}, "seizure": {"181", "1711"},
	"sanctions": {"163", "16"}, "expulsion": {"161", "16"}, "veto": {"129", "12"},
	"ruling": {"116"}, "verdict": {"116"},
	"move": {""}, "decision": {""}, "step": {""}, // any event: "denounced the move"
}

// refersBack reports whether a sentence has a definite noun that may refer
// to an event of its own ("the move", "the decision", "the step", "seized
// the tanker, and London condemned the seizure", "shot down a Russian
// warplane, and Putin called the downing a stab in the back"), which it is
// then coded again to resolve.
func refersBack(toks []text.Token) bool {
	for i := 1; i < len(toks); i++ {
		if marked(&toks[i], cSelfNoun) && (toks[i-1].Lower == "the" || possDets[toks[i-1].Lower]) || reactedAs(toks, i) { // speed9: a word class (wordclass.go)
			return true
		}
	}
	return false
}

// possDets stand for a definite noun's owner as "the" does: "Abuja
// condemned its decision" is the decision told before (verbal6).
var possDets = set(`its their his her`)

var selfNouns = set(`move decision step hijacking seizure downing launch launches test tests drills exercises strike strikes attack attacks
	bombing bombings shelling raid raids invasion incursion arrest arrests detention expulsion sanctions crackdown ruling verdict
	mutiny rebellion unrest riots rioting`)

// groupNouns make with "both" or "the two" the two countries named last
// ("the two neighbours"): matched by lemma, and by the plural the
// lemmatizer leaves as it is.
var groupNouns = set(`nation country state side government neighbour neighbor ally partner power capital leader
	neighbours neighbors`)

// islandStates are the states news calls "the island": the whole of each is
// one island, or is known by its main one.
var islandStates = set(`TWN CUB JAM HTI DOM CYP MLT LKA MDG ISL IRL SGP TLS BHR MUS CPV COM STP TTO BRB BHS GRD LCA VCT DMA ATG KNA`)

// Clauses: where an actor may sit, and what cancels or hedges an action.

var (
	locatives     = set(`in at near outside inside throughout around across through`)
	negations     = set(`not n't never no neither nor`)
	modals        = set(`may might could would should can`)
	hypotheticals = set(`may might could allegedly`) // what follows is a possibility or a claim, not an event
	beForms       = set(`be is are was were been being get got gets`)
)

// equipment are role words for the machines of a force ("warplanes
// bombed..."): without a word that says whose, they stay nobody's.
var equipment = set(`artillery warship frigate destroyer submarine carrier jet warplane bomber gunboat drone gunship
	helicopter aircraft fighter`)

// modifierWords may stand between "since" and the event it dates: "since
// the full-scale invasion", "since last year's war".
var modifierWords = set(`full-scale first last previous recent failed brief full scale 's of year's`)

// tenureWords say when an office's holder holds it, not whose it is: "the new
// government in Greece" is Greece's as "the government in Greece" is.
var tenureWords = set(`new incoming outgoing interim transitional caretaker acting current`)

// partitives take an "of" whose object is what acts: "thousands of
// protesters", "members of the opposition", "representatives of the army".
var partitives = set(`thousands hundreds dozens scores tens millions crowds crowd group groups members member supporters
	number numbers lot lots some many most several representatives representative delegates delegation delegations panel panels
	unit units team teams contingent squad fighter fighters militant militants gunmen`)

// foreignWords make a role word nobody's in particular: "foreign troops".
var foreignWords = set(`foreign international multinational coalition allied overseas`)

// Clause boundaries and quantifiers.

// clauseWords end one clause and begin another for the purpose of finding a
// verb's subject: conjunctions, relative pronouns, reporting verbs.
// (drops: "why", whose clause tells an act done: "investigating why its
// troops had withdrawn")
var clauseWords = set(`; : " but while whereas although though because when if unless until who which whom whose where why
	said says say told tells reported reporting announced announcing stated added adds according claimed warned noted
	insisted argued`)

var quantifiers = set(`more than fewer less about around nearly almost roughly approximately some several many
	dozens hundreds thousands all both two three four five six seven eight nine ten`)

// Time expressions.

// dateWords are the lower-case words a time expression can start with.
var dateWords = set(`between from same that previous following first second third fourth last next this past coming
	earlier later ago yesterday today tonight tomorrow overnight weekend since sept. jan. feb. mar. apr. jun. jul. aug.
	oct. nov. dec. the new christmas day evening`)

var yearPreps = set(`in since during by of until before after from early late mid end throughout through`)

var timeLead = set(`on in last next this early late mid earlier later since by until during`)

var monthNames = map[string]int{}

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3}

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

// Quantities.

var durations = set(`second seconds minute minutes hour hours day days week weeks month months year years decade decades
	century centuries time times percent per cent`)

// clockWords follow a number that tells the time of day, not an amount.
var clockWords = set(`a.m. a.m p.m. p.m am pm gmt utc`)

var timeWords = set(`overnight today yesterday tonight daily weekly monthly annually`)

var itemStops = set(`and or to from in into at on for by with as were was are is have has had that which who
	while after before since per each a an the its their his her this these those some bound
	off near over across through via toward towards outside inside along against during amid despite
	around between among aboard under within beyond there here elsewhere`)

var scales = map[string]float64{"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mn": 1e6, "mln": 1e6, "bn": 1e9, "tn": 1e12, "k": 1e3}

var smallNumbers = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12}

// vague plurals: "thousands of workers" is at least a thousand, approximate
var vague = map[string]float64{"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}

// Places and routes.

var eventPreps = set(`in at near outside inside on off along`)

// seaPreps put an event on waters: "fired a missile into the Sea of Japan".
var seaPreps = set(`in into over across through toward towards near off on at`)

// placeNouns name a kind of place before "of" its name: "the border city of
// Dandong", "the coast of Luzon".
var placeNouns = set(`city town village port harbour harbor region province district state county capital island
	coast shore outskirts suburb suburbs area border crossing base airbase waters hub terminal station airport airfield tarmac
	plant refinery depot exclave resort oasis municipality commune township governorate prefecture oblast
	neighbourhood neighborhood settlement camp hamlet valley peninsula islands archipelago territory stronghold hometown`)

// seaModified are the places a sea's name qualifies without being where
// they are: "the Black Sea port of Odesa", "a Caspian Sea island".
var seaModified = set(`port ports city town village harbour harbor region province island islands base terminal
	resort hub fleet`)

var modes = map[string]string{"sea": "sea", "ship": "sea", "ships": "sea", "vessel": "sea", "vessels": "sea",
	"ferry": "sea", "tanker": "sea", "rail": "rail", "train": "rail", "trains": "rail", "railway": "rail",
	"road": "road", "truck": "road", "trucks": "road", "lorry": "road", "lorries": "road", "convoy": "road",
	"air": "air", "plane": "air", "planes": "air", "aircraft": "air", "flight": "air", "flights": "air",
	"pipeline": "pipeline", "overland": "road"}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range splitFields(words) {
		m[w] = true
	}
	return m
}

func splitFields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

// crowdWords open a crowd that acts: "thousands protested", "hundreds of
// students marched", "a few hundred Georgians protested".
var crowdWords = set(`thousands hundreds tens dozens scores millions hundred thousand`)

// reportVerbs attribute a sentence to whoever said it: "..., police said".
var reportVerbs = set(`said says told reported added stated according`)

// nounPreps put a noun in the background of a clause: "despite weeks of
// protests", "amid strikes", "a hub of the 2018 protests".
var nounPreps = set(`of despite amid amidst after during following since before`)

// modifierPreps join a phrase that modifies a noun ("fighters linked to
// al-Qaeda", "a ship bound for Beira"); the actor they name is not the
// subject of the verb after them.
var modifierPreps = set(`to by for against toward towards`)

// regionWords stand between a preposition and the place it governs: "in
// northern Iraq", "through central Paris".
var regionWords = set(`northern southern eastern western central north south east west northeastern northwestern
	southeastern southwestern northeast northwest southeast southwest north-eastern north-western south-eastern south-western neighbouring neighboring
	occupied downtown greater coastal`)

// ledBodies are what a state may lead, with the role they give it: "the
// Saudi-led coalition" is Saudi Arabia's military.
var ledBodies = map[string]string{"coalition": "MIL", "force": "MIL", "forces": "MIL", "troops": "MIL", "alliance": "MIL",
	"operation": "MIL", "offensive": "MIL", "mission": "GOV", "government": "GOV", "administration": "GOV", "talks": "GOV"}

// closedClass reports whether w is a grammar word.
func closedClass(w string) bool { return closedWords[w] }

// closedWords are the grammar words, for one lookup per word rather than
// one per set: many rules ask of every word of a sentence.
var closedWords = func() map[string]bool {
	m := map[string]bool{"and": true, "or": true, "but": true}
	for _, ws := range []map[string]bool{determiners, prepositions, clauseWords, pronouns, modals, beForms, negations} {
		for w, ok := range ws {
			if ok {
				m[w] = true
			}
		}
	}
	return m
}()

// contains reports whether x is one of xs.
func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// hasPunct reports whether one of the marks stands among toks.
func hasPunct(toks []text.Token, marks ...string) bool {
	for _, t := range toks {
		if t.Kind == text.Punct && slices.Contains(marks, t.Lower) {
			return true
		}
	}
	return false
}
