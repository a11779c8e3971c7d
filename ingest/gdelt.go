package ingest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/dyadhq/dyad"
)

// GDELT export layouts: 1.0 has 57 columns (58 with SOURCEURL, from April
// 2013); 2.0 has 61 (an ADM2 code in each of its three geographies). Column
// positions are zero-based.
type gdeltLayout struct {
	actionGeo int // ActionGeo_Type; FullName, CountryCode, ADM1 follow
	lat, lon  int
	added     int // DATEADDED
	url       int // SOURCEURL, or -1
}

var gdeltLayouts = map[int]gdeltLayout{
	57: {actionGeo: 49, lat: 53, lon: 54, added: 56, url: -1},
	58: {actionGeo: 49, lat: 53, lon: 54, added: 56, url: 57},
	61: {actionGeo: 51, lat: 56, lon: 57, added: 59, url: 60},
}

// ReadGDELT reads a GDELT 1.0 or 2.0 event export (tab-separated, no
// header; plain or a zip holding one), calling emit for every event with the
// file's own codes, quad class and Goldstein value, and the action's place
// with its FIPS country code read as ISO 3166-1 alpha-3 (fips.tsv). Rows of the wrong width or
// with bad fields are reported with their line and skipped. label, if not
// nil, names a CAMEO code.
func ReadGDELT(name string, r io.Reader, label func(dyad.EventCode) (string, string), emit func(dyad.Event), problem func(*Problem)) (int, error) {
	if strings.HasSuffix(strings.ToLower(name), ".zip") {
		return readGDELTZip(name, r, label, emit, problem)
	}
	n := 0
	err := eachLine(name, r, problem, func(line int, s string) error {
		if e, perr := gdeltEvent(s, label); perr != nil {
			problem(&Problem{File: name, Line: line, Err: perr})
		} else {
			emit(e)
			n++
		}
		return nil
	})
	return n, err
}

// readGDELTZip reads the exports a zip holds. A file is read in place; a
// stream is read into memory, up to MaxZip. A zip that cannot be read
// (truncated, not a zip) is a Problem, as is an entry that cannot.
func readGDELTZip(name string, r io.Reader, label func(dyad.EventCode) (string, string), emit func(dyad.Event), problem func(*Problem)) (int, error) {
	var zr *zip.Reader
	var err error
	if f, ok := r.(*os.File); ok {
		var st os.FileInfo
		if st, err = f.Stat(); err == nil {
			zr, err = zip.NewReader(f, st.Size())
		}
	} else {
		b, over, rerr := readCapped(r, MaxZip)
		if rerr != nil {
			return 0, fmt.Errorf("read %s: %w", name, rerr)
		}
		if over {
			problem(&Problem{File: name, Err: fmt.Errorf("zip over %s, the bound on a zip read from a stream: skipped", SizeText(int64(MaxZip)))})
			return 0, nil
		}
		zr, err = zip.NewReader(bytes.NewReader(b), int64(len(b)))
	}
	if err != nil {
		problem(&Problem{File: name, Err: fmt.Errorf("not a readable zip: %v: skipped", err)})
		return 0, nil
	}
	n := 0
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		entry := name + "/" + f.Name
		rc, err := f.Open()
		if err != nil {
			problem(&Problem{File: entry, Err: fmt.Errorf("cannot be read: %v: skipped", err)})
			continue
		}
		k, err := ReadGDELT(entry, rc, label, emit, problem)
		rc.Close()
		n += k
		if err != nil {
			// a truncated or corrupt entry: what came before it stands
			problem(&Problem{File: entry, Err: fmt.Errorf("%v: the rest of the entry skipped", err)})
		}
	}
	return n, nil
}

