package http

import (
	"fmt"
	"testing"

	"github.com/dyadhq/dyad/measure"
)

func TestAnalysesMemo(t *testing.T) {
	triangle := []measure.Tie{{From: "CHN", To: "RUS", Sign: 1, Weight: 9}, {From: "CHN", To: "USA", Sign: -1, Weight: -7},
		{From: "RUS", To: "USA", Sign: -1, Weight: -12}}
	var a analyses
	got := a.analyze(triangle)
	if want := measure.Analyze(measure.NewNetwork(triangle)); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("analysis %+v, want %+v", got, want)
	}
	a.analyze(triangle)
	if len(a.byKey) != 1 {
		t.Errorf("the same ties twice: %d analyses remembered, want 1", len(a.byKey))
	}
	// a changed tie is another network
	changed := append([]measure.Tie{}, triangle...)
	changed[0].Sign, changed[0].Weight = -1, -2
	if got := a.analyze(changed); got.Triads == a.analyze(triangle).Triads {
		t.Errorf("a changed tie gave the same triads %v", got.Triads)
	}
	// the oldest are forgotten past the bound
	for i := range maxAnalyses + 5 {
		a.analyze([]measure.Tie{{From: "A", To: fmt.Sprint(i), Sign: 1, Weight: 1}})
	}
	if len(a.byKey) != maxAnalyses || len(a.order) != maxAnalyses {
		t.Errorf("%d analyses remembered (%d in order), want %d", len(a.byKey), len(a.order), maxAnalyses)
	}
	if _, ok := a.byKey[tiesKey(triangle)]; ok {
		t.Error("the oldest analysis is still remembered past the bound")
	}
}
