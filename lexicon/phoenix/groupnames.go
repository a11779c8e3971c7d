package main

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/dyadhq/dyad/text"
)

// names cleans an entry's phrases into dyad names, the parenthesised
// abbreviations as names of their own, and returns the country a
// parenthesised qualifier names ("(COLOMBIA)").
func (c *converter) names(phrases []string, ngo bool) (out []string, qualifier string) {
	seen := map[string]bool{}
	addName := func(n string) {
		if k := key(n); n != "" && !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	for i, raw := range phrases {
		s := strings.TrimSpace(strings.ReplaceAll(raw, "_", " "))
		if isPerson(s) || !orgLike(s) && (strings.HasSuffix(raw, "__") || ngo && c.personLike(s)) {
			c.drop(s, "a person")
			if i == 0 {
				return nil, ""
			}
			continue
		}
		for _, part := range strings.Split(s, "+") {
			base, parens := parentheses(part)
			if strings.Contains(base, ":") {
				continue // a web site or directory: "UNOG: NGO DATABASE"
			}
			for _, n := range splitSlash(base) {
				addName(c.title(n))
			}
			for _, p := range parens {
				switch {
				case c.lx.CountryCode(display(c.title(p))) != "":
					qualifier = c.lx.CountryCode(display(c.title(p)))
				case acronym.MatchString(p) && shortSegments(p):
					addName(p)
				}
			}
		}
	}
	return out, qualifier
}

// parentheses returns s without its parenthesised parts, and those parts.
// An unclosed "(" drops the rest of s.
func parentheses(s string) (base string, parens []string) {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			break
		}
		parens = append(parens, strings.TrimSpace(s[i+1:i+j]))
		s = s[i+j+1:]
	}
	base = strings.Join(strings.Fields(b.String()), " ")
	base = strings.ReplaceAll(base, "--", "-")
	base = strings.TrimSuffix(strings.TrimSuffix(base, ", THE"), ",")
	base = strings.TrimPrefix(base, "THE ")
	return strings.Trim(base, " -"), parens
}

// splitSlash splits "NEW RED BRIGADES/COMMUNIST COMBATANT PARTY" into its
// two names; an abbreviation with a slash ("DHKP/C") stays whole.
func splitSlash(s string) []string {
	if strings.Contains(s, " / ") {
		return strings.Split(s, " / ") // "AUM SHINRIKYO / ALEPH"
	}
	parts := strings.Split(s, "/")
	if len(parts) == 1 {
		return parts
	}
	for _, p := range parts {
		if len(strings.Fields(p)) < 2 || !orgLike(p) {
			return []string{s}
		}
	}
	for i := range parts {
		parts[i] = strings.Trim(parts[i], " -")
	}
	return parts
}

// acronym is a parenthesised abbreviation worth a name of its own: three or
// more capitals (digits and hyphens may join them).
var acronym = regexp.MustCompile(`^[A-Z][A-Z0-9-]*[A-Z0-9]$`)

var roman = regexp.MustCompile(`^[IVX]{2,4}$`)

// particles are lower case in names: lower-case dictionary words match any
// case, so "al-Qaeda" matches "Al-Qaeda" too.
var particles = set(`of the and for in on to at by with from against de del della di da do dos das des du la le
	les el y e et en pour per il al ul ur wal wa bin ibn fi li an ash as ad ar at ut ud un without through sans sur
	para zur fur au aux`)

// title turns a Phoenix phrase (all capitals) into dyad's case: capitalised
// words, lower-case particles and hyphenated tails ("al-qaeda",
// "Anti-imperialist": a lower-case dictionary word matches any case),
// abbreviations in capitals. A one-word name of up to five letters a
// segment is taken for an abbreviation ("UNITA", "FARC-EP") unless it is
// known as a word.
func (c *converter) title(s string) string {
	words := strings.Fields(s)
	if len(words) == 1 && shortSegments(words[0]) && !particles[strings.ToLower(strings.Split(words[0], "-")[0])] {
		if w, ok := shortWords[strings.ToLower(words[0])]; ok {
			return w
		}
		return words[0]
	}
	for i, w := range words {
		segs := strings.Split(w, "-")
		for j, seg := range segs {
			lw := strings.ToLower(seg)
			switch {
			case seg == "":
			case c.caps[seg] || roman.MatchString(seg) || isLetters(seg) && !hasVowel(seg):
				// "IRA", "II", "BPW": as written
			case particles[lw] && (len(words) > 1 || j < len(segs)-1):
				segs[j] = lw
			case j > 0 || seg[0] >= '0' && seg[0] <= '9' && ordinal.MatchString(lw):
				segs[j] = lw
			case !isLetters(seg[:1]):
			default:
				r := []rune(lw)
				r[0] = unicode.ToUpper(r[0])
				segs[j] = string(r)
			}
		}
		words[i] = strings.Join(segs, "-")
	}
	return strings.Join(words, " ")
}

