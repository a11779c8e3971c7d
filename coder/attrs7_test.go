package coder

import (
	"testing"

	"github.com/dyadhq/dyad"
)

// TestNumberRange: a range of numbers before a counted noun is one amount,
// read from its first number, and the act binds the noun after it
// (numberrange.go); a count alone is as before.
func TestNumberRange(t *testing.T) {
	checkAttr(t, []attrCase{
		{"between", "Zimbabwean police detained between 30 and 40 opposition supporters in Harare on Monday.", "ZWECOP ZWEOPP 173", "30 opposition supporters"},
		{"to", "Ugandan police arrested 15 to 20 students in Kampala on Tuesday.", "UGACOP UGAEDU 173", "15 students"},
		{"hyphen", "Ethiopian troops killed 40-50 rebels in Amhara on Sunday.", "ETHMIL ETHREB 190", "40 rebels"},
		{"a count alone", "Police in Lagos arrested 12 protesters on Monday.", "NGACOP NGAOPP 173", "12 protesters"},
	}, amount)
}

// TestAmountHedges: a hedge spelled with a preposition or several words
// ("over", "as many as", "no fewer than") or a number spelled in words
// ("one hundred") is the amount's, and the act binds the noun after it
// (numberrange.go).
func TestAmountHedges(t *testing.T) {
	checkAttr(t, []attrCase{
		{"over", "Sudanese paramilitaries killed over 60 villagers in North Darfur on Friday.", "SDNUAF SDNCVL 190", "60 villagers"},
		{"as many as", "Gunmen kidnapped as many as 80 passengers from a bus in Zamfara state on Sunday.", "NGAUAF NGACVL 181", "80 passengers"},
		{"no fewer than", "Belarusian police detained no fewer than 150 protesters in Minsk on Sunday.", "BLRCOP BLROPP 173", "150 protesters"},
		{"spelled", "Ugandan police arrested one hundred students in Kampala on Tuesday.", "UGACOP UGAEDU 173", "100 students"},
	}, amount)
}

// TestRouteTown: a way from a building the text names with its town
// ("Gaza City's Al-Shifa hospital", "the Azovstal plant in Mariupol")
// starts at the town (routetown.go); an airport keeps its own name.
func TestRouteTown(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a town's building", "A UN convoy on Tuesday evacuated 20 patients from Gaza City's Al-Shifa medical complex to Khan Younis.", "IGOUNO PSE 073", "Gaza City > Khan Younis"},
		{"a building in a town", "The United Nations evacuated 60 civilians from the Azovstal plant in Mariupol to Zaporizhzhia on Friday.", "IGOUNO UKR 073", "Mariupol > Zaporizhzhia"},
		{"its nouns", "The Red Cross evacuated 45 wounded civilians from the Azovstal steel works in Mariupol to Zaporizhzhia on Friday.", "NGOIRC UKR 073", "Mariupol > Zaporizhzhia"},
		{"an airport", "Britain deported 30 Albanian men on Tuesday from London's Stansted airport to Tirana.", "GBR ALB 174", "Stansted > Tirana"},
	}, routeOf)
}

// TestOwnToll: an act told by its own verb of harm with its count ("killed
// four Palestinians ..., wounding 15 others") counts its dead, not the
// wounded the participle after it adds (owntoll.go); an act that names no
// harm of its own takes the participle's count as before.
func TestOwnToll(t *testing.T) {
	checkAttr(t, []attrCase{
		{"wounding", "Israeli troops killed four Palestinians in Jenin on Tuesday, wounding 15 others.", "ISRMIL PSECVL 190", "4 palestinians"},
		{"injuring", "Gunmen killed 9 villagers in Plateau state on Sunday, injuring 20 more.", "NGAUAF NGACVL 180", "9 villagers"},
		{"no harm of its own", "Russian missiles struck Kharkiv on Monday, killing 11 people.", "RUS UKR 195", "11 people"},
	}, amount)
}

// TestPartOfCount: "38 of 45 Russian drones" counts the part, of the
// whole's noun, as "40 of the 50 drones" does (quantity.go, attrs7); a
// unit's "of" before a calibre is no part.
func TestPartOfCount(t *testing.T) {
	checkAttr(t, []attrCase{
		{"of a number", "Ukrainian air defences shot down 38 of 45 Russian drones overnight, the air force said on Sunday.", "UKR RUS 190", "38 drones"},
		{"of people", "Romania's border police detained 12 of 30 Ukrainian men who crossed the Tisza river on Friday.", "ROUCOP UKRCVL 173", "12 men"},
	}, amount)
}

// TestDuringTheNight: "during the night" or "in the night" with no day
// named is "overnight" (doc/POLICY.md section 19): the two days of the
// night before the report; a night named by its day keeps that day.
func TestDuringTheNight(t *testing.T) {
	date := func(e dyad.Event) string { return e.Date }
	checkAttr(t, []attrCase{
		{"during the night", "Georgian police detained 60 demonstrators in Tbilisi during the night, the interior ministry said on Sunday.", "GEOCOP GEOOPP 173", "2024-06-15/2024-06-16"},
		{"in the night", "Russian drones hit an energy facility in Kharkiv in the night, officials said.", "RUS UKR 195", "2024-06-19/2024-06-20"},
		{"a night named", "Russian drones hit an energy facility in Kharkiv in the night to Tuesday.", "RUS UKR 195", "2024-06-18"},
	}, date)
}

// TestCausePlace: the place of the event an act answers from afar
// ("following the arrest of an aid worker in Tehran", "after an attack in
// Mandera") is not the act's (causeplace.go); an arrest after a rally keeps
// the rally's town.
func TestCausePlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"following the arrest", "Britain summoned Iran's ambassador on Monday following the arrest of a British aid worker in Tehran.", "GBR IRNGOV 114", ""},
		{"after an attack", "Kenya expelled two Somali diplomats on Monday after an attack in Mandera.", "KEN SOMGOV 161", ""},
		{"after the killing", "France recalled its ambassador after the killing of a French journalist in Bamako.", "FRA - 161", ""},
		{"force keeps it", "Kenyan police arrested 40 opposition supporters on Monday after a rally in Mombasa.", "KENCOP KENOPP 173", "Mombasa"},
	}, placeName)
}
