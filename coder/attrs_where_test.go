package coder

import "testing"

// TestDistrictOfPlace: a part of a province or a town named by its own
// name, a district noun and "of" the whole ("the Zorvan district of
// Paktika province", "the Karrada neighbourhood of Baghdad") is where the
// event was, when the gazetteer lacks it; the whole only says where it
// lies.
func TestDistrictOfPlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"of a province", "Pakistani warplanes bombed targets in the Zorvan district of Paktika province on Tuesday.", "PAKMIL AFG 195", "Zorvan"},
		{"of a country's province", "Pakistani jets struck several villages in the Dalgar district of Afghanistan's Khost province late on Monday.", "PAK AFG 195", "Dalgar"},
		{"of a country", "Pakistani warplanes bombed targets in the Zorvan district of Afghanistan on Tuesday.", "PAKMIL AFG 195", "Zorvan"},
		{"of a capital", "Argentine police arrested two Brazilian men in the Palermo district of Buenos Aires on Thursday.", "ARGCOP BRACVL 173", "Palermo"},
		{"a neighbourhood", "Iraqi police arrested 12 men in the Karrada neighbourhood of Baghdad on Sunday.", "IRQCOP IRQCVL 173", "Karrada"},
		{"protesters", "Kenyan riot police used tear gas against demonstrators in the Mathare district of Nairobi on Monday.", "KENCOP KENOPP 175", "Mathare"},
	}, placeName)
}

// TestNamedBase: a military base or an airport named by its own name ("the
// Murted air base near Ankara", "Baghdad International Airport") is where
// the event was, not the town that says where it lies; a town's airport in
// lower case ("Kabul airport") stays the town.
func TestNamedBase(t *testing.T) {
	checkAttr(t, []attrCase{
		{"an air base near", "Russia delivered 12 fighter jets to the Zarvin air base near Minsk on Monday.", "RUS BLR 072", "Zarvin"},
		{"an airbase", "Iranian drones struck the Dorvak airbase near Erbil on Tuesday.", "IRN IRQ 195", "Dorvak"},
		{"a naval base in", "Ukrainian sea drones struck the Kerdan naval base in Russia's Krasnodar region on Sunday.", "UKR RUS 195", "Kerdan"},
		{"an international airport", "A U.S. drone strike killed an Iranian general at Baghdad International Airport early on Friday.", "USA IRNMIL 195", "Baghdad International Airport"},
		{"an airport", "Israeli jets struck Damascus International Airport on Sunday.", "ISR SYR 195", "Damascus International Airport"},
		{"an air base of a town", "Taliban fighters attacked Kandahar Air Base on Monday.", "AFGGOV AFG 190", "Kandahar Air Base"},
		{"lower case", "Turkish jets struck Kabul airport on Monday.", "TUR AFG 195", "Kabul"},
	}, placeName)
}

// TestWarInPlace: a place that only says where a war named before its "in"
// is ("to help Moscow's war in Ukraine") is not where an act short of force
// happened; force "in the war in Gaza" keeps it.
func TestWarInPlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a deployment", "North Korea has sent 3,000 soldiers to Russia to help Moscow's war in Ukraine, Seoul said on Friday.", "PRK RUS 074", ""},
		{"arms", "Iran sent 200 drones to Russia for its war in Ukraine.", "IRN RUS 072", ""},
		{"a meeting", "The foreign ministers of France and Egypt met in Cairo on Monday to discuss the war in Gaza.", "FRAGOV EGYGOV 040", "Cairo"},
		{"force", "Israeli strikes killed 20 people on Monday in the war in Gaza.", "ISR PSECVL 190", "Gaza Strip"},
	}, placeName)
}

// TestBombedAtPlace: a bombing coded from the place its bomb went off, whose
// town is named as the owner of a site ("near Karachi's international
// airport"), happened in that town.
func TestBombedAtPlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"a car bomb", "A car bomb exploded near Quetta's airport late on Friday, killing three Chinese workers.", "PAK PAKCVL 1832", "Quetta"},
		{"a roadside bomb", "A roadside bomb exploded near Quetta's railway station on Saturday, killing 20 people.", "PAK PAKCVL 1833", "Quetta"},
	}, placeName)
}

// TestRetreatPlace: a retreat happened where it was made from ("pull out of
// the city", the city named before), even when a place of another act of
// the sentence stands nearer its words.
func TestRetreatPlace(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the city", "Rebels swept into Hama on Thursday, days after they launched an offensive out of their stronghold in Idlib province, forcing government forces to pull out of the city.", "SYRGOV SYRREB 0874", "Hama"},
		{"named", "Rebels launched an offensive from their base in Idlib province on Wednesday, forcing government troops to pull out of Hama.", "SYRGOV SYRREB 0874", "Hama"},
	}, placeName)
}
