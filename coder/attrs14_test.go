package coder

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// TestPlaceAfterEpithet: a place named after an article and words that
// describe it ("near the disputed Preah Vihear temple", "in the oil-rich
// Abyei region") stands in the preposition before the article; a name that
// begins with a lower-case Arabic article ("al-Fashaga") too.
func TestPlaceAfterEpithet(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a participle", "Cambodian and Thai soldiers traded fire near the disputed Preah Vihear temple on Monday.", "KHMMIL THAMIL 193", "Preah Vihear"},
		{"a compound", "Sudanese and South Sudanese forces clashed in the oil-rich Abyei region on Friday.", "SDNMIL SSDMIL 190", "Abyei"},
		{"two words", "Egyptian trucks carrying flour crossed at the newly reopened Rafah crossing on Sunday.", "EGY PSE 061", "Rafah crossing"},
		{"an adjective", "Sudanese troops clashed with Ethiopian forces in the fertile Fashaga border area on Tuesday.", "SDNMIL ETHMIL 190", "Al-Fashaga"},
		{"an Arabic article", "Ethiopian troops ambushed Sudanese soldiers in the al-Fashaga area on Tuesday.", "ETHMIL SDNMIL 193", "Al-Fashaga"},
	}, placeName)
}

// TestCrossingIntoCountry: a movement into a country through a crossing of
// its border happened at the crossing, whoever holds the land it enters
// ("into opposition-held Syria" holds nothing up there); one through a hub
// on the way stays pinned in TestLocationsAndRoutes with no place.
func TestCrossingIntoCountry(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a deportation", "Pakistan expelled 500 Afghans through the Chaman border crossing into Afghanistan on Monday.", "PAK AFGCVL 174", "Chaman"},
		{"a border post", "Kenya expelled 40 Somalis into Somalia through the Mandera border post on Friday.", "KEN SOMCVL 174", "Mandera"},
		{"held by someone", "Twelve UN lorries loaded with blankets and medicine crossed from Turkey into opposition-held Syria via the Bab al-Salam crossing on Monday.", "IGOUNO SYR 073", "Bab al-Salameh"},
	}, placeName)
}

// TestPlaceNamedBySpeaker: in "what X called Y", X names Y and is no place
// of the event, even as a capital; the place is the one Y's own words name
// ("described as" opens no clause of its own).
func TestPlaceNamedBySpeaker(t *testing.T) {
	checkAttr(t, []attrCase{
		{"called", "Russian missiles hit what Moscow called a military target in Odesa on Monday.", "RUS UKR 195", "Odesa"},
		{"described as", "Israeli jets struck what Jerusalem described as a Hezbollah arms depot near Tyre on Monday.", "ISR LBNREBHZB 195", "Tyre"},
		{"termed", "Pakistani jets bombed what Islamabad termed militant hideouts in Khost on Wednesday.", "PAK AFGINS 195", "Khost"},
	}, placeName)
}

// TestSetOffFrom: "set off" and "set out" from a place are departures like
// "sailed from" or "left": a report of one happens where it leaves.
func TestSetOffFrom(t *testing.T) {
	checkAttr(t, []attrCase{
		{"set out", "A Turkish ship carrying 400 tonnes of flour set out from Mersin on Monday for Port Sudan.", "TUR SDN 073", "Mersin"},
		{"set off, bound for", "A convoy of 40 trucks carrying Jordanian flour set off from Amman on Sunday, bound for Damascus.", "JOR SYR 073", "Amman"},
	}, placeName)
}

// TestAttackerPlace: where an attacker is, named in its own phrase before
// the act ("warships in the Black Sea", "troops in Belgorod"), is not where
// its force struck, which is the place the act names.
func TestAttackerPlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a sea", "Russian submarines in the Black Sea launched Kalibr missiles at Kyiv on Monday.", "RUSMIL UKR 195", "Kyiv"},
		{"the policy's example", "Russian warships in the Black Sea fired missiles at Odesa on Monday.", "RUSMIL UKR 195", "Odesa"},
		{"a described sea", "French frigates in the eastern Mediterranean fired 12 cruise missiles at an air base near Homs on Saturday.", "FRAMIL SYR 195", "Homs"},
		{"a town", "Russian troops in Belgorod shelled Kharkiv on Monday.", "RUSMIL UKR 194", "Kharkiv"},
	}, placeName)
}

// TestMonthsAndYearsAfter: "a month after", "two months before", "a year
// after" and "six months later" date their clause to the month or the year
// that many from the anchor's day, not to the anchor's day, unless the
// clause has a time of its own ("a year after police arrested him in March
// 2023"); a count that names no number ("several months after") dates
// nothing.
func TestMonthsAndYearsAfter(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a month after", "Rwandan troops recaptured Mocimboa da Praia on Sunday, a month after Kigali sent 900 soldiers to Mozambique.", "RWA MOZ 074", "2024-05"},
		{"two months after", "Israel struck Iran on Saturday, two months after Iran fired 300 drones at Israel.", "IRN ISR 195", "2024-04"},
		{"a year after", "Iran released the British tanker on Friday, a year after its commandos seized it in the Strait of Hormuz.", "IRN GBR 192", "2023"},
		{"months later", "Iran fired 300 drones at Israel on April 13. Six months later, Israel struck Iran.", "ISR IRN 190", "2024-10"},
		{"its own month", "A court in Moscow jailed the journalist on Friday, a year after police arrested him in Yekaterinburg in March 2023.", "RUSCOP RUSJUD 173", "2023-03"},
		{"the main clause stays", "Israel struck Iran on Saturday, two months after Iran fired 300 drones at Israel.", "ISR IRN 190", "2024-06-15"},
	}, func(e dyad.Event) string { return e.Date })
}

