package ingest

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dyadhq/dyad"
)

// ICEWS .tab columns, by header name.
var icewsColumns = []string{"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
	"Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
	"Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"}

// ReadICEWS reads an ICEWS event file (tab-separated with a header row; the
// Dataverse .tab format). Intensity becomes the Goldstein value and the quad
// class follows from the CAMEO code. country maps ICEWS's country names
// ("Russian Federation") to codes; label names a CAMEO code.
func ReadICEWS(name string, r io.Reader, country func(string) string, label func(dyad.EventCode) (string, string),
	emit func(dyad.Event), problem func(*Problem)) (int, error) {
	col := map[string]int{}
	n := 0
	err := eachLine(name, r, problem, func(line int, s string) error {
		f := strings.Split(s, "\t")
		if line == 1 {
			for i, h := range f {
				col[strings.TrimSpace(h)] = i
			}
			for _, h := range icewsColumns {
				if _, ok := col[h]; !ok {
					problem(&Problem{File: name, Line: 1, Err: fmt.Errorf("not an ICEWS file: no %q column: skipped", h)})
					return errStop
				}
			}
		} else if e, perr := icewsEvent(f, col, country, label); perr != nil {
			problem(&Problem{File: name, Line: line, Err: perr})
		} else {
			emit(e)
			n++
		}
		return nil
	})
	return n, err
}

func icewsEvent(f []string, col map[string]int, country func(string) string, label func(dyad.EventCode) (string, string)) (dyad.Event, error) {
	if len(f) != len(col) {
		return dyad.Event{}, fmt.Errorf("%d columns, want %d", len(f), len(col))
	}
	get := func(h string) string { return strings.TrimSpace(f[col[h]]) }
	for _, v := range f {
		if !utf8.ValidString(v) {
			return dyad.Event{}, fmt.Errorf("invalid UTF-8")
		}
	}
	date := get("Event Date")
	if dyad.FirstDay(date) != date {
		return dyad.Event{}, fmt.Errorf("Event Date %q: want YYYY-MM-DD", date)
	}
	code := dyad.EventCode(get("CAMEO Code"))
	if len(code) == 2 || len(code) == 1 {
		code = dyad.EventCode(fmt.Sprintf("%03s", string(code)))
	}
	if err := code.Validate(); err != nil {
		return dyad.Event{}, err
	}
	intensity, err := finite(get("Intensity"))
	if err != nil || intensity < -10 || intensity > 10 {
		return dyad.Event{}, fmt.Errorf("Intensity %q", get("Intensity"))
	}
	e := dyad.Event{
		ID:       "icews-" + get("Event ID"),
		Doc:      "icews-story-" + get("Story ID"),
		Date:     date,
		Source:   icewsActor(get("Source Name"), get("Source Sectors"), get("Source Country"), country),
		Target:   icewsActor(get("Target Name"), get("Target Sectors"), get("Target Country"), country),
		Action:   dyad.Action{Code: code, Root: code.Root(), Quad: code.Quad(), Goldstein: intensity, Text: get("Event Text")},
		Sentence: atoiOr(get("Sentence Number"), 0),
	}
	if label != nil {
		e.Action.Label, e.Action.Plover = label(code)
	}
	if lat, err1 := finite(get("Latitude")); err1 == nil {
		if lon, err2 := finite(get("Longitude")); err2 == nil && validLatLon(lat, lon) {
			place := get("City")
			if place == "" || place == "NA" {
				place = get("Country")
			}
			e.Location = &dyad.Place{Name: place, Country: country(get("Country")), Lat: lat, Lon: lon, Role: "event"}
		}
	}
	return e, nil
}

// icewsSectors map ICEWS sector names to CAMEO roles; the first match wins.
var icewsSectors = []struct{ word, role string }{{"Military", "MIL"}, {"Police", "COP"}, {"Intelligence", "SPY"},
	{"Legislative", "LEG"}, {"Judicial", "JUD"}, {"Executive", "GOV"}, {"Government", "GOV"}, {"Rebel", "REB"},
	{"Insurgents", "INS"}, {"Opposition", "OPP"}, {"Business", "BUS"}, {"Media", "MED"}, {"Labor", "LAB"}}

func icewsActor(name, sectors, countryName string, country func(string) string) *dyad.Actor {
	if name == "" || name == "NA" {
		return nil
	}
	c := ""
	if countryName != "" && countryName != "NA" {
		c = country(countryName)
	}
	code := c
	for _, s := range icewsSectors {
		if strings.Contains(sectors, s.word) {
			code += s.role
			break
		}
	}
	if code == "" {
		code = "UNK"
	}
	return &dyad.Actor{Code: dyad.ActorCode(code), Country: c, Name: name, Text: name}
}

func atoiOr(s string, def int) int {
	if v, err := strconv.Atoi(s); err == nil {
		return v
	}
	return def
}
