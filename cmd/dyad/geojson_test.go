package main

import (
	"encoding/json"
	"testing"
)

// On the map, an event at sea sits at the sea's point, and a route through a
// border city or a port draws through it: the GeoJSON the map reads says so.
func TestGeoJSONSeasAndWaypoints(t *testing.T) {
	in := "North Korea fired two ballistic missiles into the Sea of Japan on Sunday. " +
		"China shipped 40,000 tonnes of fertiliser to North Korea through the border city of Dandong last year. " +
		"Artillery shells made in North Korea were sent to Russia via the port of Rason last month."
	out, errs, code := run(t, in, "code", "--format", "geojson", "--date", "2024-03-12")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var fc struct {
		Features []struct {
			Geometry struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal([]byte(out), &fc); err != nil {
		t.Fatalf("not GeoJSON (%v): %s", err, out)
	}
	var sea bool
	through := map[string]bool{}
	for _, f := range fc.Features {
		switch f.Geometry.Type {
		case "Point":
			var pt [2]float64
			json.Unmarshal(f.Geometry.Coordinates, &pt)
			if f.Properties["place"] == "Sea of Japan" {
				// the sea's own point, between Japan and the Korean peninsula
				sea = pt[0] > 129 && pt[0] < 140 && pt[1] > 35 && pt[1] < 45
			}
		case "LineString":
			var line [][2]float64
			json.Unmarshal(f.Geometry.Coordinates, &line)
			places, _ := f.Properties["places"].([]any)
			if len(places) != len(line) || len(line) < 2 {
				t.Errorf("route %v has %d points", places, len(line))
				continue
			}
			for i, p := range places {
				switch p {
				case "Dandong":
					through[f.Properties["source"].(string)+" Dandong"] = line[i][0] > 124 && line[i][0] < 125 && line[i][1] > 39.5 && line[i][1] < 40.5
				case "Najin": // Rason
					through[f.Properties["source"].(string)+" Rason"] = line[i][0] > 130 && line[i][0] < 131 && line[i][1] > 42 && line[i][1] < 42.5
				}
			}
		}
	}
	if !sea {
		t.Errorf("no event at the Sea of Japan's point:\n%s", out)
	}
	for _, k := range []string{"CHN Dandong", "PRK Rason"} {
		if !through[k] {
			t.Errorf("no route %s drawn through its point:\n%s", k, out)
		}
	}
}