// display is the canonical name of a group: a name as title makes it, with
// the words after hyphens and the first word capitalised ("al-Qaeda",
// "Anti-Imperialist Cell").
func display(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		segs := strings.Split(w, "-")
		for j, seg := range segs {
			switch {
			case seg == "" || !isLetters(seg[:1]):
			case particles[seg] && (i > 0 || j > 0 || len(segs) > 1):
				// "Army of God", "Izz ad-Din", "al-Qaeda"
			case i == 0 || j > 0:
				r := []rune(seg)
				r[0] = unicode.ToUpper(r[0])
				segs[j] = string(r)
			}
		}
		words[i] = strings.Join(segs, "-")
	}
	return strings.Join(words, " ")
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// smallWords are English words that the lexicon also has as abbreviations
// ("IS", "US"): inside a Phoenix name they are words ("Sisterhood Is Global").
var smallWords = set(`is it or as an be do go he me my no so up we us am`)

// shortWords are one-word names of up to five letters that are words, not
// abbreviations, with their case.
var shortWords = map[string]string{"oxfam": "Oxfam", "kach": "Kach", "hisba": "Hisba", "zonta": "Zonta",
	"amal": "Amal", "fateh": "Fateh", "kakh": "Kakh", "medair": "Medair"}

func shortSegments(w string) bool {
	for _, seg := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' || r == '.' }) {
		if len([]rune(seg)) > 5 {
			return false
		}
	}
	return true
}

func hasVowel(s string) bool { return strings.ContainsAny(strings.ToUpper(s), "AEIOUY") }

// unsafe says why a name is not safe to match in news text, or "".
func (c *converter) unsafe(n string) string {
	k := key(n)
	if what, ok := c.taken[loose(n)]; ok {
		return "already in the lexicon: " + what
	}
	toks := text.Tokenize(n, 0)
	c.lx.Lemmatize(toks)
	if _, m := c.lx.Agent(toks, 0); m == len(toks) {
		return "an agent phrase"
	}
	var content []string
	dates := 0
	for _, t := range toks {
		if t.Kind == text.Punct || particles[t.Lower] {
			continue
		}
		content = append(content, t.Lower)
		if dateWords[t.Lower] || ordinal.MatchString(t.Lower) {
			dates++
		}
	}
	switch {
	case dates == len(content):
		return "a date or number"
	case len(toks) == 1 && len([]rune(n)) < 3:
		return "shorter than three letters"
	case common[k]:
		return "a common word or too vague"
	case len(toks) == 1 && len(c.lx.PatternsAt(toks[0].Lemma)) > 0:
		return "a verb of the action patterns"
	case len(content) <= 2 && dates == 0 && !allowed[k] && c.allGeneric(content):
		return "generic words only"
	}
	return ""
}

// allGeneric reports whether every word is a generic organisation word or a
// country's name or adjective.
func (c *converter) allGeneric(ws []string) bool {
	for _, w := range ws {
		if generic[w] {
			continue
		}
		if what, ok := c.taken[loose(w)]; ok && strings.HasPrefix(what, "country ") {
			continue
		}
		return false
	}
	return true
}

var ordinal = regexp.MustCompile(`^[0-9]+(st|nd|rd|th)?$|^(first|second|third|fourth|fifth|ninth)$`)

var dateWords = set(`january february march april may june july august september october november december`)

// generic words say what kind of group something is, not which: two of them
// alone ("Red Army", "Islamic Jihad") name no group in particular.
var generic = set(`army armies front movement organization organisation group groups council committee committees
	party union league brigade brigades forces force faction factions cell cells command commando commandos unit
	units battalion battalions nuclei nucleus liberation revolutionary revolution resistance popular people people's
	peoples national islamic islam muslim muslims struggle action armed free freedom fighters fighter militia
	militias jihad holy war warriors guerrilla guerrillas guerilla red black white green new youth students workers
	socialist communist democratic united international world revolutionaries martyrs martyr soldiers defense
	defence self alliance coalition federation association society fund foundation institute center centre network
	mission service relief aid human rights patriotic patriots justice vanguard solidarity liberty independence
	combatant combatants fighting social radical proletarian anarchist anarchists nationalist nationalists arab
	left right order brotherhood secret special sword swords knights sons avengers tigers eagles hawks mujahideen
	mujahidin mujahedin socialists communists`)

