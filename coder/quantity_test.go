package coder

import (
	"fmt"
	"testing"

	"github.com/dyadhq/dyad"
	"github.com/dyadhq/dyad/text"
)

func TestQuantities(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ in, want string }{
		{"approximately 16,500 containers of munitions were exported", "16500 container munitions ~ approximately 16,500 containers of munitions"},
		{"Japan pledged 12 billion yen in aid", "1.2e+10 JPY  = 12 billion yen"},
		{"it fired around 200 artillery shells", "200  artillery shells ~ around 200 artillery shells"},
		{"Russia launched more than 300 drones overnight", "300  drones ~ more than 300 drones"},
		{"thousands of workers went to Russia", "1000  workers ~ thousands of workers"},
		{"tens of thousands of troops", "10000  troops ~ tens of thousands of troops"},
		{"the US sent $50,000 worth of goods", "50000 USD  = $50,000"},
		{"a grant of 580 million shillings", "5.8e+08  shillings = 580 million shillings"},
		// currencies of Asia, Africa and Latin America by name and code
		{"a fine of 210 million ringgit", "2.1e+08 MYR  = 210 million ringgit"},
		{"seized 2 billion naira in cash", "2e+09 NGN  = 2 billion naira"},
		{"pledged 500 million baht", "5e+08 THB  = 500 million baht"},
		{"2 million barrels of oil a day", "2e+06 bbl oil = 2 million barrels of oil"},
		{"four warships", "4  warships = four warships"},
		{"some 400 km away from the border", "400 km  ~ some 400 km (distance)"},
		{"a dozen drones", "12  drones = a dozen drones"},
		{"up to 4,000 troops", "4000  troops ~ up to 4,000 troops"},
		{"5.5 million tonnes of grain", "5.5e+06 t grain = 5.5 million tonnes of grain"},
		{"carrying 3,000 tonnes of diesel off Crete", "3000 t diesel = 3,000 tonnes of diesel"},
		// a verb's past form ends the item, whether or not it takes "-ed"
		{"a ship with 40,000 tonnes of maize left Odesa", "40000 t maize = 40,000 tonnes of maize"},
		{"about 2,000 tonnes of flour sent by Egypt", "2000 t flour ~ about 2,000 tonnes of flour"},
		{"12 fishing boats", "12  fishing boats = 12 fishing boats"},
		{"detained 30 fishermen", "30  fishermen = 30 fishermen"},
		// a casualty count with no noun counts people; not a number before a noun
		{"killing at least three, witnesses said", "3  people ~ at least three"},
		{"killing two as the crowd fled", "2  people = two"},
		{"killing two soldiers", "2  soldiers = two soldiers"},
		{"holding three in custody", ""},
		// a time of day is no amount
		{"the truce began at 6 a.m. on Monday", ""},
		{"the curfew starts at 2200 GMT", ""},
		// goods in bulk that name no item are what the sentence says they are
		{"Egypt began buying Russian wheat, with a first cargo of 60,000 tonnes due on Friday", "60000 t wheat = 60,000 tonnes"},
		{"Libya shipped 600,000 barrels of Sharara crude", "600000 bbl crude = 600,000 barrels of Sharara crude"},
		{"a first cargo of 60,000 tonnes arrived", "60000 t  = 60,000 tonnes"},
		// the counted things after the words that say whose or which model they are
		{"detained eight Chinese fishermen", "8  fishermen = eight Chinese fishermen"},
		{"hit 41 Russian military aircraft", "41  military aircraft = 41 Russian military aircraft"},
		{"about 1,500 North Korean workers", "1500  workers ~ about 1,500 North Korean workers"},
		{"handed over six F-16 fighter jets", "6  fighter jets = six F-16 fighter jets"},
		{"set up two 250-bed field hospitals", "2  field hospitals = two 250-bed field hospitals"},
		{"two B-52 bombers flew", "2  bombers = two B-52 bombers"},
		{"the 14 Challenger 2 tanks", "14  tanks = 14 Challenger 2 tanks"},
		{"fired two short-range ballistic missiles", "2  short-range ballistic missiles = two short-range ballistic missiles"},
		{"200 Iranian-made drones", "200  drones = 200 Iranian-made drones"},
		// a people counted, and a partitive over a possessive
		{"expelled more than 4,000 Afghans", "4000  afghans ~ more than 4,000 Afghans"},
		{"detained 12 of their members", "12  members = 12 of their members"},
		{"7.5 billion cubic metres of gas", "7.5e+09 m3 gas = 7.5 billion cubic metres of gas"},
		{"about 50 km southwest of Heuksan Island", "50 km  ~ about 50 km (distance)"},
		{"some 95 nautical miles southeast of Aden", "95 nmi  ~ some 95 nautical miles (distance)"},
		{"deported 40 Uighur detainees", "40  detainees = 40 Uighur detainees"},
		{"4,200 containers of mortar shells and other munitions", "4200 container munitions = 4,200 containers of mortar shells and other munitions"},
		{"pledged $1.5bn in aid", "1.5e+09 USD  = $1.5bn"},
		{"sent 3m barrels of oil", "3e+06 bbl oil = 3m barrels of oil"},
		{"two dozen warships", "24  warships = two dozen warships"},
		{"Thirty-five Nepali workers", "35  workers = Thirty-five Nepali workers"},
		{"seventeen fishermen", "17  fishermen = seventeen fishermen"},
		// "a million", rates, grades of goods, and what a bare measure measures
		{"supplied more than a million barrels of oil", "1e+06 bbl oil ~ more than a million barrels of oil"},
		{"a record 1.8 million barrels a day of crude oil", "1.8e+06 bbl crude oil = 1.8 million barrels a day of crude oil"},
		{"exported about 400,000 bpd", "400000 bbl  ~ about 400,000 bpd"},
		{"bought 600,000 barrels of Brent crude", "600000 bbl crude = 600,000 barrels of Brent crude"},
		{"shipped 2 million tonnes of wheat last year", "2e+06 t wheat = 2 million tonnes of wheat"},
		{"resumed pumping crude to Sudan, about 90,000 barrels per day", "90000 bbl crude ~ about 90,000 barrels per day"},
		{"began selling natural gas, with a first cargo of 70,000 cubic metres", "70000 m3 natural gas = 70,000 cubic metres"},
		{"detected 153 Chinese aircraft around the island", "153  aircraft = 153 Chinese aircraft"},
		// a strength or a convoy counts its members; a name's article is the name's
		{"deployed a 1,000-strong force", "1000  force = 1,000-strong force"},
		{"a 250-strong police contingent arrived", "250  police contingent = 250-strong police contingent"},
		{"sent a 20-truck convoy of food", "20  truck = 20-truck convoy"},
		{"a 12-ship flotilla sailed", "12  ship = 12-ship flotilla"},
		{"a 12-member delegation", ""},
		{"killed 30 al Shabaab fighters", "30  fighters = 30 al Shabaab fighters"},
		{"freed 14 al-Qaeda prisoners", "14  prisoners = 14 al-Qaeda prisoners"},
		{"killed 20 Boko Haram fighters", "20  fighters = 20 Boko Haram fighters"},
		{"two Chinese Coast Guard ships", "2  ships = two Chinese Coast Guard ships"},
		{"killed 20 Boko Haram on Monday", ""},
		// vague and fractional amounts, and a crowd counted by its people
		{"hundreds of thousands of Chileans rallied", "100000  chileans ~ hundreds of thousands of Chileans"},
		{"tens of thousands of Serbians rallied", "10000  serbians ~ tens of thousands of Serbians"},
		{"thousands of Serbians rallied", "1000  serbians ~ thousands of Serbians"},
		{"hundreds of thousands of tonnes of grain", "100000 t grain ~ hundreds of thousands of tonnes of grain"},
		{"sold half a million barrels of crude", "500000 bbl crude = half a million barrels of crude"},
		{"about half a million refugees", "500000  refugees ~ about half a million refugees"},
		{"launched half a dozen drones", "6  drones = half a dozen drones"},
		// ranges are at least their lower bound
		{"detained between 150 and 200 students", "150  students ~ between 150 and 200 students"},
		{"between 2 and 3 million tonnes of coal", "2e+06 t coal ~ between 2 and 3 million tonnes of coal"},
		{"sent 200-300 troops", "200  troops ~ 200-300 troops"},
		// leaders and agreements an action acts on are counted
		{"sentenced four opposition leaders", "4  opposition leaders = four opposition leaders"},
		{"banned 118 of its senior members", "118  senior members = 118 of its senior members"},
		{"barred 11 of its leaders from politics", "11  leaders = 11 of its leaders"},
		{"signed 14 agreements", "14  agreements = 14 agreements"},
		{"ordered 15 staff of the embassy to leave", "15  staff = 15 staff"},
		// the counted noun is the head, not a word or a phrase that describes
		// it; names of groups or peoples joined by "and" share the noun after them
		{"detained more than 300 people without charge", "300  people ~ more than 300 people"},
		{"left 29 people dead", "29  people = 29 people"},
		{"kidnapped two prominent Nigerian human rights lawyers", "2  human rights lawyers = two prominent Nigerian human rights lawyers"},
		{"arrested three senior Sudanese opposition figures", "3  opposition figures = three senior Sudanese opposition figures"},
		{"freed two detained British nationals", "2  nationals = two detained British nationals"},
		{"handed over three Israeli women hostages", "3  women hostages = three Israeli women hostages"},
		{"killed 50 Houthi and allied fighters", "50  allied fighters = 50 Houthi and allied fighters"},
		{"killed 12 Hamas and Islamic Jihad militants", "12  militants = 12 Hamas and Islamic Jihad militants"},
		{"about 300 Russian and Belarusian troops", "300  troops ~ about 300 Russian and Belarusian troops"},
		{"freed 16 Americans and their families", "16  americans = 16 Americans"},
		{"killed 20 Taliban and wounded 30", ""},
		{"sold 400 tonnes of rice Japanese officials said", "400 t rice = 400 tonnes of rice"},
		{"sent 500 tonnes of equipment Russian officials said", "500 t equipment = 500 tonnes of equipment"},
		// a prison term is counted in years or months, with where it is served
		{"sentenced him to 12 years of house arrest", "12 year house arrest = 12 years of house arrest"},
		{"jailed for 11 years", "11 year  = 11 years"},
		{"sentenced to 14 years and three months in prison", "14.25 year prison = 14 years and three months in prison"},
		{"handed her a 12-year prison sentence", "12 year prison = 12-year prison sentence"},
		{"sentenced the blogger to six months in jail", "6 month jail = six months in jail"},
		{"serving a 25-year sentence", ""},
		{"banned him from politics for 10 years", ""},
		{"has lived in exile for 20 years", ""},
		// currencies by name, a bare one only where no other country's shares it
		{"fined him 210 million ringgit", "2.1e+08 MYR  = 210 million ringgit"},
		{"pledged 5 trillion rupiah", "5e+12 IDR  = 5 trillion rupiah"},
		{"paid 3 billion naira", "3e+09 NGN  = 3 billion naira"},
		{"fined the firm 500 million Egyptian pounds", "5e+08 EGP  = 500 million Egyptian pounds"},
		{"a grant of 20 million pesos", "2e+07  pesos = 20 million pesos"},
		// not quantities
		{"B-52 bombers flew", ""},
		{"a three-way military exercise", ""},
		{"a twenty-day ceasefire", ""},
		{"18 of the 24 it has promised", ""},
		{"in 2023 Russia", ""},
		{"on 19 June 2024", ""},
		{"Resolution 1718 was adopted", ""},
		{"the G7 met", ""},
		{"a ban lasting 15 years", ""},
		{"the two sides agreed", ""},
		{"three leaders met", ""},
		{"12 trips to Moscow", ""},
		{"the two leaders met", ""},
		{"the two sides signed", ""},
		{"the 11 of them", ""},
		{"between 2020 and 2023 Russia", ""},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.in, 0)
		c.lx.Lemmatize(toks)
		got := ""
		if qs := c.quantities(tt.in, toks); len(qs) > 0 {
			q := qs[0].q
			mark := "="
			if q.Approximate {
				mark = "~"
			}
			got = fmt.Sprintf("%g %s %s %s %s", q.Value, q.Unit, q.Item, mark, q.Text)
			if qs[0].distance {
				got += " (distance)"
			}
		}
		if got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestEventQuantity: the amount an event carries is the one its action acts