func gdeltEvent(line string, label func(dyad.EventCode) (string, string)) (dyad.Event, error) {
	f := strings.Split(line, "\t")
	lay, ok := gdeltLayouts[len(f)]
	if !ok {
		return dyad.Event{}, fmt.Errorf("%d columns: want 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)", len(f))
	}
	if !validUTF8(line) {
		return dyad.Event{}, fmt.Errorf("invalid UTF-8")
	}
	date := f[1]
	if len(date) != 8 || !digits(date) {
		return dyad.Event{}, fmt.Errorf("SQLDATE %q: want YYYYMMDD", date)
	}
	code := dyad.EventCode(f[26])
	if err := code.Validate(); err != nil {
		return dyad.Event{}, err
	}
	quad, err1 := strconv.Atoi(f[29])
	g, err2 := finite(f[30])
	if err1 != nil || err2 != nil || quad < 1 || quad > 4 || g < -10 || g > 10 {
		return dyad.Event{}, fmt.Errorf("QuadClass %q or GoldsteinScale %q", f[29], f[30])
	}
	e := dyad.Event{
		ID:     "gdelt-" + f[0],
		Doc:    "gdelt-" + f[lay.added],
		Date:   date[:4] + "-" + date[4:6] + "-" + date[6:],
		Source: gdeltActor(f[5], f[6], f[7]),
		Target: gdeltActor(f[15], f[16], f[17]),
		Action: dyad.Action{Code: code, Root: dyad.EventCode(f[28]), Quad: quad, Goldstein: g},
	}
	if lay.url >= 0 {
		e.Doc = f[lay.url]
	}
	if label != nil {
		e.Action.Label, e.Action.Plover = label(code)
	}
	if name := f[lay.actionGeo+1]; name != "" {
		lat, err1 := finite(f[lay.lat])
		lon, err2 := finite(f[lay.lon])
		if err1 == nil && err2 == nil && validLatLon(lat, lon) {
			e.Location = &dyad.Place{Name: name, Country: isoCountry(f[lay.actionGeo+2]), Lat: lat, Lon: lon, Role: "event"}
		}
	}
	return e, nil
}

// gdeltActor is an actor of a GDELT row; its country is the CAMEO country
// code GDELT gives (the ISO code for almost every state).
func gdeltActor(code, name, country string) *dyad.Actor {
	if code == "" && name == "" {
		return nil
	}
	return &dyad.Actor{Code: dyad.ActorCode(code), Country: country, Name: name, Text: name}
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// WriteGDELT writes events as GDELT 2.0 export rows (61 tab-separated
// columns, no header), so tools that read GDELT read dyad's events. Fields
// dyad does not have are empty; NumMentions, NumSources and NumArticles are 1.
// Actors' countries are CAMEO codes (ISO 3166-1 alpha-3, as GDELT's actor
// columns have them); the location's country is the FIPS 10-4 code that
// GDELT's geography columns use (fips.tsv), empty for waters and countries
// FIPS has no code for.
func WriteGDELT(w io.Writer, e *dyad.Event) error {
	f := make([]string, 61)
	id := strings.TrimPrefix(e.ID, "gdelt-")
	if !digits(id) {
		// dyad's ids are hex: GDELT's ids are integers
		if v, err := strconv.ParseUint(e.ID, 16, 64); err == nil {
			id = strconv.FormatUint(v>>1, 10)
		}
	}
	day := strings.ReplaceAll(e.Day(), "-", "")
	f[0], f[1] = id, day
	if len(day) == 8 {
		f[2], f[3] = day[:6], day[:4]
		if y, err := strconv.Atoi(day[:4]); err == nil {
			m, _ := strconv.Atoi(day[4:6])
			d, _ := strconv.Atoi(day[6:])
			f[4] = strconv.FormatFloat(float64(y)+float64((m-1)*30+d)/365, 'f', 4, 64)
		}
	}
	actor := func(a *dyad.Actor, at int) {
		if a != nil {
			f[at], f[at+1], f[at+2] = string(a.Code), clean(a.Name), a.Country
		}
	}
	actor(e.Source, 5)
	actor(e.Target, 15)
	f[25] = "1"
	code := string(e.Action.Code)
	f[26], f[27], f[28] = code, code[:min(3, len(code))], string(e.Action.Root)
	f[29] = strconv.Itoa(e.Action.Quad)
	f[30] = strconv.FormatFloat(e.Action.Goldstein, 'f', -1, 64)
	f[31], f[32], f[33], f[34] = "1", "1", "1", "0"
	f[35], f[43], f[51] = "0", "0", "0"
	if l := e.Location; l != nil {
		f[51], f[52], f[53] = "4", clean(l.Name), fipsCountry(l.Country)
		f[56] = strconv.FormatFloat(l.Lat, 'f', -1, 64)
		f[57] = strconv.FormatFloat(l.Lon, 'f', -1, 64)
	}
	f[59] = day + "000000"
	f[60] = clean(e.Doc)
	_, err := io.WriteString(w, strings.Join(f, "\t")+"\n")
	return err
}

func clean(s string) string { return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s) }

// finite parses a number that must be finite: NaN and Inf in a row are bad
// values, which the readers report and skip rather than store (a JSON record
// cannot hold them).
func finite(s string) (float64, error) {
	x, err := strconv.ParseFloat(s, 64)
	if err == nil && (math.IsNaN(x) || math.IsInf(x, 0)) {
		err = fmt.Errorf("%q is not a finite number", s)
	}
	return x, err
}

// validLatLon reports whether a point is on the globe.
func validLatLon(lat, lon float64) bool { return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 }
