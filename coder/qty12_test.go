package coder

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

// TestQty12Items: the counted noun of an event's amount. A people with no
// state counted by its name ("40 Uyghurs") is the item as a country's
// people is; a group's name ending in s describes the noun after it ("two
// senior Hamas commanders" counts commanders, not Hamas); participles
// before the counted noun describe it ("200 jailed suspected jihadists");
// "killed a policeman" counts one as "killing a teacher" does.
func TestQty12Items(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a stateless people", "Thai authorities deported 40 Uyghurs to China on Thursday.", "THAGOV THACVL 174", "40 uyghurs"},
		{"kurds", "Turkish forces killed 12 Kurds in northern Iraq on Monday.", "TURMIL IRQCVL 190", "12 kurds"},
		{"tamils", "Police arrested 40 Tamils in Colombo on Monday.", "LKACOP LKACVL 173", "40 tamils"},
		{"a group describes", "Israeli air strikes killed two senior Hamas commanders in Gaza on Friday.", "ISR PSEREBHMS 195", "2 commanders"},
		{"a group describes, bare", "Israel killed two Hamas commanders in Gaza on Friday.", "ISR PSEREBHMS 190", "2 commanders"},
		{"a group describes one", "An Israeli air strike killed a senior Hamas commander in Gaza on Friday.", "ISR PSEREBHMS 195", "1 commander"},
		{"a people stays", "Pakistan deported 1,500 undocumented Afghans on Monday.", "PAK AFGCVL 174", "1500 afghans"},
		{"a people before a time", "Pakistan deported 500 Afghans days after the deadline expired.", "PAK AFGCVL 174", "500 afghans"},
		{"a group before a time", "Israel killed two Hamas commanders hours after the truce ended.", "ISR PSEREBHMS 190", "2 commanders"},
		{"a people granted", "Some 40 white Zimbabweans granted refugee status by Britain arrived at Heathrow airport on Tuesday after a flight from Harare.", "GBR ZWECVL 075", "40 zimbabweans"},
		{"participles", "Mali's junta released some 200 jailed suspected jihadists on Tuesday.", "MLIGOV MLIINS 0841", "200 jailed suspected jihadists"},
		{"killed one", "Gunmen killed a police officer in Peshawar on Monday.", "PAKUAF PAKCOP 190", "1 police officer"},
		{"wounded one", "A Russian drone wounded a civilian in Kherson on Monday.", "RUS UKRCVL 195", "1 civilian"},
		{"one and a number", "Russian shelling wounded a woman and her two children in Kherson on Monday.", "RUS UKRCVL 194", "2 children"},
	}, amount)
}

// TestQty12Toll: a toll whose words name the act ("the death toll from
// Russian strikes on Dnipro rose to 40") counts the act's dead, and a toll's
// own clause joined to the act keeps its count though it tells when the toll
// rose ("and the death toll rose to 40 on Sunday"); a toll in a sentence of
// its own counts no act of another.
func TestQty12Toll(t *testing.T) {
	checkAttr(t, []attrCase{
		{"toll from strikes", "The death toll from Russian strikes on Dnipro rose to 40 on Sunday.", "RUS UKR 190", "40 people"},
		{"toll in an attack", "The toll in the Russian attack on Kharkiv has climbed to 12.", "RUS UKR 190", "12 people"},
		{"toll clause with its day", "Russian missiles hit Dnipro on Saturday, and the death toll from the attack rose to 40 on Sunday.", "RUS UKR 195", "40 people"},
		{"toll clause", "Russian missiles hit Dnipro on Saturday, and the death toll rose to 40.", "RUS UKR 195", "40 people"},
		{"killed last month stays another's", "Russian missiles hit Dnipro on Saturday, and officials said 9 people were killed in the city last month.", "RUS UKR 195", ""},
	}, amount)
}

// TestQty12Describers: words between a number and what it counts that
// describe it: a make or a group's name ending in s ("31 Abrams tanks") and
// an age written as one hyphenated adjective ("three 20-year-old students").
func TestQty12Describers(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a make ending in s", "Washington shipped 31 Abrams tanks to Kyiv last week, the Pentagon said.", "USA UKR 072", "31 tanks"},
		{"a people rallied", "Thousands of angry Georgians rallied near the seafront in Batumi late on Sunday.", "GEOCVL GEO 141", "1000 georgians"},
		{"an age", "Police arrested three 20-year-old students in Minsk on Monday.", "BLRCOP BLREDU 173", "3 students"},
		{"an age, one", "Russian shelling killed a 70-year-old woman in Kherson on Monday.", "RUS UKRCVL 194", "1 woman"},
	}, amount)
}

