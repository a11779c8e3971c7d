package lexicon

import (
	"testing"

	"github.com/dyadhq/dyad/text"
)

// The embedded people are safe to match: each has a name and a dated role,
// no one-word name is a common word (CommonWord), no name is also a
// country's or an organisation's phrase, and no name stands for two people
// who held roles on a same day (the coder could not tell them apart; two
// people of one name at different times, such as an office-holder and a
// namesake decades later, are allowed).
func TestPersonNames(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	people := map[string][]*Entry{}
	others := map[string]*Entry{}
	for _, e := range lx.Entries() {
		if e.Kind != "person" {
			if e.Kind == "country" || e.Kind == "igo" || e.Kind == "bloc" {
				for _, p := range e.Phrases {
					if k := foldKey(p.Text); others[k] == nil {
						others[k] = e
					}
				}
			}
			continue
		}
		if len(e.Names()) == 0 || len(e.Roles) == 0 {
			t.Errorf("%s:%d: %s has no name or no role", e.File, e.Line, e.Name)
		}
		for _, n := range e.Names() {
			k := foldKey(n)
			if l := people[k]; len(l) == 0 || l[len(l)-1] != e {
				people[k] = append(people[k], e)
			}
			if toks := text.Tokenize(n, 0); len(toks) == 1 && CommonWord(n) {
				t.Errorf("%s:%d: %s: the one-word name %q is a common word", e.File, e.Line, e.Name, n)
			}
		}
	}
	conflicts := 0
	for k, es := range people {
		if o := others[k]; o != nil {
			t.Errorf("%s:%d: person name %q is also a phrase of %s %s (%s:%d)", es[0].File, es[0].Line, k, o.Kind, o.Name, o.File, o.Line)
		}
		for i := range es {
			for _, f := range es[i+1:] {
				if r, s, ok := sameDay(es[i], f); ok {
					conflicts++
					t.Errorf("name %q stands for %s (%s:%d, %s %s..%s) and %s (%s:%d, %s %s..%s) at once", k,
						es[i].Name, es[i].File, es[i].Line, r.Code, r.From, r.To, f.Name, f.File, f.Line, s.Code, s.From, s.To)
				}
			}
		}
	}
	if conflicts > 0 {
		t.Logf("%d conflicts", conflicts)
	}
}

// sameDay returns a role of a and a role of b held on a same day.
func sameDay(a, b *Entry) (Role, Role, bool) {
	for _, r := range a.Roles {
		for _, s := range b.Roles {
			if (r.To == "" || r.To >= s.From) && (s.To == "" || s.To >= r.From) {
				return r, s, true
			}
		}
	}
	return Role{}, Role{}, false
}
