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
	}
	got := Cluster(rs)
	want := map[string]string{"a": "a", "b": "a", "c": "c", "d": "d", "e": "e", "f": "f", "g": "a", "h": "h", "i": "i"}
	for id, c := range want {
		if got[id] != c {
			t.Errorf("%s: cluster %s, want %s", id, got[id], c)
		}
	}
}
