package measure

import (
	"fmt"
	"testing"

	"github.com/dyadhq/dyad"
)

func TestFlows(t *testing.T) {
	a := func(c string) *dyad.Actor { return &dyad.Actor{Code: dyad.ActorCode(c), Country: c} }
	route := []dyad.Place{{Name: "Najin", Mode: "sea"}, {Name: "Vostochny", Mode: "rail"}, {Name: "Tikhoretsk"}}
	evs := []dyad.Event{
		{Date: "2023-09/2024-09", Source: a("PRK"), Target: a("RUS"), Route: route,
			Quantity: &dyad.Quantity{Value: 16500, Unit: "container", Item: "munitions", Approximate: true, Status: dyad.FlowDelivered}},
		{Date: "2023-11-02", Source: a("PRK"), Target: a("RUS"), Route: route,
			Quantity: &dyad.Quantity{Value: 500, Unit: "container", Item: "Munitions", Status: dyad.FlowDelivered}},
		{Date: "2024-01-05", Source: a("RUS"), Target: a("PRK"), Quantity: &dyad.Quantity{Value: 1e6, Unit: "bbl", Item: "oil", Status: dyad.FlowDelivered}},
		{Date: "2024-01-06", Source: a("RUS"), Target: a("PRK")},                                                                // no quantity
		{Date: "2024-01-07", Source: a("RUS"), Quantity: &dyad.Quantity{Value: 3, Item: "drones", Status: dyad.FlowDelivered}},  // no target
		{Date: "2024-01-08", Source: a("ITA"), Target: a("FRA"), Quantity: &dyad.Quantity{Value: 7, Item: "foreign ministers"}}, // no transfer
	}
	all := Flows(evs, 0)
	if len(all) != 2 {
		t.Fatalf("flows %+v, want 2", all)
	}
	if f := all[0]; f.Source != "RUS" || f.Value != 1e6 || f.Unit != "bbl" || f.Events != 1 {
		t.Errorf("largest flow %+v", f)
	}
	// one movement along a three-point route counts once
	if f := all[1]; f.Source != "PRK" || f.Target != "RUS" || f.Item != "munitions" || f.Value != 17000 || f.Events != 2 ||
		!f.Approx || f.Route != "Najin (sea) -> Vostochny (rail) -> Tikhoretsk" {
		t.Errorf("munitions flow %+v", f)
	}
	byYear := Flows(evs, 4)
	if len(byYear) != 2 || byYear[0].Period != "2023" || byYear[0].Value != 17000 || byYear[1].Period != "2024" {
		t.Errorf("by year %+v", byYear)
	}
}

// TestFlowStatus: pledges are kept apart from deliveries, and running
// totals of the same shipments are not added up: the latest is kept.
func TestFlowStatus(t *testing.T) {
	a := func(c string) *dyad.Actor { return &dyad.Actor{Code: dyad.ActorCode(c), Country: c} }
	q := func(v float64, status string) *dyad.Quantity {
		return &dyad.Quantity{Value: v, Unit: "container", Item: "munitions", Status: status}
	}
	usd := func(v float64, status string) *dyad.Quantity {
		return &dyad.Quantity{Value: v, Unit: "USD", Status: status}
	}
	evs := []dyad.Event{
		{Date: "2023-10-13", Source: a("PRK"), Target: a("RUS"), Quantity: q(1000, dyad.FlowDelivered)},
		{Date: "2023-11-02", Source: a("PRK"), Target: a("RUS"), Quantity: q(6700, dyad.FlowTotal)},
		{Date: "2024-02-27", Source: a("PRK"), Target: a("RUS"), Quantity: q(20000, dyad.FlowTotal)},
		{Date: "2024-01-10", Source: a("JPN"), Target: a("UKR"), Quantity: usd(500e6, dyad.FlowPledged)},
		{Date: "2024-03-10", Source: a("JPN"), Target: a("UKR"), Quantity: usd(100e6, dyad.FlowDelivered)},
	}
	got := map[string]float64{}
	for _, f := range Flows(evs, 0) {
		got[f.Source+" "+f.Status] = f.Value
	}
	want := map[string]float64{"PRK delivered": 1000, "PRK total": 20000, "JPN pledged": 500e6, "JPN delivered": 100e6}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("flows by status %v, want %v", got, want)
	}
}

func TestFlowSeries(t *testing.T) {
	// the flow of events without a day is left out and counted
	flows := []Flow{{Period: "2024-01", Value: 100, Events: 1}, {Period: "2024-03", Value: 250.4, Events: 1},
		{Period: "2024-03", Value: 10, Events: 1}, {Period: "", Value: 70, Events: 2}}
	periods, xs, unplaced, err := FlowSeries(flows, "month", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(periods, xs, unplaced); got != "[2024-01 2024-02 2024-03] [100 0 260] 2" {
		t.Errorf("monthly flow series %s", got)
	}
	periods, xs, _, _ = FlowSeries(flows, "quarter", "2023-Q4", "2024-Q1")
	if got := fmt.Sprint(periods, xs); got != "[2023-Q4 2024-Q1] [0 360]" {
		t.Errorf("quarterly %s", got)
	}
}
