package ingest

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/lexicon"
)

// Every country dyad knows, and every country of a place in its gazetteer,
// has a FIPS code, and each FIPS code reads back as its country.
func TestFIPSTable(t *testing.T) {
	tables, err := parseFIPS(fipsData)
	if err != nil {
		t.Fatal(err)
	}
	lx, _, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	noFIPS := map[string]bool{"CSK": true} // Czechoslovakia: no code is listed for it
	for _, code := range lx.CountryCodes() {
		if _, ok := lx.Country(code); !ok {
			continue // a country with no geography is never a place
		}
		if f := fipsCountry(code); (f == "") != noFIPS[code] {
			t.Errorf("%s: FIPS code %q", code, f)
		} else if f != "" && isoCountry(f) != code {
			t.Errorf("%s: FIPS %s reads back as %q", code, f, isoCountry(f))
		}
	}
	for _, g := range lx.Gazetteer() {
		if g.Country != "" && fipsCountry(g.Country) == "" {
			t.Errorf("place %s: country %s has no FIPS code", g.Name, g.Country)
		}
	}
	if n := len(lx.CountryCodes()); len(tables.fips) < n {
		t.Errorf("%d countries with a FIPS code, fewer than dyad's %d", len(tables.fips), n)
	}
	// the codes that differ from ISO 3166-1 alpha-2 are the ones that matter
	for iso, fips := range map[string]string{"DEU": "GM", "GBR": "UK", "RUS": "RS", "PRK": "KN", "KOR": "KS", "JPN": "JA",
		"CHN": "CH", "AUS": "AS", "AUT": "AU", "UKR": "UP", "ISR": "IS", "IRQ": "IZ", "PHL": "RP", "ZAF": "SF",
		"ESP": "SP", "SRB": "RI", "XKX": "KV", "SSD": "OD", "PSE": "WE"} {
		if got := fipsCountry(iso); got != fips {
			t.Errorf("%s: FIPS %q, want %s", iso, got, fips)
		}
	}
	if isoCountry("GZ") != "PSE" || isoCountry("OS") != "" || isoCountry("") != "" {
		t.Errorf("GZ reads as %q, OS (the oceans) as %q, want PSE and none", isoCountry("GZ"), isoCountry("OS"))
	}
}

func TestParseFIPSErrors(t *testing.T) {
	for data, want := range map[string]string{
		"# c\nRUS\tRS\tRussia\nROU\tRS\tRomania\n": "fips.tsv:3: FIPS code RS listed twice",
		"RUS RS Russia\n":                          "fips.tsv:1: want ISO3 TAB FIPS TAB name",
		"rus\trs\tRussia\n":                        "fips.tsv:1: want ISO3 TAB FIPS TAB name",
	} {
		if _, err := parseFIPS(data); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", data, err, want)
		}
	}
}

// GDELT's geography columns hold FIPS codes: every one in the samples reads
// as an ISO country, except OS, the oceans, which is no country.
func TestGDELTSampleCountries(t *testing.T) {
	for _, file := range []string{"gdelt/20191024143000.export.CSV", "gdelt/gdelt1_events_sample_20160728.tsv"} {
		f := shared(t, file)
		located, countries := 0, map[string]bool{}
		ReadGDELT(f.Name(), f, nil, func(e dyad.Event) {
			if l := e.Location; l != nil {
				located++
				countries[l.Country] = true
				if l.Country == "" && !strings.HasSuffix(l.Name, "Oceans") {
					t.Errorf("%s: %s: no country", file, l.Name)
				}
				if strings.HasSuffix(l.Name, ", Russia") && l.Country != "RUS" {
					t.Errorf("%s: %s: country %q, want RUS", file, l.Name, l.Country)
				}
			}
		}, func(p *Problem) { t.Error(p) })
		if located < 100 || len(countries) < 50 {
			t.Errorf("%s: %d located events in %d countries", file, located, len(countries))
		}
	}
}

// A location's country goes out as FIPS and comes back as ISO; waters have
// none either way.
func TestGDELTLocationCountry(t *testing.T) {
	for iso, fips := range map[string]string{"RUS": "RS", "DEU": "GM", "": ""} {
		e := dyad.Event{ID: "gdelt-1", Doc: "d", Date: "2024-06-19", Source: &dyad.Actor{Code: "RUS", Country: "RUS"},
			Action:   dyad.Action{Code: "190", Root: "19", Quad: 4, Goldstein: -10},
			Location: &dyad.Place{Name: "Somewhere", Country: iso, Lat: 1.5, Lon: -2, Role: "event"}}
		var buf bytes.Buffer
		if err := WriteGDELT(&buf, &e); err != nil {
			t.Fatal(err)
		}
		if f := strings.Split(buf.String(), "\t"); f[53] != fips || f[7] != "RUS" {
			t.Errorf("%q: ActionGeo_CountryCode %q, Actor1CountryCode %q; want %q and RUS", iso, f[53], f[7], fips)
		}
		var back dyad.Event
		ReadGDELT("x.csv", &buf, nil, func(e dyad.Event) { back = e }, func(p *Problem) { t.Error(p) })
		if l := back.Location; l == nil || l.Country != iso || l.Lat != 1.5 || l.Lon != -2 {
			t.Errorf("%q: read back as %+v", iso, l)
		}
	}
}
