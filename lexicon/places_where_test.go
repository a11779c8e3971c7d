package lexicon

import (
	"testing"

	"github.com/dyadhq/dyad/text"
)

// The border crossings, war towns and waters added as families are found in
// running text by their plain and accented spellings, each as one place of
// its country and kind; waters have no country.
func TestWherePlaceFamilies(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, name, country, kind string }{
		{"Trucks queued at Oncupinar for a week.", "Oncupinar", "TUR", "border"},
		{"Trucks queued at Öncüpınar for a week.", "Oncupinar", "TUR", "border"},
		{"Refugees crossed at Nasib on Monday.", "Nasib", "SYR", "border"},
		{"Deportees were driven across at Chacalluta.", "Chacalluta", "CHL", "border"},
		{"The post at Penas Blancas was shut.", "Penas Blancas", "CRI", "border"},
		{"The post at Peñas Blancas was shut.", "Penas Blancas", "CRI", "border"},
		{"Returnees passed Dogharoun before dawn.", "Dogharoun", "IRN", "border"},
		{"Gunmen raided Zurmi overnight.", "Zurmi", "NGA", "city"},
		{"Bandits attacked Talata Mafara on Sunday.", "Talata Mafara", "NGA", "city"},
		{"Jihadists ambushed a convoy near Gayeri.", "Gayeri", "BFA", "city"},
		{"Jihadists ambushed a convoy near Gayéri.", "Gayeri", "BFA", "city"},
		{"Two boats capsized in the Moro Gulf.", "Moro Gulf", "", "sea"},
		{"Sailors were seized in the Shatt al-Arab.", "Shatt al-Arab", "", "sea"},
		{"Sailors were seized in the Arvand Rud.", "Shatt al-Arab", "", "sea"},
		{"A ferry sank on Lake Malawi.", "Lake Malawi", "", "sea"},
		{"A ferry sank on Lake Nyasa.", "Lake Malawi", "", "sea"},
		{"Warships sailed through Cook Strait.", "Cook Strait", "", "sea"},
		// "Mindanao Sea" is the waters, "Mindanao" alone the island's region
		{"A boat sank in the Mindanao Sea.", "Mindanao Sea", "", "sea"},
		{"Troops were sent to Mindanao.", "Mindanao", "PHL", "region"},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.text, 0)
		var got *Gazetteer
		for i := range toks {
			if !toks[i].Cap {
				continue
			}
			if gs, n := lx.Place(toks, i); n > 0 {
				if len(gs) != 1 {
					t.Errorf("%q: %d places of one name", tt.text, len(gs))
				}
				got = gs[0]
				break
			}
		}
		switch {
		case got == nil:
			t.Errorf("%q: no place, want %s", tt.text, tt.name)
		case got.Name != tt.name || got.Country != tt.country || got.Kind != tt.kind:
			t.Errorf("%q: %s (%s, %s), want %s (%s, %s)", tt.text, got.Name, got.Country, got.Kind, tt.name, tt.country, tt.kind)
		}
	}
}
