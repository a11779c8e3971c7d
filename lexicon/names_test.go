package lexicon

import "testing"

func TestCommonWord(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"May", true}, {"may", true}, {"Brown", true}, {"Green", true}, {"Power", true}, {"King", true},
		{"Rice", true}, {"Mohammed", true}, {"Kim", true}, {"Singh", true},
		{"Bush", false}, {"Putin", false}, {"Karzai", false}, {"Trump", false}, {"Macron", false},
	}
	for _, tt := range tests {
		if got := CommonWord(tt.name); got != tt.want {
			t.Errorf("CommonWord(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
