package lexicon

import "testing"

// TestFormerLeader checks that a surname gives the one president or prime
// minister who bore it, and nobody when none or several did.
func TestFormerLeader(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		surname, want string // want "" for none
	}{
		{"bush", "George W. Bush"},  // the other Bush's converted entry has no titles
		{"clinton", "Bill Clinton"}, // not the secretary of state
		{"obama", "Barack Obama"},   // not the ministers of Equatorial Guinea
		{"collymore", ""},           // no leader of the name
		{"zzz", ""},
	}
	for _, tt := range tests {
		got := ""
		if a := lx.FormerLeader(tt.surname); a != nil {
			got = a.Name
		}
		if got != tt.want {
			t.Errorf("FormerLeader(%q) = %q, want %q", tt.surname, got, tt.want)
		}
	}
}
