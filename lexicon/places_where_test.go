package lexicon

import "testing"

// The border crossings, war towns and waters added as families are found in
// running text by their plain and accented spellings, each as one place of
// its country and kind; waters have no country.
func TestWherePlaceFamilies(t *testing.T) {
	lx, _, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []placeCase{
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
	checkPlaces(t, lx, tests, true)
}
