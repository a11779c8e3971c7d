package petrarch

import (
	"os"
	"strings"
	"testing"
)

// TestDebugRecord prints the analysis of the records named in $PETR_DEBUG.
func TestDebugRecord(t *testing.T) {
	ids := os.Getenv("PETR_DEBUG")
	if ids == "" {
		t.Skip("set PETR_DEBUG to record ids")
	}
	d, recs := loadSuite(t)
	for _, r := range recs {
		if !strings.Contains(","+ids+",", ","+r.ID+",") {
			continue
		}
		debug = func(x string) { t.Log(x) }
		res := d.Code(r.Text, r.Date, r.Options)
		debug = nil
		t.Logf("%s %+v", r.ID, r.Options)
		t.Logf("result %+v", res.Events)
	}
}
