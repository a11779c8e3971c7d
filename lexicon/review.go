package lexicon

import (
	"sort"
	"strings"

	"github.com/dyadhq/dyad"
)

var _ dyad.Resolver = (*Lexicon)(nil)

// ResolveActor implements dyad.Resolver: the actor of a code as the coder
// names it, by the code or its longest prefix of whole triples the actors
// files name ("RUSGOV" is Russia's), with the country of its first triple
// when that is a country. A well-formed code the files do not know is an
// actor of that code alone.
func (lx *Lexicon) ResolveActor(code dyad.ActorCode) (*dyad.Actor, error) {
	if err := code.Validate(); err != nil {
		return nil, err
	}
	c := string(code)
	a := &dyad.Actor{Code: code}
	for n := len(c); n >= 3; n -= 3 {
		if name, ok := lx.Name(c[:n]); ok {
			a.Name = name
			break
		}
	}
	if lx.IsCountry(c[:3]) {
		a.Country = c[:3]
	}
	return a, nil
}

// ResolveAction implements dyad.Resolver from the codebook.
func (lx *Lexicon) ResolveAction(code dyad.EventCode) (dyad.Action, error) {
	info, ok := lx.CodeInfo(code)
	if !ok {
		return dyad.Action{}, dyad.Errorf(dyad.EINVALID, "event code %s is not in the codebook", code)
	}
	return dyad.Action{Code: code, Root: code.Root(), Quad: code.Quad(), Goldstein: info.Goldstein, Label: info.Label, Plover: info.Plover}, nil
}

// ResolvePlace implements dyad.Resolver: the gazetteer's first place of
// the name, ignoring case.
func (lx *Lexicon) ResolvePlace(name string) (*dyad.Place, error) {
	name = strings.TrimSpace(name)
	for _, g := range lx.gaz {
		if strings.EqualFold(g.Name, name) {
			return &dyad.Place{Name: g.Name, Country: g.Country, Lat: g.Lat, Lon: g.Lon}, nil
		}
	}
	return nil, dyad.Errorf(dyad.EINVALID, "place %q is not in the gazetteer", name)
}

// Codes returns the codebook's codes in order.
func (lx *Lexicon) Codes() []CodeInfo {
	out := make([]CodeInfo, 0, len(lx.codes))
	for _, c := range lx.codes {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}
