package main

import (
	"sort"
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// teamPerson is a person of the team's files.
type teamPerson struct {
	e     *lexicon.Entry
	heads map[string]bool
}

// matchTeam skips the entries of people the team's files have, and takes
// from the others the names a team-written person has. An entry is the
// team's person when they share a name and a country (the first segment of
// a role's code): Phoenix's names that name two of its people (George H. W.
// and George W. Bush are both "George Bush") are gone by then (mergeSame),
// so a name left in common is one person's. The team's entry is then the
// one written, whole: its roles are checked against sources and run to
// today, Phoenix's stop in 2014-2016 (the earlier roles of a person the team
// lists from 2000 on are lost with the Phoenix entry).
func (c *converter) matchTeam(all []*person, st *peopleStats) {
	team := map[string][]*teamPerson{}
	for _, e := range c.lx.Entries() {
		if e.Kind != "person" || generated[e.File] {
			continue
		}
		tp := &teamPerson{e: e, heads: map[string]bool{}}
		for _, r := range e.Roles {
			tp.heads[r.Code[:3]] = true
		}
		for _, n := range e.Names() {
			team[loose(n)] = append(team[loose(n)], tp)
		}
	}
	for _, p := range all {
		if p.skipped {
			continue
		}
		same := ""
		for _, n := range p.names {
			for _, tp := range team[loose(n)] {
				if shareCountry(p.heads, tp.heads) {
					same = tp.e.Name
				}
			}
		}
		if same != "" {
			p.skipped = true
			st.drop(dropTeam, 1)
			c.drop(p.name, "the team's "+same)
			continue
		}
		var keep []string
		for _, n := range p.names {
			if tps := team[loose(n)]; len(tps) > 0 {
				st.drop(dropNameTeam, 1)
				c.drop(n, "the team's "+tps[0].e.Name+", of another country")
				continue
			}
			keep = append(keep, n)
		}
		p.names = keep
	}
}

func shareCountry(a, b map[string]bool) bool {
	for h := range a {
		if b[h] {
			return true
		}
	}
	return false
}

// samePerson reports whether two entries that share a name are one person:
// they share a country and held offices other than ELI on a same day.
// Two people of one name and country at different times (George H. W. Bush
// and George W. Bush) are two.
func samePerson(ha map[string]bool, ra []lexicon.Role, hb map[string]bool, rb []lexicon.Role) bool {
	shared := false
	for h := range ha {
		if hb[h] {
			shared = true
		}
	}
	if !shared {
		return false
	}
	for _, r := range ra {
		if isElite(r.Code) {
			continue
		}
		for _, s := range rb {
			if !isElite(s.Code) && overlaps(r, s) {
				return true
			}
		}
	}
	return false
}

func isElite(code string) bool { return strings.HasSuffix(code, "ELI") }

// overlaps reports whether two roles were held on a same day.
func overlaps(r, s lexicon.Role) bool {
	return (r.To == "" || r.To >= s.From) && (s.To == "" || s.To >= r.From)
}

// mergeSame joins the entries Phoenix has for one person into the first,
// and drops from all the names that entries of different people share.
// Entries are one person when they share a country and a name of two words
// or more ("Tsakhiagiyn Elbegdorj": a president listed again as prime
// minister), or a one-word name and a time (see samePerson: "Bush" is
// George H. W. and George W., "Clinton" Bill and Hillary). twoPeople are
// the names of two words that name two people of one country.
func (c *converter) mergeSame(all []*person, st *peopleStats) {
	byName := map[string][]*person{}
	for _, p := range all {
		if p.skipped {
			continue
		}
		for _, n := range p.names {
			k := loose(n)
			if l := byName[k]; len(l) == 0 || l[len(l)-1] != p {
				byName[k] = append(byName[k], p)
			}
		}
	}
	// union-find over the entries that are one person
	parent := map[*person]*person{}
	var find func(*person) *person
	find = func(p *person) *person {
		if q, ok := parent[p]; ok && q != p {
			r := find(q)
			parent[p] = r
			return r
		}
		return p
	}
	keys := make([]string, 0, len(byName))
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ps := byName[k]
		for i := 0; i < len(ps); i++ {
			for j := i + 1; j < len(ps); j++ {
				a, b := find(ps[i]), find(ps[j])
				if a != b && onePerson(k, ps[i], ps[j]) {
					if b.line < a.line && b.file == a.file || b.file < a.file {
						a, b = b, a
					}
					parent[b] = a
				}
			}
		}
	}
	for _, p := range all {
		root := find(p)
		if root == p || p.skipped {
			continue
		}
		root.names = append(root.names, p.names...)
		root.roles = append(root.roles, p.roles...)
		for h := range p.heads {
			root.heads[h] = true
		}
		p.skipped = true
		st.drop(dropMerged, 1)
	}
	for _, p := range all {
		if p.skipped {
			continue
		}
		p.names = dedupeNames(p.names)
		p.roles = dedupeRoles(p.roles)
	}
	// a name still shared by two entries names two people: it goes from both
	owners := map[string]int{}
	for _, p := range all {
		if !p.skipped {
			for _, n := range p.names {
				owners[loose(n)]++
			}
		}
	}
	for _, p := range all {
		if p.skipped {
			continue
		}
		var keep []string
		for _, n := range p.names {
			if owners[loose(n)] > 1 {
				st.drop(dropNameTwo, 1)
				continue
			}
			keep = append(keep, n)
		}
		p.names = keep
	}
}

