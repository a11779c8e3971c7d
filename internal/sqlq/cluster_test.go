package sqlq

import "testing"

func TestCluster(t *testing.T) {
	rs := []Report{
		{ID: "a", Src: "RUS", Tgt: "PRK", Root: "04", Day: "2024-06-19", Place: "PRK"},
		{ID: "b", Src: "RUS", Tgt: "PRK", Root: "04", Day: "2024-06-20"},               // same visit, no place
		{ID: "c", Src: "RUS", Tgt: "PRK", Root: "04", Day: "2024-06-25", Place: "PRK"}, // too late
		{ID: "d", Src: "PRK", Tgt: "RUS", Root: "04", Day: "2024-06-19"},               // other direction
		{ID: "e", Src: "RUS", Tgt: "PRK", Root: "05", Day: "2024-06-19"},               // other family
		{ID: "f", Src: "RUS", Tgt: "PRK", Root: "04", Day: "2024-06-18", Place: "CHN"}, // another country
		{ID: "g", Src: "RUS", Tgt: "PRK", Root: "04", Day: "2024-06-21", Place: "PRK"}, // joins a
		{ID: "h", Src: "", Tgt: "PRK", Root: "04", Day: "2024-06-19"},                  // no source: alone
		{ID: "i", Src: "", Tgt: "PRK", Root: "04", Day: "2024-06-19"},
		// one document's days are its events': shelling on three days is
		// three events, however near, and another report of one joins it
		{ID: "j", Src: "PRK", Tgt: "KOR", Root: "15", Day: "2024-01-05", Doc: "x"},
		{ID: "k", Src: "PRK", Tgt: "KOR", Root: "15", Day: "2024-01-06", Doc: "x"},
		{ID: "l", Src: "PRK", Tgt: "KOR", Root: "15", Day: "2024-01-07", Doc: "x"},
		{ID: "m", Src: "PRK", Tgt: "KOR", Root: "15", Day: "2024-01-07", Doc: "x"}, // the same day again
		{ID: "n", Src: "PRK", Tgt: "KOR", Root: "15", Day: "2024-01-06", Doc: "y"}, // another report: joins j
	}
	got := Cluster(rs)
	want := map[string]string{"a": "a", "b": "a", "c": "c", "d": "d", "e": "e", "f": "f", "g": "a", "h": "h", "i": "i",
		"j": "j", "k": "k", "l": "l", "m": "l", "n": "j"}
	for id, c := range want {
		if got[id] != c {
			t.Errorf("%s: cluster %s, want %s", id, got[id], c)
		}
	}
}
