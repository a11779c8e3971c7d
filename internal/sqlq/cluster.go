package sqlq

import "time"

// Window is how far apart, in days, two reports of one event may be dated.
const Window = 2

// Report is what clustering needs to know of an event. Place is where it
// happened, as a country code when the location has one, else its name;
// Doc is the document that reports it.
type Report struct {
	ID, Src, Tgt, Root, Day, Place, Doc string
}

// Match reports whether r is another report of the event founded by f: the
// same ordered dyad, the same CAMEO family, days at most Window apart, and
// places that agree (the same country, or either unknown: "Pyongyang" and
// "North Korea" agree). Events without a source never match. The window
// allows for reports that date one event differently; one document dates
// its events against one day, so two days in one document are two events
// ("fired 90 shells on Sunday after firing 200 on Friday").
func Match(f, r Report) bool {
	if r.Src == "" || f.Src != r.Src || f.Tgt != r.Tgt || f.Root != r.Root {
		return false
	}
	if f.Doc != "" && f.Doc == r.Doc && f.Day != r.Day {
		return false
	}
	if f.Place != "" && r.Place != "" && f.Place != r.Place {
		return false
	}
	a, err1 := time.Parse("2006-01-02", f.Day)
	b, err2 := time.Parse("2006-01-02", r.Day)
	if err1 != nil || err2 != nil {
		return f.Day == r.Day
	}
	d := a.Sub(b).Hours() / 24
	return d >= -Window && d <= Window
}

// Cluster assigns reports (in the order they were stored) to clusters
// greedily: each joins the first earlier founder it matches, else founds its
// own. It returns the cluster of every report by id.
func Cluster(reports []Report) map[string]string {
	out := make(map[string]string, len(reports))
	founders := map[[3]string][]Report{}
	for _, r := range reports {
		key := [3]string{r.Src, r.Tgt, r.Root}
		out[r.ID] = r.ID
		if r.Src == "" {
			continue
		}
		joined := false
		for _, f := range founders[key] {
			if Match(f, r) {
				out[r.ID], joined = f.ID, true
				break
			}
		}
		if !joined {
			founders[key] = append(founders[key], r)
		}
	}
	return out
}

// ScanReports appends the reports of rows (id, source key, target key, root,
// day, place, document) to into.
func ScanReports(rows Rows, into []Report) ([]Report, error) {
	for rows.Next() {
		var r Report
		if err := rows.Scan(&r.ID, &r.Src, &r.Tgt, &r.Root, &r.Day, &r.Place, &r.Doc); err != nil {
			return into, err
		}
		into = append(into, r)
	}
	return into, rows.Err()
}
