package lexicon

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dyadhq/dyad"
)

// CodeInfo is one CAMEO code of the codebook.
type CodeInfo struct {
	Code      dyad.EventCode
	Label     string
	Goldstein float64
	Plover    string
}

func parseCodes(file, src string, into map[dyad.EventCode]CodeInfo, warn func(error)) {
	for n, line := range strings.Split(src, "\n") {
		if n == 0 || strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			warn(&ParseError{File: file, Line: n + 1, Err: fmt.Errorf("want 4 tab-separated fields, got %d", len(f))})
			continue
		}
		g, err := strconv.ParseFloat(f[2], 64)
		c := dyad.EventCode(f[0])
		if err == nil {
			err = c.Validate()
		}
		if err != nil {
			warn(&ParseError{File: file, Line: n + 1, Err: err})
			continue
		}
		into[c] = CodeInfo{Code: c, Label: strings.TrimSpace(f[1]), Goldstein: g, Plover: strings.TrimSpace(f[3])}
	}
}

// parseAgents reads lines "ROLE: phrase; phrase".
func parseAgents(file, src string, add func(phrase, role string), warn func(error)) {
	for n, line := range strings.Split(src, "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		role, body, ok := strings.Cut(line, ":")
		role = strings.TrimSpace(role)
		if !ok || len(role) != 3 || strings.ToUpper(role) != role {
			warn(&ParseError{File: file, Line: n + 1, Err: fmt.Errorf("want ROLE: phrase; phrase")})
			continue
		}
		for _, ph := range strings.Split(body, ";") {
			if ph = strings.TrimSpace(ph); ph != "" {
				add(ph, role)
			}
		}
	}
}

// Gazetteer is a place of places.tsv.
type Gazetteer struct {
	Name    string
	Country string
	Kind    string
	Lat     float64
	Lon     float64

	// Precision is empty for a gazetteer entry; for a place the text names
	// and the gazetteer lacks, whose point is that of the region or the
	// country it lies in, "region" or "country".
	Precision string
}

// Unowned reports whether the place is no country's: waters, and the
// features whose sovereignty states dispute (the Spratly and Paracel
// islands, Scarborough Shoal). Such a place is only ever where something
// happened, never an actor or a target.
func (g *Gazetteer) Unowned() bool { return g.Country == "" }

var placeKinds = map[string]bool{"capital": true, "city": true, "port": true, "base": true, "border": true, "site": true,
	"region": true, "sea": true}

// tsvRows calls row for every data line of a TSV file with a header line,
// reporting lines that do not have want fields; bad reports a problem with
// the current line.
func tsvRows(file, src string, want int, warn func(error), row func(f []string, bad func(string, ...any))) {
	for n, line := range strings.Split(src, "\n") {
		if n == 0 || strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		bad := func(format string, args ...any) {
			warn(&ParseError{File: file, Line: n + 1, Err: fmt.Errorf(format, args...)})
		}
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) != want {
			bad("want %d tab-separated fields, got %d", want, len(f))
			continue
		}
		row(f, bad)
	}
}

func parsePlaces(file, src string, add func(name string, g *Gazetteer), warn func(error)) {
	tsvRows(file, src, 6, warn, func(f []string, bad func(string, ...any)) {
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			bad("bad coordinates %q, %q", f[4], f[5])
			return
		}
		if !placeKinds[f[3]] {
			bad("unknown kind %q", f[3])
			return
		}
		if f[3] == "sea" && f[2] != "" {
			bad("%s: waters have no country", f[0])
			return
		}
		g := &Gazetteer{Name: f[0], Country: f[2], Kind: f[3], Lat: lat, Lon: lon}
		add(f[0], g)
		for _, alt := range strings.Split(f[1], ";") {
			if alt = strings.TrimSpace(alt); alt != "" {
				add(alt, g)
			}
		}
	})
}

// namedPlace is one of the names of a gazetteer place.
type namedPlace struct {
	name string
	g    *Gazetteer
}

// divisionWords are the words that end the names of a country's divisions
// ("Krasnodar Krai", "Duhok Governorate", "Kursk Oblast").
var divisionWords = map[string]bool{"oblast": true, "krai": true, "province": true, "governorate": true,
	"prefecture": true, "region": true, "state": true, "county": true, "district": true, "department": true}

