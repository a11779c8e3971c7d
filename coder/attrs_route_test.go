package coder

import (
	"strings"
	"testing"

	"github.com/dyadhq/dyad"
)

func routeOf(e dyad.Event) string {
	var names []string
	for _, p := range e.Route {
		names = append(names, p.Name)
	}
	return strings.Join(names, " > ")
}

// TestEarlierLeg: an "after" clause that tells how goods reached where the
// movement told before it began ("after the fuel was unloaded at the port
// of Baniyas", "after being loaded onto ships at Larnaca") gives the
// route's start, and the movement did not happen there.
func TestEarlierLeg(t *testing.T) {
	cases := []attrCase{
		{"unloaded at", "A convoy of 25 trucks carrying Iranian diesel crossed from Syria into Lebanon close to Baalbek after the diesel was unloaded at Baniyas on the Syrian coast.", "IRN LBN 061", "Baniyas > Baalbek"},
		{"shipped to", "Forty trucks carrying Turkish flour crossed into Syria at Bab al-Hawa on Monday, heading for Idlib, after the flour was shipped by sea to the port of Mersin.", "TUR SYR 073", "Mersin > Bab al-Hawa > Idlib"},
		{"after being loaded", "The British navy began moving food aid into Gaza on Monday after being loaded onto a ship at the Cypriot port of Limassol.", "GBRMIL PSE 073", "Limassol > Gaza Strip"},
		// a way told in countries only: the clause's port is still where it began, not a last stop
		{"countries only", "Thirty tankers with Iranian fuel oil rolled from Syria into Lebanon on Friday after the oil was unloaded at the Syrian port of Tartus.", "IRN LBN 061", "Tartus > Lebanon"},
	}
	checkAttr(t, cases, routeOf)
	checkAttr(t, []attrCase{
		{"unloaded at: where", cases[0].text, "IRN LBN 061", "Baalbek"},
		{"countries only: not where", cases[3].text, "IRN LBN 061", ""},
	}, placeName)
}

// TestRouteOwnMovement: an "after" clause that tells another movement with
// its own start and end ("hours after the money was moved from South Korea
// to Qatar") adds no point to the movement told before it, which has both;
// a place of another clause where the route starts is no end of it
// ("swept into Damascus ..., flown from the Syrian capital to Moscow"); a
// border crossing a journey entered by, with another end named, is passed
// on the way.
func TestRouteOwnMovement(t *testing.T) {
	checkAttr(t, []attrCase{
		{"another movement", "Iran freed two Britons who flew from Tehran to Muscat on Wednesday, hours after $400 million was moved from Britain to banks in Oman.", "IRN GBRCVL 0841", "Tehran > Muscat"},
		{"the same flight", "A U.S. military plane carrying 80 Honduran nationals deported from the United States landed in San Pedro Sula on Tuesday after a flight from San Antonio, Texas, one of several such flights to Honduras this month.", "USAMIL - 174", "San Antonio > San Pedro Sula"},
		{"no way back", "Rebels swept into Damascus on Sunday, and Russia granted asylum to Bashar al-Assad, who was flown from the Syrian capital to Moscow.", "RUS SYRGOV 075", "Damascus > Moscow"},
		{"a crossing passed", "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday, after a train journey from Pyongyang that entered Russia at the border station of Khasan.", "PRKGOV RUSGOV 042", "Pyongyang > Khasan > Vostochny Cosmodrome"},
	}, routeOf)
}

// TestCrossingSide: a place that only says which side of a crossing is
// meant ("the Gaza side of the Rafah crossing") is no place of the event;
// and a movement through a crossing into a region of its country (as into
// a country, doc/POLICY.md §4) happened at the crossing.
func TestCrossingSide(t *testing.T) {
	checkAttr(t, []attrCase{
		{"the side of", "Israeli tanks seized the Palestinian side of the Rafah crossing on Thursday.", "ISR PSE 192", "Rafah crossing"},
		{"the side of a border crossing", "Israeli troops took control of the Gaza side of the Kerem Shalom border crossing with Israel on Thursday.", "ISRMIL PSE 192", "Kerem Shalom"},
		{"into a region", "Egypt sent 45 trucks of medicine through the Rafah crossing into the Gaza Strip on Wednesday.", "EGY PSE 073", "Rafah crossing"},
		{"from a country into a region", "Seventy trucks of Egyptian medical aid rolled out of Egypt into the Gaza Strip via the Rafah crossing on Thursday.", "EGY PSE 073", "Rafah crossing"},
	}, placeName)
}

