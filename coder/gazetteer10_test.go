package coder

import "testing"

// TestGazetteer10Places: the spellings wire copy also uses for places the
// gazetteer has (lexicon/data/places.tsv, rows marked gazetteer10), the
// Arabic article written in lower case before a name the gazetteer spells
// with a capital (lexicon/article.go, coder/article.go), and towns the
// gazetteer lacked are where the acts of sentences that name them happen.
func TestGazetteer10Places(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the article in lower case", "Israeli troops raided al-Bireh on Tuesday.", "ISRMIL PSE 190", "Al-Bireh"},
		{"a Russian spelling of a front-line town", "Russian artillery shelled Kurakhovo and Selidovo overnight, the Ukrainian military said.", "RUSMIL UKR 194", "Kurakhove"},
		{"another spelling of a Gaza town", "Israeli aircraft bombed a house in Jabalya on Monday, killing five people.", "ISR PSE 195", "Jabalia"},
		{"an older spelling of an Azerbaijani district", "Azerbaijani troops shelled Armenian villages near Kelbajar on Thursday.", "AZEMIL ARM 194", "Kalbajar"},
		{"a Bahraini village", "Bahraini police arrested 12 protesters in Diraz on Friday.", "BHRCOP BHROPP 173", "Diraz"},
		{"an Algerian town", "Algerian police arrested 30 protesters in Kherrata on Sunday.", "DZACOP DZAOPP 173", "Kherrata"},
		{"a Georgian region", "Georgian police arrested 30 protesters in Adjara on Sunday.", "GEOCOP GEOOPP 173", "Adjara"},
		{"a province named with its division word", "Chadian troops clashed with Boko Haram fighters in Lac province on Monday.", "TCDMIL NGAREBBKH 190", "Lac Province"},
	}, placeName)
}

// TestGazetteer10LeftOut: names left out on purpose, since they are common
// surnames, given names or words in news, are no place: a province whose
// bare name is one is a place only with its division word ("Lori province").
func TestGazetteer10LeftOut(t *testing.T) {
	c := testCoder(t)
	for _, w := range []string{"livingstone", "rivera", "lac", "lori", "bay", "oriental"} {
		if gs := c.lx.PlaceNamed(w); len(gs) > 0 {
			t.Errorf("%q is a place (%s, %s): it was left out on purpose", w, gs[0].Name, gs[0].Country)
		}
	}
}
