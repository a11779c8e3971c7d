package main

import (
	"encoding/json"
	"io"

	"github.com/dyadhq/dyad"
)

// geojsonWriter streams events as one GeoJSON FeatureCollection: a Point for
// every event with a location, a LineString for every route. Events with
// neither have no place on a map and are left out.
type geojsonWriter struct {
	w     io.Writer
	n     int
	begun bool
}

type feature struct {
	Type       string         `json:"type"`
	Geometry   geometry       `json:"geometry"`
	Properties map[string]any `json:"properties"`
}

type geometry struct {
	Type        string `json:"type"`
	Coordinates any    `json:"coordinates"`
}

func (g *geojsonWriter) write(e *dyad.Event) {
	props := func(kind string) map[string]any {
		p := map[string]any{"kind": kind, "id": e.ID, "doc": e.Doc, "sentence": e.Sentence, "date": e.Date,
			"source": e.Source.Code, "code": e.Action.Code, "label": e.Action.Label, "quad": e.Action.Quad,
			"goldstein": e.Action.Goldstein, "text": e.Text}
		if e.Target != nil {
			p["target"] = e.Target.Code
		}
		if e.Quantity != nil {
			p["quantity"] = e.Quantity.Value
			p["unit"] = e.Quantity.Unit
			p["item"] = e.Quantity.Item
		}
		return p
	}
	if l := e.Location; l != nil {
		p := props("event")
		p["place"], p["role"] = l.Name, l.Role
		if l.Precision != "" {
			p["precision"] = l.Precision // the point is only its region's or country's
		}
		g.emit(feature{"Feature", geometry{"Point", []float64{l.Lon, l.Lat}}, p})
	}
	if len(e.Route) >= 2 {
		var line [][]float64
		var names, modes []string
		for _, pt := range e.Route {
			line = append(line, []float64{pt.Lon, pt.Lat})
			names = append(names, pt.Name)
			modes = append(modes, pt.Mode)
		}
		p := props("route")
		p["places"], p["modes"] = names, modes
		g.emit(feature{"Feature", geometry{"LineString", line}, p})
	}
}

func (g *geojsonWriter) emit(f feature) {
	if !g.begun {
		io.WriteString(g.w, `{"type":"FeatureCollection","features":[`+"\n")
		g.begun = true
	}
	if g.n > 0 {
		io.WriteString(g.w, ",\n")
	}
	b, _ := json.Marshal(f)
	g.w.Write(b)
	g.n++
}

// close ends the collection; an empty one is still valid GeoJSON.
func (g *geojsonWriter) close() {
	if !g.begun {
		io.WriteString(g.w, `{"type":"FeatureCollection","features":[`)
	}
	io.WriteString(g.w, "\n]}\n")
}