// allowed are two-word names of generic words that name one group.
var allowed = set(`red brigades|anarchist faction|islamic relief|muslim aid|relief international|socialist international`, "|")

// otherGroup are names that a team-written group shares with a different
// Phoenix group: the Phoenix group loses the name, not its entry.
var otherGroup = set(`bersatu|uda`, "|")

// common are names that are ordinary words, other things' abbreviations
// ("EPA", "ANA": the Afghan National Army) or too vague to name a group.
var common = set(`organization|youth|tigers|yahweh|zero|falcon|naxalites|contras|provos|order|foundation|
	cornerstone|tanzim|dawn|olive|camo|amit|eyal|isa|epa|ana|nta|iaa|cba|mcc|pra|erg|fps|emetic|paradise|
	mavericks|muhammed|marxist - leninist|marxist leninist|lightning|insula|boogeymen|waffen ss|refugee advocate|
	small kindness|shared interest|safe motherhood|development agenc|ngo net|light millennium|gender watchers|
	children first now|equality now|corporate watch|hunger project|northern forum|concern america|we will win|
	free land|the avengers|anarchists|jihad base|banner of islam|supporters of islam|islamic community|
	revolutionary left|national front|hotaru|shahin|karamah|direct action|immediate action|black friday|black star|
	red line|red flag|red banner|red bill|counter revolutionaries|triple a|serpaj al|de fes|la liga|le celle|
	il carcere|i carcerieri|cinque c|al - qaeda organization|ad rev|egypt 's revolution|aleph|up the irs , inc .|islamic union|islamic unity|islamic party|the group of death`, "|")

// people are Phoenix phrases that name a person (a leader filed as a
// synonym of the group, an NGO's spokesman) or a fictional one (Phoenix's
// test entries), in lower case; personWords are surnames that mark one.
var people = set(`khaled meshaal|mohammed deif|marwan issa|sam melville|dominic ongwen|joseph kony|vincent otti|
	caesar achellam|raska lukwiya|okot odhiambo|odong latek|alphonse lamola|nixman oryanga|abu basir|anwar awlaki|
	ahmad umar|moktar ali zubeyr|ahmed abdi godane|ernst stavro blofeld|ra's al ghul|hong kil dong|brother julian|
	tantiwittayapitak|fatah abu musa|abu al-abbas`, "|")

var personWords = set(`nasrallah mughniyeh mughniyah moughniyah awlaki aulaqi awlaqi al-awlaki zawahiri kishore
	ritambhara dalmiya singhal maitra sarangi pararajasingham laden ladin`, " ")

func isPerson(s string) bool {
	l := strings.ToLower(strings.Join(strings.Fields(s), " "))
	if people[l] {
		return true
	}
	for _, w := range strings.Fields(l) {
		if personWords[w] {
			return true
		}
	}
	return false
}

// personLike reports whether a phrase has the shape of a person's name: two
// to four words with no particle and no digit (it has no organisation word
// either: see orgLike). Phoenix's NGO section mixes people with
// organisations; a foreign-language organisation name of that shape is lost
// with them.
func (c *converter) personLike(s string) bool {
	if c.countryIn(c.title(s)) != "" {
		return false // "Plan USA", "Peace Winds Japan"
	}
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 || strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, w := range ws {
		if particles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// orgLike reports whether a phrase has a word that names an organisation.
func orgLike(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if generic[w] || orgWords[w] {
			return true
		}
	}
	return false
}

var orgWords = set(`jamaat jama'at jemaah jamaah jamiat lashkar laskar jaish jaysh harakat harkat harakut hizb hezb
	hizbul tehrik kataib kata'ib ansar jund saraya liwa jabhat jabha ittihad mujahideen mujahidin mujahedin
	mujahedeen mujahiden fedayeen frente ejercito movimiento fuerzas partido comando brigada armata gang squad
	team corps division regiment company collective initiative congress club legion volunteers defenders
	conspiracy church nation nations trust project watch fellowship partnership forum bureau programme program
	agency campaign witness sorority fraternity chamber community panel consortium inc inc. corporation ships
	boat math alliance aktion hilfe hilft bund stiftung fundacion fondation fundacao instituto asociacion
	associazione comitato equipe equipo casa caritas cooperazione solidaridad solidarite solidaria manos croix
	cruz kreuz sans frontieres diakonie welthungerhilfe internacional internationalis internationale missions
	outreach ambassadors advocates monitor services assistance relief council commission charities charity house
	operation kinderdorf sos doors`, " ")
