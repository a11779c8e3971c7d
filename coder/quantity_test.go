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
		{"2 million barrels of oil a day", "2e+06 bbl oil = 2 million barrels of oil"},
		{"four warships", "4  warships = four warships"},
		{"some 400 km away from the border", "400 km  ~ some 400 km (distance)"},
		{"a dozen drones", "12  drones = a dozen drones"},
		{"up to 4,000 troops", "4000  troops ~ up to 4,000 troops"},
		{"5.5 million tonnes of grain", "5.5e+06 t grain = 5.5 million tonnes of grain"},
		{"carrying 3,000 tonnes of diesel off Crete", "3000 t diesel = 3,000 tonnes of diesel"},
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
		{"6,700 containers of artillery shells and other munitions", "6700 container munitions = 6,700 containers of artillery shells and other munitions"},
		{"pledged $1.5bn in aid", "1.5e+09 USD  = $1.5bn"},
		{"sent 3m barrels of oil", "3e+06 bbl oil = 3m barrels of oil"},
		{"two dozen warships", "24  warships = two dozen warships"},
		// not quantities
		{"B-52 bombers flew", ""},
		{"a three-way military exercise", ""},
		{"tens of thousands of Serbians rallied", ""},
		{"18 of the 24 it has promised", ""},
		{"in 2023 Russia", ""},
		{"on 19 June 2024", ""},
		{"Resolution 1718 was adopted", ""},
		{"the G7 met", ""},
		{"a ban lasting 15 years", ""},
		{"the two sides agreed", ""},
		{"three leaders met", ""},
		{"12 trips to Moscow", ""},
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
// on; a protest's or strike's is the size of its crowd, before it.
func TestEventQuantity(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ text, code, want string }{
		{"More than 3,000 Kenyan nurses walked off the job on Monday in protest at a government plan to hire 500 more doctors.", "143", "3000 nurses"},
		{"The Houthis fired 12 missiles at two Israeli ships on Sunday.", "194", "12 missiles"},
	}
	for _, tt := range tests {
		evs := c.Code(dyad.Document{ID: "q", Date: "2024-03-12", Text: tt.text})
		got := ""
		for _, e := range evs {
			if string(e.Action.Code) == tt.code && e.Quantity != nil {
				got = fmt.Sprintf("%g %s", e.Quantity.Value, e.Quantity.Item)
			}
		}
		if got != tt.want {
			t.Errorf("%s\n  %s: got %q, want %q", tt.text, tt.code, got, tt.want)
		}
	}
}
