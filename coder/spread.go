package coder

// spreadOver reports whether an act that moves nothing, done "across" or
// "throughout" a place of the gazetteer's kind, is done there: a region
// ("raids across Sindh province") or a town ("fighting across Khartoum",
// "arrests across Istanbul"), which it fills; not a border or a sea, which
// an act across it crosses ("fired shells across the border").
func spreadOver(kind string) bool {
	return kind == "region" || kind == "city" || kind == "capital" || kind == "port"
}