// TestTakenOn: a person held is taken on from where the act of custody
// happened to where a verb of carrying with a pronoun for the person takes
// them ("drove him to", "took them to a forest near Abuja", "put him on a
// plane that flew via Doha to the Netherlands"), and so is a ship seized
// ("steered it to the port of Hodeidah"); another report's movement is not
// theirs.
func TestTakenOn(t *testing.T) {
	way := func(e dyad.Event) string {
		var names []string
		for _, p := range e.Route {
			names = append(names, p.Name)
		}
		return strings.Join(names, " > ")
	}
	checkAttr(t, []attrCase{
		{"drove him", "Police arrested the opposition leader in Harare on Monday and drove him to a prison in Bulawayo.", "ZWECOP ZWEOPP 173", "Harare > Bulawayo"},
		{"took them", "Gunmen abducted 20 passengers near Kaduna on Sunday and took them to a forest near Abuja.", "NGAUAF NGACVL 181", "Kaduna > Abuja"},
		{"by way of", "Philippine police detained the former senator at Manila's airport on Tuesday and later put her on a plane that flew via Doha to the Netherlands.", "PHLCOP PHLLEG 173", "Manila > Doha > Netherlands"},
		{"a far destination", "Peruvian police arrested the former minister in Lima late on Tuesday and flew him on Wednesday to a high-security prison in the southern city of Arequipa.", "PERCOP PERGOV 173", "Lima > Arequipa"},
		{"a ship", "Houthi gunmen seized a merchant vessel in the Red Sea on Saturday and then sailed it to the harbour of Hodeidah.", "YEMREBHTH - 181", "Red Sea > Hodeidah"},
		{"a ship and its crew", "Iranian commandos seized a Greek tanker and its 20 crew in the Gulf of Oman on Thursday and took it to Jask.", "IRNMIL GRC 181", "Gulf of Oman > Jask"},
		{"another report", "Police arrested the opposition leader in Harare on Monday, while his supporters were taken to Bulawayo.", "ZWECOP ZWEOPP 173", ""},
	}, way)
}

// TestParticiplePlace: an act told in a participial clause that goes on
// from the sentence's act, naming no place of its own, happened where that
// act did ("raided the town of Tulkarm on Monday, killing 12 Palestinians
// and detaining 30 others" detained them in Tulkarm).
func TestParticiplePlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the second participle", "Israeli troops raided the town of Tulkarm on Monday, killing 12 Palestinians and detaining 30 others.", "ISRMIL PSECVL 173", "Tulkarm"},
		{"another camp", "Israeli troops stormed the Jenin refugee camp on Monday, killing 12 Palestinians and detaining 30 others.", "ISRMIL PSECVL 173", "Jenin"},
		{"the act named first", "Police raided an opposition office in Harare on Monday, arresting 40 activists.", "ZWECOP ZWEOPP 173", "Harare"},
	}, placeName)
}

// TestTollAfter: a count of people killed told in a passive after a
// violent act, in a clause joined to it by "and" or a semicolon, perhaps
// through who said it, is the act's toll; past an aside on the people
// counted too. Not when the clause has a time of its own, nor another
// agent ("were killed by").
func TestTollAfter(t *testing.T) {
	checkAttr(t, []attrCase{
		{"and police said", "Gunmen attacked a village in Zamfara state on Sunday, and police said 20 villagers were killed.", "NGAUAF NGA 180", "20 villagers"},
		{"a semicolon", "Israeli jets bombed a school in Gaza City on Monday; health officials said 30 people were killed.", "ISR PSEEDU 195", "30 people"},
		{"an aside", "Pakistani jets bombed villages in Khost on Tuesday, and the Taliban said that 40 people, most of them children, had been killed.", "PAK AFG 195", "40 people"},
		{"an aside before the act", "At least 12 soldiers, including two officers, were killed when militants attacked a base in Borno state on Sunday.", "NGAINS NGA 190", "12 soldiers"},
		{"another time", "Russian missiles struck Kharkiv on Monday, and 9 people were killed in shelling last month.", "RUS UKR 195", ""},
	}, amount)
}

// TestAlongPlace: "along" a place says where, as "near" does: "fired on
// protesters along the Gaza border fence".
func TestAlongPlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a border fence", "Israeli troops fired on protesters along the Gaza border fence on Friday.", "ISRMIL ISROPP 175", "Gaza Strip"},
	}, placeName)
}
