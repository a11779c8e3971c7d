package ingest

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// fipsData is the correspondence of ISO 3166-1 alpha-3 country codes, which
// dyad's records use, and the FIPS 10-4 codes of GDELT's geography columns.
//
//go:embed fips.tsv
var fipsData string

// fipsTables are fipsData read: ISO code to the FIPS code written, and every
// FIPS code to its ISO code.
type fipsTables struct {
	fips map[string]string
	iso  map[string]string
}

var fipsOnce = sync.OnceValues(func() (fipsTables, error) { return parseFIPS(fipsData) })

// parseFIPS reads lines of "ISO3 TAB FIPS TAB name"; # starts a comment.
// A FIPS code may belong to one ISO code only; the first FIPS code of an ISO
// code is the one written.
func parseFIPS(data string) (fipsTables, error) {
	t := fipsTables{fips: map[string]string{}, iso: map[string]string{}}
	for i, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || len(f[0]) != 3 || len(f[1]) != 2 || f[0] != strings.ToUpper(f[0]) || f[1] != strings.ToUpper(f[1]) {
			return t, fmt.Errorf("fips.tsv:%d: want ISO3 TAB FIPS TAB name, upper-case codes", i+1)
		}
		if _, dup := t.iso[f[1]]; dup {
			return t, fmt.Errorf("fips.tsv:%d: FIPS code %s listed twice", i+1, f[1])
		}
		t.iso[f[1]] = f[0]
		if _, ok := t.fips[f[0]]; !ok {
			t.fips[f[0]] = f[1]
		}
	}
	return t, nil
}

// fipsCountry returns the FIPS 10-4 code of an ISO 3166-1 alpha-3 code, or
// "" when there is none.
func fipsCountry(iso3 string) string {
	t, err := fipsOnce()
	if err != nil {
		panic(err) // embedded data: TestFIPSTable keeps it well formed
	}
	return t.fips[iso3]
}

// isoCountry returns the ISO 3166-1 alpha-3 code of a FIPS 10-4 code, or ""
// for a code not listed, such as GDELT's OS for the oceans.
func isoCountry(fips string) string {
	t, err := fipsOnce()
	if err != nil {
		panic(err)
	}
	return t.iso[fips]
}