func onePerson(name string, a, b *person) bool {
	if !shareCountry(a.heads, b.heads) {
		return false
	}
	if strings.Contains(name, " ") && !twoPeople[name] {
		return true
	}
	return samePerson(a.heads, a.roles, b.heads, b.roles)
}

// twoPeople: reviewed.
var twoPeople = set(`george bush`, "|")

func dedupeNames(ns []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range ns {
		if k := key(n); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

func dedupeRoles(rs []lexicon.Role) []lexicon.Role {
	seen := map[lexicon.Role]bool{}
	var out []lexicon.Role
	for _, r := range rs {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// surnames keeps a one-word name ("Karzai") only where it names one person
// safely: four letters or more, not a common word or given name
// (lexicon.CommonWord), not a verb of the action patterns, and not a word
// of another person's name in the whole lexicon (team-written or converted):
// "Sharif" is Nawaz and Shehbaz, so neither keeps it.
func (c *converter) surnames(all []*person, st *peopleStats) {
	words := map[string]map[any]bool{} // a name's word → whose names have it
	note := func(n string, who any) {
		for _, t := range text.Tokenize(n, 0) {
			if t.Kind == text.Word {
				if words[t.Lower] == nil {
					words[t.Lower] = map[any]bool{}
				}
				words[t.Lower][who] = true
			}
		}
	}
	for _, e := range c.lx.Entries() {
		if e.Kind == "person" && !generated[e.File] {
			for _, n := range e.Names() {
				note(n, e)
			}
		}
	}
	for _, p := range all {
		if !p.skipped {
			for _, n := range p.names {
				note(n, p)
			}
		}
	}
	for _, p := range all {
		if p.skipped {
			continue
		}
		var keep []string
		for _, n := range p.names {
			toks := text.Tokenize(n, 0)
			if len(toks) != 1 {
				keep = append(keep, n)
				continue
			}
			c.lx.Lemmatize(toks)
			switch {
			case !partOfFullName(n, p.names) && !mononyms[strings.ToLower(n)]:
				st.drop(dropNameAlone, 1)
				c.drop(n, "a one-word name that is no word of a full name")
			case len([]rune(n)) < 4:
				st.drop(dropNameShort, 1)
				c.drop(n, "a one-word name under four letters")
			case lexicon.CommonWord(n):
				st.drop(dropNameCommon, 1)
				c.drop(n, "a common word or given name")
			case len(c.lx.PatternsAt(toks[0].Lemma)) > 0 || len(c.lx.FramesAt(toks[0].Lemma)) > 0:
				st.drop(dropNameVerb, 1)
				c.drop(n, "a verb of the action patterns")
			case len(words[toks[0].Lower]) > 1:
				st.drop(dropNameSurname, 1)
				c.drop(n, "a word of another person's name")
			default:
				keep = append(keep, n)
			}
		}
		p.names = keep
		if len(p.names) == 0 {
			p.skipped = true
			st.drop(dropNoName, 1)
		}
	}
}

// partOfFullName reports whether the one-word name n is a word of one of
// names' names of two words or more ("Karzai" of "Hamid Karzai", "Kiir" of
// "Salva Kiir Mayardit").
func partOfFullName(n string, names []string) bool {
	k := key(n)
	for _, m := range names {
		toks := text.Tokenize(m, 0)
		if len(toks) < 2 {
			continue
		}
		for _, t := range toks {
			if t.Lower == k {
				return true
			}
		}
	}
	return false
}

// mononyms are people known by one name, whose Phoenix entry has only that
// name (reviewed: many of the CountryInfo file's one-word entries are a
// given name and a surname run together, "BHORTEFEUX_" for Brice
// Hortefeux, and are left out).
var mononyms = set(`suharto hirohito khodaidad mardiyanto sugiharto subroto haakon tuivakano fielakepa tuipelehake
	'mamohato`)