// on; a protest's or strike's is the size of its crowd, before it; what
// violence did is the violent action's. want "" is an event with no amount.
func TestEventQuantity(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ text, code, want string }{
		{"More than 3,000 Kenyan nurses walked off the job on Monday in protest at a government plan to hire 500 more doctors.", "1432", "3000 nurses"},
		{"The Houthis fired 12 missiles at two Israeli ships on Sunday.", "195", "12 missiles"},
		// what violence did, before or after it, and of no other action
		{"Security forces opened fire on marchers in Dhaka on Monday, killing at least 14 people.", "175", "14 people"},
		{"Security forces opened fire on marchers in Dhaka on Monday, killing at least 14 people.", "141", ""},
		{"Israeli jets struck an airbase near Homs overnight, destroying 12 Syrian helicopters.", "195", "12 helicopters"},
		{"Ukrainian drones struck two Russian airfields in Crimea overnight, destroying 6 fighter jets.", "195", "6 fighter jets"},
		{"Israeli jets struck three Hezbollah positions in southern Lebanon on Monday.", "195", "3 positions"},
		{"Thai jets struck two Cambodian military posts on Friday after soldiers from the two countries exchanged fire along the border, killing 9 people.",
			"195", "2 military posts"},
		{"At least 12 soldiers were killed when militants attacked an army base in Mali on Saturday.", "190", "12 soldiers"},
		{"Russian missiles struck Odesa on Monday, killing 5 people, two weeks after 20 people were killed by a strike on Kharkiv.", "195", "5 people"},
		// what violence did, told by a relative clause or by "left N dead";
		// not what another clause's strikes did, nor an abduction's
		{"Rebels attacked an army base in Mali on Saturday in a raid that killed 15 soldiers.", "190", "15 soldiers"},
		{"Russian drones hit Kharkiv overnight in a barrage which killed at least nine people.", "195", "9 people"},
		{"Clashes between the army and rebels in Goma left 40 people dead on Monday.", "190", "40 people"},
		{"Rebel gunmen killed a policeman in Goma on Monday and the army launched raids that killed six rebels.", "190", "1 policeman"}, // qty12: its own one, not the raids' six
		{"Gunmen attacked a village in Burkina Faso on Sunday, killing a teacher.", "180", "1 teacher"},
		{"Militants attacked a checkpoint in Sinai on Friday, killing a number of soldiers.", "190", ""},
		{"Gunmen kidnapped 12 Italian engineers in Niger on Tuesday, killing a driver.", "181", "12 engineers"},
		{"Gunmen kidnapped 12 Italian engineers in Niger on Tuesday, killing two guards.", "181", "12 engineers"},
		// a passive's dead: of the action a relative "in which" is on, and of
		// the violent action after "had been killed"; not of one before
		{"Mozambican troops attacked insurgents in Cabo Delgado on Friday, in fighting in which 14 soldiers were killed.", "190", "14 soldiers"},
		{"At least 9 people had been killed in three days of unrest in Dakar, where police fired tear gas and live rounds.", "175", "9 people"},
		{"Police fired tear gas at protesters in Dakar on Friday, and 9 people were killed in the unrest last month.", "175", ""},
		// a court's term, after the people it sentences; the sum of another
		// act is that act's, across the pronoun of its object
		{"A court in Minsk jailed the opposition leader for 11 years on Thursday.", "173", "11 "},
		{"A Moscow court handed the activist a 12-year prison sentence on Monday.", "173", "12 prison"},
		{"A court in Tehran sentenced two French citizens to six years in jail on Monday.", "173", "2 citizens"},
		{"A court in Ankara convicted the journalist of espionage on Monday, jailing her for 12 years and fining her 2 million lira.", "116", "2e+06 "},
		{"Russia freed an American teacher serving a 14-year sentence on Thursday.", "0841", ""},
		// the object of another action is that action's
		{"Bangladesh's Supreme Court dissolved the opposition Jamaat-e-Islami party on Monday and banned 40 of its senior members from politics for eight years.",
			"1722", "40 senior members"},
		{"Police arrested at least 40 people during protests in Nairobi on Tuesday.", "173", "40 people"},
		{"Soldiers fired live rounds and tear gas at protesters in Conakry on Friday, killing at least four, a rights group said.", "175", "4 people"},
		{"Police in Nairobi arrested 60 protesters and fired tear gas at about 2,000 people on Tuesday.", "173", "60 protesters"},
		{"Police in Nairobi arrested 60 protesters and fired tear gas at about 2,000 people on Tuesday.", "175", "2000 people"},
		// an adverb of place after the people counted is not what they are
		{"Troops opened fire on marchers in Khartoum on Monday, killing at least 9 people there.", "175", "9 people"},
		{"Canada pledged to send 12 howitzers to Ukraine on Monday.", "0332", "12 howitzers"},
		// a crew counted is its members
		{"Iranian commandos seized the Greek-flagged tanker Delta Rose and its 21 crew in the Gulf of Oman on Friday.", "181", "21 crew member"},
		{"Police arrested at least 40 people during protests in Nairobi on Tuesday.", "141", ""},
		{"Thousands of teachers marched in Bogota on Monday after police arrested 30 union members.", "141", "1000 teachers"},
		// a measure with no "of" measures the goods named before it
		{"Kazakhstan began pumping oil to Germany on Monday, with a first batch of 15,000 tonnes sent through Poland.", "061", "15000 oil"},
		{"Russia sold more than a million tonnes of wheat to Egypt last year.", "061", "1e+06 wheat"},
		{"Vietnam and Japan signed 14 agreements in Hanoi on Tuesday.", "057", "14 agreements"},
		// a deal's value in its own relative clause; not a sum of a clause joined after it
		{"Spain and Turkey signed a contract in Madrid on Monday under which Spain will buy 24 trainer jets for 1.2 billion euros.", "057", "1.2e+09 "},
		{"Spain and Turkey signed a contract in Madrid on Monday, and Spain said it would spend 1.2 billion euros on jets.", "057", ""},
		// people counted with words that describe them are the people; a
		// passive's subject counts across a relative clause on it
		{"More than 900 undocumented Haitians were deported through the Dajabon border crossing on Friday, Dominican officials said.", "174", "900 haitians"},
		{"Thirty-eight Georgians who had overstayed their visas were flown from Berlin to Tbilisi on Wednesday on a removal flight, Germany's interior ministry said.", "174", "38 georgians"},
		{"Nine Colombian children taken to Venezuela were reunited with their families in Bogota on Monday.", "0841", "9 children"},
		// money let go is its amount
		{"About $3 billion of Afghan central bank reserves frozen in Germany were moved to a trust fund in Switzerland on Tuesday.", "0842", "3e+09 central bank reserves"},
	}
	for _, tt := range tests {
		evs := c.Code(dyad.Document{ID: "q", Date: "2024-03-12", Text: tt.text})
		got := "(no event)"
		for _, e := range evs {
			if string(e.Action.Code) != tt.code {
				continue
			}
			if got == "(no event)" {
				got = ""
			}
			if e.Quantity != nil {
				got = fmt.Sprintf("%g %s", e.Quantity.Value, e.Quantity.Item)
			}
		}
		if got != tt.want {
			t.Errorf("%s\n  %s: got %q, want %q", tt.text, tt.code, got, tt.want)
		}
	}
}