// divisionNames returns the names news copy gives the divisions among
// regions, names the gazetteer does not give any place (taken): a division
// named "X Oblast" or "X Krai" is also "X region" and "X province", and its
// own word in lower case ("X governorate"), which is how English writes
// them ("in Russia's Krasnodar region", "Iraq's Duhok province"). A name two
// divisions would share is left to neither.
func divisionNames(regions []namedPlace, taken map[string]bool) []namedPlace {
	var out []namedPlace
	seen := map[string]int{} // derived name → its index in out, or -1 once shared
	for _, r := range regions {
		stem, div, ok := cutLast(r.name)
		if !ok || !divisionWords[strings.ToLower(div)] {
			continue
		}
		for _, w := range []string{strings.ToLower(div), "region", "province"} {
			name := stem + " " + w
			key := strings.ToLower(name)
			if taken[key] {
				continue
			}
			switch k, ok := seen[key]; {
			case !ok:
				seen[key] = len(out)
				out = append(out, namedPlace{name, r.g})
			case k >= 0 && out[k].g != r.g:
				out[k].g, seen[key] = nil, -1
			}
		}
	}
	keep := out[:0]
	for _, d := range out {
		if d.g != nil {
			keep = append(keep, d)
		}
	}
	return keep
}

// divisionCase writes the division word that ends a region's name in lower
// case, so that it matches as written either way: "Duhok Province" and
// "Iraq's Duhok province".
func divisionCase(name string, g *Gazetteer) string {
	if stem, div, ok := cutLast(name); ok && g.Kind == "region" && divisionWords[strings.ToLower(div)] {
		return stem + " " + strings.ToLower(div)
	}
	return name
}

// cutLast splits a name of two words or more at its last space.
func cutLast(name string) (head, last string, ok bool) {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return "", "", false
	}
	return name[:i], name[i+1:], true
}

// Unit is a unit of quantities (units.txt): a currency, a measure, or a
// container that takes "of ITEM"; or a kind of goods, whose Code is the
// CAMEO code of moving them.
type Unit struct {
	Kind string // currency, measure, container or goods
	Code string // ISO 4217 for currencies, else the unit's name
}

var unitKinds = map[string]bool{"currency": true, "measure": true, "container": true, "goods": true}

// parseUnits reads lines "KIND CODE: phrase; phrase". A code has one line,
// and a phrase one unit: a second is reported, since the line read last
// would silently win.
func parseUnits(file, src string, add func(phrase string, u Unit), warn func(error)) {
	codeLine := map[string]int{}      // kind and code: the line that gave them
	phraseCode := map[string]string{} // a phrase in lower case: its code
	for n, line := range strings.Split(src, "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		head, body, ok := strings.Cut(line, ":")
		f := strings.Fields(head)
		if !ok || len(f) != 2 || !unitKinds[f[0]] {
			warn(&ParseError{File: file, Line: n + 1, Err: fmt.Errorf("want KIND CODE: phrase; phrase (KIND currency, measure, container or goods)")})
			continue
		}
		if first, ok := codeLine[f[0]+" "+f[1]]; ok {
			warn(&ParseError{File: file, Line: n + 1, Err: fmt.Errorf("%s %s is also on line %d", f[0], f[1], first)})
		}
		codeLine[f[0]+" "+f[1]] = n + 1
		for _, ph := range strings.Split(body, ";") {
			if ph = strings.TrimSpace(ph); ph != "" {
				if code, ok := phraseCode[strings.ToLower(ph)]; ok && code != f[1] {
					warn(&ParseError{File: file, Line: n + 1, Err: fmt.Errorf("%q is also a phrase of %s", ph, code)})
				}
				phraseCode[strings.ToLower(ph)] = f[1]
				add(ph, Unit{Kind: f[0], Code: f[1]})
			}
		}
	}
}

// CountryInfo is a row of countries.tsv: a representative point and the
// boxes that contain the country's territory.
type CountryInfo struct {
	Code  string
	Name  string
	Lat   float64
	Lon   float64
	Boxes [][4]float64 // min lat, min lon, max lat, max lon
}

// Contains reports whether (lat, lon) lies in one of c's boxes.
func (c *CountryInfo) Contains(lat, lon float64) bool {
	for _, b := range c.Boxes {
		if lat >= b[0] && lat <= b[2] && lon >= b[1] && lon <= b[3] {
			return true
		}
	}
	return false
}

func parseCountries(file, src string, into map[string]*CountryInfo, warn func(error)) {
	tsvRows(file, src, 5, warn, func(f []string, bad func(string, ...any)) {
		lat, err1 := strconv.ParseFloat(f[2], 64)
		lon, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil {
			bad("bad point %q, %q", f[2], f[3])
			return
		}
		c := &CountryInfo{Code: f[0], Name: f[1], Lat: lat, Lon: lon}
		ok := true
		for _, b := range strings.Split(f[4], ";") {
			var box [4]float64
			parts := strings.Split(strings.TrimSpace(b), ",")
			if len(parts) != 4 {
				ok = false
				break
			}
			for k, p := range parts {
				v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
				if err != nil {
					ok = false
				}
				box[k] = v
			}
			if box[0] > box[2] || box[1] > box[3] {
				ok = false
			}
			c.Boxes = append(c.Boxes, box)
		}
		if !ok {
			bad("bad boxes %q: want minlat,minlon,maxlat,maxlon;...", f[4])
			return
		}
		into[c.Code] = c
	})
}
