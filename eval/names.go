package eval

import (
	"math"
	"strings"

	"github.com/dyadhq/dyad/lexicon"
	"github.com/dyadhq/dyad/text"
)

// LexiconNames names places as lx's gazetteer does, so that a gold file's
// "Rajin" is the coder's "Najin", countries by their codes, and units by their codes ("tonnes" is
// "t"); words the lexicon lacks stay as they are.
func LexiconNames(lx *lexicon.Lexicon) Names {
	tokens := func(s string) []text.Token {
		toks := text.Tokenize(s, 0)
		lx.Lemmatize(toks)
		return toks
	}
	return Names{
		Place: func(name string) string {
			toks := tokens(name)
			if gs, n := lx.Place(toks, 0); len(gs) > 0 && (n == len(toks) || descriptors(toks[n:])) {
				if town, ok := airportTown(lx, gs[0]); ok {
					return town // "Mogadishu airport": Mogadishu
				}
				return crossingTown(lx, gs[0]) // "Torkham crossing", "Nangarhar province": the place
			}
			if code := lx.CountryCode(name); code != "" {
				return code // "Turkey" and "Türkiye" are one country
			}
			return name
		},
		Unit: func(name string) string {
			toks := tokens(name)
			if u, n := lx.Unit(toks, 0); n == len(toks) && n > 0 {
				return u.Code
			}
			return name
		},
	}
}

// crossingTown names a border crossing that the gazetteer keeps apart from
// the town of its country it is named for by that town: the "Rafah
// crossing" is at Rafah, and a gold file names it either way.
func crossingTown(lx *lexicon.Lexicon, g *lexicon.Gazetteer) string {
	town, ok := strings.CutSuffix(g.Name, " crossing")
	if g.Kind != "border" || !ok {
		return g.Name
	}
	toks := text.Tokenize(town, 0)
	lx.Lemmatize(toks)
	if gs, n := lx.Place(toks, 0); n == len(toks) {
		for _, t := range gs {
			if t.Name == town && t.Country == g.Country {
				return town
			}
		}
	}
	return g.Name
}

// airportTown names an airport that the gazetteer also calls by a town's
// name ("Aden Adde International Airport", which it reads as "Mogadishu
// airport" too) by that town: POLICY §20 has "Kabul airport" and "Kabul"
// one place, so a gold file that writes the town and a coder that names
// the airport name one place. ok is false for anything else.
func airportTown(lx *lexicon.Lexicon, a *lexicon.Gazetteer) (town string, ok bool) {
	if a.Kind != "site" {
		return "", false
	}
	for _, g := range lx.Gazetteer() {
		if g.Country != a.Country || g.Kind != "city" && g.Kind != "capital" || distanceKm(a.Lat, a.Lon, g.Lat, g.Lon) > 40 {
			continue
		}
		toks := text.Tokenize(g.Name+" airport", 0)
		lx.Lemmatize(toks)
		if gs, n := lx.Place(toks, 0); n == len(toks) && len(gs) > 0 && gs[0] == a {
			return g.Name, true
		}
	}
	return "", false
}

// distanceKm is the great-circle distance between two points, in km.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

// placeKinds are words a gold file may write after a place's name to say
// what kind of place it is.
var placeKinds = map[string]bool{"crossing": true, "border": true, "province": true, "region": true, "oblast": true,
	"island": true, "islands": true, "airport": true, "port": true, "city": true, "town": true, "village": true,
	"district": true, "county": true, "state": true, "base": true, "air": true, "naval": true, "refinery": true,
	"oil": true, "terminal": true, "governorate": true, "prefecture": true, "strait": true, "harbour": true, "harbor": true}

// descriptors reports whether toks are only words that say what kind of
// place the name before them is.
func descriptors(toks []text.Token) bool {
	for _, t := range toks {
		if !placeKinds[t.Lower] {
			return false
		}
	}
	return len(toks) > 0
}