// TestDeportedToThirdCountry: a deportation flown or sent to a country
// that is neither its source nor whose people it moves goes from the
// source's country to that one, and happened there when no place says
// where; a town the text names to hold them is taken from a building
// there ("drove him to a jail in Attock").
func TestDeportedToThirdCountry(t *testing.T) {
	checkAttr(t, []attrCase{
		{"flew to", "The United States flew 120 Venezuelan migrants to Honduras on Saturday.", "USA VENREF 174", "United States > Honduras"},
		{"flew, with words on them", "The United States flew 90 Salvadoran men accused of gang membership to Costa Rica over the weekend.", "USA SLVCVL 174", "United States > Costa Rica"},
		{"their own country", "The United States flew 100 Haitian migrants back to Haiti on Monday.", "USA HTIREF 174", ""},
	}, routeOf)
	checkAttr(t, []attrCase{
		{"flew to: where", "The United States flew 120 Venezuelan migrants to Honduras on Saturday.", "USA VENREF 174", "Honduras"},
	}, placeName)
	checkAttr(t, []attrCase{
		{"a jail in", "Zimbabwean police detained the leader of the opposition at his house in Harare on Monday and drove him to a jail in Mvurwi.", "ZWECOP ZWEOPP 173", "Harare > Mvurwi"},
		{"an office in", "Investigators detained the former minister at his residence in Seoul on Friday and took him to the agency's office in Uiwang for questioning.", "KORCOP KORGOV 173", "Seoul > Uiwang"},
	}, routeOf)
}

// TestRouteStopsAndEnds: a ship "inspected off" a port stops there on its
// way; a country that is the subject of the next clause ("..., and Israel
// released") is no point.
func TestRouteStopsAndEnds(t *testing.T) {
	checkAttr(t, []attrCase{
		{"inspected off", "The bulk carrier Navi Star left Chornomorsk on Tuesday carrying 33,000 tonnes of Ukrainian corn to Beirut, and will be inspected off Istanbul en route.", "UKR LBN 061", "Chornomorsk > Istanbul > Beirut"},
		{"an inspection off", "A ship carrying 30,000 tonnes of Ukrainian wheat left Chornomorsk for Alexandria on Friday after an inspection off Istanbul.", "UKR EGY 061", "Chornomorsk > Istanbul > Alexandria"},
		{"another clause's subject", "Hamas released 17 captives on Sunday, and the Red Cross drove them from Gaza into Egypt via the Rafah crossing, and Israel freed 60 Palestinian detainees.", "PSEREBHMS PSECVL 0841", "Gaza Strip > Rafah crossing > Egypt"},
	}, routeOf)
}

// TestWayEndPlacedBy: an unknown name that starts or ends a way, set off by
// a comma and "in" or "near" a known place or country ("from Chimore, in
// central Bolivia, to Mexico City", "to Sarmada, near Idlib,"), is a place
// of that country.
func TestWayEndPlacedBy(t *testing.T) {
	checkAttr(t, []attrCase{
		{"from, in a country", "Argentina granted asylum to the former Peruvian president on Tuesday, and an Argentine air force plane flew him from Juanjui, in northern Peru, to Buenos Aires.", "ARG PERGOV 075", "Juanjui > Buenos Aires"},
		{"to, near a town", "A convoy of 20 trucks carrying Turkish flour travelled from Gaziantep to Sarmada, near Idlib, on Tuesday.", "TUR SYR 061", "Gaziantep > Sarmada"},
	}, routeOf)
	checkAttr(t, []attrCase{
		{"to, in a country", "Kenya deported 30 Somalis to Dhobley, in southern Somalia, on Friday.", "KEN SOMCVL 174", "Dhobley"},
	}, placeName)
}
