package petrarch

import (
	"fmt"
	"strings"
)

// agent is a role word's code and where it goes in an actor's code.
type agent struct {
	code   string
	prefix bool // "NGO~": before the actor code; "~GOV": after
	phrase string
}

// parseAgents reads an agents file into add.
func parseAgents(file string, lines []line, add func(string, *agent), warn func(error)) {
	subst := map[string][]string{}
	for _, l := range lines {
		if l.text == "" {
			continue
		}
		bad := func(format string, args ...any) {
			warn(&ParseError{File: file, Line: l.n, Err: fmt.Errorf(format, args...)})
		}
		if strings.HasPrefix(l.text, "!") && strings.Contains(l.text, "=") {
			name, list, ok := strings.Cut(l.text, "=")
			name = strings.TrimSpace(name)
			if !ok || len(name) < 3 || !strings.HasSuffix(name, "!") {
				bad("want !NAME! = A, B, ...")
				continue
			}
			for _, w := range strings.Split(list, ",") {
				if w = strings.TrimSpace(w); w != "" {
					subst[strings.ToUpper(name)] = append(subst[strings.ToUpper(name)], strings.ToUpper(w))
				}
			}
			continue
		}
		codes, rest := brackets(l.text)
		if len(codes) != 1 {
			bad("want PHRASE {PLURALS} [~CODE]")
			continue
		}
		a := &agent{code: strings.TrimSpace(codes[0])}
		switch {
		case strings.HasPrefix(a.code, "~"):
			a.code = strings.TrimSpace(a.code[1:])
		case strings.HasSuffix(a.code, "~"):
			a.code, a.prefix = strings.TrimSpace(strings.TrimSuffix(a.code, "~")), true
		default:
			bad("agent code %q: want ~CODE or CODE~", a.code)
			continue
		}
		if a.code == "" {
			bad("empty agent code")
			continue
		}
		plurals, phrase, explicit := braces(rest)
		phrase = strings.ToUpper(strings.TrimSpace(phrase))
		if phrase == "" {
			bad("agent without a phrase")
			continue
		}
		a.phrase = phrase
		forms := expand(phrase, subst)
		if len(forms) == 0 {
			bad("unknown substitution set in %q, or over %d phrases from its sets", phrase, maxForms)
			continue
		}
		for _, f := range forms {
			add(f, a)
			if !explicit && !strings.Contains(phrase, "!") {
				add(plural(f), a)
			}
		}
		for _, p := range strings.Fields(plurals) {
			add(p, a)
		}
	}
}

// maxForms bounds the phrases one agent line expands to: each !SET!
// multiplies them.
const maxForms = 10_000

// expand replaces each !SET! marker in phrase by each member of the set. A
// member is taken as it is: a set that names itself, or another, is not
// expanded again (which would never end). It returns nil when a set is
// unknown or there would be more than maxForms phrases.
func expand(phrase string, subst map[string][]string) []string {
	out := []string{""}
	for {
		i := strings.IndexByte(phrase, '!')
		if i < 0 {
			break
		}
		j := strings.IndexByte(phrase[i+1:], '!')
		if j < 0 {
			return nil
		}
		set := subst[phrase[i:i+j+2]]
		if len(set) == 0 || len(out)*len(set) > maxForms {
			return nil
		}
		next := make([]string, 0, len(out)*len(set))
		for _, o := range out {
			for _, w := range set {
				next = append(next, o+phrase[:i]+w)
			}
		}
		out, phrase = next, phrase[i+j+2:]
	}
	for k := range out {
		out[k] += phrase
	}
	return out
}

// plural makes the regular plural of a phrase's last word: +S, Y→IES, SS→SSES.
func plural(phrase string) string {
	p := strings.TrimRight(phrase, "_ ")
	switch {
	case strings.HasSuffix(p, "Y") && len(p) > 1 && !strings.ContainsAny(p[len(p)-2:len(p)-1], "AEIOU"):
		return p[:len(p)-1] + "IES"
	case strings.HasSuffix(p, "SS"), strings.HasSuffix(p, "CH"), strings.HasSuffix(p, "SH"), strings.HasSuffix(p, "X"):
		return p + "ES"
	}
	return p + "S"
}