// TestQty12Peoples: a people whose plural is its name, as the role words
// list it ("5,000 Rohingya", "40 Hazara"), is the counted item.
func TestQty12Peoples(t *testing.T) {
	checkAttr(t, []attrCase{
		{"rohingya", "Myanmar troops drove 5,000 Rohingya across the border into Bangladesh from Rakhine state last week.", "MMRMIL MMRCVL 201", "5000 rohingya"},
		{"hazara", "Police arrested 40 Hazara in Quetta on Monday.", "PAKCOP PAKCVL 173", "40 hazara"},
	}, amount)
}

func routeNames(e dyad.Event) string {
	var s []string
	for _, p := range e.Route {
		s = append(s, p.Name)
	}
	return strings.Join(s, " > ")
}

// TestQty12Routes: a destination that the movement goes on from ("to
// Minsk and then on to Kyiv") is a point on the way, before a place the
// way passes after it ("via Warsaw").
func TestQty12Routes(t *testing.T) {
	checkAttr(t, []attrCase{
		{"and then on, via", "Russia flew 12 Ukrainian children from Moscow to Minsk and then on to Kyiv via Warsaw on Sunday.", "RUS UKRCVL 174", "Moscow > Minsk > Warsaw > Kyiv"},
		{"and then on", "Russia flew 12 Ukrainian children from Moscow to Minsk and then on to Kyiv on Sunday.", "RUS UKRCVL 174", "Moscow > Minsk > Kyiv"},
	}, routeNames)
}

// TestQty12ShortTerms: a term a court gives in days or weeks is an amount
// as one in years is ("jailed for 30 days", "30 days in jail"); a span that
// no sentence or jailing gives stays none.
func TestQty12ShortTerms(t *testing.T) {
	checkAttr(t, []attrCase{
		{"days in jail", "A Russian court sentenced opposition activist Ilya Yashin to 30 days in jail on Monday.", "RUSJUD RUSOPP 173", "30 jail"},
		{"jailed for days", "A Moscow court jailed the blogger for 15 days on Monday.", "RUSJUD RUSMED 173", "15 "},
		{"a ban's days", "Iran banned the newspaper for 30 days on Monday.", "IRN IRNMED 1721", ""},
	}, amount)
}

// TestQty12TheyPassive: an act told as a passive of "they" ("where they were
// locked up"), or done "at them", was done to the people counted before it,
// as "and released them" is.
func TestQty12TheyPassive(t *testing.T) {
	checkAttr(t, []attrCase{
		{"where they were", "Washington expelled 180 Venezuelan men to El Salvador late on Sunday, where they were jailed at the Cecot mega-prison.", "SLV VENCVL 173", "180 men"},
		{"and they were", "Police arrested 40 protesters in Minsk on Monday and they were taken to a police station.", "BLRCOP BLROPP 173", "40 protesters"},
		{"at them", "About 2,000 farmers marched on parliament in Warsaw on Monday and police fired tear gas at them.", "POLCOP POLAGR 175", "2000 farmers"},
	}, amount)
}

// TestQty12KilledAnd: "killed 5 and wounded 12" killed five people, as
// "killed 12, including ..." does; the wounded are not the toll.
func TestQty12KilledAnd(t *testing.T) {
	checkAttr(t, []attrCase{
		{"killed and wounded", "Gunmen killed 5 and wounded 12 in an attack on a church in Congo on Sunday.", "CODUAF CODREL 180", "5 people"},
		{"killed and injured", "A Russian missile strike on Odesa killed 8 and injured 30 on Monday.", "RUS UKR 195", "8 people"},
	}, amount)
}

// TestQty12Crossings: a crossing the gazetteer lacks, passed "through" or
// "via" on a way, is a point of it, named with its kind word.
func TestQty12Crossings(t *testing.T) {
	checkAttr(t, []attrCase{
		{"an unknown checkpoint", "Russia sent 40 trucks of aid to Donetsk through the Uspenka checkpoint on Monday.", "RUS UKR 070", "Uspenka checkpoint > Donetsk"},
		{"an unknown border crossing", "Kazakhstan sent 60 trucks of flour to Uzbekistan via the Zhibek Zholy border crossing on Friday.", "KAZ UZB 073", "Zhibek Zholy border crossing > Uzbekistan"},
	}, routeNames)
}
